import { describe, expect, it } from "vitest";
import type { Diagnostic } from "@tally/shared";
import {
  checkDocument,
  correctedLine,
  decodeText,
  describeDiagnostics,
  issuesToCsv,
  issuesToMarkdown,
  lineColumnOf,
  type CheckedDocument,
} from "../../extension/src/sidepanel/document-check";
import { extensionOf } from "../../extension/src/sidepanel/read-document";

describe("lineColumnOf: 1-based line and column of an offset", () => {
  const text = "第一行\n第二行甲乙\n\n第四行";
  const cases: [number, number, number][] = [
    [0, 1, 1],
    [2, 1, 3],
    [3, 1, 4], // the line break itself belongs to line 1
    [4, 2, 1],
    [8, 2, 5],
    [10, 3, 1],
    [11, 4, 1],
    [13, 4, 3],
  ];
  it.each(cases)("offset %i is line %i column %i", (offset, line, column) => expect(lineColumnOf(text, offset)).toEqual({ line, column }));
  it("clamps offsets outside the text", () => {
    expect(lineColumnOf("ab\ncd", -3)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf("ab\ncd", 99)).toEqual({ line: 2, column: 3 });
  });
});

describe("correctedLine: the line with a fix applied", () => {
  const text = "标题\n完成投资XX亿元，同比增长。\n下一段";
  const from = text.indexOf("XX");
  it("replaces the range inside its own line only", () => expect(correctedLine(text, from, from + 2, "12")).toBe("完成投资12亿元，同比增长。"));
  it("works on the first and last line", () => {
    expect(correctedLine(text, 0, 2, "总结")).toBe("总结");
    expect(correctedLine(text, text.length - 3, text.length, "末段")).toBe("末段");
  });
  it("joins the lines a fix spans", () => expect(correctedLine("甲乙\n丙丁", 1, 4, "")).toBe("甲丁"));
  it("drops carriage returns of CRLF text", () => expect(correctedLine("甲乙\r\n丙丁\r\n", 4, 5, "戊")).toBe("戊丁"));
});

const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  ruleId: "masked-number/placeholder",
  category: "masked-number",
  severity: "error",
  from: 0,
  to: 0,
  text: "",
  message: "数字被占位符代替。",
  ...over,
});

describe("describeDiagnostics", () => {
  const text = "一、工作情况\n收入XX万元。";
  const from = text.indexOf("XX");
  it("places, excerpts and sorts issues, and turns fixes into corrected lines", () => {
    const issues = describeDiagnostics(text, [
      diagnostic({ from, to: from + 2, text: "XX", fixes: [{ label: "填入 5", replacement: "5" }] }),
      diagnostic({ from: 2, to: 4, text: "工作", category: "stale-phrase", fixes: [] }),
    ]);
    expect(issues.map((i) => [i.line, i.column, i.text])).toEqual([[1, 3, "工作"], [2, 3, "XX"]]);
    expect(issues[1]!.excerpt).toBe("收入【XX】万元。");
    expect(issues[1]!.fixes).toEqual([{ label: "填入 5", corrected: "收入5万元。" }]);
  });
  it("uses a fix's own range when it has one", () => {
    const [issue] = describeDiagnostics(text, [diagnostic({ from, to: from + 2, text: "XX", fixes: [{ label: "删去", replacement: "", from: from - 2, to: from + 2 }] })]);
    expect(issue!.fixes[0]!.corrected).toBe("万元。");
  });
});

describe("checkDocument runs the engine", () => {
  it("finds a placeholder with its line", () => {
    const doc = checkDocument("a.txt", "2026年工作总结\n今年完成产值XX万元，同比增长8%。", { referenceDate: "2026-12-01" });
    const masked = doc.issues.find((i) => i.category === "masked-number");
    expect(masked).toMatchObject({ line: 2, text: "XX" });
  });
  it("finds nothing to say about a clean sentence", () => {
    expect(checkDocument("b.txt", "今年完成产值120万元。", { referenceDate: "2026-12-01" }).issues.filter((i) => i.category === "masked-number")).toEqual([]);
  });
});

const docs: CheckedDocument[] = [
  {
    name: "报告,一.docx",
    issues: [
      { line: 3, column: 5, category: "masked-number", categoryLabel: "数字占位符", severity: "error", ruleId: "r", message: "写“XX”，需要\"真实\"数字", text: "XX", excerpt: "完成【XX】|亿", fixes: [{ label: "f", corrected: "=完成5亿" }] },
    ],
  },
  { name: "空.md", issues: [] },
];

describe("issuesToCsv", () => {
  const csv = issuesToCsv(docs);
  const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  it("starts with a BOM and a header, one row per issue", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('"文档","行","列","类别","级别","原文","说明","改正后"');
  });
  it("quotes cells, doubles quotes and neutralises formulas", () => {
    expect(lines[1]).toBe('"报告,一.docx","3","5","数字占位符","error","XX","写“XX”，需要""真实""数字","\'=完成5亿"');
  });
});

describe("issuesToMarkdown", () => {
  const md = issuesToMarkdown(docs);
  it("has a table per document, pipes escaped, and says when a document is clean", () => {
    expect(md).toContain("## 报告,一.docx");
    expect(md).toContain("| 3:5 | 数字占位符 | 完成【XX】\\|亿 | 写“XX”，需要\"真实\"数字 | =完成5亿 |");
    expect(md).toMatch(/## 空\.md\n\n没有发现问题。/);
  });
});

describe("decodeText", () => {
  it("reads UTF-8 and drops the BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("工作总结")]))).toBe("工作总结");
  });
  it("falls back to GB18030 for GBK bytes", () => {
    // 工作 in GBK: B9 A4 D7 F7
    expect(decodeText(new Uint8Array([0xb9, 0xa4, 0xd7, 0xf7]))).toBe("工作");
  });
});

describe("extensionOf", () => {
  it.each([["a.DOCX", "docx"], ["报告.v2.md", "md"], ["README", ""]])("%s → %s", (name, ext) => expect(extensionOf(name)).toBe(ext));
});
