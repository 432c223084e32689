import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requiredCharsFilter, requiredCharsFilterGroup } from "../../shared/src/rules/required-chars";

describe("requiredCharsFilter", () => {
  it.each([
    // sources, text that holds the needed characters, text that does not
    [["^[^。]{0,20}(?:还|仍)存在(?:问题|困难)"], "工作中仍存在一些困难", "工作中存在一些困难"],
    [["有待(?:进一步)?(?:提高|加强)"], "质量有待提高", "质量有待商榷"],
    [["(?:但|但是)?[，,]?(?:不容忽视|毋庸讳言)的是"], "但不容忽视的是", "但容易忽略的是"],
    [["^\\d{4}年[，,]?(?:将|拟)"], "2027年将重点推进", "2027年重点推进"],
    [["x+y", "z{2}"], "aaxy", "aax"],
    [["a\\.b"], "a.b", "ab"],
    [["[一二三]是"], "二是", "四是"],
    [["(?<=前)后", "(?!甲)乙"], "后", "前甲"],
  ])("%j: %j may match, %j cannot", (sources, holds, lacks) => {
    const f = requiredCharsFilter(sources)!;
    expect(f.mayMatch(holds)).toBe(true);
    expect(f.mayMatch(lacks)).toBe(false);
  });

  it("looks only inside the given range", () => {
    const f = requiredCharsFilter(["存在问题"])!;
    expect(f.mayMatch("甲存在问题乙", 1, 5)).toBe(true);
    expect(f.mayMatch("甲存在问题乙", 2, 6)).toBe(false);
  });

  it("widens letters by case under the i flag", () => {
    const f = requiredCharsFilter(["(?:QQ|ＱＱ)群"], true)!;
    expect(f.mayMatch("加qq群")).toBe(true);
    expect(f.mayMatch("加ｑｑ群")).toBe(true);
    expect(f.mayMatch("加微群")).toBe(false);
  });

  it("under the i flag never rules out a text the regex matches", () => {
    const source = "(?:加入?)?(?:QQ|ＱＱ|VX|微信)(?:交流)?群";
    const f = requiredCharsFilter([source], true)!;
    const re = new RegExp(source, "i");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."qQｑＱvVxX微信群加入交流"), { maxLength: 8 }), (chars) => {
        const text = chars.join("");
        if (re.test(text)) expect(f.mayMatch(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    [["x?"]], // may match the empty string
    [["\\d+"]], // class escape only
    [[".{2}"]],
    [["[^。]+"]],
    [["(?:a|)b?"]],
    [["\\1a"]], // back-reference: not modelled
    [["(?i:a)"]], // modifiers: not modelled
    [["a", "\\s"]], // one source without a requirement spoils the union
  ])("%j: no filter", (sources) => {
    expect(requiredCharsFilter(sources)).toBeUndefined();
  });

  it("group: one bit per regex, always set for those without a filter", () => {
    const g = requiredCharsFilterGroup([["存在问题"], ["下一步"], ["\\d+"]]);
    expect(g.mayMatch("下一步工作")).toBe(0b110);
    expect(g.mayMatch("存在问题")).toBe(0b101);
    expect(g.mayMatch("其他")).toBe(0b100);
  });

  // The filter may only say "no" when the regex cannot match.
  const sources = ["^(?!甲)[^。]{0,6}(?:还|仍然)(?:有|存在)(?:问题|乙)", "丙+丁{1,2}", "(?:甲乙|乙丙)?丁[甲丙]", "[^丙]{2}乙?甲"];
  const alphabet = fc.constantFrom(..."甲乙丙丁还仍然有存在问题。");
  it.each(sources)("never rules out a text that %s matches", (source) => {
    const f = requiredCharsFilter([source])!;
    expect(f).toBeDefined();
    const re = new RegExp(source, "u");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }), (chars) => {
        const text = chars.join("");
        if (re.test(text)) expect(f.mayMatch(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
