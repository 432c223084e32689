// Size budgets of the built extension's scripts, checked at the end of `npm run build` (and by a
// browser test on the build it loads). Sizes are bytes on disk, deterministic for given sources:
// a budget fails only when a change really makes a bundle bigger. Budgets leave ~15% headroom
// over the sizes measured when they were set (README "Bundle sizes"); raise one deliberately.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const KB = 1000;

/** Budget per bundle, by its name without Parcel's hash (`options.79210b9b.js` → `options`). */
export const BUDGETS = {
  "static/background/index": 520 * KB, // service worker: figure store (Dexie), pinyin, schemas
  tally: 290 * KB, // content script, every frame of every page: the engine and the DOM layer
  "tabs/popup": 30 * KB, // plain DOM, opened with every click on the toolbar button
  sidepanel: 190 * KB,
  options: 270 * KB,
  "rule-list": 230 * KB, // options page, lazy: the engine's rules
  DocumentView: 270 * KB, // side panel, lazy: the engine
  FiguresView: 40 * KB, // side panel, lazy
  "mammoth.browser.min": 310 * KB, // side panel, lazy, only for a .docx
};

/** A lazy chunk Parcel names after a module the budgets do not know yet. */
export const OTHER_CHUNK_BUDGET = 100 * KB;

/** A bundle's budget name: its path without the content hash. */
export function bundleName(path) {
  return path.replace(/\.[0-9a-f]{8}\.js$/, "").replace(/\.js$/, "");
}

function scripts(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith(".js") ? [path] : [];
  });
}

/** Every script of a build with its size and budget, and whether it is over. */
export function checkBudgets(buildDir) {
  return scripts(buildDir).map((path) => {
    const name = bundleName(relative(buildDir, path).split("\\").join("/"));
    const bytes = statSync(path).size;
    const budget = BUDGETS[name] ?? OTHER_CHUNK_BUDGET;
    return { name, bytes, budget, over: bytes > budget };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  const targets = dirs.length ? dirs : ["chrome-mv3-prod", "firefox-mv3-prod"].map((d) => fileURLToPath(new URL(`../build/${d}`, import.meta.url)));
  let failed = false;
  for (const dir of targets) {
    console.log(`bundle sizes in ${relative(process.cwd(), dir) || dir}:`);
    for (const { name, bytes, budget, over } of checkBudgets(dir).sort((a, b) => b.bytes - a.bytes)) {
      console.log(`  ${over ? "OVER" : "ok  "} ${name.padEnd(26)} ${(bytes / KB).toFixed(0).padStart(5)} KB  (budget ${(budget / KB).toFixed(0)} KB)`);
      failed ||= over;
    }
  }
  if (failed) {
    console.error("A bundle is over its size budget (extension/scripts/bundle-budget.mjs).");
    process.exit(1);
  }
}
