// Tiptap plugin benchmark: time from a keystroke's transaction to updated decorations, on
// generated reports of 10k and 100k characters, against a full re-check of the same document.
// Runs in jsdom on the BUILT packages (shared/dist, editor-plugin/dist; the plugin is built here
// when its dist is missing). Export: `benchEditorPlugin(options)`; run directly with
// `node test/bench/editor-plugin.bench.mjs [--quick]`.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { generateReport } from "../fixtures/generate-report.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const summary = (values) => ({ median: percentile(values, 50), p95: percentile(values, 95) });
const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** Installs a jsdom window as the global DOM, which ProseMirror's view needs. */
async function installDom() {
  if (globalThis.document) return;
  const { JSDOM } = await import("jsdom");
  const { window } = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue;
    try {
      Object.defineProperty(globalThis, key, { configurable: true, get: () => window[key] });
    } catch {
      // some window properties cannot be copied; ProseMirror does not need them
    }
  }
  Object.defineProperty(globalThis, "window", { configurable: true, value: window });
  Object.defineProperty(globalThis, "document", { configurable: true, value: window.document });
  if (!("navigator" in globalThis)) Object.defineProperty(globalThis, "navigator", { configurable: true, value: window.navigator });
  // jsdom has no layout; ProseMirror asks for rects when scrolling, which the bench never does.
  window.document.elementFromPoint = () => null;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Measures, per keystroke, (a) the transaction alone: decorations and diagnostics mapped,
 * (b) transaction + incremental check + new decorations (what the debounced check does),
 * and (c) a full re-check in the editor (fresh checker: every paragraph analysed again).
 * Returns one row per size with median and p95 in milliseconds.
 */
export async function benchEditorPlugin({ sizes = [10_000, 100_000], keystrokes = 60, fullRuns = 9, log = console.log } = {}) {
  await installDom();
  if (!existsSync(new URL("../../shared/dist/index.js", import.meta.url))) {
    execSync("npm run build -w @tally/shared", { cwd: root, stdio: "inherit" });
  }
  if (!existsSync(new URL("../../editor-plugin/dist/index.js", import.meta.url))) {
    execSync("npm run build -w @tally/editor-plugin", { cwd: root, stdio: "inherit" });
  }
  const { Editor } = await import("@tiptap/core");
  const { default: StarterKit } = await import("@tiptap/starter-kit");
  const { TallyChecker } = await import(new URL("../../editor-plugin/dist/index.js", import.meta.url).href);

  const rows = [];
  for (const size of sizes) {
    const text = generateReport(size, { seed: 7 });
    const html = text
      .split("\n")
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join("");
    const element = document.createElement("div");
    document.body.appendChild(element);
    const editor = new Editor({
      element,
      extensions: [StarterKit, TallyChecker.configure({ referenceDate: "2026-11-23", debounceMs: 1e9, card: false })],
      content: html,
    });
    editor.commands.checkTallyNow();
    const paragraphs = [];
    editor.state.doc.forEach((node, offset) => paragraphs.push(offset + 1 + Math.floor(node.content.size / 2)));

    const typeAt = (i) => {
      // Type into different paragraphs across the document, as an editor would over a session.
      const base = paragraphs[(i * 7919) % paragraphs.length];
      editor.view.dispatch(editor.state.tr.insertText("进", base));
    };

    // Warm-up: JIT and first-use initialisation are not what we measure.
    for (let i = 0; i < 5; i++) {
      typeAt(i);
      editor.commands.checkTallyNow();
    }

    const transactionOnly = [];
    const toDecorations = [];
    const checkOnly = [];
    for (let i = 0; i < keystrokes; i++) {
      const start = performance.now();
      typeAt(i + 11);
      const mapped = performance.now();
      editor.commands.checkTallyNow();
      const end = performance.now();
      transactionOnly.push(mapped - start);
      checkOnly.push(editor.storage.tallyChecker.lastCheckMs);
      toDecorations.push(end - start);
    }

    const full = [];
    for (let i = 0; i < fullRuns; i++) {
      const start = performance.now();
      editor.commands.setTallyOptions({}); // a fresh checker: the whole document is analysed again
      full.push(performance.now() - start);
    }

    const row = {
      size: editor.state.doc.textContent.length,
      diagnostics: editor.storage.tallyChecker.diagnostics.length,
      transaction: summary(transactionOnly),
      keystrokeToDecorations: summary(toDecorations),
      /** Text map + incremental engine check + position conversion, inside the above. */
      check: summary(checkOnly),
      fullRecheck: summary(full),
    };
    rows.push(row);
    editor.destroy();
    element.remove();
  }

  log("\nTiptap plugin (jsdom): per keystroke, ms — median / p95");
  log("chars     diagnostics  transaction (mapped)  keystroke→decorations  of which check        full re-check");
  for (const r of rows) {
    log(
      `${String(r.size).padEnd(9)} ${String(r.diagnostics).padEnd(12)} ` +
        `${`${ms(r.transaction.median)} / ${ms(r.transaction.p95)}`.padEnd(21)} ` +
        `${`${ms(r.keystrokeToDecorations.median)} / ${ms(r.keystrokeToDecorations.p95)}`.padEnd(22)} ` +
        `${`${ms(r.check.median)} / ${ms(r.check.p95)}`.padEnd(20)} ` +
        `${ms(r.fullRecheck.median)} / ${ms(r.fullRecheck.p95)}`,
    );
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes("--quick");
  await benchEditorPlugin(quick ? { keystrokes: 20, fullRuns: 3 } : {});
  process.exit(0);
}
