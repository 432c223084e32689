// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Editor } from "@tiptap/core";
import type { Diagnostic } from "@tally/shared";
import type { DecorationSet } from "@tiptap/pm/view";
import { buildDecorations, documentText, mapDiagnostic, toEditorDiagnostics, updateDecorations, type TallyDiagnostic } from "@tally/editor-plugin";
import { makeEditor, reportHtml, textAt } from "./helpers";

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const LINES = ["标题", "投资3.2亿元。", "投资3.5亿元。"];

/** Offsets of `needle` in the checked text (searching from `after`). */
function at(text: string, needle: string, after = 0): { from: number; to: number } {
  const from = text.indexOf(needle, after);
  if (from < 0) throw new Error(`${needle} not in text`);
  return { from, to: from + needle.length };
}

describe("toEditorDiagnostics", () => {
  it("turns offsets of the range, fixes and related into positions of the same characters", async () => {
    editor = await makeEditor(reportHtml(LINES), { card: false });
    const map = documentText(editor.state.doc);
    const second = at(map.text, "3.5亿元");
    const first = at(map.text, "3.2亿元");
    const engine: Diagnostic = {
      ruleId: "figure-consistency/same-indicator",
      category: "figure-consistency",
      severity: "warning",
      ...second,
      text: "3.5亿元",
      message: "前后不一致",
      related: [{ ...first, message: "前文" }],
      fixes: [{ label: "改为3.2亿元", replacement: "3.2亿元" }, { label: "只改数字", replacement: "3.2", from: second.from, to: second.from + 3 }],
    };
    const [d] = toEditorDiagnostics([engine], map);
    expect(textAt(editor, d!.from, d!.to)).toBe("3.5亿元");
    expect(d!.line).toBe(3);
    expect(d!.id).toMatch(/^tally-/);
    expect(textAt(editor, d!.related![0]!.from, d!.related![0]!.to)).toBe("3.2亿元");
    expect(d!.related![0]!.message).toBe("前文");
    expect(d!.fixes![0]).toEqual({ label: "改为3.2亿元", replacement: "3.2亿元" });
    expect(textAt(editor, d!.fixes![1]!.from!, d!.fixes![1]!.to!)).toBe("3.5");
  });

  it("keeps a section and adds no empty optional fields", async () => {
    editor = await makeEditor(reportHtml(LINES), { card: false });
    const map = documentText(editor.state.doc);
    const engine: Diagnostic = { ruleId: "structure/missing-section", category: "missing-section", severity: "warning", from: 2, to: 3, text: "\n", message: "缺少", section: "problems" };
    const [d] = toEditorDiagnostics([engine], map);
    expect(d!.section).toBe("problems");
    expect(Object.keys(d!)).not.toContain("fixes");
    expect(Object.keys(d!)).not.toContain("related");
  });
});

describe("mapDiagnostic", () => {
  it("moves the range, fixes and related past text typed before them", async () => {
    editor = await makeEditor(reportHtml(LINES), { card: false });
    const map = documentText(editor.state.doc);
    const second = at(map.text, "3.5亿元");
    const first = at(map.text, "3.2亿元");
    const [d] = toEditorDiagnostics(
      [{ ruleId: "r", category: "figure-consistency", severity: "warning", ...second, text: "3.5亿元", message: "m", related: [{ ...first, message: "前文" }], fixes: [{ label: "t", replacement: "3.2", from: second.from, to: second.from + 3 }] }],
      map,
    );
    const tr = editor.state.tr.insertText("全年", 2); // inside the title, before both figures
    const moved = mapDiagnostic(d!, tr.mapping)!;
    editor.view.dispatch(tr);
    expect(textAt(editor, moved.from, moved.to)).toBe("3.5亿元");
    expect(textAt(editor, moved.related![0]!.from, moved.related![0]!.to)).toBe("3.2亿元");
    expect(textAt(editor, moved.fixes![0]!.from!, moved.fixes![0]!.to!)).toBe("3.5");
    expect(moved.id).toBe(d!.id);
  });

  it("drops a diagnostic whose text was deleted", async () => {
    editor = await makeEditor(reportHtml(LINES), { card: false });
    const map = documentText(editor.state.doc);
    const second = at(map.text, "3.5亿元");
    const [d] = toEditorDiagnostics([{ ruleId: "r", category: "figure-consistency", severity: "warning", ...second, text: "3.5亿元", message: "m" }], map);
    const tr = editor.state.tr.delete(d!.from - 1, d!.to + 1);
    expect(mapDiagnostic(d!, tr.mapping)).toBeUndefined();
  });
});

describe("updateDecorations", () => {
  const summary = (set: DecorationSet) =>
    set
      .find()
      .map((d) => `${d.from}-${d.to}:${(d.spec as { id: string }).id}`)
      .sort();

  it("ends with the same decorations a fresh build gives, keeping the unchanged ones", async () => {
    editor = await makeEditor(reportHtml(["某镇2026年工作总结", "一、工作成效", "完成投资XX亿元，新增X家企业。", "三、下一步打算", "继续推进。"]), { card: false });
    const before = editor.storage.tallyChecker.diagnostics;
    expect(before.length).toBeGreaterThan(2);
    const old = buildDecorations(editor.state.doc, before);
    // One diagnostic disappears, one moves to a new range, one is new (a widget).
    const [gone, moved, ...kept] = before;
    const next: TallyDiagnostic[] = [
      ...kept,
      { ...moved!, from: moved!.from + 1, to: moved!.to },
      { ...gone!, id: "new-widget", category: "missing-section", section: "problems", from: 1, to: 1 },
    ];
    const updated = updateDecorations(editor.state.doc, old, next);
    expect(summary(updated)).toEqual(summary(buildDecorations(editor.state.doc, next)));
    const keptIds = new Set(kept.map((d) => d.id));
    const oldKept = old.find(undefined, undefined, (spec) => keptIds.has(spec.id));
    const newKept = updated.find(undefined, undefined, (spec) => keptIds.has(spec.id));
    expect(newKept).toHaveLength(kept.length);
    // find() hands out positioned copies; the spec object is what a kept decoration shares.
    const oldSpecs = oldKept.map((d) => d.spec);
    for (const deco of newKept) expect(oldSpecs).toContain(deco.spec);
  });

  it("returns the same set when nothing changed", async () => {
    editor = await makeEditor(reportHtml(["标题", "完成投资XX亿元。"]), { card: false });
    const list = editor.storage.tallyChecker.diagnostics;
    const set = buildDecorations(editor.state.doc, list);
    expect(updateDecorations(editor.state.doc, set, list)).toBe(set);
  });
});
