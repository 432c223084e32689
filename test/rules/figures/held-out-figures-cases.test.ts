import { describe, expect, it } from "vitest";
import { figureDiagnostics, report, ruleDiagnostics } from "./helpers";

/**
 * Cases met in report genres the other figure tests do not cover (统计分析, 财政预算执行报告, 就业总结,
 * 项目建设汇报): each false alarm or miss found there, as positive and negative cases.
 */

describe("growth: 分别 pairs the k-th rate with the k-th baseline", () => {
  const RULE = "figure-consistency/growth";
  const TITLE = "青川县2026年1—10月经济运行情况分析";
  it.each([
    [
      "the first rate against the first baseline",
      "全县接待游客486.2万人次，实现旅游综合收入39.8亿元，分别较上年同期的452.7万人次、35.1亿元增长17.4%和13.4%。",
      "17.4%",
      "7.4%",
    ],
    [
      "the second rate against the second baseline",
      "全县接待游客486.2万人次，实现旅游综合收入39.8亿元，分别较上年同期的452.7万人次、35.1亿元增长7.4%和18.4%。",
      "18.4%",
      "13.4%",
    ],
    [
      "the k-th of as many levels in one unit",
      "城镇和农村居民人均可支配收入分别为32680元和16940元，分别比上年同期的31240元和15860元增长4.6%、9.8%。",
      "9.8%",
      "6.8%",
    ],
    [
      "an average on its own",
      "全镇村均集体经济收入18.1万元，较上年同期的15.9万元增长8.8%。",
      "8.8%",
      "13.8%",
    ],
    [
      "two comparisons one after the other in a sentence",
      "实现营业收入2亿元，较上年的1.8亿元增长11.1%，实现利润3000万元，较上年的2500万元增长30%。",
      "30%",
      "20%",
    ],
  ])("flags %s", (_name, sentence, rate, computed) => {
    const found = ruleDiagnostics(RULE, report(TITLE, sentence));
    expect(found.map((d) => d.text)).toEqual([rate]);
    expect(found[0]!.message).toContain(computed);
  });

  it.each([
    ["rates that match their pairs", "全县接待游客486.2万人次，实现旅游综合收入39.8亿元，分别较上年同期的452.7万人次、35.1亿元增长7.4%和13.4%。"],
    ["a rate and a share after it", "全县工业投资达到31.6亿元，较上年的28.1亿元增长12.5%，占全部投资的38.6%。"],
    ["three rates for two baselines", "接待游客486.2万人次，旅游收入39.8亿元，分别较上年同期的452.7万人次、35.1亿元增长7.4%、13.4%和9.9%。"],
    ["one rate for two baselines", "全县接待游客486.2万人次，实现旅游综合收入39.8亿元，分别较上年同期的452.7万人次、35.1亿元有较大增长，其中收入增长18.4%。"],
    ["as many levels in one unit that match", "城镇和农村居民人均可支配收入分别为32680元和16940元，分别比上年同期的31240元和15860元增长4.6%、6.8%。"],
    ["more levels in the unit than baselines", "全镇财政收入5200万元，城镇居民收入32680元和农村居民收入16940元，分别比上年同期的31240元和15860元增长4.6%、6.8%。"],
    ["an average beside its total", "全镇18个村集体经济收入合计326万元，村均18.1万元，较上年同期的286万元增长14.0%。"],
    ["two levels of the baseline's unit", "城镇居民收入3.2万元，农村居民收入1.9万元，分别较上年的3.0万元、1.8万元增长9%和9%。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("same-indicator: a bare 预算 or 计划 names no indicator", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "白沙镇2025年财政预算执行情况的报告";
  it.each([
    ["budgets of two funds", "全镇一般公共预算收入完成4860万元，完成预算4500万元的108.0%。", "全镇政府性基金收入1.26亿元，完成预算1.5亿元的84.0%。"],
    ["plans of two kinds of projects", "产业项目完成投资42.7亿元，完成计划50.5亿元的84.6%。", "民生项目完成投资11.8亿元，完成计划15亿元的78.7%。"],
  ])("stays silent on %s", (_name, first, second) => {
    expect(ruleDiagnostics(RULE, report(TITLE, first, second))).toEqual([]);
  });

  it("still compares a named budget figure", () => {
    const found = ruleDiagnostics(
      RULE,
      report(TITLE, "2025年，全镇一般公共预算收入完成4860万元，同比增长6.3%。", "全年一般公共预算收入4680万元，其中税收收入3620万元。"),
    );
    expect(found.map((d) => d.text)).toEqual(["4680万元"]);
  });
});

describe("placement: a heading saying targets were met is about results, not plans", () => {
  const TITLE = "柳江县人力资源和社会保障局2025年就业工作总结";
  const LATER = "三是全年城镇新增就业5682人中，灵活就业占比偏高。";
  it.each([
    ["a run-in 目标任务全面完成", ["一、主要成效", "（一）就业目标任务全面完成。全年城镇新增就业5862人。", "二、存在的问题", LATER]],
    ["a 重点工作推进情况 heading", ["一、重点工作推进情况", "全年城镇新增就业5862人。", "二、存在的问题", LATER]],
    ["a 计划执行情况 heading", ["一、年度计划执行情况", "全年城镇新增就业5862人。", "二、存在的问题", LATER]],
  ])("compares figures under %s", (_name, body) => {
    expect(figureDiagnostics(report(TITLE, ...body)).map((d) => d.text)).toEqual(["5682人"]);
  });

  it.each([
    ["a 目标任务 heading", ["一、主要成效", "全年城镇新增就业5862人。", "二、2026年目标任务", "全年城镇新增就业6000人。"]],
    ["a 工作计划 heading", ["一、主要成效", "全年城镇新增就业5862人。", "二、下步工作计划", "（一）目标任务。全年城镇新增就业6000人。"]],
    ["a heading on how to complete the targets", ["一、主要成效", "全年城镇新增就业5862人。", "二、下半年完成目标任务的措施", "全年城镇新增就业6000人。"]],
    ["a heading asking to complete the targets", ["一、主要成效", "全年城镇新增就业5862人。", "（一）确保完成全年目标任务", "全年城镇新增就业6000人。"]],
  ])("still leaves plans under %s alone", (_name, body) => {
    expect(figureDiagnostics(report(TITLE, ...body))).toEqual([]);
  });
});

describe("figure-consistency/share-of-plan", () => {
  const RULE = "figure-consistency/share-of-plan";
  const TITLE = "白沙镇2025年财政预算执行情况的报告";
  it.each([
    ["a budget completion rate", "非税收入1240万元，完成预算1100万元的118.7%。", "118.7%", "112.7%"],
    ["a share of the adjusted budget", "全镇一般公共预算支出完成9275万元，为调整预算9600万元的98.6%，同比下降3.2%。", "98.6%", "96.6%"],
    ["a share of a target set from above", "全年城镇新增就业5862人，完成市下达目标任务5000人的127.2%。", "127.2%", "117.2%"],
    ["a share of the year's plan in other magnitudes", "重点项目完成投资78.4亿元，占年度计划968000万元的87.0%。", "87.0%", "81.0%"],
  ])("flags %s", (_name, sentence, rate, computed) => {
    const found = ruleDiagnostics(RULE, report(TITLE, sentence));
    expect(found.map((d) => d.text)).toEqual([rate]);
    expect(found[0]!.message).toContain(computed);
    expect(found[0]!.related).toHaveLength(2);
  });

  it.each([
    ["a rate that matches", "非税收入1240万元，完成预算1100万元的112.7%。"],
    ["a rate written with fewer digits", "全年城镇新增就业5862人，完成市下达目标任务5000人的117%。"],
    ["a rate of the plan without its figure", "一般公共服务支出1860万元，完成预算的98.2%。"],
    ["an approximate rate", "非税收入1240万元，完成预算1100万元的110%以上。"],
    ["an approximate result", "非税收入1200余万元，完成预算1100万元的118.7%。"],
    ["result and plan in different units", "流转土地1260亩，完成计划120户的95%。"],
    ["a rate that names itself", "全镇完成投资2.6亿元，年度计划3亿元，投资完成率86.7%。"],
    ["a share of something other than a plan", "税收收入3620万元，占全县税收9860万元的40.2%。"],
    ["a plan of another indicator", "实现营业收入2亿元，利润完成计划3000万元的110%。"],
    ["a part's budget after the total", "全镇一般公共预算收入4860万元，其中非税收入完成预算1100万元的118.7%。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("same-indicator: the rest of the units (其余5个村) are not the whole", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "红旗镇2025年村级集体经济收入情况报告";
  it.each([
    ["其余N个村", "其余5个村集体经济收入合计98.3万元，村均19.7万元。"],
    ["其他村 in Chinese numerals", "其他五个村集体经济收入共98.3万元。"],
    ["剩余社区", "剩余3个社区集体经济收入98.3万元。"],
  ])("stays silent on %s", (_name, rest) => {
    expect(ruleDiagnostics(RULE, report(TITLE, "全镇9个村集体经济收入合计268.4万元。", "东岭村集体经济收入62.5万元。", rest))).toEqual([]);
  });

  it("still compares the whole given twice", () => {
    const found = ruleDiagnostics(RULE, report(TITLE, "全镇9个村集体经济收入合计268.4万元。", "其余5个村共有党员186名。", "全镇村集体经济收入合计286.4万元，其中财政补助占三成。"));
    expect(found.map((d) => d.text)).toEqual(["286.4万元"]);
  });
});

describe("same-indicator: what each project has its own of", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "东湖区2026年1—9月重点项目推进情况";
  it.each([
    ["总投资 in a list of projects", "1.新材料产业园项目。总投资28亿元，已完成投资5.2亿元。", "2.人民医院新院区项目。总投资12亿元，主体结构已封顶。"],
    ["计划总投资", "新材料产业园项目计划总投资28亿元。", "人民医院新院区项目。计划总投资12亿元。"],
    ["建筑面积", "新建标准厂房一期。建筑面积4.8万平方米。", "新建标准厂房二期。建筑面积3.2万平方米。"],
  ])("stays silent on %s", (_name, first, second) => {
    expect(ruleDiagnostics(RULE, report(TITLE, first, second))).toEqual([]);
  });

  it("still compares a project's named figure", () => {
    const found = ruleDiagnostics(RULE, report(TITLE, "1—9月全区重点项目完成投资78.4亿元。", "1—9月全区重点项目完成投资74.8亿元。"));
    expect(found.map((d) => d.text)).toEqual(["74.8亿元"]);
  });
});

describe("placement: a run-in heading that names one body scopes its figures", () => {
  const TITLE = "青山县2026年重点企业帮扶情况汇报";
  it.each([
    ["schools", ["一、基本情况", "1.城关第一小学。在校学生1860人，教职工96人。", "2.城关第二小学。在校学生1230人，教职工72人。"]],
    ["companies", ["一、基本情况", "1.华光食品有限公司。现有员工326人。", "2.宏达建材股份公司。现有员工218人。"]],
    ["hospitals", ["一、基本情况", "（一）县人民医院。开放床位620张。", "（二）县中医医院。开放床位280张。"]],
  ])("keeps %s apart", (_name, body) => {
    expect(figureDiagnostics(report(TITLE, ...body))).toEqual([]);
  });

  it.each([
    ["the same school twice", ["一、基本情况", "1.城关第一小学。在校学生1860人。", "2.城关第一小学。在校学生1680人。"], ["1680人"]],
    ["work on projects, not one project", ["一、工作成效", "（一）抓好重点项目。1—9月全区重点项目完成投资78.4亿元。", "（二）加快重大工程。1—9月全区重点项目完成投资74.8亿元。"], ["74.8亿元"]],
  ])("still compares %s", (_name, body, texts) => {
    expect(figureDiagnostics(report(TITLE, ...body)).map((d) => d.text)).toEqual(texts);
  });
});

describe("same-indicator: 截至目前 runs past the report's period", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "县信访局2026年1—10月信访工作情况汇报";
  it.each([
    ["截至目前", "截至目前，今年以来共受理信访事项512件。"],
    ["到目前为止", "到目前为止，全县受理信访事项512件。"],
  ])("stays silent on %s", (_name, later) => {
    expect(ruleDiagnostics(RULE, report(TITLE, "1—10月，全县共受理信访事项486件，同比下降8.3%。", later))).toEqual([]);
  });

  it("still compares 今年以来 with the report's period", () => {
    const found = ruleDiagnostics(RULE, report(TITLE, "1—10月，全县共受理信访事项486件，同比下降8.3%。", "今年以来，全县共受理信访事项512件。"));
    expect(found.map((d) => d.text)).toEqual(["512件"]);
  });
});

describe("bounded-percent: 开工率, 复工率, 竣工率 cannot pass 100%", () => {
  const RULE = "figure-consistency/bounded-percent";
  const TITLE = "东湖区2026年1—9月重点项目推进情况";
  it.each([
    ["开工率", "全区86个重点项目已全部开工，开工率104.7%。", "104.7%"],
    ["新开工率", "今年新开工项目26个，新开工率103.2%。", "103.2%"],
    ["复工率", "规上企业复工率101.5%。", "101.5%"],
  ])("flags %s over 100%%", (_name, sentence, text) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence)).map((d) => d.text)).toEqual([text]);
  });

  it.each([
    ["开工率 of 100%", "全区86个重点项目已全部开工，开工率100%。"],
    ["a rate that may pass 100%", "区人民医院病床使用率105.3%，投资完成率108%。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe("same-indicator: 累计 with no period covers the rest of its sentence", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "柳江县人社局2026年工作总结";
  const YEAR = "全年发放创业担保贷款2.36亿元，扶持创业1280人。";
  it.each([
    ["the figure after a running total", "全县累计发放创业担保贷款12.6亿元，扶持创业6800人。"],
    ["two figures after it", "历年累计培训1.2万人次，扶持创业6800人，带动就业2.1万人。"],
  ])("stays silent on %s", (_name, later) => {
    expect(ruleDiagnostics(RULE, report(TITLE, YEAR, later))).toEqual([]);
  });

  it.each([
    ["a later sentence", "全县累计发放创业担保贷款12.6亿元。全年扶持创业6800人。"],
    ["a period named in the sentence", "全县累计发放创业担保贷款12.6亿元，今年扶持创业6800人。"],
  ])("still compares %s", (_name, later) => {
    expect(ruleDiagnostics(RULE, report(TITLE, YEAR, later)).map((d) => d.text)).toEqual(["6800人"]);
  });
});

describe("same-indicator: 任职以来, 党的二十大以来 run past the report's year", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "白沙镇党委书记2026年述职报告";
  const YEAR = "今年全镇城镇新增就业4200人，新发展党员12名。";
  it.each([
    ["任职以来", "任职以来，全镇城镇新增就业1.2万人，新发展党员36名。"],
    ["到任以来", "到任以来，全镇城镇新增就业1.1万人。"],
    ["自某年任职以来", "自2023年任职以来，全镇城镇新增就业1.3万人。"],
    ["an event's 以来", "党的二十大以来，全镇城镇新增就业1.6万人。"],
  ])("stays silent on %s", (_name, later) => {
    expect(ruleDiagnostics(RULE, report(TITLE, YEAR, later))).toEqual([]);
  });

  it.each([["今年"], ["今年以来"]])("still compares this year's figure given twice (%s)", (words) => {
    expect(ruleDiagnostics(RULE, report(TITLE, YEAR, `${words}全镇城镇新增就业4600人。`)).map((d) => d.text)).toEqual(["4600人"]);
  });
});

describe("same-indicator: a month's end (截至6月底, 10月末) is its own time", () => {
  const RULE = "figure-consistency/same-indicator";
  const TITLE = "青川县市场监管局2026年1—10月工作汇报";
  it.each([
    ["截至6月底 and 截至10月底", "截至6月底，全县市场主体3.12万户。", "截至10月底，全县市场主体3.26万户。"],
    ["6月末 and 10月末", "6月末，全县各项存款余额380.2亿元。", "10月末，全县各项存款余额386.5亿元。"],
    ["a month and the months up to its end", "10月份全县受理信访事项42件。", "截至10月底，全县受理信访事项486件。"],
    ["1—10月 and up to a day in November", "1—10月，全县受理信访事项486件。", "截至11月15日，全县受理信访事项512件。"],
  ])("stays silent on %s", (_name, first, second) => {
    expect(ruleDiagnostics(RULE, report(TITLE, first, second))).toEqual([]);
  });

  it.each([
    ["the same month's end twice", "截至10月底，全县市场主体3.26万户。", "10月末全县市场主体3.62万户。", "3.62万户"],
    ["a month's end and the months up to it", "1—10月，全县受理信访事项486件。", "截至10月底，全县受理信访事项468件。", "468件"],
  ])("still compares %s", (_name, first, second, text) => {
    expect(ruleDiagnostics(RULE, report(TITLE, first, second)).map((d) => d.text)).toEqual([text]);
  });
});
