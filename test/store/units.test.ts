import { describe, expect, test } from "vitest";
import { convertValue, parseTypedValue, resolveValueWithUnit } from "@tally/shared/store";

describe("parseTypedValue", () => {
  test.each([
    ["3.2", 3.2, ""],
    ["1,234.5", 1234.5, ""],
    ["12,345,678", 12345678, ""],
    ["３．２亿元", 3.2, "亿元"],
    ["-0.5", -0.5, ""],
    ["−3", -3, ""],
    ["12.3%", 12.3, "%"],
    ["1e+21", 1e21, ""],
    [" 45 万人 ", 45, "万人"],
  ])("%s → %d %s", (raw, value, unit) => {
    expect(parseTypedValue(raw)).toEqual({ ok: true, value, unit });
  });

  test.each([[""], ["约3.2亿"], ["3-4亿"], ["三点二"], ["3.2.1"], ["N/A"], ["1,2"]])("%s is rejected with a reason", (raw) => {
    const result = parseTypedValue(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });
});

describe("resolveValueWithUnit (value cell against the unit column)", () => {
  test.each([
    ["3.2亿", "万元", 32000, "万元"],
    ["1.1亿元", "万元", 11000, "万元"],
    ["3.2", "亿元", 3.2, "亿元"],
    ["3.2亿元", "", 3.2, "亿元"],
    ["5000万元", "亿元", 0.5, "亿元"],
    ["2.5万", "人", 25000, "人"],
    ["12.3%", "%", 12.3, "%"],
    ["12.3", "%", 12.3, "%"],
  ])("%s in a %s column → %d %s", (raw, unit, value, resultUnit) => {
    expect(resolveValueWithUnit(raw, unit)).toEqual({ ok: true, value, unit: resultUnit });
  });

  test.each([
    ["5吨", "万元"],
    ["3.2亿", "%"],
    ["3亿元", "万人"],
  ])("%s in a %s column is rejected", (raw, unit) => {
    const result = resolveValueWithUnit(raw, unit);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason).toContain(raw);
  });
});

describe("convertValue", () => {
  test.each([
    [3.2, "亿元", "万元", 32000],
    [1.1, "亿元", "万元", 11000],
    [32000, "万元", "亿元", 3.2],
    [0.3, "万亿元", "亿元", 3000],
    [7, "元", "元", 7],
  ])("%d %s → %s", (value, from, to, expected) => {
    expect(convertValue(value, from, to)).toBe(expected);
  });

  test("different bases do not convert", () => {
    expect(convertValue(1, "万元", "万吨")).toBeUndefined();
    expect(convertValue(1, "百分点", "分点")).toBeUndefined();
  });
});
