import { describe, expect, it } from "vitest";
import { analyzeReport } from "@tally/shared";
import { detectHeading, detectNumberMarker, outlineOf } from "../../shared/src/model/headings";
import { formatChineseNumeral, parseChineseNumeral } from "../../shared/src/model/numerals";

type Expect = { style: string; level: number; ordinal: number; marker: string; title: string; inline: boolean; variant?: string };

const HEADINGS: [string, Expect][] = [
  ["一、主要工作完成情况", { style: "chinese", level: 1, ordinal: 1, marker: "一、", title: "主要工作完成情况", inline: false }],
  ["十二、其他事项", { style: "chinese", level: 1, ordinal: 12, marker: "十二、", title: "其他事项", inline: false }],
  ["二十一、附则", { style: "chinese", level: 1, ordinal: 21, marker: "二十一、", title: "附则", inline: false }],
  ["三.下步打算", { style: "chinese", level: 1, ordinal: 3, marker: "三.", title: "下步打算", inline: false, variant: "dot" }],
  ["（二）产业发展。全年新增市场主体四百余户。", { style: "paren-chinese", level: 2, ordinal: 2, marker: "（二）", title: "产业发展", inline: true }],
  ["(三)民生保障", { style: "paren-chinese", level: 2, ordinal: 3, marker: "(三)", title: "民生保障", inline: false, variant: "half-width-paren" }],
  ["（四）、安全生产", { style: "paren-chinese", level: 2, ordinal: 4, marker: "（四）、", title: "安全生产", inline: false, variant: "ideographic-comma" }],
  ["1.基层党建扎实推进", { style: "arabic", level: 3, ordinal: 1, marker: "1.", title: "基层党建扎实推进", inline: false }],
  ["2、项目建设：开工项目九个", { style: "arabic", level: 3, ordinal: 2, marker: "2、", title: "项目建设", inline: true, variant: "ideographic-comma" }],
  ["3．文明创建", { style: "arabic", level: 3, ordinal: 3, marker: "3．", title: "文明创建", inline: false, variant: "fullwidth-dot" }],
  ["（1）强化组织保障", { style: "paren-arabic", level: 4, ordinal: 1, marker: "（1）", title: "强化组织保障", inline: false }],
  ["(12)完善考核办法", { style: "paren-arabic", level: 4, ordinal: 12, marker: "(12)", title: "完善考核办法", inline: false, variant: "half-width-paren" }],
  ["③压实工作责任", { style: "circled", level: 5, ordinal: 3, marker: "③", title: "压实工作责任", inline: false }],
  ["第二部分 工作回顾", { style: "part", level: 0, ordinal: 2, marker: "第二部分", title: "工作回顾", inline: false }],
  ["第三章　保障措施", { style: "part", level: 0, ordinal: 3, marker: "第三章", title: "保障措施", inline: false }],
  ["　　二、存在的问题", { style: "chinese", level: 1, ordinal: 2, marker: "二、", title: "存在的问题", inline: false }],
  ["## 三、下步打算", { style: "chinese", level: 1, ordinal: 3, marker: "三、", title: "下步打算", inline: false }],
  ["**（一）产业发展**", { style: "paren-chinese", level: 2, ordinal: 1, marker: "（一）", title: "产业发展", inline: false }],
];

describe("detectHeading", () => {
  it.each(HEADINGS)("%s", (text, want) => {
    const h = detectHeading(text)!;
    expect(h).toBeDefined();
    expect({
      style: h.style,
      level: h.level,
      ordinal: h.ordinal,
      marker: text.slice(h.marker.from, h.marker.to),
      title: text.slice(h.title.from, h.title.to),
      inline: h.inline,
      ...(h.variant ? { variant: h.variant } : {}),
    }).toEqual(want);
  });

  it.each([
    "1.2万元的补助资金已全部发放到位。",
    "3.5亿元的总投资中，社会资本占六成。",
    "1月份，全镇召开动员大会。",
    "1、2月份完成春耕备耕任务。",
    "10、11月集中开展秋冬季攻势。",
    "一、二季度经济运行平稳。",
    "一、二、三产业融合发展势头良好。",
    "2026年工作总结",
    "一是加强组织领导。",
    "十九大以来，全镇发生了深刻变化。",
    "第一，坚持党的领导。",
    "（2026年11月20日）",
  ])("is not a heading: %s", (text) => {
    expect(detectHeading(text)).toBeUndefined();
  });

  it("keeps a numbered sentence as a marker for sequences but not as a heading", () => {
    const item = "2、全年完成固定资产投资三亿二千万元，同比增长百分之十二，其中工业投资一亿五千万元，占全部投资的将近一半，带动就业八百余人";
    expect(detectHeading(item)).toBeUndefined();
    expect(detectNumberMarker(item)?.ordinal).toBe(2);
  });
});

describe("outlineOf", () => {
  it("lists numbered and host headings with whole-text offsets", () => {
    const text = "某镇2026年工作总结\n工作回顾\n一、主要成效\n正文一段。\n（一）经济发展。正文。";
    const report = analyzeReport(text, "2026-11-23", [{ from: text.indexOf("工作回顾"), kind: "heading", level: 1 }]);
    const outline = outlineOf(report.paragraphs);
    expect(outline.map((o) => [o.style, o.title, o.inline])).toEqual([
      ["host", "工作回顾", false],
      ["chinese", "主要成效", false],
      ["paren-chinese", "经济发展", true],
    ]);
    for (const o of outline) expect(text.slice(o.titleFrom, o.titleTo)).toBe(o.title);
    expect(text.slice(outline[1]!.markerFrom, outline[1]!.markerTo)).toBe("一、");
  });
});

describe("Chinese numerals", () => {
  it("round-trips 1–99", () => {
    for (let n = 1; n < 100; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
  });
  it.each(["零", "一十", "十十", "二二", "", "百"])("rejects %s", (s) => expect(parseChineseNumeral(s)).toBeUndefined());
});
