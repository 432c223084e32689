import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/parts-total";
const TITLE = "清溪镇2026年工作总结";

// 其中 lists in real reports often pick overlapping groups out of a whole: they need not add up.
describe(`${RULE}: overlapping breakdowns stay silent`, () => {
  it.each([
    ["留守 and 寄宿 pupils", "全镇在校学生3260人，其中留守儿童820人、寄宿生2600人。"],
    ["investment by sector and by owner", "全年完成投资3.2亿元，其中工业投资1.8亿元、民间投资1.9亿元。"],
    ["visitors by stay and by origin", "全年接待游客52万人次，其中过夜游客20万人次、外地游客40万人次。"],
    ["requests by channel", "全年办理群众诉求1200件，其中12345热线转办800件、网上信访500件。"],
    ["firms by size and by kind", "全镇共有企业320家，其中规上企业26家、高新技术企业12家、科技型中小企业300家。"],
    ["residents by status", "全镇户籍人口2.3万人，其中脱贫人口3200人、低保对象1500人、外出务工人员1.9万人。"],
    ["staff by post and by education", "全镇共有干部职工96人，其中公务员42人、大学学历70人。"],
  ])("%s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe(`${RULE}: distinct kinds that exceed their whole`, () => {
  it.each([
    ["three crops", "全镇粮食播种面积5.2万亩，其中水稻3.1万亩、玉米1.6万亩、大豆0.8万亩。", "5.2万亩"],
    ["two kinds of business", "新登记经营主体420户，其中公司150户、个体工商户290户。", "420户"],
  ])("flags %s", (_name, sentence, total) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence)).map((d) => d.text)).toEqual([total]);
  });

  it("leaves three crops that add up", () => {
    expect(ruleDiagnostics(RULE, report(TITLE, "全镇粮食播种面积5.2万亩，其中水稻3.1万亩、玉米1.6万亩、大豆0.5万亩。"))).toEqual([]);
  });
});
