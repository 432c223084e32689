import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/growth";
const TITLE = "云溪县商务局2026年上半年工作总结";

describe(RULE, () => {
  it.each([
    ["增长 with a falling value", "上半年实现社会消费品零售总额8.6亿元，较去年同期的9.1亿元增长5.8%。", "5.8%", ["8.6亿元", "9.1亿元"]],
    ["下降 with a rising value", "上半年外贸进出口总额1.42亿元，比上年同期的1.31亿元下降8.4%。", "8.4%", ["1.42亿元", "1.31亿元"]],
    ["a rate that does not follow from the values", "上年同期网络零售额2.5亿元，上半年网络零售额3.0亿元，同比增长35%。", "35%", ["20%"]],
    ["an absolute change that does not follow", "上半年新增市场主体640户，较去年同期的560户增加90户。", "90户", ["80户"]],
    ["增长 with a negative figure", "上半年限上批发业销售额同比增长-3.5%。", "-3.5%", ["下降3.5%"]],
    ["由…下降到 a larger value", "库存商品房由42万平方米下降到46万平方米。", "46万平方米", ["42万平方米"]],
  ])("flags %s", (_name, sentence, flagged, mentioned) => {
    const found = ruleDiagnostics(RULE, report(TITLE, sentence));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(flagged);
    for (const m of mentioned) expect(found[0]!.message).toContain(m);
  });

  it.each([
    ["a growth that matches", "上半年实现社会消费品零售总额9.6亿元，较去年同期的9.1亿元增长5.5%。"],
    ["a fall that matches", "上半年外贸进出口总额1.20亿元，比上年同期的1.31亿元下降8.4%。"],
    ["growth without a baseline value", "上半年实现社会消费品零售总额8.6亿元，同比增长5.8%。"],
    ["percentage points", "网络零售额占比32.5%，较上年同期提高2.1个百分点。"],
    ["a change of another unit", "上半年新增市场主体640户，较去年同期的560户增长14.3%。"],
    ["a level reached, 提高到", "最低工资标准由1850元提高到1950元。"],
    ["a target", "力争全年社会消费品零售总额较上年的18亿元增长6%。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe(`${RULE}: the baseline must measure what the current value measures`, () => {
  it("stays silent when the baseline is another indicator's", () => {
    expect(ruleDiagnostics(RULE, report(TITLE, "上半年实现营业收入2亿元，利润较上年同期的3000万元增长10%。"))).toEqual([]);
  });
});

describe(`${RULE}: the year before, named by its period`, () => {
  it("checks a growth against last year's value stated with its year", () => {
    const text = report("云溪县2026年商务工作总结", "2025年全县实现网络零售额2.4亿元。2026年全县实现网络零售额2.7亿元，同比增长18.5%。");
    const found = ruleDiagnostics(RULE, text);
    expect(found.map((d) => d.text)).toEqual(["18.5%"]);
    expect(found[0]!.message).toContain("12.5%");
  });

  it("stays silent when the growth matches", () => {
    const text = report("云溪县2026年商务工作总结", "2025年全县实现网络零售额2.4亿元。2026年全县实现网络零售额2.7亿元，同比增长12.5%。");
    expect(ruleDiagnostics(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: average yearly growth`, () => {
  it("does not check 年均增长 against the first and last values", () => {
    const text = report("临川县人民政府工作报告", "过去五年，全县地区生产总值由186亿元增加到248亿元，年均增长6.1%。");
    expect(ruleDiagnostics(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a baseline given after the change`, () => {
  it("checks 增长x%（上年同期为y）", () => {
    const found = ruleDiagnostics(RULE, report(TITLE, "上半年实现旅游收入1260万元，同比增长12.4%（上年同期为1380万元）。"));
    expect(found.map((d) => d.text)).toEqual(["12.4%"]);
  });

  it("stays silent when it matches", () => {
    expect(ruleDiagnostics(RULE, report(TITLE, "上半年实现旅游收入1260万元，同比增长12.5%（上年同期为1120万元）。"))).toEqual([]);
  });
});
