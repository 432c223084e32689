import { describe, expect, it } from "vitest";
import { report, stale, Y2026 } from "./helpers";

// 过渡期“四个不摘” is one phrase: the flag covers both words, so it meets a mark on either.
describe("stale-phrase/transition-period: the span", () => {
  it.each<[string, string]>([
    ["严格落实过渡期“四个不摘”要求。", "过渡期“四个不摘”"],
    ["落实过渡期四个不摘要求。", "过渡期四个不摘"],
    ["坚持“四个不摘”，守牢底线。", "“四个不摘”"],
    ["过渡期内保持主要帮扶政策总体稳定。", "过渡期内"],
  ])("%s", (body, flagged) => {
    expect(stale(report(Y2026, body)).map((d) => d.text)).toEqual([flagged]);
  });

  it("leaves the same words in a 2024 report", () => {
    expect(stale(report("东湖镇2024年工作总结", "严格落实过渡期“四个不摘”要求。"))).toEqual([]);
  });
});
