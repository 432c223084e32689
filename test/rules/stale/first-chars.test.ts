import { describe, expect, it } from "vitest";
import { combinedPattern, startFiltered } from "../../../shared/src/rules/stale/compile";
import fc from "fast-check";
import { firstChars, startChars } from "../../../shared/src/rules/stale/first-chars";

const members = (sources: string[]): string | undefined => {
  const table = firstChars(sources);
  if (!table) return undefined;
  let out = "";
  for (let i = 0; i < table.length; i++) if (table[i]) out += String.fromCharCode(i);
  return out;
};

describe("firstChars", () => {
  it.each([
    [["脱贫攻坚"], "脱"],
    [["(?:党的)?十九大"], "十党"],
    [["(?<![一二])贫困户"], "贫"],
    [["[“\"]?十三五"], "\"十“"],
    [["(?<hit>精准扶贫)|精准脱贫"], "精"],
    [["a{0,2}b", "c+d"], "abc"],
    [["[x-z]w", "\\.q"], ".xyz"],
    [["^(?=老)老区"], "老"],
  ])("%j starts with %j", (sources, expected) => {
    expect([...members(sources)!].sort().join("")).toBe([...expected].sort().join(""));
  });

  it.each([
    [["x?"]], // can match the empty string
    [["[^，。]{0,4}乡村振兴"]], // negated class first
    [["\\s?主题教育"]], // class escape first
    [[".党史"]],
    [["(?:a|)b?"]],
    [["\\1a"]], // back-reference: not modelled
  ])("%j: unknown", (sources) => {
    expect(firstChars(sources)).toBeUndefined();
  });

  it("looks past a negated class or \\s that is not first", () => {
    expect([...members(["确保[^，。]{0,6}?脱贫摘帽", "牢记[、，\\s]?使命"])!].sort()).toEqual(["确", "牢"].sort());
  });
});

const expand = (ranges: readonly number[]): string => {
  let out = "";
  for (let r = 0; r < ranges.length; r += 2) for (let c = ranges[r]!; c <= ranges[r + 1]!; c++) out += String.fromCharCode(c);
  return [...out].sort().join("");
};

describe("startChars", () => {
  it.each([
    ["脱贫攻坚", "贫"],
    ["(?:党的)?十九大", "的九"],
    ["[“\"]?十三五", "十三"],
    ["(?:深入|扎实)推进", "入实"],
    ["a{2,3}b", "a"],
    ["ab*c", "bc"],
    ["(?<![一二])贫(?=困)困户", "困"],
  ])("%j: second characters %j", (source, expected) => {
    expect(expand(startChars(source)!.second!)).toBe([...expected].sort().join(""));
  });

  it.each(["a|bc", "ab?", "(?:x)y?", "a.", "a\\d"])("%j: any second character (one-character match or unknown)", (source) => {
    expect(startChars(source)!.second).toBeUndefined();
  });

  // A match of two or more characters opens with a listed first and second character.
  it.each(["(?:甲乙|乙)?丙+[甲丁]", "甲{1,3}乙?丙", "(?:甲|乙丙)*丁甲", "(?<!乙)甲(?:乙|丙丁)?丙"])("%j: matches open with the listed pair", (source) => {
    const start = startChars(source)!;
    const re = new RegExp(source, "y");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."甲乙丙丁"), { maxLength: 10 }), fc.nat(9), (chars, at) => {
        const text = chars.join("");
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m) return;
        expect(expand(start.first)).toContain(m[0][0]);
        if (m[0].length >= 2 && start.second) expect(expand(start.second)).toContain(m[0][1]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("startFiltered", () => {
  const sources = ["(?<![脱原])贫困户", "[“\"]?十三五[”\"]?规划", "(?:深入|扎实)推进\\s?乡村振兴"];
  const combined = combinedPattern(sources);
  const test = startFiltered(combined, sources);
  it.each(["帮扶贫困户三户", "编制“十三五”规划", "深入推进 乡村振兴", "已脱贫困户", "十三五期间", "", "推进乡村振兴", "贫困"])(
    "agrees with the combined regex on %j",
    (text) => {
      expect(test(text)).toBe(combined.test(text));
    },
  );
  it("finds a phrase and rejects its excluded form", () => {
    expect(test("帮扶贫困户三户")).toBe(true);
    expect(test("已脱贫困户")).toBe(false);
  });
});
