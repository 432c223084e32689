import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, createChecker } from "@tally/shared";

// Every line draws diagnostics of some rule (figures, masked, stale, numbering, duplicate), so an
// edit that moves lines moves many kept findings: the checker must move them exactly.
const LINES = [
  "桃溪镇2026年1-10月工作总结",
  "一、主要工作成效",
  "1-10月，全镇完成固定资产投资3.2亿元，同比增长8.5%。",
  "共排查问题37个，已整改32个，整改率89.2%。",
  "发放救助资金386万元，较去年同期的452万元增长14.6%。",
  "全镇党员1286名，其中农村党员1102名、机关党员156名、社区党员118名。",
  "城乡居民医保参保率达到103%。",
  "三、存在的问题",
  "固定资产投资虽完成3.5亿元，但新开工项目偏少。",
  "全年帮扶XX户，落实资金××万元，深入学习贯彻党的十九大精神。",
  "一是加强组织领导，二是完善工作机制，四是强化督导考核。",
  "狠抓安全生产，落实主体责任，落实主体责任。",
];

const edit = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(20), line: fc.nat(LINES.length - 1) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(20), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("split" as const), at: fc.nat(20), cut: fc.nat(30) }),
  fc.record({ kind: fc.constant("blank" as const), at: fc.nat(20) }),
);

describe("createChecker when edits move the lines after them", { timeout: 120_000 }, () => {
  it("equals a fresh check after inserting, deleting and splitting lines", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const options = { referenceDate: "2026-11-23" };
        const checker = createChecker(options);
        const lines = [...LINES];
        checker.check(lines.join("\n"));
        for (const e of edits) {
          const at = e.at % (lines.length + 1);
          if (e.kind === "insert") lines.splice(at, 0, LINES[e.line]!);
          else if (e.kind === "delete") lines.splice(at, e.count);
          else if (e.kind === "blank") lines.splice(at, 0, "");
          else {
            const line = lines[at] ?? "";
            const cut = e.cut % (line.length + 1);
            lines.splice(at, 1, line.slice(0, cut), line.slice(cut));
          }
          const text = lines.join("\n");
          expect(checker.check(text)).toEqual(check(text, options));
        }
      }),
      { numRuns: 80 },
    );
  });

  it("has findings of every kind in the sample, so the comparison above means something", () => {
    const categories = new Set(check(LINES.join("\n"), { referenceDate: "2026-11-23" }).map((d) => d.category));
    expect([...categories].sort()).toEqual(["duplicate", "figure-consistency", "masked-number", "numbering", "stale-phrase"]);
  });
});
