import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";

// Each text is far beyond real reports; a quadratic step would take minutes here, linear ones a moment.
const structure = (text: string) =>
  check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "numbering" || d.category === "missing-section");

describe("structure rules on pathological text", () => {
  it.each<[string, string]>([
    ["10k 一是 in one paragraph", "青石镇2026年工作总结\n" + "一是".repeat(10_000)],
    ["one line of 200k spaces before a word", "青石镇2026年工作总结\n" + " ".repeat(200_000) + "x"],
    ["one 1M-character line", "青石镇2026年工作总结\n一、" + "全镇工作稳步推进，".repeat(100_000)],
    ["20k headings in sequence", "青石镇2026年工作总结\n" + Array.from({ length: 20_000 }, (_, i) => `${i % 99 + 1}.项目`).join("\n")],
  ])("%s", (_name, text) => {
    for (const d of structure(text)) {
      expect(d.to).toBeGreaterThan(d.from);
      expect(d.text).toBe(text.slice(d.from, d.to));
    }
  });

  it("flags only the real gap among 10k enumerations", () => {
    const text = "青石镇2026年工作总结\n一、主要工作\n" + "一是抓学习，二是抓落实。".repeat(5_000) + "一是抓学习，三是抓落实。";
    expect(structure(text).map((d) => d.text)).toEqual(["三是"]);
  });
});
