import { describe, expect, it } from "vitest";
import { report, stale } from "./helpers";

const planYear = (title: string, body: string) => stale(report(title, body)).filter((d) => d.ruleId === "stale-phrase/plan-year");

describe("stale-phrase/plan-year", () => {
  it.each([
    ["东湖镇2026年工作总结", "今年是“十四五”开局之年，全镇上下奋力拼搏。", "“十四五”开局之年"],
    ["东湖镇2026年工作总结", "2026年是十四五收官之年，各项工作全面完成。", "十四五收官之年"],
    ["东湖镇2024年工作总结", "在十四五开局之年，全镇经济实现稳步增长。", "十四五开局之年"],
    ["东湖镇2023年工作总结", "今年是建党100周年，全镇开展系列纪念活动。", "建党100周年"],
    ["东湖镇2026年工作总结", "今年是十三五收官之年。", "十三五收官之年"],
  ])("%s: %s", (title, body, text) => {
    expect(planYear(title, body).map((d) => d.text)).toEqual([text]);
  });

  it.each([
    ["东湖镇2021年工作总结", "2021年是“十四五”开局之年，全镇上下奋力拼搏。"],
    ["东湖镇2026年工作总结", "今年是“十五五”开局之年。"],
    ["东湖镇2026年工作总结", "2025年是“十四五”收官之年，全镇主要指标圆满完成。"],
    ["东湖镇2026年工作总结", "去年是“十四五”收官之年。"],
    ["东湖镇2025年工作总结", "明年是“十五五”开局之年，全镇将抓早抓实各项工作。"],
    // A summary's plans speak of next year, its review may recall last year: without a year word only
    // a report two or more years away is flagged.
    ["东湖镇2025年工作总结", "奋力推动“十五五”开局之年各项工作开好头。"],
    ["东湖镇2022年工作总结", "在十四五开局之年打下的良好基础上，全镇持续发力。"],
    ["东湖镇2026年工作总结", "庆祝建党100周年系列活动中涌现出一批先进典型。"],
    ["东湖镇2020年工作总结", "2020年是脱贫攻坚收官之年。"],
  ])("%s: %s is consistent", (title, body) => {
    expect(planYear(title, body)).toEqual([]);
  });
});
