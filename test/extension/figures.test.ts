import { describe, expect, it } from "vitest";
import type { SavedFigure } from "@tally/shared";
import { figureInsertText } from "../../extension/src/lint-framework/card";
import { figureLookup, figuresBefore } from "../../extension/src/lint-framework/figures";

const fig = (name: string, value: number, unit: string, period: string, aliases?: string[]): SavedFigure => ({ name, value, unit, period, ...(aliases ? { aliases } : {}) });

const saved = [
  fig("固定资产投资", 3.2, "亿元", "2026-01..2026-10", ["固投"]),
  fig("固定资产投资", 2.9, "亿元", "2025"),
  fig("投资", 100, "万元", "2026"),
  fig("农村居民人均可支配收入", 21500, "元", "2025"),
];

describe("figuresBefore: saved figures offered for a masked number", () => {
  it("offers the figure named right before the placeholder, longest name first", () => {
    const names = figuresBefore(saved, "1-10月完成固定资产投资").map((f) => `${f.name}@${f.period}`);
    expect(names[0]).toBe("固定资产投资@2026-01..2026-10");
    expect(names).toContain("投资@2026");
  });
  it("matches aliases", () => {
    expect(figuresBefore(saved, "完成固投").map((f) => f.name)).toContain("固定资产投资");
  });
  it("offers nothing when no saved name is in the words before", () => {
    expect(figuresBefore(saved, "全镇户籍人口")).toEqual([]);
  });
});

describe("figureLookup: the engine's synchronous lookup", () => {
  const lookup = figureLookup(saved);
  it("finds by name and period", () => expect(lookup.lookup("固定资产投资", "2025")?.value).toBe(2.9));
  it("finds the latest period without one", () => expect(lookup.lookup("固定资产投资")?.period).toBe("2026-01..2026-10"));
  it("resolves aliases", () => expect(lookup.lookup("固投")?.value).toBe(3.2));
  it("returns undefined for unknown names", () => expect(lookup.lookup("财政收入")).toBeUndefined());
});

describe("figureInsertText", () => {
  it("leaves out the unit the text already has after the placeholder", () => expect(figureInsertText(saved[0]!, "亿元，同比")).toBe("3.2"));
  it("adds the unit otherwise", () => expect(figureInsertText(saved[0]!, "，同比")).toBe("3.2亿元"));
});
