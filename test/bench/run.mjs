// `npm run bench`: Tally's engine (the BUILT shared/dist) against textlint + textlint-rule-prh and
// against a single combined regex scan (the floor), on generated reports of 10k, 100k and 1M
// characters; then pathological paragraphs at two sizes to show time grows linearly.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { timeMedian } from "./timing.mjs";
import { generateReport, editOneParagraph } from "../fixtures/generate-report.mjs";
import { toPrhYaml, patternSource } from "./prh.mjs";

const engine = await import(new URL("../../shared/dist/index.js", import.meta.url).href).catch(() => {
  console.error("bench: shared/dist is missing; run `npm run build -w @tally/shared` first");
  process.exit(2);
});
const { check, createChecker } = engine;

const REFERENCE_DATE = "2026-11-23";
const quick = process.argv.includes("--quick");
const SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const runsFor = (size) => (size >= 1_000_000 ? 3 : size >= 100_000 ? 15 : 25);

// ---------------------------------------------------------------------------------------------
// The stale-phrase pack, as the engine exports it; the placeholder shapes the floor also scans for.
const { entries: staleEntries, origin: staleOrigin } = findStalePack(engine);
const PLACEHOLDER_SOURCES = ["[*＊]+", "[xX]{1,3}", "×{2,}", "□+", "○{2,}", "某某"];

/**
 * The stale-phrase entries the engine ships, found by shape (an exported array of objects with a
 * `pattern`), so the bench needs no change when the pack's export is renamed.
 */
function findStalePack(mod) {
  for (const [name, value] of Object.entries(mod)) {
    if (Array.isArray(value) && value.length >= 5 && value.every((e) => e && typeof e === "object" && "pattern" in e)) {
      return { entries: value.map((e) => ({ pattern: e.pattern, replacement: e.replacement ?? e.current })), origin: `@tally/shared ${name}` };
    }
  }
  const fallback = ["党的十九大精神", "十九届[一二三四五六]中全会", "脱贫攻坚战", "新冠肺炎", "不忘初心、牢记使命", "两学一做", "十三五", "全面建成小康社会"];
  return { entries: fallback.map((pattern) => ({ pattern, replacement: "（新提法）" })), origin: "fallback list (no pack exported yet)" };
}

function combinedRegex() {
  const sources = staleEntries.map((e) => patternSource(e.pattern)).filter(Boolean);
  return new RegExp([...sources, ...PLACEHOLDER_SOURCES].map((s) => `(?:${s})`).join("|"), "g");
}

// ---------------------------------------------------------------------------------------------
// Timing helpers.

const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}×` : "–");

// ---------------------------------------------------------------------------------------------
// textlint + prh, loaded once with the same pack.
async function createTextlint() {
  const { TextlintKernel } = await import("@textlint/kernel");
  const textPlugin = (await import("@textlint/textlint-plugin-text")).default;
  const prhRule = (await import("textlint-rule-prh")).default;
  const dir = mkdtempSync(join(tmpdir(), "tally-bench-"));
  const prhPath = join(dir, "stale-phrases.prh.yml");
  writeFileSync(prhPath, toPrhYaml(staleEntries));
  const kernel = new TextlintKernel();
  const options = {
    ext: ".txt",
    filePath: join(dir, "report.txt"),
    plugins: [{ pluginId: "text", plugin: textPlugin.default ?? textPlugin }],
    rules: [{ ruleId: "prh", rule: prhRule.default ?? prhRule, options: { rulePaths: [prhPath] } }],
  };
  return (text) => kernel.lintText(text, options);
}

// ---------------------------------------------------------------------------------------------
async function benchSizes() {
  const textlint = await createTextlint();
  const floorRegex = combinedRegex();
  const rows = [];
  for (const size of SIZES) {
    const text = generateReport(size, { seed: size });
    const runs = runsFor(size);
    const floor = await timeMedian(runs, () => {
      let count = 0;
      floorRegex.lastIndex = 0;
      for (const _ of text.matchAll(floorRegex)) count++;
      return count;
    });
    const full = await timeMedian(runs, () => check(text, { referenceDate: REFERENCE_DATE }));
    const checker = createChecker({ referenceDate: REFERENCE_DATE });
    checker.check(text);
    // Each run edits a different paragraph version, so every re-check sees exactly one changed paragraph.
    // An editor re-checks on every pause in typing, so the re-check path is measured warm: a few
    // re-checks first (its own code is not exercised by full checks), then more runs than a full check.
    const recheckRuns = size >= 1_000_000 ? 15 : 41;
    const warmups = 5;
    const edits = Array.from({ length: warmups + recheckRuns + 1 }, (_, i) => editOneParagraph(text, i));
    for (let i = 0; i < warmups; i++) checker.check(edits[i]);
    const recheck = await timeMedian(recheckRuns, (i) => checker.check(edits[warmups + i + 1]));
    const textlintRuns = size >= 1_000_000 ? 1 : Math.min(runs, 9);
    const lint = await timeMedian(textlintRuns, () => textlint(text));
    const diagnostics = check(text, { referenceDate: REFERENCE_DATE }).length;
    rows.push({ size, chars: text.length, floor, full, recheck, lint, diagnostics });
    console.error(`  measured ${text.length} chars`);
  }
  return rows;
}

const PATHOLOGICAL = [
  ["100k “*”", (n) => "*".repeat(n), 100_000],
  ["“xX” repeated", (n) => "xX".repeat(n / 2), 100_000],
  ["10k “一是…”", (n) => Array.from({ length: n / 10 }, (_, i) => `一是推进${i}项`).join("；"), 100_000],
  ["one 1M-char line", (n) => generateReport(n, { seed: 7 }).replace(/\n/g, ""), 1_000_000],
  ["1M “。”", (n) => "。".repeat(n), 1_000_000],
];

async function benchPathological() {
  const rows = [];
  for (const [name, make, size] of PATHOLOGICAL) {
    const half = make(size / 2);
    const whole = make(size);
    const runs = size >= 1_000_000 ? 3 : 5;
    // Both sizes warmed first: otherwise the half size, timed first, also pays the JIT's warm-up.
    for (let i = 0; i < 2; i++) for (const input of [half, whole]) check(input, { referenceDate: REFERENCE_DATE });
    const tHalf = await timeMedian(runs, () => check(half, { referenceDate: REFERENCE_DATE }));
    const tWhole = await timeMedian(runs, () => check(whole, { referenceDate: REFERENCE_DATE }));
    rows.push({ name, chars: whole.length, tHalf, tWhole });
  }
  return rows;
}

/**
 * The other packages' benchmarks under test/bench/, when present: `benchStore()` (figure store)
 * and `benchEditorPlugin()` (Tiptap plugin, per keystroke). Each prints its own table.
 */
async function runOtherBenches() {
  const quickRun = quick;
  const known = { benchStore: "Figure store", benchEditorPlugin: "Tiptap plugin" };
  for (const file of readdirSync(new URL(".", import.meta.url)).sort()) {
    if (!/\.bench\.mjs$/.test(file)) continue;
    const mod = await import(new URL(file, import.meta.url).href);
    for (const [name, title] of Object.entries(known)) {
      if (typeof mod[name] !== "function") continue;
      console.log(`\n### ${title} (${file})\n`);
      if (name === "benchEditorPlugin") await mod[name](quickRun ? { keystrokes: 20, fullRuns: 3 } : {});
      else await mod[name]({ quick: quickRun });
    }
  }
}

// ---------------------------------------------------------------------------------------------
console.error(`Tally benchmark — stale pack: ${staleEntries.length} entries from ${staleOrigin}; node ${process.version}`);
const sizeRows = await benchSizes();

console.log(`\n### Check time, median ms (stale pack: ${staleEntries.length} entries)\n`);
console.log("| report | diagnostics | floor: one regex scan | Tally full check | Tally re-check after 1-paragraph edit | textlint + prh | check / floor | textlint / check | full / re-check |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of sizeRows) {
  console.log(
    `| ${r.chars.toLocaleString("en")} chars | ${r.diagnostics} | ${ms(r.floor)} | ${ms(r.full)} | ${ms(r.recheck)} | ${ms(r.lint)} | ${ratio(r.full, r.floor)} | ${ratio(r.lint, r.full)} | ${ratio(r.full, r.recheck)} |`,
  );
}
const goal = sizeRows.find((r) => r.size === 100_000);
if (goal) {
  const verdict = (ok) => (ok ? "met" : "NOT met");
  console.log(`\nGoals at 100k: check ≤ 5× floor — ${verdict(goal.full <= 5 * goal.floor)}; ≥ 5× faster than textlint+prh — ${verdict(goal.lint >= 5 * goal.full)}; re-check ≥ 30× faster than full — ${verdict(goal.full >= 30 * goal.recheck)}`);
}

const pathRows = await benchPathological();
console.log("\n### Pathological paragraphs: full check, median ms at half and full size\n");
console.log("| input | chars | ½ size | full size | ratio (linear ≈ 2) |");
console.log("|---|---:|---:|---:|---:|");
for (const r of pathRows) console.log(`| ${r.name} | ${r.chars.toLocaleString("en")} | ${ms(r.tHalf)} | ${ms(r.tWhole)} | ${(r.tWhole / r.tHalf).toFixed(2)} |`);

await runOtherBenches();
process.exit(0); // jsdom timers of the editor bench would otherwise keep node alive
