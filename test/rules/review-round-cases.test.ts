import { describe, expect, it } from "vitest";
import { figureDiagnostics, report as figureReport } from "./figures/helpers";
import { report, stale, Y2026 } from "./stale/helpers";

/**
 * False alarms found by writing new report genres (纪检 述责述廉, 农业农村 季度汇报, 社区 Markdown
 * 年度总结, 企业安全生产, 住建 总结) and the guards that silence them, each beside the genuine hit
 * it must keep.
 */
describe("review round: 安监站 of 住建 / 交通 is not the township safety office", () => {
  const hits = (body: string) => stale(report("县住房和城乡建设局2026年工作总结", body)).map((d) => d.text);

  it.each([
    ["县建设工程安全监督站（安监站）全年监督在建项目126个。"],
    ["质监站受理质量监督注册项目54个，安监站发出整改通知书212份。"],
    ["县住建局安监站开展建筑施工安全专项检查8次。"],
    ["县交通运输局质监站、安监站联合检查在建公路项目5个。"],
  ])("%s", (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each([
    ["镇安监站开展安全检查30次。", "安监站"],
    ["镇安监办联合派出所检查烟花爆竹经营点12家。", "安监办"],
    // A township office inspecting building sites is still the renamed office.
    ["镇安监站对辖区建筑工地开展检查6次。", "安监站"],
  ])("%s → %s", (body, text) => {
    expect(stale(report(Y2026, body)).map((d) => d.text)).toEqual([text]);
  });
});

describe("review round: 局部 / 局面 / 局势 after a bureau-like word is not the bureau", () => {
  const hits = (body: string) => stale(report(Y2026, body)).map((d) => d.text);

  it.each([
    ["8月受强降雨影响，全镇农业局部受灾，受灾面积0.3万亩。"],
    ["乡村旅游局面持续向好，全年接待游客42万人次。"],
    ["全镇生态环保局面稳中向好。"],
    ["辖区国土局部区域存在地质灾害隐患点5处。"],
    ["当前工商局势总体平稳。"],
  ])("%s", (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each([
    ["县农业局部署开展春耕生产检查。", "农业局"],
    ["县环保局面向企业开展环评培训。", "环保局"],
    ["县旅游局面对客流高峰加强调度。", "旅游局"],
    ["配合县国土局开展执法检查。", "国土局"],
    ["县安监局势必加强执法。", "安监局"],
  ])("%s → %s", (body, text) => {
    expect(hits(body)).toEqual([text]);
  });
});

describe("review round: a transition period of another policy is not poverty's 五年过渡期", () => {
  const hits = (body: string) => stale(report(Y2026, body)).map((d) => d.text);

  it.each([
    ["城乡居民医保新旧政策衔接设置3个月过渡期，过渡期内按原标准报销。"],
    ["企业改制设置1年过渡期，过渡期内职工待遇不变。"],
    ["对新旧标准设置过渡期，过渡期政策按原规定执行。"],
    ["给予商户两年过渡期，过渡期内免收租金。"],
  ])("%s", (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each([
    ["严格落实过渡期内各项帮扶政策。", "过渡期内"],
    ["五年过渡期内，持续巩固脱贫成果。", "五年过渡期内"],
    ["落实5年过渡期政策，保持帮扶力度。", "5年过渡期政策"],
  ])("%s → %s", (body, text) => {
    expect(hits(body)).toEqual([text]);
  });
});

describe("review round: growth in real terms (按可比价格计算) is not compared with current-price values", () => {
  const flagged = (body: string) => figureDiagnostics(figureReport("西山县2025年工作总结", body)).map((d) => d.text);

  it.each([
    ["全县地区生产总值由上年的278.9亿元增加到286.4亿元，按可比价格计算增长5.6%。"],
    ["规上工业增加值由上年的92.3亿元增加到96.1亿元，增长7.2%（按可比价计算）。"],
    ["地区生产总值286.4亿元，较上年的278.9亿元增长5.6%，按不变价计算。"],
    ["社会消费品零售总额由上年的97.3亿元增加到102.3亿元，扣除价格因素实际增长6.8%。"],
    ["一般公共预算收入由上年的15.2亿元增加到15.62亿元，同口径增长6.8%。"],
    ["税收收入由上年的10.2亿元增加到10.86亿元，剔除留抵退税因素后增长9.5%。"],
  ])("%s", (body) => {
    expect(flagged(body)).toEqual([]);
  });

  it.each([
    ["全县地区生产总值由上年的278.9亿元增加到286.4亿元，增长5.6%。", "5.6%"],
    ["一般公共预算收入由上年的15.2亿元增加到15.62亿元，按自然口径增长6.8%。", "6.8%"],
    ["规上工业增加值由上年的92.3亿元增加到96.1亿元，增长7.2%；按可比价格计算的增速另行公布。", "7.2%"],
  ])("%s → %s", (body, text) => {
    expect(flagged(body)).toEqual([text]);
  });
});

describe("review round: a baseline stated after a second change belongs to that change", () => {
  const flagged = (body: string) => figureDiagnostics(figureReport("东湖镇2026年1—9月工作汇报", body)).map((d) => d.text);

  it.each([
    ["三季度完成工业产值12.6亿元，环比增长8.2%，比上年同期增长5.1%，上年同期为11.99亿元。"],
    ["实现营业收入386万元，环比下降3.0%，同比增长14.6%（上年同期为337万元）。"],
  ])("%s", (body) => {
    expect(flagged(body)).toEqual([]);
  });

  it.each([
    ["三季度完成工业产值12.6亿元，比上年同期增长8.2%，上年同期为11.99亿元。", "8.2%"],
    ["实现营业收入386万元，环比下降3.0%，同比增长24.6%（上年同期为337万元）。", "24.6%"],
  ])("%s → %s", (body, text) => {
    expect(flagged(body)).toEqual([text]);
  });
});

describe("review round: parts said to be only some (主要包括…等) may add up to less than the total", () => {
  const flagged = (body: string) => figureDiagnostics(figureReport("东湖镇2026年工作总结", body)).map((d) => d.text);

  it.each([
    ["发放各类补贴资金860万元，主要包括耕地地力保护补贴420万元、农机购置补贴260万元、一次性种粮补贴120万元等。"],
    ["发放各类补贴资金860万元，其中耕地地力保护补贴420万元、农机购置补贴260万元、一次性种粮补贴120万元等。"],
    ["发放各类补贴资金860万元，重点用于耕地地力保护补贴420万元、农机购置补贴260万元、一次性种粮补贴120万元。"],
  ])("%s", (body) => {
    expect(flagged(body)).toEqual([]);
  });

  it.each([
    // The same list said to be complete, or adding up to more than the total, is still wrong.
    ["发放各类补贴资金860万元，其中耕地地力保护补贴420万元、农机购置补贴260万元、一次性种粮补贴120万元。", "860万元"],
    ["发放各类补贴资金860万元，主要包括耕地地力保护补贴520万元、农机购置补贴260万元、一次性种粮补贴120万元等。", "860万元"],
  ])("%s → %s", (body, text) => {
    expect(flagged(body)).toEqual([text]);
  });
});
