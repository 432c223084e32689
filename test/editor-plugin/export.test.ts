import { describe, expect, it } from "vitest";
import { captureFigureDrafts, diagnosticsToCsv, diagnosticsToMarkdown, figureTextForPlaceholder, matchFiguresByContext, type TallyDiagnostic } from "@tally/editor-plugin";

const list: TallyDiagnostic[] = [
  { id: "a", line: 3, ruleId: "masked-number", category: "masked-number", severity: "warning", from: 5, to: 7, text: "xx", message: "此处数字未填写" },
  { id: "b", line: 4, ruleId: "stale/x", category: "stale-phrase", severity: "warning", from: 9, to: 12, text: "a,\"b|c", message: "提法已过时", fixes: [{ label: "改", replacement: "新提法" }] },
  { id: "c", line: 9, ruleId: "missing-section/problems", category: "missing-section", severity: "info", section: "problems", from: 30, to: 31, text: "三", message: "缺少存在问题" },
];

describe("exports", () => {
  it("writes CSV with a BOM, Chinese headers and quoted cells", () => {
    const csv = diagnosticsToCsv(list);
    expect(csv.startsWith("\ufeff序号,类别,级别,行,原文,说明,建议修改\r\n")).toBe(true);
    expect(csv).toContain('2,过时提法,警告,4,"a,""b|c",提法已过时,新提法');
    expect(csv).toContain("3,缺少部分,提示,9,存在问题,缺少存在问题,");
  });

  it("neutralises spreadsheet formulas in CSV cells", () => {
    const csv = diagnosticsToCsv([{ ...list[0]!, text: "=1+1" }]);
    expect(csv).toContain(",'=1+1,");
  });

  it("writes a Markdown table with escaped pipes", () => {
    const md = diagnosticsToMarkdown(list, "检查结果");
    expect(md).toContain("# 检查结果");
    expect(md).toContain("| 2 | 过时提法 | 警告 | 4 | a,\"b\\|c | 提法已过时 | 新提法 |");
    expect(md.split("\n").filter((l) => l.startsWith("| "))).toHaveLength(2 + list.length);
  });
});

describe("figures for placeholders", () => {
  const figures = [
    { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026" },
    { name: "户籍人口", value: 38625, unit: "人", period: "2026", aliases: ["人口"] },
  ];
  it.each([
    ["万元", "32000"],
    ["亿元，同比", "3.2"],
    ["。", "3.2亿元"],
  ])("fills before %s as %s", (after, expected) => {
    expect(figureTextForPlaceholder(figures[0]!, after)).toBe(expected);
  });

  it("matches figures named just before the placeholder, and nothing unrelated", () => {
    expect(matchFiguresByContext(figures, "全年完成固定资产投资", "亿元").map((f) => f.name)).toEqual(["固定资产投资"]);
    expect(matchFiguresByContext(figures, "全镇现有人口", "人").map((f) => f.name)).toEqual(["户籍人口"]);
    expect(matchFiguresByContext(figures, "新建村道", "公里")).toEqual([]);
  });

  it("captures figures from selected text", () => {
    expect(captureFigureDrafts("1-10月完成固定资产投资3.2亿元，同比增长12.3%", 2026)).toEqual([
      { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-01..2026-10" },
      { name: "固定资产投资同比增长", value: 12.3, unit: "%", period: "2026-01..2026-10" },
    ]);
    expect(captureFigureDrafts("工作扎实推进，成效明显", 2026)).toEqual([]);
  });
});

describe("figure suggestions stay within the placeholder's clause", () => {
  it("ignores a figure named in the previous clause", () => {
    const figures = [
      { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026" },
      { name: "规上工业产值", value: 12.6, unit: "亿元", period: "2026" },
    ];
    expect(matchFiguresByContext(figures, "完成固定资产投资3.2亿元，同比增长12.3%；实现规上工业产值", "亿元").map((f) => f.name)).toEqual(["规上工业产值"]);
  });
});
