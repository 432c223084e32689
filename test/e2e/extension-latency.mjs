#!/usr/bin/env node
/**
 * Typing latency with and without the built extension, in Chromium via Playwright: on a ~30-page
 * report in a plain contenteditable and in a Tiptap editor, the time from each key press to the
 * next painted frame (keydown → requestAnimationFrame → the task after it), over a few hundred
 * keystrokes typed in bursts with pauses (so the checker runs between bursts, as when people type).
 *
 *   npm run build && node test/e2e/extension-latency.mjs [--keys 300] [--rounds 3] [--extension dir] [--editors contenteditable,tiptap]
 *
 * Prints median and p95 per editor and mode, and the ratio with/without. With several rounds (the
 * two modes alternate, so slow phases of a noisy machine hit both), each round's figures are
 * printed and the table gives the median over rounds. A measurement, not a test.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "test/e2e/fixtures/extension");
const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const extensionDir = argument("--extension", join(root, "extension/build/chrome-mv3-prod"));
const KEYS = Number(argument("--keys", 300));
const ROUNDS = Number(argument("--rounds", 1));
const EDITORS = argument("--editors", "contenteditable,tiptap").split(",");
const BURST = 10;

if (!existsSync(join(extensionDir, "manifest.json"))) {
  console.error(`No built extension at ${extensionDir}: run npm run build first`);
  process.exit(2);
}

const bundles = mkdtempSync(join(tmpdir(), "tally-latency-"));
await build({ entryPoints: { "tiptap.bundle": join(fixtures, "tiptap.ts") }, bundle: true, format: "iife", outdir: bundles, logLevel: "error" });
const server = createServer((req, res) => {
  const name = new URL(req.url ?? "/", "http://x").pathname.slice(1);
  const file = [join(bundles, name), join(fixtures, name)].find((f) => !name.includes("..") && existsSync(f));
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": extname(file) === ".html" ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8" });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const baseArgs = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

async function measure(withExtension, page) {
  const profile = mkdtempSync(join(tmpdir(), "tally-latency-profile-"));
  const args = withExtension ? [...baseArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : baseArgs;
  const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: false, args, viewport: { width: 1000, height: 800 } });
  try {
    if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      window.__latencies = [];
      document.addEventListener("keydown", (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__latencies.push(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      }, true);
    });
    await tab.goto(`${origin}/${page}.html?long`);
    const editor = tab.locator(page === "tiptap" ? ".ProseMirror" : "#editor");
    await editor.waitFor();
    // The first check has run (and drawn what is on screen).
    if (withExtension) await tab.waitForFunction(() => performance.getEntriesByName("tally-check").length > 0, undefined, { timeout: 60_000 });
    await tab.waitForTimeout(1000);
    // Caret at the end of a paragraph in the middle of the report.
    const target = editor.locator("p").nth(140);
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    await tab.mouse.click(box.x + box.width - 2, box.y + box.height - 6);
    await tab.keyboard.press("End");
    await tab.evaluate(() => (window.__latencies = []));
    for (let i = 0; i < KEYS; i++) {
      await tab.keyboard.press("KeyA", { delay: 0 });
      await tab.waitForTimeout(i % BURST === BURST - 1 ? 500 : 40);
    }
    await tab.waitForTimeout(200);
    const checks = await tab.evaluate(() => performance.getEntriesByName("tally-check").map((e) => e.duration));
    if (checks.length) console.error(`${page}: ${checks.length} checks, median ${quantile(checks, 0.5).toFixed(1)} ms, max ${Math.max(...checks).toFixed(1)} ms`);
    return await tab.evaluate(() => window.__latencies);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const f = (x) => x.toFixed(1);
const median = (xs) => quantile(xs, 0.5);
const rows = [];
for (const page of EDITORS) {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const without = await measure(false, page);
    const withExt = await measure(true, page);
    const r = {
      keys: withExt.length,
      medianWithout: quantile(without, 0.5),
      medianWith: quantile(withExt, 0.5),
      p95Without: quantile(without, 0.95),
      p95With: quantile(withExt, 0.95),
    };
    console.error(`${page} round ${round + 1}: median ${f(r.medianWithout)} → ${f(r.medianWith)} ms (${(r.medianWith / r.medianWithout).toFixed(2)}), p95 ${f(r.p95Without)} → ${f(r.p95With)} ms (${(r.p95With / r.p95Without).toFixed(2)})`);
    rounds.push(r);
  }
  const row = { editor: page, keys: rounds[0].keys };
  for (const key of ["medianWithout", "medianWith", "p95Without", "p95With"]) row[key] = median(rounds.map((r) => r[key]));
  row.medianRatio = median(rounds.map((r) => r.medianWith / r.medianWithout));
  row.p95Ratio = median(rounds.map((r) => r.p95With / r.p95Without));
  rows.push(row);
}
server.close();
rmSync(bundles, { recursive: true, force: true });
console.log("| editor | keys | median without | median with | ratio | p95 without | p95 with | ratio |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.editor} | ${r.keys} | ${f(r.medianWithout)} ms | ${f(r.medianWith)} ms | ${r.medianRatio.toFixed(2)} | ${f(r.p95Without)} ms | ${f(r.p95With)} ms | ${r.p95Ratio.toFixed(2)} |`);
