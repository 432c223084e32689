import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, createChecker } from "@tally/shared";

const PARAGRAPHS = [
  "桃溪镇2026年1-10月工作总结",
  "1-10月，全镇完成固定资产投资3.2亿元，同比增长8.5%。",
  "全镇户籍人口8632户30512人，其中农业人口6120户22480人、非农业人口2512户8032人。",
  "共排查问题37个，已整改32个，整改率89.2%。",
  "发放救助资金386万元，较去年同期的452万元增长14.6%。",
  "二、存在的问题",
  "固定资产投资虽完成3.5亿元，但新开工项目偏少。",
  "全镇党员1286名，其中农村党员1102名、机关党员156名、社区党员118名。",
  "城乡居民医保参保率达到103%。",
];

describe("figure-consistency with an incremental checker", () => {
  it("gives the same diagnostics as a fresh check after any sequence of paragraph edits", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(PARAGRAPHS.length - 1), fc.nat(PARAGRAPHS.length - 1)), { maxLength: 6 }), (edits) => {
        const options = { referenceDate: "2026-11-23" };
        const checker = createChecker(options);
        const paragraphs = [...PARAGRAPHS];
        checker.check(paragraphs.join("\n"));
        for (const [target, source] of edits) {
          paragraphs[target] = PARAGRAPHS[source]!;
          const text = paragraphs.join("\n");
          const incremental = checker.check(text).filter((d) => d.category === "figure-consistency");
          const fresh = check(text, options).filter((d) => d.category === "figure-consistency");
          expect(incremental).toEqual(fresh);
        }
      }),
      { numRuns: 60 },
    );
  });

  // Line edits (replace, insert, delete, duplicate a line) of a report whose outline stays: the
  // checker then carries its figure placements over from check to check. The checker's whole
  // sequence runs first; a fresh check in between would make it place every figure again.
  const EDIT = fc.oneof(
    fc.record({ op: fc.constant("replace" as const), at: fc.nat(), source: fc.nat(PARAGRAPHS.length - 1) }),
    fc.record({ op: fc.constant("insert" as const), at: fc.nat(), source: fc.nat(PARAGRAPHS.length - 1) }),
    fc.record({ op: fc.constant("delete" as const), at: fc.nat(), source: fc.constant(0) }),
    fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), source: fc.nat() }),
    fc.record({ op: fc.constant("renumber" as const), at: fc.nat(), source: fc.nat(9) }),
  );
  it("equals fresh checks after a checker's unbroken sequence of line edits", () => {
    fc.assert(
      fc.property(fc.array(EDIT, { minLength: 1, maxLength: 10 }), (edits) => {
        const options = { referenceDate: "2026-11-23" };
        const checker = createChecker(options);
        const lines = [...PARAGRAPHS];
        checker.check(lines.join("\n"));
        const walked: [string, unknown[]][] = [];
        for (const { op, at, source } of edits) {
          // the title (line 0) stays; edits land on the body
          const i = 1 + (at % lines.length);
          if (op === "replace" && i < lines.length) lines[i] = PARAGRAPHS[source]!;
          else if (op === "insert") lines.splice(i, 0, PARAGRAPHS[source]!);
          else if (op === "delete" && lines.length > 2 && i < lines.length) lines.splice(i, 1);
          else if (op === "duplicate") lines.splice(i, 0, lines[1 + (source % (lines.length - 1))]!);
          else if (op === "renumber" && i < lines.length) lines[i] = lines[i]!.replace(/\d/, String(source));
          const text = lines.join("\n");
          walked.push([text, checker.check(text)]);
        }
        for (const [text, incremental] of walked) expect(incremental).toEqual(check(text, options));
      }),
      { numRuns: 150 },
    );
  });

  it("finds the planted contradictions of the sample", () => {
    const found = check(PARAGRAPHS.join("\n"), { referenceDate: "2026-11-23" })
      .filter((d) => d.category === "figure-consistency")
      .map((d) => d.text);
    expect(found).toEqual(["89.2%", "14.6%", "3.5亿元", "1286名", "103%"]);
  });
});
