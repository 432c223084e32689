import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANACHRONISM_TERMS, PLAN_YEAR_MARKERS } from "../../../shared/src/data/stale-phrases";
import { analyzeParagraph } from "../../../shared/src/model/analyze";
import {
  activeEntries,
  ANACHRONISM_MATCH,
  combinedPattern,
  familyMatches,
  PLAN_YEAR_MATCH,
  STALE_ENTRY_MATCH,
} from "../../../shared/src/rules/stale/compile";

/** What each bit stands for: the list's combined regex matching somewhere in the text. */
function expected(text: string, user?: readonly unknown[]): number {
  const set = activeEntries(user);
  return (
    (set.anyPhrase.test(text) ? STALE_ENTRY_MATCH : 0) |
    (combinedPattern(PLAN_YEAR_MARKERS.map((m) => m.pattern)).test(text) ? PLAN_YEAR_MATCH : 0) |
    (combinedPattern(ANACHRONISM_TERMS.map((t) => t.pattern)).test(text) ? ANACHRONISM_MATCH : 0)
  );
}

describe("familyMatches (one pass for the three stale-phrase rules)", () => {
  // Pieces of phrases of each list, cut so that random joins make and break matches.
  const pieces = fc.constantFrom(
    "十四五", "开局之年", "收官之年", "建党", "100周年", "新质生产力", "两个确立", "乡村振兴局", "县",
    "脱贫攻坚", "坚决打赢", "精准扶贫", "安监局", "环保局", "十九大", "党的", "二十大精神", "“", "”",
    "，", "。", "工作", "推进", "开展", "2021年", "今年",
  );
  const user = [{ id: "my-old-name", pattern: "老地名|旧称(?:谓)?", staleFrom: "2020-01-01", severity: "warning", source: "本县文件", message: "已更名。" }];

  it("uses the user entry (valid)", () => {
    expect(activeEntries(user).entries.length).toBe(activeEntries(undefined).entries.length + 1);
  });

  it("agrees with the lists' combined regexes, built-in and with a user entry", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.boolean(), (list, withUser) => {
        const text = list.join("") + (withUser && list.length % 2 ? "旧称" : "");
        const options = withUser ? user : undefined;
        expect(familyMatches(activeEntries(options), analyzeParagraph(text))).toBe(expected(text, options));
      }),
      { numRuns: 3000 },
    );
  });

  it("answers each rule of a paragraph from one pass, and a new paragraph afresh", () => {
    const set = activeEntries(undefined);
    const a = analyzeParagraph("今年是十四五开局之年，新质生产力加快发展。");
    const b = analyzeParagraph("全年工作平稳推进。");
    expect(expected(a.text) & (PLAN_YEAR_MATCH | ANACHRONISM_MATCH)).toBe(PLAN_YEAR_MATCH | ANACHRONISM_MATCH);
    expect(familyMatches(set, a)).toBe(expected(a.text));
    expect(familyMatches(set, a)).toBe(expected(a.text));
    expect(familyMatches(set, b)).toBe(0);
  });
});
