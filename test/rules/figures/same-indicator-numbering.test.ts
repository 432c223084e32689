import { describe, expect, it } from "vitest";
import { check, createChecker } from "@tally/shared";
import { groupsNumbered } from "../../../shared/src/rules/figures/same-indicator";

const SAMPLE = [
  "桃溪镇2026年1-10月工作总结",
  "1-10月，全镇完成固定资产投资3.2亿元，同比增长8.5%。",
  "二、存在的问题",
  "固定资产投资虽完成3.5亿元，但新开工项目偏少。",
].join("\n");

/** A text with `count` figures of distinct indicators (甲乙丙产值…), none in conflict. */
function manyIndicators(count: number): string {
  const chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土天地";
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = chars[i % 30]! + chars[Math.floor(i / 30) % 30]! + chars[Math.floor(i / 900) % 30]!;
    sentences.push(`${name}产值${100 + (i % 50)}元。`);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 20) paragraphs.push(sentences.slice(i, i + 20).join(""));
  return paragraphs.join("\n");
}

describe("same-indicator group numbering in a long-lived checker", () => {
  it("starts over when the keys seen pile up, and still compares figures kept from before", () => {
    const options = { referenceDate: "2026-11-23" };
    const checker = createChecker(options);
    const sameIndicator = (text: string, diagnostics = checker.check(text)) =>
      diagnostics.filter((d) => d.ruleId === "figure-consistency/same-indicator").map((d) => [d.from, d.to, d.message]);
    const before = sameIndicator(SAMPLE);
    expect(before).toHaveLength(1);
    checker.check(manyIndicators(21_000));
    expect(groupsNumbered()).toBeGreaterThanOrEqual(20_000);
    // The sample's paragraphs come back from the checker's cache, numbered in the old numbering; a
    // new paragraph before them takes the new numbering's first numbers.
    const again = SAMPLE.replace("\n", "\n其他产值100元。\n");
    const expected = sameIndicator(again, check(again, options));
    expect(expected).toHaveLength(1);
    expect(sameIndicator(again)).toEqual(expected);
    expect(groupsNumbered()).toBeLessThan(100);
  });
});
