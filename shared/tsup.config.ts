import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "store/index": "src/store/index.ts", "cli/main": "src/cli/main.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", "store/index": "src/store/index.ts" } },
  target: "es2022",
  platform: "neutral",
  sourcemap: true,
  clean: true,
  splitting: true,
  // Heavy, optional dependencies stay external and are loaded lazily where they are used.
  external: ["dexie", "pinyin-pro", "papaparse", "exceljs", "mammoth", "zod", /^node:/],
});
