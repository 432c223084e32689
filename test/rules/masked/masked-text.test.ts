import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";
import { maskedFindings, parseMarked } from "./marked";

const cases: string[] = [
  "[T:XX]县[T:XX]镇人民政府",
  "[T:XX]市[T:XX]区[T:XX]街道[T:XX]社区",
  "由[T:XX]同志任组长，[T:XX]同志任副组长。",
  "[T:XX]社区党委书记[T:***]同志作表态发言。",
  "[T:**]镇镇长[T:***]主持会议。",
  "打造[T:XX]花生品牌，做强[T:XX]特色产业。",
  "建成[T:XX]农业产业园，带动农户[N:xx]户。",
  "[T:××]乡[T:××]村被评为省级文明村。",
  "[T:○○]镇[T:○○]村党支部书记",
  "[T:□□]镇开展人居环境整治。",
  "[T:某某]同志在工作中表现突出。",
  "[i:某]镇2026年工作总结",
  "实施[T:XX]路改造工程，全长[N:xx]公里。",
  "[T:XX]河综合治理项目完成投资[N:xx]万元。",
  "[T:XX]公司、[T:XX]集团分别落户我镇。",
  "[T:XX]中学、[T:XX]小学教学质量稳步提升。",
  "[T:xx]县人民医院",
  "县[T:XX]局、[T:XX]办联合开展执法检查。",
  "对[T:XX]、[T:XX]等重点企业开展安全检查。",
  "组织开展“[T:XX]杯”篮球比赛，荣获“[T:XX]”称号。",
  "坚持以[T:XXXXXXX]为指导，统筹推进各项工作。",
  "始终坚持以[T:xxxxxxxxxxxxxx]为指导。",
  "新引进企业[N:X]家，其中[T:X]有限公司已建成投产。",
  "[T:XX]组村民代表参加会议。",
  "[T:×]级特色小镇创建工作有序推进。",
  "负责人：[T:***]",
  "[T:XXX]，男，汉族，[N:XX]年[N:X]月出生。",
  "尊敬的[T:XX]：",
  "[T:XX]等[N:X]个部门联合开展执法，与[T:XX]签订合作协议。",
  "姓名：[T:□□□□]",
  "该村成为[T:XX]，并更名为[T:XX]。",
  "深入推进“平安[T:xx]”建设，扎下身子扮靓[T:XX]",
  "集中[T:XX]会议精神宣讲，深入学习十九届五中[N:X]会精神。",
  "[[T:XX]]村被评为全国文明村，在[T:XX]会议上作典型发言。",
  "成功举办第[N:X]届[T:XX]文化旅游节，“[T:XX]码”使用率持续提升。",
  "持续擦亮[T:xx]党建品牌，扎实推进[T:XX]示范带建设。",
];

const lookAlikes: string[] = [
  "组织党员会员开展学习，关注群众诉求。",
  "XL号、x86、Windows X 等均为正常文字。",
  "某些方面、某种意义上、某一阶段、某方面工作均属常用说法。",
  "加强**建工作。",
  "深入学习贯彻***新时代中国特色社会主义思想和***总书记重要讲话精神。",
  "联系电话：***********",
  "本镇积极推进乡村振兴工作。",
  "全镇党员XX，其中女性XX。",
  "XX\nxx\n××",
];

describe("masked-text", () => {
  it.each(cases)("finds exactly the marked placeholders: %s", (marked) => {
    const { text, expected } = parseMarked(marked);
    expect(maskedFindings(text)).toEqual(expected);
  });

  it.each(lookAlikes)("leaves ordinary text alone: %s", (text) => {
    expect(maskedFindings(text)).toEqual([]);
  });

  it("reports a lone 某 before a place only as info, under its own rule id", () => {
    const [d] = check("某村2026年上半年工作总结", { referenceDate: "2026-11-23" }).filter((x) => x.category === "masked-text");
    expect(d).toMatchObject({ ruleId: "masked-text/vague", severity: "info", text: "某" });
  });

  it("asks for a name in Chinese", () => {
    const [d] = check("XX镇位于县城北部。", { referenceDate: "2026-11-23" }).filter((x) => x.category === "masked-text");
    expect(d).toMatchObject({ ruleId: "masked-text", severity: "warning", text: "XX" });
    expect(d!.message).toBe("此处名称未填写（“XX”为占位符），请填入实际名称");
  });
});
