import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/parts-total";
const TITLE = "柏林乡2026年工作总结";

describe(RULE, () => {
  it.each([
    ["complementary parts (城镇/农村)", "全乡参保人员8420人，其中城镇参保人员2130人、农村参保人员6090人。", "8420人", "8220人"],
    ["X and 非X", "全乡户籍人口3560户，其中农业人口2810户、非农业人口650户。", "3560户", "3460户"],
    ["three parts sharing a head noun", "全乡共有党员936名，其中农村党员712名、机关党员128名、学校党员126名。", "936名", "966名"],
    ["the total closing the sentence before", "全乡共有网格员264名。其中专职网格员52名、兼职网格员202名。", "264名", "254名"],
    ["two parts sharing a head noun that exceed their total", "全乡办理婚姻登记412对，其中结婚登记286对、离婚登记138对。", "412对", "424对"],
    ["个人/集体 parts", "全乡收到群众建议96件，其中个人建议71件、集体建议19件。", "96件", "90件"],
  ])("flags %s", (_name, sentence, total, sum) => {
    const found = ruleDiagnostics(RULE, report(TITLE, sentence));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(total);
    expect(found[0]!.message).toContain(total);
    expect(found[0]!.message).toContain(sum);
    expect(found[0]!.related!.length).toBeGreaterThanOrEqual(2);
  });

  it("flags a part larger than its total", () => {
    const found = ruleDiagnostics(RULE, report(TITLE, "全乡养老机构5家，床位数320张，其中护理型床位410张。"));
    expect(found.map((d) => d.text)).toEqual(["320张"]);
  });

  it("sums per unit in 「A xx户xx人（其中：B xx户、xx人，C xx户、xx人）」", () => {
    const text = report(TITLE, "全乡户籍人口3560户11820人（其中：农业人口2810户9240人，非农业人口750户2480人）。");
    const found = ruleDiagnostics(RULE, text);
    expect(found.map((d) => d.text)).toEqual(["11820人"]);
    expect(found[0]!.message).toContain("11720人");
  });

  it.each([
    ["parts that add up", "全乡户籍人口3560户，其中农业人口2810户、非农业人口750户。"],
    ["equal sums written in different units", "全乡投入资金1.2亿元，其中中央资金4000万元、地方资金8000万元。"],
    ["a non-exhaustive selection", "全乡新建高标准农田1.2万亩，其中桂花村3200亩、石门村2800亩。"],
    ["two main parts sharing the total's head, short of it", "全乡全社会用电量1.26亿千瓦时，其中工业用电8600万千瓦时、居民生活用电2100万千瓦时。"],
    ["two main kinds of investment", "全乡完成固定资产投资6.8亿元，其中工业投资3.9亿元、基础设施投资1.8亿元。"],
    ["overlapping attributes", "全乡干部126人，其中女干部58人、党员干部90人。"],
    ["a single part", "全乡现有党员936名，其中女党员212名。"],
    ["parts of another unit", "全乡现有党员936名，其中参加培训1860人次。"],
    ["a target among the parts", "现有规上企业12家，其中限上企业5家，年内力争培育2家。"],
    ["rounding within the stated precision", "全乡完成投资2.5亿元，其中产业投资1.26亿元、基础设施投资1.21亿元。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe(`${RULE}: lists that say they are complete`, () => {
  it("takes a closing 其他 part as a complete list", () => {
    const text = report(TITLE, "全乡油料种植面积2.8万亩。其中油菜1.3万亩、花生0.8万亩、其他油料作物0.4万亩。");
    expect(ruleDiagnostics(RULE, text).map((d) => d.text)).toEqual(["2.8万亩"]);
  });

  it("flags two distinct kinds that together exceed the whole", () => {
    const text = report(TITLE, "新登记经营主体420户，其中公司150户、个体工商户290户。");
    expect(ruleDiagnostics(RULE, text).map((d) => d.text)).toEqual(["420户"]);
  });

  it("leaves two distinct kinds that fall short (the list may be partial)", () => {
    expect(ruleDiagnostics(RULE, report(TITLE, "新登记经营主体420户，其中公司110户、个体工商户290户。"))).toEqual([]);
  });
});

describe(`${RULE}: a total after its parts`, () => {
  it("flags 合计 that is not the sum of the figures before it", () => {
    const text = report(TITLE, "城市低保对象和农村低保对象分别为1240人、3860人，合计5010人。");
    const found = ruleDiagnostics(RULE, text);
    expect(found.map((d) => d.text)).toEqual(["5010人"]);
    expect(found[0]!.message).toContain("5100人");
  });

  it.each([
    "城市低保对象和农村低保对象分别为1240人、3860人，合计5100人。",
    "发放低保金860万元、特困供养金320万元，合计1180万元。",
    "全乡共有党员936名，发展党员12名。",
  ])("stays silent on %s", (sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe(`${RULE}: choosing the total`, () => {
  it("takes the figure naming the parts' head as their total, not the nearest one", () => {
    const sentence = "全年排查矛盾纠纷412件，调解成功403件。其中婚姻家庭纠纷136件、邻里纠纷118件、土地纠纷87件、其他纠纷71件。";
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
    const found = ruleDiagnostics(RULE, report(TITLE, sentence.replace("邻里纠纷118件", "邻里纠纷128件")));
    expect(found.map((d) => d.text)).toEqual(["412件"]);
  });
});

describe(`${RULE}: a total of all kinds`, () => {
  it("flags 各类 totals whose kinds nearly but not quite add up", () => {
    const sentence = "全县共有各级各类学校84所，其中幼儿园36所、小学30所、初中13所、高中3所。";
    expect(ruleDiagnostics(RULE, report(TITLE, sentence)).map((d) => d.text)).toEqual(["84所"]);
    expect(ruleDiagnostics(RULE, report(TITLE, sentence.replace("高中3所", "高中5所")))).toEqual([]);
  });

  it("leaves 各类 totals with a few highlighted kinds", () => {
    expect(ruleDiagnostics(RULE, report(TITLE, "引进各类人才860人，其中高层次人才56人、技能人才320人、农村实用人才210人。"))).toEqual([]);
  });
});
