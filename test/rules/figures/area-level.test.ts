import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/same-indicator";

// A town's report often cites the county's figure beside its own: 全县 is another area than 全镇.
describe(`${RULE}: figures of another administrative level`, () => {
  it.each<[string, string, string[]]>([
    ["county figure in a town report", "清溪镇2026年工作总结", ["全镇森林覆盖率达到62.5%。", "全县森林覆盖率58.3%。"]],
    ["city figure in a county report", "柳河县民政局2026年工作总结", ["全县城乡低保对象12180人。", "全市城乡低保对象86420人。"]],
    ["province figure without a level word for the own one", "清溪镇2026年工作总结", ["农村居民人均可支配收入2.15万元。", "全省农村居民人均可支配收入2.4万元。"]],
  ])("stays silent on %s", (_name, title, body) => {
    expect(ruleDiagnostics(RULE, report(title, ...body))).toEqual([]);
  });

  it.each<[string, string, string[], string]>([
    ["the town's own figure twice", "清溪镇2026年工作总结", ["全镇森林覆盖率达到62.5%。", "全镇森林覆盖率58.3%。"], "58.3%"],
    ["own level word and none", "清溪镇2026年工作总结", ["全镇完成固定资产投资3.2亿元。", "固定资产投资3.5亿元，结构持续优化。"], "3.5亿元"],
  ])("flags %s", (_name, title, body, flagged) => {
    expect(ruleDiagnostics(RULE, report(title, ...body)).map((d) => d.text)).toEqual([flagged]);
  });
});

// 一是/二是 open list items in almost every report: they are not part of the indicator's name.
describe(`${RULE}: an indicator after an enumerator`, () => {
  it("compares 一是固定资产投资 with 固定资产投资", () => {
    const text = report("清溪镇2026年工作总结", "全镇完成固定资产投资3.2亿元，同比增长8.5%。", "存在的问题：一是固定资产投资3.5亿元中产业项目占比不高。");
    expect(ruleDiagnostics(RULE, text).map((d) => d.text)).toEqual(["3.5亿元"]);
  });

  it("stays silent when the enumerated figure agrees", () => {
    const text = report("清溪镇2026年工作总结", "全镇完成固定资产投资3.2亿元，同比增长8.5%。", "二是固定资产投资3.2亿元中产业项目占比不高。");
    expect(ruleDiagnostics(RULE, text)).toEqual([]);
  });
});

// A breakdown repeats the total's indicator for each part: those are parts, not restatements.
describe(`${RULE}: parts of a breakdown`, () => {
  it.each([
    "全年签约项目12个，协议资金26亿元；其中工业项目8个，协议资金18亿元；农业项目4个，协议资金8亿元。",
    "全年发放救助资金360万元，包括城市低保对象救助资金，发放救助资金92万元。",
  ])("stays silent on %s", (sentence) => {
    expect(ruleDiagnostics(RULE, report("清溪镇2026年工作总结", sentence))).toEqual([]);
  });

  it("still flags a restated total that differs, even when a breakdown follows it", () => {
    const text = report("清溪镇2026年工作总结", "全年签约项目12个，协议资金26亿元。", "协议资金28亿元，其中工业项目协议资金18亿元。");
    expect(ruleDiagnostics(RULE, text).map((d) => d.text)).toEqual(["28亿元"]);
  });
});
