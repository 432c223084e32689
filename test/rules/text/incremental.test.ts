import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, createChecker } from "@tally/shared";

// Lines that exercise the masked, duplicate and boilerplate rules, including their cross-line parts.
const LINES = [
  "XX镇2026年工作总结",
  "全镇完成投资xx亿元，同比增长xx%。",
  "全镇完成投资xx亿元，同比增长xx%。",
  "仅供学习 禁止外传",
  "海量范本 随时更新",
  "加入会员群：12345678",
  "要进一步进一步压实责任。",
  "社会经济快速发展。社会经济快速发展。",
  "加强**建工作，共有党员**名。",
  "",
];

describe("masked, duplicate and boilerplate under incremental checking", () => {
  it("give the same diagnostics as a fresh check after each edit", () => {
    const options = { referenceDate: "2026-11-23" };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...LINES)), { maxLength: 6 }),
        (lines, edits) => {
          const checker = createChecker(options);
          const doc = [...lines];
          checker.check(doc.join("\n"));
          for (const [at, line] of edits) {
            doc[at % doc.length] = line;
            const text = doc.join("\n");
            expect(checker.check(text)).toEqual(check(text, options));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
