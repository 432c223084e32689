import { describe, expect, it } from "vitest";
import { check, createChecker } from "@tally/shared";
import { generateReport } from "../fixtures/generate-report.mjs";

/**
 * Inputs that make careless regexes or quadratic loops blow up. These tests only require that the
 * check finishes and keeps the offset contract; how time grows with size is measured by
 * `npm run bench` (no timing asserts here).
 */
const cases: [string, () => string][] = [
  ["100k “*”", () => "*".repeat(100_000)],
  ["100k “＊” with a unit after", () => "＊".repeat(100_000) + "万元"],
  ["“xX” repeated 50k times", () => "xX".repeat(50_000)],
  ["“XX镇” repeated 20k times", () => "XX镇".repeat(20_000)],
  ["10k “一是”", () => "一是".repeat(10_000)],
  ["10k “一是…” clauses", () => Array.from({ length: 10_000 }, (_, i) => `一是推进${i}项工作`).join("；")],
  ["10k headings “一、” on separate lines", () => "一、工作\n".repeat(10_000)],
  ["10k “（一）” in one line", () => "（一）".repeat(10_000)],
  ["a 1M-character line of report text", () => generateReport(1_000_000, { seed: 5 }).replace(/\r?\n/g, "")],
  ["1M “。”", () => "。".repeat(1_000_000)],
  ["1M digits", () => "7".repeat(1_000_000)],
  ["200k newlines", () => "\n".repeat(200_000)],
  ["the same sentence 20k times", () => "社会经济快速发展。".repeat(20_000)],
];

describe("pathological paragraphs finish", () => {
  it.each(cases)("%s", (_name, make) => {
    const text = make();
    const list = check(text, { referenceDate: "2026-11-23" });
    for (const d of list) {
      expect(d.from >= 0 && d.to > d.from && d.to <= text.length).toBe(true);
      expect(d.text).toBe(text.slice(d.from, d.to));
    }
  }, 120_000);

  it("re-checks a 1M-character report after a one-paragraph edit", () => {
    const text = generateReport(1_000_000, { seed: 9 });
    const checker = createChecker({ referenceDate: "2026-11-23" });
    checker.check(text);
    const edited = text.replace("（5000）", "（5000）新增就业xx人。");
    expect(checker.check(edited)).toEqual(check(edited, { referenceDate: "2026-11-23" }));
  }, 120_000);
});
