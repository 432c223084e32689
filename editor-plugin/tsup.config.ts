import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
  dts: true,
  target: "es2022",
  platform: "browser",
  sourcemap: true,
  clean: true,
  // Hosts bring their own Tiptap, React and Tally engine; bundling them would duplicate state.
  external: [/^@tiptap\//, "react", "react-dom", "react/jsx-runtime", /^@tally\/shared/, "@floating-ui/dom"],
  esbuildOptions(options) {
    options.jsx = "automatic";
  },
  async onSuccess() {
    copyFileSync("src/style.css", "dist/style.css");
  },
});
