import { describe, expect, it } from "vitest";
import { combinedPattern, startFiltered } from "../../../shared/src/rules/stale/compile";
import { firstChars } from "../../../shared/src/rules/stale/first-chars";

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
