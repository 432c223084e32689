import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";
import { scanPlaceholders } from "../../../shared/src/rules/masked/placeholders";

describe("scanPlaceholders", () => {
  it("tells a sensitive-word mask from a placeholder without reporting it", () => {
    const text = "加强**建工作，全镇共有党员**名。";
    const tokens = scanPlaceholders(text);
    const gap = text.indexOf("**名");
    expect(tokens.map((t) => [t.kind, t.from, t.to])).toEqual([
      ["masked-word", 2, 4],
      ["number", gap, gap + 2],
    ]);
  });

  it("keeps tokens ordered and disjoint", () => {
    const text = "XX镇XX村*户*人，X.X亿元，202X年X月X日，××乡□□个村";
    const tokens = scanPlaceholders(text);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.from).toBeGreaterThanOrEqual(tokens[i - 1]!.to);
    expect(tokens.map((t) => text.slice(t.from, t.to))).toEqual(["XX", "XX", "*", "*", "X.X", "X", "X", "X", "××", "□□"]);
  });

  it("returns in-bounds, ordered tokens made of placeholder characters for any text", () => {
    const alphabet = [..."Xx×*＊□○〇某.0123456789 、，。镇村个万元%年月日中全会届大五党的以为“”【】[]增长共计同志APPG*"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join("");
        let end = 0;
        for (const t of scanPlaceholders(text)) {
          expect(t.from).toBeGreaterThanOrEqual(end);
          expect(t.to).toBeGreaterThan(t.from);
          expect(t.to).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.from, t.to)).toMatch(/^[XxＸｘ×*＊□○〇◯某]+(?:[.．][XxＸｘ×*＊□○〇◯]+)?$/);
          end = t.to;
        }
      }),
      { numRuns: 500 },
    );
  });

  // Pathological inputs: each must complete (linear scan); counting the output proves it ran.
  it("finishes on 100k asterisks, a long xX run and a 1M-character line", () => {
    expect(scanPlaceholders("*".repeat(100_000))).toEqual([]);
    expect(scanPlaceholders("xX".repeat(50_000))).toEqual([]);
    const line = "全年新增就业xx人，".repeat(100_000);
    expect(line.length).toBe(1_000_000);
    expect(scanPlaceholders(line)).toHaveLength(100_000);
    const stars = "*、".repeat(200_000);
    expect(scanPlaceholders(stars).length).toBe(0);
    const lead = " ".repeat(100_000) + "共*个，".repeat(50_000);
    expect(scanPlaceholders(lead)).toHaveLength(50_000);
  }, 60_000);

  it("checks a whole pathological document through the engine", () => {
    const text = ["*".repeat(100_000), "xX".repeat(50_000), "某".repeat(10_000), "□".repeat(10_000)].join("\n");
    const ds = check(text, { referenceDate: "2026-11-23" });
    expect(ds.filter((d) => d.category.startsWith("masked"))).toEqual([]);
  }, 60_000);
});
