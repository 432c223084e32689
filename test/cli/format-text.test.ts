import { describe, expect, it } from "vitest";
import type { Diagnostic } from "@tally/shared";
import { codePointWidth, displayWidth, excerpt, formatText, LineIndex, summaryLine } from "../../shared/src/cli/format-text";

function diagnostic(text: string, needle: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  const from = text.indexOf(needle);
  if (from < 0) throw new Error(`${needle} not in text`);
  return {
    ruleId: "masked-number",
    category: "masked-number",
    severity: "error",
    from,
    to: from + needle.length,
    text: needle,
    message: "此处的占位符应填写实际数字。",
    ...extra,
  };
}

describe("LineIndex", () => {
  const text = "标题\r\n第二行\r第三行\n𠀀第四行xx";
  const index = new LineIndex(text);
  it.each([
    [0, 1, 1],
    [text.indexOf("第二行"), 2, 1],
    [text.indexOf("三"), 3, 2],
    // the astral character counts as one column although it is two UTF-16 units
    [text.indexOf("xx"), 4, 5],
  ])("offset %i is line %i column %i", (offset, line, column) => {
    expect(index.position(offset)).toEqual({ line, column });
  });
  it("gives line ranges without terminators", () => {
    const [from, to] = index.lineRange(0);
    expect(text.slice(from, to)).toBe("标题");
  });
});

describe("display width", () => {
  it.each([
    ["a", 1],
    ["中", 2],
    ["，", 2],
    ["Ｘ", 2],
    ["𠀀", 2],
    ["\u0301", 0],
  ])("%s is %i columns", (s, w) => {
    expect(codePointWidth(s.codePointAt(0)!)).toBe(w);
  });
  it("sums a mixed string", () => {
    expect(displayWidth("GDP增长5%")).toBe(3 + 4 + 2);
  });
});

describe("excerpt", () => {
  it("puts carets under the flagged part, two per CJK character", () => {
    const text = "完成投资xx万元。";
    const from = text.indexOf("xx");
    const ex = excerpt(text, new LineIndex(text), from, from + 2);
    expect(ex.line).toBe(text);
    expect(ex.marker).toBe(" ".repeat(8) + "^^");
  });

  it("cuts a long line to a window around the flag and marks the cuts", () => {
    const text = "甲".repeat(5000) + "某某" + "乙".repeat(5000);
    const from = 5000;
    const ex = excerpt(text, new LineIndex(text), from, from + 2);
    expect(ex.line.startsWith("…")).toBe(true);
    expect(ex.line.endsWith("…")).toBe(true);
    expect(ex.line.length).toBeLessThan(60);
    expect(ex.marker.trimStart()).toBe("^^^^");
    expect(displayWidth(ex.line.slice(0, ex.line.indexOf("某某")))).toBe(ex.marker.indexOf("^"));
  });

  it("marks a span that runs past the line end up to the end of the line", () => {
    const text = "一、主要工作\n二、存在问题";
    const ex = excerpt(text, new LineIndex(text), 2, text.length);
    expect(ex.line).toBe("一、主要工作");
    expect(ex.marker).toBe("    " + "^".repeat(8));
  });

  it("replaces tabs so the carets stay aligned", () => {
    const text = "\t增长xx%";
    const ex = excerpt(text, new LineIndex(text), 3, 5);
    expect(ex.line).toBe(" 增长xx%");
    expect(ex.marker).toBe("     ^^");
  });
});

describe("formatText", () => {
  it("prints file:line:col, severity, category, message, excerpt and a summary", () => {
    const text = "青禾镇2026年工作总结\n全年新增就业xx人，同比增长*%。";
    const out = formatText([
      { file: "report.txt", text, diagnostics: [diagnostic(text, "xx"), diagnostic(text, "*", { severity: "warning" })] },
      { file: "clean.txt", text: "无问题。", diagnostics: [] },
    ]);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("report.txt:2:7  error  masked-number  此处的占位符应填写实际数字。");
    expect(lines[1]).toBe("    全年新增就业xx人，同比增长*%。");
    expect(lines[2]).toBe("    " + " ".repeat(12) + "^^");
    expect(lines[4]).toMatch(/^report\.txt:2:15  warning  masked-number  /);
    expect(lines.at(-1)).toBe("共 2 处问题：错误 1，警告 1，提示 0（2 个文件）");
  });

  it("shows the first fix as a suggestion", () => {
    const text = "深入学习贯彻党的十九大精神。";
    const d = diagnostic(text, "党的十九大精神", {
      category: "stale-phrase",
      severity: "warning",
      fixes: [{ label: "改为“党的二十大精神”", replacement: "党的二十大精神" }],
    });
    expect(formatText([{ file: "a.txt", text, diagnostics: [d] }])).toContain("    建议：改为“党的二十大精神”\n");
  });

  it("says so when nothing is found", () => {
    expect(summaryLine([{ file: "a.txt", diagnostics: [] }])).toBe("未发现问题（1 个文件）");
  });
});
