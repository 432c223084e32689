import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/rate-counts";
const TITLE = "城关街道2026年平安建设工作总结";

describe(RULE, () => {
  it.each([
    ["a correction rate", "共排查风险隐患214处，已整改187处，整改率91.2%。", "91.2%", "87.4%"],
    ["a mediation success rate named differently from its count", "受理矛盾纠纷388件，调解成功361件，调解成功率97.6%。", "97.6%", "93.0%"],
    ["an insurance rate with 应参保 as base", "应参保人数15200人，实际参保人数14630人，参保率98.2%。", "98.2%", "96.3%"],
    ["counts in the sentence before", "全年受理信访事项156件，按期办结149件。按期办结率98.7%。", "98.7%", "95.5%"],
  ])("flags %s", (_name, sentence, rate, computed) => {
    const found = ruleDiagnostics(RULE, report(TITLE, sentence));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(rate);
    expect(found[0]!.message).toContain(computed);
    expect(found[0]!.related).toHaveLength(2);
  });

  it.each([
    ["a rate that matches", "共排查风险隐患214处，已整改187处，整改率87.4%。"],
    ["a rate truncated rather than rounded", "受理矛盾纠纷388件，调解成功361件，调解成功率93%。"],
    ["a rate of other counts", "排查隐患214处，已整改187处。群众满意率98.5%。"],
    ["a second rate after the first used the counts", "参保人数14630人，应参保15200人，参保率96.3%；医保参保率98.6%。"],
    ["an approximate rate", "共排查风险隐患214处，已整改187处，整改率达85%以上。"],
    ["counts in different units", "排查隐患214处，整改责任人187名，整改率91.2%。"],
    ["a growth rate", "立案数36起，破案数30起，破案数增长率12%。"],
  ])("stays silent on %s", (_name, sentence) => {
    expect(ruleDiagnostics(RULE, report(TITLE, sentence))).toEqual([]);
  });
});

describe(`${RULE}: households and people side by side`, () => {
  it("pairs counts of the same unit", () => {
    const sentence = "纳入监测对象248户806人，已消除风险186户590人，风险消除率78.3%。";
    const found = ruleDiagnostics(RULE, report(TITLE, sentence));
    expect(found.map((d) => d.text)).toEqual(["78.3%"]);
    expect(found[0]!.message).toContain("75.0%");
    expect(ruleDiagnostics(RULE, report(TITLE, sentence.replace("78.3%", "75.0%")))).toEqual([]);
  });
});

describe(`${RULE}: a count named in other words`, () => {
  it("pairs 破案率 with 破获…案件", () => {
    const sentence = "全年刑事案件立案46起，破获刑事案件39起，破案率88.6%。";
    expect(ruleDiagnostics(RULE, report(TITLE, sentence)).map((d) => d.text)).toEqual(["88.6%"]);
    expect(ruleDiagnostics(RULE, report(TITLE, sentence.replace("88.6%", "84.8%")))).toEqual([]);
  });
});
