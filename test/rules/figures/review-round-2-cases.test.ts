import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

/**
 * False alarms met in a second review over report genres (招商引资, 教育, 统计公报, 农业总结):
 * each fix with the cases that must stay silent and the nearby ones that must still be flagged.
 */

describe("parts-total: a total the parts do not name, among several figures in their unit", () => {
  const RULE = "figure-consistency/parts-total";
  const TITLE = "青峰县2025年工作总结";
  it.each([
    ["a part larger than the one figure before", "全县现有学校126所。其中，小学158所。"],
    ["a part larger than the total that names it", "全县在校生7.86万人，专任教师5620人。其中，小学在校生8.12万人。"],
    ["parts that name their total", "全镇签约项目23个，协议投资56.8亿元。其中，工业项目协议投资38.2亿元、农业项目协议投资24.6亿元。"],
  ])("flags %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toHaveLength(1);
  });

  it.each([
    ["one part, two figures it could belong to", "全县在校学生7.86万人，专任教师5620人。其中，小学58所，在校生3.92万人；初中21所，在校生1.83万人。"],
    ["parts of another indicator than the figures before", "已开工落地项目17个，到位资金21.4亿元，完成任务的118.9%。其中，工业项目签约12个、协议投资38.2亿元，文旅项目签约4个、协议投资7亿元。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("parts-total: averages do not add up", () => {
  const RULE = "figure-consistency/parts-total";
  const TITLE = "长丰县2026年前三季度经济运行分析";
  it.each([
    ["a part larger than a plain total", "全县居民可支配收入总额298.6亿元，同比增长5.8%。其中，城镇居民可支配收入312.3亿元。"],
  ])("flags %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toHaveLength(1);
  });

  it.each([
    ["per-head incomes of town and country", "全县居民人均可支配收入29864元，同比增长5.8%。其中，城镇居民人均可支配收入42316元，增长4.9%；农村居民人均可支配收入21532元，增长6.7%。"],
    ["an average per village", "全镇村均集体经济收入18.6万元。其中，李家村平均收入28.6万元。"],
    ["an average whose name is left out", "全镇12个村集体经济收入合计186.4万元，村均15.5万元。其中，东山村、西湾村分别实现收入32.6万元、28.4万元。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("same-indicator: a bare measure stands for the crop named before it", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "桃源镇2021年工作总结";
  it.each([
    ["a named output given twice", "全镇粮食总产3.12万吨。", "经核实，全镇粮食总产3.26万吨。"],
  ])("flags %s", (_name, first, second) => {
    expect(ruleDiagnostics(RULE, report(TITLE, first, second))).toHaveLength(1);
  });

  it.each([
    ["总产 of two crops", "全镇粮食播种面积6.8万亩，总产3.12万吨；油菜种植2.1万亩，总产0.36万吨。"],
    ["产量 of two crops", "水稻种植4.2万亩，产量2.1万吨。玉米种植1.6万亩，产量0.9万吨。"],
  ])("stays silent on %s", (_name, ...body) => {
    expect(ruleDiagnostics(RULE, report(TITLE, ...body))).toEqual([]);
  });
});

describe("same-indicator: a holiday is a period of its own", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "县文广旅体局2026年上半年工作汇报";
  it.each([
    ["the half year given twice", "上半年，全县实现旅游收入62亿元。", "上半年全县实现旅游收入7.9亿元，同比增长26.1%。"],
  ])("flags %s", (_name, ...body) => {
    expect(ruleDiagnostics(RULE, report(TITLE, ...body))).toHaveLength(1);
  });

  it.each([
    ["a 假期 after the half year", "上半年，全县实现旅游收入62亿元。“五一”假期，全县实现旅游收入7.9亿元，同比增长26.1%。"],
    ["a 黄金周 after the half year", "上半年，全县实现旅游收入62亿元。", "国庆黄金周全县实现旅游收入7.9亿元。"],
    ["a 小长假 after the half year", "上半年，全县实现旅游收入62亿元。", "端午小长假，全县实现旅游收入2.3亿元。"],
  ])("stays silent on %s", (_name, ...body) => {
    expect(ruleDiagnostics(RULE, report(TITLE, ...body))).toEqual([]);
  });
});

describe("growth: percentage points move a rate, not the levels before it", () => {
  const RULE = "figure-consistency/growth";
  const TITLE = "县统计局2026年1—10月全县经济运行简况";
  it.each([
    ["a level against its baseline, written as a fall", "税收收入19.8亿元，上年同期为18.6亿元，同比下降6.5%。"],
    ["a rate moved by other points than its values say", "税收占比由67.7%提高到69.2%，提高2.5个百分点。"],
  ])("flags %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toHaveLength(1);
  });

  it.each([
    ["a share's points after a level and its baseline", "税收收入19.8亿元，上年同期为18.6亿元，增长6.5%，税收占比69.2%，比上年同期下降1.5个百分点。"],
    ["points after a level with its baseline", "完成投资12.6亿元，上年同期为11.2亿元，增速比上年同期回落2.1个百分点。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("parts-total: parts after the last item of a ； list", () => {
  const RULE = "figure-consistency/parts-total";
  const TITLE = "县发改局2026年重点项目推进情况汇报";
  it.each([
    ["a part larger than a total that closes a plain sentence", "全县重点项目完成投资28亿元。其中，省重点项目完成投资42.6亿元。"],
  ])("flags %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toHaveLength(1);
  });

  it.each([
    ["parts of the whole after a list of fields", "产业项目52个，完成投资86.2亿元；基础设施项目38个，完成投资48.6亿元；社会民生项目30个，完成投资28亿元。其中，省重点项目8个，完成投资42.6亿元。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("share-of-total: a share may be of any figure of its unit before the list", () => {
  const RULE = "figure-consistency/share-of-total";
  const TITLE = "县信访局2025年工作总结";
  it.each([
    ["a share that fits no figure before", "全年受理信访事项2862件，办结2816件。其中，网上信访1862件，占75.1%。"],
    ["a share that fits no single total", "全年受理信访事项2862件。其中，网上信访1862件，占66.1%。"],
  ])("flags %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toHaveLength(1);
  });

  it.each([
    ["a share of the first of two figures", "全年受理信访事项2862件，已办结2816件，按期办结率98.4%。其中，网上信访1862件，占65.1%；来信372件。"],
    ["a share of the first of two figures in one sentence", "全年受理信访事项2862件，已办结2816件，其中网上信访1862件，占65.1%。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("parts-total: a running total after a 其中 list is not a part", () => {
  const RULE = "figure-consistency/parts-total";
  const TITLE = "县农业农村局2026年1—10月工作进展";
  it.each([
    ["a part larger than its total", "全县新增农业产业化龙头企业12家，其中省级2家、市级16家。"],
    ["parts that do not add up", "全县新增就业862人，其中城镇262人、农村500人。"],
  ])("flags %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toHaveLength(1);
  });

  it.each([
    ["累计 after the list", "全县新增农业产业化龙头企业12家，其中省级2家、市级10家，累计达到126家。"],
    ["累计 after a list in one unit", "新建村级服务站8个，其中标准化站6个、简易站2个，累计建成86个。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("rate-counts: savings rates are over a budget the text does not give", () => {
  const RULE = "figure-consistency/rate-counts";
  const TITLE = "县公共资源交易中心2025年工作总结";
  it.each([
    ["a completion rate off its counts", "全年排查隐患862处，已整改812处，整改率98.2%。"],
  ])("flags %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toHaveLength(1);
  });

  it.each([
    ["节资率 after the deals and the savings", "全年完成交易项目862个，交易总额86.2亿元，节约资金4.26亿元，节资率4.7%。"],
    ["审减率 after the cut sum", "完成投资审计项目12个，送审金额11.2亿元，审减工程造价0.96亿元，审减率8.6%。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});
