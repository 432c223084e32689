import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../shared/src/model/paragraphs";

/** Lines by their definition: \r\n, \r, \n, U+2028 and U+2029 end a line; blank lines are dropped. */
function referenceLines(text: string): { from: number; to: number; text: string }[] {
  const out: { from: number; to: number; text: string }[] = [];
  const re = /\r\n|[\r\n\u2028\u2029]/g;
  let start = 0;
  for (const m of [...text.matchAll(re), { index: text.length, 0: "" }]) {
    const line = text.slice(start, m.index);
    if (!/^[ \t\u3000\u00a0\ufeff]*$/.test(line)) out.push({ from: start, to: m.index!, text: line });
    start = m.index! + m[0].length;
  }
  return out;
}

describe("splitParagraphs (property)", () => {
  const parts = fc.constantFrom("工作", "好", "一、", " ", "\u3000", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029", "\ufeff");
  it("agrees with the line definition, with and without \\r and the Unicode separators", () => {
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (list) => {
        const text = list.join("");
        expect(splitParagraphs(text)).toEqual(referenceLines(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps exact offsets on a plain \\n text", () => {
    expect(splitParagraphs("标题\n\n  \n正文一。\n正文二。")).toEqual([
      { from: 0, to: 2, text: "标题" },
      { from: 7, to: 11, text: "正文一。" },
      { from: 12, to: 16, text: "正文二。" },
    ]);
  });
});
