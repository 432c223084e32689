import { describe, expect, it } from "vitest";
import { parseArabic, parseChinese, plainNumber } from "../../shared/src/figures/numbers";
import { formatInUnit, formatValue, normalize } from "../../shared/src/figures/format";
import { unitInfo } from "../../shared/src/figures/units";

describe("parseArabic", () => {
  it.each([
    ["44,680", 44680, 0],
    ["73.04", 73.04, 2],
    ["１２３", 123, 0],
    ["３．５", 3.5, 1],
    ["0.5", 0.5, 1],
  ])("%s → %d (%d decimals)", (written, value, decimals) => {
    expect(parseArabic(written)).toEqual({ value, decimals });
  });
  it.each(["", "1.2.3", "abc", "4,68"])("rejects %j", (written) => {
    expect(parseArabic(written)).toBeUndefined();
  });
});

describe("parseChinese", () => {
  it.each([
    ["三千三百", 3300],
    ["两", 2],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["一百二十万", 1_200_000],
    ["一亿二千万", 120_000_000],
    ["三千零五", 3005],
    ["九百九十九", 999],
  ])("%s → %d", (written, value) => {
    expect(parseChinese(written)).toBe(value);
  });
  it.each(["", "万", "甲"])("rejects %j", (written) => {
    expect(parseChinese(written)).toBeUndefined();
  });
});

describe("units and formatting", () => {
  it.each([
    ["亿元", "元", 1e8],
    ["万元", "元", 1e4],
    ["元", "元", 1],
    ["万亩", "亩", 1e4],
    ["公顷", "亩", 15],
    ["平方公里", "平方米", 1e6],
    ["万人", "人", 1e4],
    ["名", "人", 1],
    ["人次", "人次", 1],
    ["个百分点", "个百分点", 1],
    ["%", "%", 1],
    ["万立方米", "立方米", 1e4],
  ])("%s is %s × %d", (written, base, factor) => {
    expect(unitInfo(written)).toEqual({ base, factor });
  });

  it("keeps 个百分点 apart from %", () => {
    expect(unitInfo("个百分点")!.base).not.toBe(unitInfo("%")!.base);
  });

  it("normalises equal amounts written differently to one value", () => {
    expect(normalize(3.2, "亿元")).toEqual({ value: 320_000_000, unit: "元" });
    expect(normalize(32000, "万元")).toEqual({ value: 320_000_000, unit: "元" });
  });

  it("writes a normalised value in the text's unit", () => {
    expect(formatInUnit(350_000_000, "万元")).toBe("35000万元");
    expect(formatInUnit(350_000_000, "亿元")).toBe("3.5亿元");
    expect(formatInUnit(1, "不是单位")).toBeUndefined();
    expect(formatValue(0.1 + 0.2, "%")).toBe("0.3%");
  });

  it("prints numbers without exponent or float noise", () => {
    expect(plainNumber(1e21)).not.toMatch(/e/);
    expect(plainNumber(145999999.99999997)).toBe("146000000");
    expect(plainNumber(-2.5)).toBe("-2.5");
  });
});
