import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WHITESPACE_CHARS } from "../../shared/src/figures/extract";
import { alternativesOf, PrefixWords, SuffixWords } from "../../shared/src/figures/word-tables";
import { ACTION_VERBS, INDICATOR_TAIL, NEUTRAL_NUMBER_FIRST_VERBS, NUMBER_FIRST_VERBS } from "../../shared/src/figures/words";

/** Strings made of pieces of the word lists, so that matches at the edges are common. */
function wordish(words: string[]): fc.Arbitrary<string> {
  const pieces = [...words, ...words.map((w) => w.slice(1)), ...words.map((w) => w.slice(0, -1)), "的", "全镇", "a", " ", "1"];
  return fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((parts) => parts.join(""));
}

describe("word tables", () => {
  it("reads the words of a plain alternation in written order", () => {
    expect(alternativesOf(/^(甲乙|甲|丙)$/, "^()$")).toEqual(["甲乙", "甲", "丙"]);
    expect(alternativesOf(/(甲|乙)$/, "()$")).toEqual(["甲", "乙"]);
    expect(alternativesOf(/^(甲|乙)(?=x)/, "^()", "(?=x)")).toEqual(["甲", "乙"]);
  });

  it("refuses a regex that is not a plain alternation", () => {
    expect(() => alternativesOf(/^(甲|乙+)/, "^()")).toThrow();
    expect(() => alternativesOf(/(甲|乙)$/, "^()")).toThrow();
    expect(() => alternativesOf(/^(甲|乙)(?=x)/, "^()")).toThrow();
    expect(() => alternativesOf(/^(甲|[乙丙])/, "^()")).toThrow();
  });

  it("finds the longest word a string ends with, as the end-anchored regex does", () => {
    const table = new SuffixWords(/(计|合计|共计|达到了|了)$/);
    expect(table.longestSuffix("总数合计")).toBe("合计");
    expect(table.longestSuffix("已达到了")).toBe("达到了");
    expect(table.longestSuffix("合计数")).toBeUndefined();
    expect(table.longestSuffix("")).toBeUndefined();
    // words longer than the window the regex ran on cannot match
    expect(new SuffixWords(/(达到了|了)$/, 2).longestSuffix("达到了")).toBe("了");
  });

  it("finds the first word in written order a string starts with, as the start-anchored regex does", () => {
    const table = new PrefixWords(["开工", "新开工", "新"]);
    expect(table.firstPrefix("新开工项目")).toBe("新开工");
    expect(table.firstPrefix("开工项目")).toBe("开工");
    expect(table.firstPrefix("项目")).toBeUndefined();
    expect(table.startingWith("新".charCodeAt(0))).toEqual(["新开工", "新"]);
  });

  it("agrees with the regexes of words.ts", () => {
    const tail = new SuffixWords(INDICATOR_TAIL, 6);
    const verbs = new SuffixWords(NUMBER_FIRST_VERBS, 4);
    const actions = PrefixWords.of(ACTION_VERBS);
    const neutral = new Set(alternativesOf(NEUTRAL_NUMBER_FIRST_VERBS, "^()$"));
    const words = [...alternativesOf(INDICATOR_TAIL, "()$"), ...alternativesOf(NUMBER_FIRST_VERBS, "()$"), ...alternativesOf(ACTION_VERBS, "^()")];
    fc.assert(
      fc.property(wordish(words), (s) => {
        expect(tail.longestSuffix(s)).toBe(INDICATOR_TAIL.exec(s.slice(-6))?.[0]);
        expect(verbs.longestSuffix(s)).toBe(NUMBER_FIRST_VERBS.exec(s.slice(-4))?.[0]);
        expect(actions.firstPrefix(s)).toBe(ACTION_VERBS.exec(s)?.[0]);
        expect(neutral.has(s)).toBe(NEUTRAL_NUMBER_FIRST_VERBS.test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("lists exactly the code units /\\s/ matches", () => {
    const listed = new Set([...WHITESPACE_CHARS].map((ch) => ch.charCodeAt(0)));
    const matched: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) matched.push(c);
    expect([...listed].sort((a, b) => a - b)).toEqual(matched);
  });
});
