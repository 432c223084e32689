import { describe, expect, it } from "vitest";
import { report, stale } from "./helpers";

const anachronisms = (text: string, referenceDate?: string) =>
  stale(text, referenceDate ? { referenceDate } : {}).filter((d) => d.ruleId === "stale-phrase/anachronism");

describe("stale-phrase/anachronism", () => {
  it.each([
    ["东湖镇2020年工作总结", "大力发展新质生产力。", "新质生产力"],
    ["东湖镇2019年工作总结", "深刻领悟“两个确立”的决定性意义。", "“两个确立”"],
    ["东湖镇2021年上半年工作总结", "建设宜居宜业和美乡村。", "宜居宜业和美乡村"],
    ["东湖镇2020年工作总结", "配合县乡村振兴局开展工作。", "乡村振兴局"],
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
  ])("%s: %s is in its time", (title, body) => {
    expect(anachronisms(report(title, body))).toEqual([]);
  });

  it("says nothing when the period only comes from the reference date", () => {
    expect(anachronisms("工作情况汇报\n大力发展新质生产力。", "2020-06-01")).toEqual([]);
  });
});
