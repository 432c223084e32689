// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Editor } from "@tiptap/core";
import type { Diagnostic } from "@tally/shared";
import { documentText, mapDiagnostic, toEditorDiagnostics } from "@tally/editor-plugin";
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
