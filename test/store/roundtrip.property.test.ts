import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type FigureInput, type SavedFigure } from "@tally/shared/store";
import { openTestStore } from "./helpers";

const withoutId = ({ id: _id, ...rest }: SavedFigure) => rest;

/** Text users type: Chinese, Latin, digits, punctuation a CSV must quote (comma, quote, newline). */
const cellChar = fc.constantFrom(..."固定资产投资财政收入城关镇河西乡统计局月报ABCxyz0123 ,\"'\n（）()-—.%=+");
const text = (max: number) => fc.string({ unit: cellChar, maxLength: max });
const name = text(12).filter((s) => s.trim() !== "");
const aliasChar = fc.constantFrom(..."固投财收ABC12 ");
const alias = fc.string({ unit: aliasChar, minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== "");

const period = fc.oneof(
  fc.integer({ min: 2000, max: 2100 }).map(String),
  fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom("H1", "H2", "Q1", "Q2", "Q3", "Q4")).map(([y, p]) => `${y}-${p}`),
  fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 11 })).map(
    ([y, m, span]) => `${y}-${String(m).padStart(2, "0")}..${y}-${String(Math.min(12, m + span)).padStart(2, "0")}`,
  ),
);

const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
);

const figureInput: fc.Arbitrary<FigureInput> = fc.record(
  {
    name,
    value,
    unit: fc.constantFrom("亿元", "万元", "元", "%", "个", "万人", ""),
    period,
    region: text(6),
    source: text(8),
    aliases: fc.array(alias, { maxLength: 3 }),
    note: text(20),
  },
  { requiredKeys: ["name", "value", "unit", "period"] },
);

describe("export → import round trip", () => {
  test.each(["csv", "json"] as const)("%s gives back the same figures", async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.array(figureInput, { maxLength: 8 }), async (inputs) => {
        const source = await openTestStore();
        const target = await openTestStore();
        try {
          for (const input of inputs) await source.save(input);
          const exported = await source.exportText(format);
          const result = await target.importText(exported, { format });
          expect(result.rejected).toEqual([]);
          const original = (await source.all()).map(withoutId);
          expect((await target.all()).map(withoutId)).toEqual(original);
          // And the export of the copy is byte-identical.
          expect(await target.exportText(format)).toBe(exported);
        } finally {
          source.close();
          target.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
