import { describe, expect, it } from "vitest";
import type { SavedFigure } from "@tally/shared";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/saved-figure";
const TITLE = "白沙镇2026年1-10月工作总结";

function lookupOf(saved: SavedFigure[]) {
  const calls: [string, string | undefined][] = [];
  return {
    calls,
    lookup(name: string, period?: string) {
      calls.push([name, period]);
      return saved.find((s) => s.name === name && (period === undefined || s.period === period));
    },
  };
}

const INVESTMENT: SavedFigure = { name: "固定资产投资", value: 3.5, unit: "亿元", period: "2026-01..2026-10" };

describe(RULE, () => {
  it("flags a figure that differs from the saved one and offers the saved value in the text's unit", () => {
    const text = report(TITLE, "1-10月，全镇完成固定资产投资32000万元。");
    const found = ruleDiagnostics(RULE, text, { figures: lookupOf([INVESTMENT]) });
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.text).toBe("32000万元");
    expect(d.message).toContain("32000万元");
    expect(d.message).toContain("3.5亿元");
    expect(d.fixes).toEqual([{ label: "改为35000万元", replacement: "35000万元" }]);
  });

  it("asks for the indicator in the figure's period", () => {
    const figures = lookupOf([INVESTMENT]);
    ruleDiagnostics(RULE, report(TITLE, "1-10月，全镇完成固定资产投资3.2亿元。"), { figures });
    expect(figures.calls).toContainEqual(["固定资产投资", "2026-01..2026-10"]);
  });

  it.each([
    ["the same value in another unit", "1-10月，全镇完成固定资产投资35000万元。"],
    ["an approximation that fits", "1-10月，全镇完成固定资产投资3.5亿余元。"],
    ["another period", "上半年，全镇完成固定资产投资2.1亿元。"],
    ["a village's figure", "桂花村完成固定资产投资3200万元。"],
    ["a target", "力争全年固定资产投资达到5亿元。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence), { figures: lookupOf([INVESTMENT]) })).toEqual([]);
  });

  it("stays silent without saved figures", () => {
    expect(ruleDiagnostics(RULE, report(TITLE, "1-10月，全镇完成固定资产投资3.2亿元。"))).toEqual([]);
  });
});
