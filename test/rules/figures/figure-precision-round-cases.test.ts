import { describe, expect, it } from "vitest";
import { extractFigures } from "@tally/shared";
import { report, ruleDiagnostics } from "./helpers";

/**
 * Precision round: false alarms met on clean, figure-dense drafts (财政预算执行, 统计分析, 农业, 教育,
 * 卫健, 民政, 招商, 社会治理 …), each as the case that stays silent beside one that must still be
 * flagged.
 */

const SAME = "figure-consistency/same-indicator";
const RATE = "figure-consistency/rate-counts";
const PARTS = "figure-consistency/parts-total";

describe("rate-counts: a sentence that opens with its own base", () => {
  const TITLE = "桐山镇2026年民政工作总结";
  it.each([
    ["beds in another unit before the residents", "全镇80周岁以上老人1460人，高龄津贴按月发放。镇敬老院床位150张，现入住84人，入住率56.0%。"],
    ["posts before the people placed", "全镇登记失业人员860人。开发公益性岗位120个，安置就业困难人员96人，安置率80.0%。"],
  ])("stays silent with %s", (_name, body) => {
    expect(ruleDiagnostics(RATE, report(TITLE, body))).toEqual([]);
  });

  it.each([
    ["a denominator in the sentence before, the rate's sentence opening with its numerator", "全镇排查信访积案48件。已化解42件，化解率80.5%。", "80.5%"],
    ["counts in one sentence", "镇敬老院床位150张，其中入住84张，入住率66.0%。", "66.0%"],
  ])("still flags %s", (_name, body, rate) => {
    expect(ruleDiagnostics(RATE, report(TITLE, body)).map((d) => d.text)).toEqual([rate]);
  });
});

describe("extraction: 9个行政村的14个项目 counts 项目", () => {
  it.each([
    ["全镇9个行政村的14个项目，总投资1860万元", "14个", "项目"],
    ["全县12个乡镇的86个行政村，已全部通硬化路", "86个", "行政村"],
  ])("%s", (text, raw, indicator) => {
    const figure = extractFigures(text, { year: 2026 }).find((f) => f.raw === raw);
    expect(figure?.indicator).toBe(indicator);
  });

  it("names nothing it cannot tell (the noun after runs on into a predicate)", () => {
    const figure = extractFigures("全镇9个行政村的14个项目纳入项目库，已开工12个。", { year: 2026 }).find((f) => f.raw === "14个");
    expect(figure?.indicator ?? "").not.toContain("行政村");
  });

  it("leaves a figure named after 的 by its own words alone", () => {
    const figure = extractFigures("全县126所学校的在校学生6.8万人", { year: 2026 }).find((f) => f.raw === "6.8万人");
    expect(figure?.indicator).toContain("在校学生");
  });

  const TITLE = "凤鸣镇2022年工作总结";
  it("does not take the villages' projects for the villages", () => {
    const text = report(TITLE, "全镇辖9个行政村、2个社区。", "全镇9个行政村的14个项目纳入全县项目库，已开工建设12个。");
    expect(ruleDiagnostics(SAME, text)).toEqual([]);
  });
  it("still compares two counts of the villages themselves", () => {
    const text = report(TITLE, "全镇辖9个行政村、2个社区。", "目前全镇共有10个行政村。");
    expect(ruleDiagnostics(SAME, text).map((d) => d.text)).toEqual(["10个"]);
  });
});

describe("same-indicator: measures and averages that stand for their sentence's subject", () => {
  const TITLE = "丰县2025年农业农村工作总结";
  it.each([
    ["平均亩产 of two crops", "全县小麦播种面积28.6万亩，平均亩产412公斤；玉米播种面积32.4万亩，平均亩产486公斤。"],
    ["亩均单产 of two crops in two paragraphs", "水稻种植3.2万亩，亩均单产560公斤。\n油菜种植1.8万亩，亩均单产180公斤。"],
    ["亩均补贴 of two subsidies", "全县发放耕地地力保护补贴1.26亿元，亩均补贴120元。全县发放实际种粮农民一次性补贴2860万元，亩均补贴32元。"],
    ["户均增收 of two industries", "茶叶产业带动农户1860户，户均增收5600元。\n中药材产业带动农户920户，户均增收3800元。"],
  ])("stays silent on %s", (_name, ...body) => {
    expect(ruleDiagnostics(SAME, report(TITLE, ...body.flatMap((b) => b.split("\n"))))).toEqual([]);
  });

  it.each([
    ["a named crop's yield", "全县粮食平均亩产412公斤。", "全年全县粮食平均亩产426公斤。", "426公斤"],
    ["a per-head income with its own name", "全县农民人均纯收入16860元。", "全年全县农民人均纯收入16680元。", "16680元"],
  ])("still flags %s", (_name, a, b, text) => {
    expect(ruleDiagnostics(SAME, report(TITLE, a, b)).map((d) => d.text)).toEqual([text]);
  });
});

describe("parts-total: a complement narrowed by a word before it", () => {
  const TITLE = "县教育局2025年工作总结";
  it.each([
    ["普惠性民办 beside 公办", "全县有幼儿园58所，其中公办幼儿园36所、普惠性民办幼儿园18所。"],
    ["城镇 beside 新建农村", "全年改造公厕62座，其中城镇公厕20座、新建农村公厕30座。"],
  ])("stays silent on %s", (_name, body) => {
    expect(ruleDiagnostics(PARTS, report(TITLE, body))).toEqual([]);
  });

  it.each([
    ["公办 and 民办 that leave some out", "全县有幼儿园58所，其中公办幼儿园36所、民办幼儿园18所。", "58所"],
    ["a narrowed part larger than the whole", "全县有幼儿园58所，其中公办幼儿园36所、普惠性民办幼儿园62所。", "58所"],
  ])("still flags %s", (_name, body, total) => {
    expect(ruleDiagnostics(PARTS, report(TITLE, body)).map((d) => d.text)).toEqual([total]);
  });
});

describe("same-indicator: 全村 in a town's report", () => {
  const body = ["一是东村。全村户籍人口1862人，村集体经济收入36万元。", "二是西村。全村户籍人口2146人，村集体经济收入28万元。"];
  it("stays silent when a town's report says 全村 of two villages", () => {
    expect(ruleDiagnostics(SAME, report("石桥镇2026年工作总结", ...body))).toEqual([]);
  });
  it("still flags a village's own report", () => {
    const found = ruleDiagnostics(SAME, report("白云村2026年工作总结", ...body)).map((d) => d.text);
    expect(found).toEqual(["2146人", "28万元"]);
  });
  it("still flags two 全镇 figures in a town's report", () => {
    const text = report("石桥镇2026年工作总结", "全镇户籍人口32418人。", "全镇户籍人口32814人。");
    expect(ruleDiagnostics(SAME, text).map((d) => d.text)).toEqual(["32814人"]);
  });
  it("reads 农村工作 in a title as no village", () => {
    const text = report("县委农村工作领导小组2026年工作总结", "全县农村户籍人口32.4万人。", "全县农村户籍人口32.8万人。");
    expect(ruleDiagnostics(SAME, text).map((d) => d.text)).toEqual(["32.8万人"]);
  });
});

describe("same-indicator: sections under headings of different years", () => {
  const TITLE = "县教育局工作汇报";
  it.each([
    ["two years", "（一）2025年工作完成情况", "（二）2026年1—10月工作开展情况"],
    ["a year and 今年", "一、2025年工作回顾", "二、今年以来工作进展"],
  ])("stays silent under %s", (_name, h1, h2) => {
    const text = report(TITLE, h1, "全县高考本科上线2168人，新增学位2700个。", h2, "全县高考本科上线2286人，新增学位2400个。");
    expect(ruleDiagnostics(SAME, text)).toEqual([]);
  });

  it.each([
    ["headings of one year", "（一）2025年工作完成情况", "（二）2025年工作存在的不足"],
    ["headings that name no year", "（一）办学条件", "（二）教育质量"],
    ["years in inline headings' bodies, not their titles", "（一）办学条件。2025年全县新建学校5所。", "（二）教育质量。今年以来教育质量稳步提升。"],
  ])("still flags under %s", (_name, h1, h2) => {
    const text = report(TITLE, h1, "全县高考本科上线2168人。", h2, "全县高考本科上线2286人。");
    expect(ruleDiagnostics(SAME, text).map((d) => d.text)).toEqual(["2286人"]);
  });
});

describe("same-indicator: headings naming a part of the area by direction", () => {
  const TITLE = "柳溪镇2025年工作总结";
  it("stays silent under 东片区 / 西片区", () => {
    const text = report(TITLE, "一、东片区", "片区内共有农户2860户，发展稻虾共养3600亩。", "二、西片区", "片区内共有农户3120户，发展稻虾共养2800亩。");
    expect(ruleDiagnostics(SAME, text)).toEqual([]);
  });
  it("still flags under headings that name no part", () => {
    const text = report(TITLE, "一、产业发展", "全镇发展稻虾共养3600亩。", "二、农民增收", "全镇发展稻虾共养2800亩。");
    expect(ruleDiagnostics(SAME, text).map((d) => d.text)).toEqual(["2800亩"]);
  });
});

describe("same-indicator: sentences about different bodies", () => {
  const TITLE = "县卫生健康局2025年工作总结";
  it.each([
    ["two hospitals in one paragraph", "县人民医院全年门急诊58.6万人次，出院患者4.12万人次；县中医院全年门急诊32.4万人次，出院患者1.86万人次。"],
    ["two schools in two paragraphs", "第一中学在校学生2860人，专任教师186人。\n第二中学在校学生2120人，专任教师152人。"],
    ["a county figure beside a school's", "全县专任教师4728人。\n城关第一小学在校学生2236人，专任教师118人。"],
    ["a county total beside a 保健院 and the township hospitals", "全县医疗机构出院患者8.62万人次。\n县妇幼保健院全年门急诊12.6万人次，出院患者0.62万人次。\n18个乡镇卫生院全年门急诊68.2万人次，出院患者1.68万人次。"],
  ])("stays silent on %s", (_name, body) => {
    expect(ruleDiagnostics(SAME, report(TITLE, ...body.split("\n")))).toEqual([]);
  });

  it.each([
    ["one hospital twice", "县人民医院全年门急诊58.6万人次，出院患者4.12万人次。", "县人民医院全年门急诊58.6万人次，出院患者4.26万人次。", "4.26万人次"],
    ["a 全县 subject twice", "全县各级医疗机构出院患者8.6万人次。", "全县各级医疗机构出院患者8.9万人次。", "8.9万人次"],
  ])("still flags %s", (_name, a, b, text) => {
    expect(ruleDiagnostics(SAME, report(TITLE, a, b)).map((d) => d.text)).toEqual([text]);
  });
});

describe("same-indicator: a paragraph opened by 五年来 and a heading of 主要目标", () => {
  const TITLE = "青溪县人民政府工作报告（2026年）";
  it.each([
    ["五年来 over ；-separated items", "五年来，全县新建改扩建学校38所；新改建农村公路1260公里，所有行政村通双车道公路。"],
    ["过去五年 over ；-separated items", "过去五年，全县新建改扩建学校38所；新改建农村公路1260公里，所有行政村通双车道公路。"],
  ])("stays silent on %s beside one year's figure", (_name, review) => {
    const text = report(TITLE, "一、“十四五”时期工作回顾", review, "二、2025年工作回顾", "2025年，全县新改建农村公路286公里。");
    expect(ruleDiagnostics(SAME, text)).toEqual([]);
  });

  it("stays silent on a target under 主要目标", () => {
    const text = report(TITLE, "一、2025年工作回顾", "全县新改建农村公路286公里。", "二、2026年主要目标", "全县新改建农村公路200公里。");
    expect(ruleDiagnostics(SAME, text)).toEqual([]);
  });

  it.each([
    ["a sentence with its own year after 五年来", "五年来，全县新建学校38所。2025年，全县新改建农村公路268公里。"],
    ["an uncertain word inside the paragraph, not opening it", "全县新建学校38所，五年来变化明显；新改建农村公路268公里。"],
  ])("still flags %s", (_name, paragraph) => {
    const text = report("青溪县2025年工作总结", "一、综述", paragraph, "二、交通", "2025年，全县新改建农村公路286公里。");
    expect(ruleDiagnostics(SAME, text).map((d) => d.text)).toEqual(["286公里"]);
  });
});

describe("same-indicator: place names ending in 山 (青山乡, 东山村) scope their figures", () => {
  const TITLE = "县农业农村局2024年粮食生产情况报告";
  it.each([
    ["a 乡 in a lead", "青山乡：粮食播种面积5.2万亩，总产量2.26万吨。"],
    ["a 村 in a lead", "东山村：粮食播种面积5200亩。"],
  ])("stays silent on %s beside the county total", (_name, body) => {
    const text = report(TITLE, "全县粮食播种面积86.2万亩。", body);
    expect(ruleDiagnostics(SAME, text)).toEqual([]);
  });

  it("still flags the county total given twice", () => {
    const text = report(TITLE, "全县粮食播种面积86.2万亩。", "青山乡：粮食播种面积5.2万亩。", "全县粮食播种面积82.6万亩。");
    expect(ruleDiagnostics(SAME, text).map((d) => d.text)).toEqual(["82.6万亩"]);
  });
});

describe("parts-total: a part inside the part before it, as its share says", () => {
  const TITLE = "县乡村振兴局2025年工作总结";
  it.each([
    ["务工 inside 有劳动能力", "全县脱贫人口3.86万人，其中有劳动能力的2.12万人，已实现务工就业1.98万人，占有劳动能力人数的93.4%。"],
    ["整改 inside 消防隐患", "全县共排查隐患1286处，其中消防隐患862处，占67.0%，已整改826处，占消防隐患的95.8%。"],
    ["教育支出 inside 民生支出 after ；", "全县一般公共预算支出42.6亿元，其中民生支出34.8亿元，占81.7%；教育支出8.6亿元，占民生支出的24.7%。"],
    ["带动就业 inside 创业人员", "全县返乡人员2.6万人，其中创业人员1.62万人，占62.3%，带动就业1.2万人，占创业人员的74.1%。"],
  ])("stays silent on %s", (_name, body) => {
    expect(ruleDiagnostics(PARTS, report(TITLE, body))).toEqual([]);
  });

  it.each([
    ["a share of the total after the second part", "全县脱贫人口3.86万人，其中有劳动能力的2.12万人，已实现务工就业1.98万人，占51.3%。"],
    ["no share after the second part", "全县脱贫人口3.86万人，其中有劳动能力的2.12万人，已实现务工就业1.98万人。"],
  ])("still flags %s", (_name, body) => {
    expect(ruleDiagnostics(PARTS, report(TITLE, body)).map((d) => d.text)).toEqual(["3.86万人"]);
  });
});

describe("same-indicator: a short name after another figure belongs to that figure's subject", () => {
  const TITLE = "县卫生健康局2025年工作总结";
  it.each([
    ["床位 of all institutions and of the private ones", "全县医疗卫生机构386个，床位3260张。", "民营医疗机构126个，床位860张。"],
    ["床位 of all care homes and of the public ones", "全县养老机构36家，床位4260张。", "公办养老机构22家，床位2860张。"],
  ])("stays silent on %s", (_name, a, b) => {
    expect(ruleDiagnostics(SAME, report(TITLE, a, b))).toEqual([]);
  });

  it.each([
    ["one subject given twice", "全县医疗卫生机构386个，床位3260张。", "全县医疗卫生机构386个，床位3360张。", "3360张"],
    ["a mention that opens its own sentence", "全县医疗卫生机构386个，床位3260张。", "全县床位3360张，每千人口床位6.2张。", "3360张"],
  ])("still flags %s", (_name, a, b, text) => {
    expect(ruleDiagnostics(SAME, report(TITLE, a, b)).map((d) => d.text)).toEqual([text]);
  });
});

describe("same-indicator: 全镇 in a county department's report", () => {
  it.each([
    ["towns named before 全镇", "在城关镇，全镇低保对象1260人；在河口镇，全镇低保对象980人。"],
    ["towns in 一是 items", "一是城关镇，全镇低保对象1260人；二是河口镇，全镇低保对象980人。"],
  ])("stays silent on %s", (_name, body) => {
    expect(ruleDiagnostics(SAME, report("县民政局2025年工作总结", body))).toEqual([]);
  });

  it.each([
    ["a town's own report", "城关镇2025年民政工作总结", "全镇低保对象1260人。", "全镇低保对象980人。", "980人"],
    ["two 全县 figures in the department's report", "县民政局2025年工作总结", "全县低保对象9862人。", "全县低保对象9826人。", "9826人"],
  ])("still flags %s", (_name, title, a, b, text) => {
    expect(ruleDiagnostics(SAME, report(title, a, b)).map((d) => d.text)).toEqual([text]);
  });
});
