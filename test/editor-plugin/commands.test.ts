// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Editor } from "@tiptap/core";
import { check } from "@tally/shared";
import { tallyPluginKey, type TallyDiagnostic } from "@tally/editor-plugin";
import { makeEditor, reportHtml, textAt } from "./helpers";

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

// "三、" after "一、" is a numbering gap with a fix in the engine.
const REPORT = ["某镇2026年工作总结", "一、工作成效", "全年完成各项任务。", "三、下一步打算", "继续推进各项工作。"];

function diagnostics(e: Editor): TallyDiagnostic[] {
  return e.storage.tallyChecker.diagnostics;
}

function withFix(e: Editor): TallyDiagnostic {
  const d = diagnostics(e).find((x) => x.fixes?.length);
  if (!d) throw new Error("expected a diagnostic with a fix");
  return d;
}

/** Replaces the plugin's diagnostics with given ones, to test commands independently of rules. */
function inject(e: Editor, list: Omit<TallyDiagnostic, "id" | "line" | "severity" | "message">[]): TallyDiagnostic[] {
  const full = list.map((d, i) => ({ id: `t${i}`, line: 1, severity: "warning" as const, message: "测试", ...d }));
  e.view.dispatch(e.state.tr.setMeta(tallyPluginKey, { type: "results", diagnostics: full }));
  return full;
}

function findText(e: Editor, needle: string): { from: number; to: number } {
  let found: { from: number; to: number } | undefined;
  e.state.doc.descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const at = node.text!.indexOf(needle);
    if (at >= 0) found = { from: pos + at, to: pos + at + needle.length };
    return false;
  });
  if (!found) throw new Error(`not found: ${needle}`);
  return found;
}

describe("decorations", () => {
  it("decorates every diagnostic of the engine with its category class", async () => {
    editor = await makeEditor(reportHtml(REPORT));
    const engine = check(REPORT.join("\n"), { referenceDate: "2026-11-23" });
    expect(engine.some((d) => d.category === "numbering")).toBe(true);
    for (const d of diagnostics(editor)) {
      const el = editor.view.dom.querySelector(`[data-tally-id="${d.id}"]`);
      expect(el, d.ruleId).not.toBeNull();
      expect(el!.classList.contains("tally-issue")).toBe(true);
      expect(el!.classList.contains(`tally-issue--${d.category}`)).toBe(true);
      if (d.category !== "missing-section") expect(el!.textContent).toBe(d.text);
    }
    expect(diagnostics(editor)).toHaveLength(engine.length);
  });

  it("maps positions through edits elsewhere before the next check, and keeps ids after it", async () => {
    editor = await makeEditor(reportHtml(REPORT));
    const before = diagnostics(editor).map((d) => ({ id: d.id, text: d.text, from: d.from }));
    editor.commands.insertContentAt(1, "（草稿）");
    const mapped = diagnostics(editor);
    expect(mapped.map((d) => d.id)).toEqual(before.map((d) => d.id));
    for (const [i, d] of mapped.entries()) {
      expect(d.from).toBe(before[i]!.from + 4);
      if (d.category !== "missing-section") expect(textAt(editor, d.from, d.to)).toBe(d.text);
    }
    editor.commands.checkTallyNow();
    expect(diagnostics(editor).map((d) => d.id)).toEqual(before.map((d) => d.id));
  });

  it("re-checks after the debounce and reports through onDiagnostics", async () => {
    const onDiagnostics = vi.fn();
    editor = await makeEditor(reportHtml(REPORT.slice(0, 3)), { debounceMs: 5, onDiagnostics });
    expect(diagnostics(editor).some((d) => d.category === "numbering")).toBe(false);
    editor.commands.insertContentAt(editor.state.doc.content.size, "<p>三、下一步打算</p>");
    await vi.waitFor(() => expect(diagnostics(editor!).some((d) => d.category === "numbering")).toBe(true));
    expect(onDiagnostics).toHaveBeenLastCalledWith(diagnostics(editor), editor);
  });
});

describe("commands", () => {
  it("applyTallyFix replaces the text in one undo step", async () => {
    editor = await makeEditor(reportHtml(REPORT));
    const d = withFix(editor);
    const original = editor.getText();
    expect(editor.commands.applyTallyFix(d.id)).toBe(true);
    expect(textAt(editor, d.from, d.from + d.fixes![0]!.replacement.length)).toBe(d.fixes![0]!.replacement);
    expect(diagnostics(editor).find((x) => x.id === d.id)).toBeUndefined();
    editor.commands.undo();
    expect(editor.getText()).toBe(original);
  });

  it("applyTallyFix refuses an unknown id or fix index", async () => {
    editor = await makeEditor(reportHtml(REPORT));
    expect(editor.commands.applyTallyFix("nope")).toBe(false);
    expect(editor.commands.applyTallyFix(withFix(editor).id, 99)).toBe(false);
  });

  it("ignoreTallyDiagnostic hides a diagnostic across unrelated edits, until its text changes", async () => {
    editor = await makeEditor(reportHtml(REPORT));
    const d = withFix(editor);
    expect(editor.commands.ignoreTallyDiagnostic(d.id)).toBe(true);
    expect(diagnostics(editor).some((x) => x.id === d.id)).toBe(false);
    expect(editor.view.dom.querySelector(`[data-tally-id="${d.id}"]`)).toBeNull();

    editor.commands.insertContentAt(1, "修订：");
    editor.commands.checkTallyNow();
    expect(diagnostics(editor).some((x) => x.ruleId === d.ruleId && x.text === d.text)).toBe(false);

    // Changing the flagged text itself ("三、" → "四、") brings the warning back.
    const spot = findText(editor, d.text);
    editor.chain().insertContentAt(spot, "四、").checkTallyNow().run();
    expect(diagnostics(editor).some((x) => x.ruleId === d.ruleId && x.text === "四、")).toBe(true);
  });

  it("insertFigure writes the formatted figure at the caret", async () => {
    editor = await makeEditor(reportHtml(["全年完成固定资产投资。"]));
    const at = findText(editor, "投资").to;
    editor.chain().setTextSelection(at).insertFigure({ name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026" }).run();
    expect(editor.getText()).toBe("全年完成固定资产投资3.2亿元。");
    editor.chain().setTextSelection(1).insertFigure({ name: "户籍人口", value: 12034, unit: "人", period: "2026" }, "period-name-value").run();
    expect(editor.getText()).toBe("2026年户籍人口12034人全年完成固定资产投资3.2亿元。");
  });

  it("insertFigure fills a masked number in place, in the unit written after it", async () => {
    editor = await makeEditor(reportHtml(["完成投资xx万元。"]));
    const spot = findText(editor, "xx");
    inject(editor, [{ ruleId: "masked/test", category: "masked-number", text: "xx", ...spot }]);
    editor.chain().setTextSelection(spot.from + 1).insertFigure({ name: "投资", value: 3.2, unit: "亿元", period: "2026" }).run();
    expect(editor.getText()).toBe("完成投资32000万元。");
    editor.commands.undo();
    expect(editor.getText()).toBe("完成投资xx万元。");
  });

  it("goes to the next and previous diagnostic, wrapping, also with Alt-F8 / Shift-Alt-F8", async () => {
    editor = await makeEditor(reportHtml(["甲乙丙丁戊己庚辛"]));
    const a = findText(editor, "乙");
    const b = findText(editor, "戊己");
    inject(editor, [
      { ruleId: "x/a", category: "duplicate", text: "乙", ...a },
      { ruleId: "x/b", category: "duplicate", text: "戊己", ...b },
    ]);
    editor.commands.setTextSelection(1);
    editor.commands.goToNextTallyDiagnostic();
    expect(editor.state.selection).toMatchObject(a);
    editor.commands.goToNextTallyDiagnostic();
    expect(editor.state.selection).toMatchObject(b);
    editor.commands.goToNextTallyDiagnostic();
    expect(editor.state.selection).toMatchObject(a);
    editor.commands.goToPreviousTallyDiagnostic();
    expect(editor.state.selection).toMatchObject(b);

    const press = (shiftKey: boolean) =>
      editor!.view.someProp("handleKeyDown", (f) => f(editor!.view, new KeyboardEvent("keydown", { key: "F8", altKey: true, shiftKey })));
    press(false);
    expect(editor.state.selection).toMatchObject(a);
    press(true);
    expect(editor.state.selection).toMatchObject(b);
  });

  it("setTallyOptions re-checks with a new reference date", async () => {
    const line = "我们深入学习贯彻党的十九大精神，推进各项工作。";
    editor = await makeEditor(reportHtml([line]), { referenceDate: "2019-06-01" });
    const stale = () => diagnostics(editor!).filter((d) => d.category === "stale-phrase").length;
    expect(stale()).toBe(check(line, { referenceDate: "2019-06-01" }).filter((d) => d.category === "stale-phrase").length);
    editor.commands.setTallyOptions({ referenceDate: "2026-11-23" });
    expect(stale()).toBe(check(line, { referenceDate: "2026-11-23" }).filter((d) => d.category === "stale-phrase").length);
    expect(stale()).toBeGreaterThan(0);
  });

  it("shows a missing section as a widget", async () => {
    editor = await makeEditor(reportHtml(["甲乙丙"]));
    inject(editor, [{ ruleId: "structure/missing", category: "missing-section", section: "problems", text: "甲", from: 1, to: 2 }]);
    const widget = editor.view.dom.querySelector(".tally-widget.tally-issue--missing-section");
    expect(widget?.textContent).toBe("缺少「存在问题」");
    expect(editor.getText()).toBe("甲乙丙");
  });
});

describe("card", () => {
  it("opens on click with the message and applies a fix from its button", async () => {
    editor = await makeEditor(reportHtml(REPORT));
    const d = withFix(editor);
    const el = editor.view.dom.querySelector(`[data-tally-id="${d.id}"]`)!;
    el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const card = document.querySelector<HTMLElement>(".tally-card")!;
    expect(card.hidden).toBe(false);
    expect(card.textContent).toContain(d.message);
    card.querySelector<HTMLButtonElement>(".tally-card__fix")!.click();
    expect(textAt(editor, d.from, d.from + d.fixes![0]!.replacement.length)).toBe(d.fixes![0]!.replacement);
    expect(card.hidden).toBe(true);
  });

  it("offers saved figures for a masked number and fills the placeholder", async () => {
    const figure = { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026" };
    editor = await makeEditor(reportHtml(["完成固定资产投资xx亿元。"]), { suggestFigures: () => [figure] });
    const spot = findText(editor, "xx");
    const [d] = inject(editor, [{ ruleId: "masked/test", category: "masked-number", text: "xx", ...spot }]);
    editor.view.dom.querySelector(`[data-tally-id="${d!.id}"]`)!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const button = await vi.waitFor(() => {
      const b = document.querySelector<HTMLButtonElement>(".tally-card__figure");
      if (!b) throw new Error("no figure button yet");
      return b;
    });
    expect(button.textContent).toContain("固定资产投资 3.2亿元");
    button.click();
    expect(editor.getText()).toBe("完成固定资产投资3.2亿元。");
  });
});
