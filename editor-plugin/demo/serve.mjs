#!/usr/bin/env node
/**
 * `npm run demo`: builds the demo with Vite and serves the build with `vite preview`, printing
 * the URL. Opens a browser only when a display exists (never in CI or a headless shell).
 * PORT picks the port (default 5173; the next free one is used when it is taken).
 */
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";

const configFile = fileURLToPath(new URL("./vite.config.ts", import.meta.url));
const hasDisplay =
  !process.env.CI &&
  (process.platform === "darwin" || process.platform === "win32" || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));

await build({ configFile, logLevel: "warn" });
const server = await preview({
  configFile,
  preview: { port: Number(process.env.PORT) || 5173, strictPort: false, open: hasDisplay },
});
console.log("\nTally 演示已启动（按 Ctrl+C 退出）：");
server.printUrls();
