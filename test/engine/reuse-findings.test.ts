import { afterEach, describe, expect, it, vi } from "vitest";
import { builtinRules, check, createChecker } from "@tally/shared";
import * as R from "../rules/structure/reports";

// A checker re-check moves the last findings of rules whose findings follow their facts
// (placeholders, stale phrasing, numbering) when the edit replaced only paragraphs those rules
// found nothing in, and calls the rule again otherwise. Either way: what a fresh check gives.

const OPTIONS = { referenceDate: "2026-11-23" };
const REPORT = [
  "清河镇2026年工作总结",
  "一、主要工作",
  "一是完成道路硬化XX公里，二是改造危房12户。",
  "全年接待群众来访320人次，办结率98%。",
  "深入学习贯彻党的十九大精神，推进脱贫攻坚。",
  "四是新建村级活动场所2处。",
  "二、存在问题",
  "基层力量薄弱。",
].join("\n");

const ruleById = (id: string) => builtinRules.find((r) => r.meta.id === id)!;

afterEach(() => vi.restoreAllMocks());

describe("a re-check reuses findings that follow facts", () => {
  it("does not run the numbering, placeholder and stale passes again for an edit of an ordinary sentence", () => {
    const checker = createChecker(OPTIONS);
    checker.check(REPORT);
    const spies = ["numbering", "masked-number", "masked-text", "stale-phrase"].map((id) => vi.spyOn(ruleById(id), "report"));
    // a longer sentence: everything after it moves
    const edited = REPORT.replace("全年接待群众来访320人次，办结率98%。", "全年共接待来访群众320人次，按期办结率达到98%，群众满意。");
    const result = checker.check(edited);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(result).toEqual(check(edited, OPTIONS));
    // a finding after the edit moved with its text
    expect(result.find((d) => d.ruleId.startsWith("numbering"))?.from).toBe(edited.indexOf("四是"));
  });

  it("runs a rule again when the edit adds or removes something it finds", () => {
    const checker = createChecker(OPTIONS);
    checker.check(REPORT);
    const numbering = vi.spyOn(ruleById("numbering"), "report");
    const masked = vi.spyOn(ruleById("masked-number"), "report");
    const added = REPORT.replace("基层力量薄弱。", "一是基层力量薄弱，二是缺少XX名专业人员。");
    const afterAdding = checker.check(added);
    expect(numbering).toHaveBeenCalledTimes(1);
    expect(masked).toHaveBeenCalledTimes(1);
    // removing the placeholder again: the paragraph had facts before the edit
    const afterRemoving = checker.check(REPORT);
    expect(masked).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
    expect(afterAdding).toEqual(check(added, OPTIONS));
    expect(afterRemoving).toEqual(check(REPORT, OPTIONS));
  });

  it("runs the rules again when the edit changes a heading, the title or the date the report was written", () => {
    for (const edited of [
      REPORT.replace("二、存在问题", "三、存在问题"),
      REPORT.replace("清河镇2026年工作总结", "清河镇2021年工作总结"),
      `${REPORT}\n清河镇人民政府\n2026年12月5日`,
    ]) {
      const checker = createChecker(OPTIONS);
      checker.check(REPORT);
      const stale = vi.spyOn(ruleById("stale-phrase"), "report");
      const result = checker.check(edited);
      expect(stale).toHaveBeenCalledTimes(1);
      stale.mockRestore();
      expect(result).toEqual(check(edited, OPTIONS));
    }
  });
});

describe("a re-check reuses the section pass of missing-section", () => {
  // No problems section: the warning sits on the plans heading, after the edited sentences.
  const SUMMARY = R.SUMMARY_NO_PROBLEMS;
  const PLANS = "二、下一步工作思路";

  it("keeps pointing at the right place when an ordinary sentence before it grows, shrinks or is added", () => {
    const checker = createChecker(OPTIONS);
    checker.check(SUMMARY);
    // (the edits stay out of the numbered work items: those are headings, and a heading edit redoes the pass)
    const edits = [
      SUMMARY.replace("统筹推进稳增长", "全力统筹推进稳增长"),
      SUMMARY.replace("聚焦发展第一要务，", ""),
      SUMMARY.replace(R.INTRO, `${R.INTRO}\n全镇辖十二个行政村、两个社区。`),
    ];
    const walked = edits.map((text) => [text, checker.check(text)] as const);
    for (const [text, result] of walked) {
      expect(result).toEqual(check(text, OPTIONS));
      expect(result.find((d) => d.category === "missing-section")?.from).toBe(text.indexOf(PLANS));
    }
  });

  it("finds a section again when the edit adds its heading", () => {
    const checker = createChecker(OPTIONS);
    checker.check(SUMMARY);
    const text = SUMMARY.replace(PLANS, `二、存在的问题\n${R.PROBLEMS_BODY}\n三、下一步工作思路`);
    const result = checker.check(text);
    expect(result).toEqual(check(text, OPTIONS));
    expect(result.filter((d) => d.category === "missing-section")).toEqual([]);
  });
});
