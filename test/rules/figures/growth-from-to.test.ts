import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/growth";
const TITLE = "清溪镇2026年工作总结";

// 由A增加到B，增长x%: the change restates the move from A to B.
describe(`${RULE}: a change after 由…到`, () => {
  it.each<[string, string, string]>([
    ["percent", "农民人均可支配收入由1.98万元增加到2.15万元，增长6.8%。", "6.8%"],
    ["percent, the start dated", "农民人均可支配收入由2025年的1.98万元增加到2.15万元，增长6.8%。", "6.8%"],
    ["a count", "全镇规上企业由18家增加到23家，净增6家。", "6家"],
    ["points between two rates", "生活垃圾无害化处理率由85%提高到96%，提高13个百分点。", "13个百分点"],
    ["points downwards", "贫困发生率由3.2%下降到0.9%，下降3.2个百分点。", "3.2个百分点"],
  ])("flags %s", (_name, sentence, flagged) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence)).map((d) => d.text)).toEqual([flagged]);
  });

  it.each([
    "农民人均可支配收入由1.98万元增加到2.15万元，增长8.6%。",
    "农民人均可支配收入由2025年的1.98万元增加到2.15万元，增长8.6%。",
    "全镇规上企业由18家增加到23家，净增5家。",
    "生活垃圾无害化处理率由85%提高到96%，提高11个百分点。",
    "生活垃圾无害化处理率由85.2%提高到96.1%，提高10.9个百分点。",
    "贫困发生率由3.2%下降到0.9%，下降2.3个百分点。",
    // points written as a percentage: sloppy but not clearly wrong
    "森林覆盖率从58%提高到62.5%，增长4.5%。",
    "常住人口由上年的2.41万人减少到2.39万人，减少200人。",
  ])("stays silent on %s", (sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

// An amount and a rate of the same change must move the same way.
describe(`${RULE}: an amount and a rate side by side`, () => {
  it.each<[string, string]>([
    ["全年财政收入5600万元，比去年同期减少120万元，增长2.1%。", "2.1%"],
    ["粮食产量2.4万吨，比上年增加0.1万吨，同比下降4.3%。", "4.3%"],
  ])("flags %s", (sentence, flagged) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence)).map((d) => d.text)).toEqual([flagged]);
  });

  it.each([
    "全年财政收入5600万元，比去年同期减少120万元，下降2.1%。",
    "粮食产量2.4万吨，比上年增加0.1万吨，增长4.3%。",
    // two indicators, each with its own change
    "工业产值减少1.2亿元；服务业增加值同比增长6.5%。",
    "财政收入减少120万元，支出增长5%。",
    "出生人口减少260人，死亡人口增加120人，自然增长率下降0.4个百分点。",
  ])("stays silent on %s", (sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});
