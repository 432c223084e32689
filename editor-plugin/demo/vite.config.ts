import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The demo builds from sources so that it always shows the working tree's engine and plugin.
export default defineConfig({
  root: here("."),
  base: "./",
  plugins: [react()],
  resolve: {
    alias: [
      { find: "@tally/shared/store", replacement: here("../../shared/src/store/index.ts") },
      { find: "@tally/shared", replacement: here("../../shared/src/index.ts") },
      { find: "@tally/editor-plugin/style.css", replacement: here("../src/style.css") },
      { find: "@tally/editor-plugin", replacement: here("../src/index.ts") },
    ],
  },
  build: { outDir: here("dist"), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  preview: { host: "127.0.0.1" },
});
