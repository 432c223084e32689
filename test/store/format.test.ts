import { describe, expect, test } from "vitest";
import { formatFigure, formatNumber, formatPeriod } from "@tally/shared/store";

describe("formatFigure", () => {
  const investment = { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-01..2026-10" };
  test.each([
    ["value", "3.2亿元"],
    ["name-value", "固定资产投资3.2亿元"],
    ["period-name-value", "1-10月固定资产投资3.2亿元"],
  ] as const)("%s → %s", (style, text) => {
    expect(formatFigure(investment, style)).toBe(text);
  });

  test("keeps the unit as saved and can add the year", () => {
    expect(formatFigure({ name: "一般公共预算收入", value: 32000, unit: "万元", period: "2026-H1" }, "period-name-value", { withYear: true })).toBe(
      "2026年上半年一般公共预算收入32000万元",
    );
  });
});

describe("formatNumber", () => {
  test.each([
    [12345.6, "12345.6"],
    [0.1 + 0.2, "0.3"],
    [1.1 * 10000, "11000"],
    [1200000, "1200000"],
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [-2.5, "-2.5"],
    [0, "0"],
  ])("%d → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("formatPeriod", () => {
  test.each([
    ["2026", "2026年"],
    ["2026-H1", "上半年"],
    ["2026-H2", "下半年"],
    ["2026-Q3", "第三季度"],
    ["2026-10", "10月"],
    ["2026-01..2026-10", "1-10月"],
    ["2025-11..2026-02", "2025年11月至2026年2月"],
    ["not-a-key", "not-a-key"],
  ])("%s → %s", (key, label) => {
    expect(formatPeriod(key)).toBe(label);
  });
});
