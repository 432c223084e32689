import { describe, expect, it } from "vitest";
import { analyzeReport } from "@tally/shared";

const REF = "2026-11-23";

function periodOf(text: string, ref = REF) {
  const { start, end, source, label } = analyzeReport(text, ref).period;
  return { start, end, source, label };
}

describe("inferPeriod from the title", () => {
  it.each([
    ["东湖镇2026年工作总结\n今年以来，全镇经济平稳运行。", "2026-01-01", "2026-12-31", "2026年"],
    ["东湖镇2026年上半年工作总结\n上半年，全镇经济平稳运行。", "2026-01-01", "2026-06-30", "2026年上半年"],
    ["东湖镇2025年下半年工作汇报\n下半年以来，各项工作有序推进。", "2025-07-01", "2025-12-31", "2025年下半年"],
    ["东湖镇2026年1-10月工作总结\n各项工作有序推进。", "2026-01-01", "2026-10-31", "2026年1—10月"],
    ["东湖镇2026年1—10月工作汇报\n各项工作有序推进。", "2026-01-01", "2026-10-31", "2026年1—10月"],
    ["关于2024年1至9月重点工作推进情况的汇报\n各项工作有序推进。", "2024-01-01", "2024-09-30", "2024年1—9月"],
    ["东湖镇2023年一月至十月工作情况汇报\n各项工作有序推进。", "2023-01-01", "2023-10-31", "2023年1—10月"],
    ["县统计局2026年第三季度工作汇报\n本季度各项工作有序推进。", "2026-07-01", "2026-09-30", "2026年第三季度"],
    ["县统计局2022年前三季度工作总结\n各项工作有序推进。", "2022-01-01", "2022-09-30", "2022年前三季度"],
    ["县统计局2021年10月份工作汇报\n本月各项工作有序推进。", "2021-10-01", "2021-10-31", "2021年10月"],
    ["东湖镇二〇二五年工作总结\n一年来，全镇经济平稳运行。", "2025-01-01", "2025-12-31", "2025年"],
    ["东湖镇二零二二年全年工作总结\n一年来，全镇经济平稳运行。", "2022-01-01", "2022-12-31", "2022年"],
    ["张某某2025年度述职述廉报告\n本人一年来认真履职。", "2025-01-01", "2025-12-31", "2025年"],
  ])("%s", (text, start, end, label) => {
    expect(periodOf(text)).toEqual({ start, end, source: "title", label });
  });

  it("reads a school year as September to August", () => {
    expect(periodOf("东湖中心小学2025—2026学年工作总结\n本学年各项工作有序推进。")).toEqual({
      start: "2025-09-01",
      end: "2026-08-31",
      source: "title",
      label: "2025—2026学年",
    });
  });

  it("reads the review half of a 上半年总结和下半年计划 as the period", () => {
    expect(periodOf("东湖镇2026年上半年工作总结和下半年工作计划\n上半年，各项工作有序推进。")).toMatchObject({
      start: "2026-01-01",
      end: "2026-06-30",
    });
  });

  it("finds the title below watermark lines", () => {
    const text = "内部资料 注意保存\n更多范文请关注\n东湖镇2020年度上半年工作总结和下半年工作安排\n2020年以来，全镇各项工作有序推进。";
    expect(periodOf(text)).toMatchObject({ start: "2020-01-01", end: "2020-06-30", source: "title" });
  });

  it("takes the year from the signature when the title names only the months", () => {
    const text = "东湖镇1-9月工作汇报\n今年以来，各项工作有序推进。\n东湖镇人民政府\n2023年10月8日";
    expect(periodOf(text)).toMatchObject({ start: "2023-01-01", end: "2023-09-30", source: "title" });
  });

  it("reads an annual summary signed in January as the previous year", () => {
    const text = "东湖镇年度工作总结\n一年来，在县委的坚强领导下，全镇各项工作稳步推进。\n东湖镇人民政府\n2021年1月8日";
    expect(periodOf(text)).toMatchObject({ start: "2020-01-01", end: "2020-12-31" });
  });

  it("keeps a December signature in its own year", () => {
    const text = "东湖镇全年工作总结\n一年来，全镇各项工作稳步推进。\n东湖镇人民政府\n2020年12月25日";
    expect(periodOf(text)).toMatchObject({ start: "2020-01-01", end: "2020-12-31" });
  });
});

describe("inferPeriod from the body", () => {
  it.each([
    // 今年以来 resolved against the date line.
    ["工作情况汇报\n今年以来，全镇各项工作有序推进。\n东湖镇人民政府\n2026年11月5日", "2026-01-01", "2026-11-05"],
    ["工作情况汇报\n今年以来，全镇各项工作有序推进。\n二〇二一年七月十日", "2021-01-01", "2021-07-10"],
    // 1-10月 resolved against a year in the first paragraphs.
    ["工作情况汇报\n2019年，我镇坚持稳中求进。\n1-10月，全镇完成投资3亿元。", "2019-01-01", "2019-10-31"],
    ["工作情况汇报\n1—10月，全镇完成投资3亿元，较2025年同期增长5%。", "2026-01-01", "2026-10-31"],
    // A year opening the report names the period.
    ["工作总结\n2020年上半年，东湖镇各项工作有序推进。", "2020-01-01", "2020-06-30"],
    ["工作总结\n2020年以来，东湖镇各项工作有序推进。\n2020年7月2日", "2020-01-01", "2020-07-02"],
    ["工作总结\n2018年，东湖镇各项工作有序推进。", "2018-01-01", "2018-12-31"],
    // The annual summary signed in January, with no year in its title.
    ["工作总结\n一年来，东湖镇各项工作有序推进。\n2021年1月8日", "2020-01-01", "2020-12-31"],
    
  ])("%s", (text, start, end) => {
    expect(periodOf(text)).toMatchObject({ start, end, source: "text" });
  });

  it("does not take a target year or a comparison year as the report's", () => {
    const text = "工作情况汇报\n各项工作有序推进，力争到2030年全面完成，比2025年增长一倍。";
    expect(periodOf(text)).toMatchObject({ start: "2026-01-01", end: REF, source: "reference" });
  });
});

describe("inferPeriod fallback", () => {
  it("uses the reference year up to the reference date when the text names no period", () => {
    expect(periodOf("工作情况汇报\n各项工作有序推进。", "2024-05-06")).toEqual({
      start: "2024-01-01",
      end: "2024-05-06",
      source: "reference",
      label: "2024年",
    });
  });
  it("ignores a year range such as 2021—2025年", () => {
    expect(periodOf("工作情况汇报\n编制2021—2025年发展规划。", "2024-05-06")).toMatchObject({ source: "reference" });
  });
});

describe("inferPeriod does not read headings as titles", () => {
  it("reads a government work report delivered in January as the previous year, not the plan heading's", () => {
    const text = "政府工作报告\n——2025年1月10日在东湖县第十八届人民代表大会第四次会议上\n一、过去一年工作回顾\n全县经济平稳运行。\n二、2025年工作安排\n稳中求进。";
    expect(periodOf(text)).toMatchObject({ start: "2024-01-01", end: "2024-12-31" });
  });

  it("reads a 述职报告 signed in January as the previous year", () => {
    expect(periodOf("述职报告\n本人认真履职，较好完成各项任务。\n张某某\n2024年1月20日")).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
  });
});
