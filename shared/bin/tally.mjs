#!/usr/bin/env node
// Tally command-line checker: `tally check [--format json|text] [--date YYYY-MM-DD] [--template ID] FILE...`
// The logic lives in the built `dist/cli/main.js` (source: src/cli/main.ts); this file only starts it.
import { readFileSync } from "node:fs";

const distEntry = new URL("../dist/cli/main.js", import.meta.url);
let cli;
try {
  cli = await import(distEntry.href);
} catch (error) {
  const missing = error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli/main.js");
  process.stderr.write(
    missing
      ? "tally: 尚未构建，请先在仓库根目录运行 npm run build\n"
      : `tally: 无法加载检查器：${String(error && error.message).split("\n")[0]}\n`,
  );
  process.exit(2);
}

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
try {
  process.exitCode = await cli.main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    version,
  });
} catch (error) {
  // An engine bug must not dump a stack trace on users; TALLY_DEBUG=1 shows it.
  if (process.env.TALLY_DEBUG) console.error(error);
  process.stderr.write(`tally: 内部错误：${String(error && error.message).split("\n")[0]}\n`);
  process.exitCode = 2;
}
