import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";

// Quadratic work would time these out; the assertions check that every phrase is still seen.
describe("stale-phrase on pathological paragraphs", () => {
  it("reads one endless sentence full of phrases", () => {
    const n = 40_000;
    const text = `东湖镇2026年工作总结\n${"美丽乡村".repeat(n)}`;
    const found = check(text, { referenceDate: "2026-11-23" }).filter((d) => d.ruleId === "stale-phrase/beautiful-countryside");
    expect(found).toHaveLength(n);
  });

  it("reads a paragraph of many short sentences, each with a phrase", () => {
    const n = 20_000;
    const text = `东湖镇2026年工作总结\n${"深入推进扫黑除恶专项斗争。".repeat(n)}`;
    const found = check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "stale-phrase");
    expect(found).toHaveLength(n);
  });

  it("reads a million-character line without phrases", () => {
    const text = `东湖镇2026年工作总结\n${"十九届乡村振兴贫困".repeat(111_112)}`;
    expect(check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "stale-phrase")).toEqual([]);
  });
});
