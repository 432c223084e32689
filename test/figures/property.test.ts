import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures, formatInUnit, normalize } from "@tally/shared";
import { extractFigureFacts } from "../../shared/src/figures/extract";

/** Strings made of the characters figures are built from, so that the extractor's paths are hit. */
const figureish = fc
  .array(
    fc.constantFrom(
      ..."0123456789０１２３.．,，-—至到%％万亿元人户个名张余多近约超以上左右其中分别同比增长下降较去年同期上半年1-10月全镇村社区。；：、（）一二两三十百千“”率占的",
      "个百分点",
      "平方公里",
      "人次",
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));

describe("extraction properties", () => {
  it("never throws, and every figure's offsets are valid with raw === text.slice(from, to)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), figureish, fc.string({ unit: "binary", maxLength: 100 })), (text) => {
        for (const f of extractFigures(text)) {
          expect(f.from).toBeGreaterThanOrEqual(0);
          expect(f.to).toBeGreaterThan(f.from);
          expect(f.to).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.from, f.to)).toBe(f.raw);
          expect(Number.isFinite(f.normalized.value)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("orders figures by position without overlaps", () => {
    fc.assert(
      fc.property(figureish, (text) => {
        const figures = extractFigureFacts(text);
        for (let i = 1; i < figures.length; i++) expect(figures[i]!.from).toBeGreaterThanOrEqual(figures[i - 1]!.to);
      }),
      { numRuns: 800 },
    );
  });

  it("normalised values round-trip through formatting and extraction", () => {
    const units = ["元", "万元", "亿元", "亩", "万亩", "公顷", "人", "万人", "%", "个百分点", "平方公里", "吨", "户", "个"];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...units), (n, decimals, unit) => {
        const value = n / 10 ** decimals;
        const normalized = normalize(value, unit)!;
        const written = formatInUnit(normalized.value, unit)!;
        const [figure] = extractFigures(`全县完成${written}。`);
        expect(figure!.raw).toBe(written);
        expect(figure!.value).toBeCloseTo(value, 9);
        expect(figure!.normalized.unit).toBe(normalized.unit);
        expect(Math.abs(figure!.normalized.value - normalized.value)).toBeLessThanOrEqual(Math.abs(normalized.value) * 1e-12);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Arabic numbers read in place", () => {
  it("give exactly the value Number() gives the written digits", () => {
    const written = fc
      .tuple(fc.stringMatching(/^[0-9]{1,16}$/), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }))
      .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));
    fc.assert(
      fc.property(written, (digits) => {
        const [figure] = extractFigureFacts(`全县完成${digits}万元。`);
        expect(figure!.value).toBe(Number(digits));
        expect(figure!.decimals).toBe(digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0);
      }),
      { numRuns: 3000 },
    );
  });
});
