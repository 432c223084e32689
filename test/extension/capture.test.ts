import { describe, expect, it } from "vitest";
import { captureFigures, periodOf } from "../../extension/src/sidepanel/capture";

describe("captureFigures: drafts from a selected sentence", () => {
  it("reads name, value, unit and period", () => {
    expect(captureFigures("2026年1-10月完成固定资产投资3.2亿元，同比增长12.3%", 2026)).toEqual([
      { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-01..2026-10" },
      { name: "同比增长", value: 12.3, unit: "%", period: "2026-01..2026-10" },
    ]);
  });
  it("uses the fallback year and whole-year period without a date", () => {
    expect(captureFigures("全镇新增市场主体120家", 2027)).toEqual([{ name: "市场主体", value: 120, unit: "家", period: "2027" }]);
  });
  it("finds nothing in text without numbers", () => {
    expect(captureFigures("深入推进乡村振兴", 2026)).toEqual([]);
  });
});

describe("periodOf", () => {
  const cases: [string, string][] = [
    ["2026年上半年", "2026-H1"],
    ["2025年下半年", "2025-H2"],
    ["1至9月", "2026-01..2026-09"],
    ["第三季度", "2026-Q3"],
    ["全年", "2026"],
  ];
  it.each(cases)("%s → %s", (text, period) => expect(periodOf(text, 2026)).toBe(period));
});
