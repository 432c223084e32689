// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Editor } from "@tiptap/core";
import { check } from "@tally/shared";
import { documentText, textOffsetToPos } from "@tally/editor-plugin";
import { makeEditor, reportHtml, textAt } from "./helpers";

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe("documentText", () => {
  it("joins textblocks with newlines, marks headings and includes table cells", async () => {
    editor = await makeEditor(
      reportHtml(["# 某镇2026年工作总结", "## 一、工作成效", "完成<strong>投资</strong>3.2亿元。"]) +
        "<table><tr><td><p>指标</p></td><td><p>数值</p></td></tr></table><p>结尾</p>",
    );
    const map = documentText(editor.state.doc);
    expect(map.text).toBe("某镇2026年工作总结\n一、工作成效\n完成投资3.2亿元。\n指标\n数值\n结尾");
    expect(map.hints.filter((h) => h.kind === "heading")).toEqual([
      { from: 0, kind: "heading", level: 1 },
      { from: 12, kind: "heading", level: 2 },
    ]);
    expect(map.hints.filter((h) => h.kind === "table-cell").map((h) => map.text.slice(h.from, h.from + 2))).toEqual(["指标", "数值"]);
  });

  it("maps every text offset to the position of the same character", async () => {
    editor = await makeEditor(reportHtml(["标题", "第一段<br>换行后", "", "第三段"]));
    const map = documentText(editor.state.doc);
    expect(map.text).toBe("标题\n第一段\n换行后\n\n第三段");
    for (let i = 0; i < map.text.length; i++) {
      if (map.text[i] === "\n") continue; // block separators and the hard break
      expect(textAt(editor, textOffsetToPos(map, i), textOffsetToPos(map, i + 1))).toBe(map.text[i]);
    }
  });

  it("reads again only the blocks an edit changed", async () => {
    editor = await makeEditor(reportHtml(["标题", "第一段。", "第二段。", "第三段。"]));
    const cache = new WeakMap<object, string>();
    let reads = 0;
    const counting = { get: (k: object) => cache.get(k), set: (k: object, v: string) => (reads++, cache.set(k, v)) } as unknown as WeakMap<never, string>;
    documentText(editor.state.doc, counting);
    expect(reads).toBe(4);
    reads = 0;
    editor.commands.insertContentAt(8, "新增");
    expect(documentText(editor.state.doc, counting).text).toBe("标题\n第一段新增。\n第二段。\n第三段。");
    expect(reads).toBe(1);
  });

  it("gives diagnostics whose document range holds their text", async () => {
    const lines = ["某镇2026年工作总结", "一、工作成效", "完成投资xx万元，XX镇深入学习贯彻党的十九大精神。", "三、下一步打算", "继续推进。"];
    editor = await makeEditor(reportHtml(lines));
    const expected = check(lines.join("\n"), { referenceDate: "2026-11-23" }).filter((d) => d.category !== "missing-section");
    const actual = editor.storage.tallyChecker.diagnostics.filter((d) => d.category !== "missing-section");
    expect(actual.map((d) => [d.ruleId, d.text])).toEqual(expected.map((d) => [d.ruleId, d.text]));
    expect(actual.length).toBeGreaterThan(0);
    for (const d of actual) expect(textAt(editor, d.from, d.to)).toBe(d.text);
  });
});
