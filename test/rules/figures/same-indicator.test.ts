import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/same-indicator";
const TITLE = "青松镇2026年1-10月工作总结";

describe(RULE, () => {
  it.each([
    [
      "two values of one indicator in one period",
      ["一、主要成效", "1-10月，全镇完成固定资产投资4.6亿元，同比增长6%。", "二、存在问题", "固定资产投资虽完成4.9亿元，但产业项目偏少。"],
      "4.9亿元",
      "4.6亿元",
    ],
    [
      "a number-first mention (2420张床位中) against the stated total",
      ["全县共有托育机构18家，托位总数2240张。", "托育服务供给不足，全县2420张托位中普惠性托位仅占三成。"],
      "2420张",
      "2240张",
    ],
    [
      "an approximate mention that cannot hold the exact one",
      ["全镇户籍人口28350人。", "全镇3万余名户籍人口中，外出务工人员较多。"],
      "3万余名",
      "28350人",
    ],
  ])("flags %s", (_name, body, flagged, earlier) => {
    const text = report(TITLE, ...body);
    const found = ruleDiagnostics(RULE, text);
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.text).toBe(flagged);
    expect(d.severity).toBe("warning");
    expect(d.message).toContain(flagged);
    expect(d.message).toContain(earlier);
    expect(text.slice(d.related![0]!.from, d.related![0]!.to)).toBe(earlier);
  });

  it.each([
    ["equal values written in different units", ["全镇完成固定资产投资3.2亿元。", "固定资产投资完成32000万元，但新开工项目偏少。"]],
    ["an approximation that fits the exact value", ["全镇户籍人口30512人。", "全镇3万余名户籍人口中，外出务工人员较多。"]],
    ["rounding that fits", ["完成固定资产投资3.24亿元。", "固定资产投资完成3.2亿元。"]],
    ["different periods of one indicator", ["上半年，全镇完成固定资产投资2.1亿元。", "1-10月，全镇完成固定资产投资3.6亿元。"]],
    ["last year's value beside this year's", ["2025年全镇完成固定资产投资3.0亿元。", "今年完成固定资产投资3.6亿元。"]],
    ["a village's figure beside the town's", ["全镇户籍人口30512人。", "桂花村户籍人口2860人，是全镇最大的村。"]],
    ["a target in the plans", ["全镇完成固定资产投资3.2亿元。", "三、下步工作打算", "力争全年固定资产投资达到4亿元。"]],
    ["plans under a plan heading without target words", ["全镇新建高标准农田1.2万亩。", "三、下一步工作计划", "新建高标准农田1.5万亩。"]],
    ["activity counts of different campaigns", ["开展安全检查42次，排查隐患156处。", "开展禁毒宣传活动12次，排查隐患38处。"]],
    ["a change and a level of the same indicator", ["全镇完成固定资产投资3.2亿元。", "固定资产投资同比增长8.5%，增加0.3亿元。"]],
    ["per-unit figures", ["各村集体经济收入均达到10万元以上。", "村集体经济收入平均每村15万元。"]],
    ["figures of a 分别 list", ["城区、农村学校分别为12所、44所。", "城区、农村学校分别为14所、42所。"]],
  ])("stays silent on %s", (_name, body) => {
    expect(ruleDiagnostics(RULE, report(TITLE, ...body))).toEqual([]);
  });

  it("uses the village's heading as the scope of the paragraphs under it", () => {
    const text = report(TITLE, "一、全镇概况", "全镇耕地面积3.6万亩。", "二、典型村情况", "（一）桂花村", "耕地面积4800亩，流转土地2100亩。");
    expect(ruleDiagnostics(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: running totals`, () => {
  it("does not compare a 累计 total of unstated years with the period's value", () => {
    const text = report(TITLE, "全镇完成固定资产投资3.2亿元。", "近年来，全镇累计完成固定资产投资12.6亿元。", "累计完成固定资产投资11.8亿元，带动就业明显。");
    expect(ruleDiagnostics(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: words qualifying the figure before`, () => {
  it("does not take 「10万元以上的村」 and 「50万元以上的村」 for one indicator", () => {
    const text = report(TITLE, "集体经济收入10万元以上的村达到46个，其中50万元以上的村9个。");
    expect(ruleDiagnostics(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: open-ended approximations`, () => {
  it("accepts any value above a 以上 figure", () => {
    const text = report(TITLE, "城乡居民医保参保率稳定在96%以上。", "全镇城乡居民医保参保率98.6%，位居全县前列。");
    expect(ruleDiagnostics(RULE, text)).toEqual([]);
  });

  it("flags a value below a 以上 figure", () => {
    const text = report(TITLE, "城乡居民医保参保率稳定在96%以上。", "全镇城乡居民医保参保率93.5%，位居全县后列。");
    expect(ruleDiagnostics(RULE, text).map((d) => d.text)).toEqual(["93.5%"]);
  });
});
