import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../shared/src/model/sentences";

/** The split by its definition, character by character. */
function referenceSplit(text: string): { from: number; to: number }[] {
  const ends = "。！？；!?…";
  const closers = "”’」』）)】…";
  const space = (i: number) => i < text.length && /\s/.test(text[i]!);
  const out: { from: number; to: number }[] = [];
  let start = 0;
  while (space(start)) start++;
  for (let i = 0; i < text.length; i++) {
    if (!ends.includes(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && closers.includes(text[end]!)) end++;
    if (end > start) out.push({ from: start, to: end });
    start = end;
    while (space(start)) start++;
    i = end - 1;
  }
  let to = text.length;
  while (to > start && /\s/.test(text[to - 1]!)) to--;
  if (to > start) out.push({ from: start, to });
  return out;
}

describe("splitSentences", () => {
  it.each([
    ["一是抓学习。二是抓落实！", [[0, 6], [6, 12]]],
    ["他说：“好。”然后走了", [[0, 7], [7, 11]]],
    ["  前有空格。  后有空格  ", [[2, 7], [9, 13]]],
    ["省略……接着说", [[0, 4], [4, 7]]],
    ["没有句末", [[0, 4]]],
    ["。", [[0, 1]]],
    ["\u3000", []],
  ])("%j", (text, spans) => {
    expect(splitSentences(text).map((s) => [s.from, s.to])).toEqual(spans);
  });

  it("agrees with the plain definition on random text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."甲乙。！？；!?…”’」』）)】 \u3000\t"), { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(splitSentences(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 3000 },
    );
  });
});
