import { describe, expect, it } from "vitest";
import { report, stale } from "./helpers";

const anachronisms = (text: string, referenceDate?: string) =>
  stale(text, referenceDate ? { referenceDate } : {}).filter((d) => d.ruleId === "stale-phrase/anachronism");

describe("stale-phrase/anachronism", () => {
  it.each([
    ["东湖镇2020年工作总结", "大力发展新质生产力。", "新质生产力"],
    ["东湖镇2019年工作总结", "深刻领悟“两个确立”的决定性意义。", "“两个确立”"],
    ["东湖镇2021年上半年工作总结", "建设宜居宜业和美乡村。", "宜居宜业和美乡村"],
    ["东湖镇2019年工作总结", "配合县乡村振兴局开展工作。", "乡村振兴局"],
    // Signed before the term existed.
    ["东湖镇2020年工作总结", "配合县乡村振兴局开展工作。\n东湖镇人民政府\n2021年1月8日", "乡村振兴局"],
    ["东湖镇2024年上半年工作总结和下半年工作计划", "深入学习贯彻党的二十届三中全会精神。\n2024年7月10日", "二十届三中全会精神"],
  ])("%s: %s", (title, body, text) => {
    expect(anachronisms(report(title, body))).toEqual([{ ruleId: "stale-phrase/anachronism", text, severity: "info" }]);
  });

  it.each([
    ["东湖镇2024年工作总结", "大力发展新质生产力。"],
    ["东湖镇2021年工作总结", "深刻领悟“两个确立”的决定性意义。"],
    ["东湖镇2021年工作总结", "深入开展党史学习教育。"],
    ["东湖镇2026年工作总结", "推动十五五开好局。"],
    ["东湖镇2022年上半年工作总结", "以优异成绩迎接党的二十大胜利召开。"],
    ["东湖镇2021年工作总结", "全面推行林长制，配合做好新冠病毒感染者排查。"],
    // Signed after the term appeared, though the period ended before it.
    ["东湖镇2024年上半年工作总结和下半年工作计划", "深入学习贯彻党的二十届三中全会精神。\n2024年7月26日"],
    ["东湖镇2025年前三季度工作总结", "认真学习贯彻党的二十届四中全会精神。\n东湖镇人民政府\n2025年10月28日"],
    // Unsigned: written in the weeks after the period, when the term may already have been current.
    ["东湖镇2024年上半年工作总结和下半年工作计划", "深入学习贯彻党的二十届三中全会精神。"],
    ["东湖镇2020年工作总结", "配合县乡村振兴局开展工作。"],
  ])("%s: %s is in its time", (title, body) => {
    expect(anachronisms(report(title, body))).toEqual([]);
  });

  it("says nothing when the period only comes from the reference date", () => {
    expect(anachronisms("工作情况汇报\n大力发展新质生产力。", "2020-06-01")).toEqual([]);
  });
});
