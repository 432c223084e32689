import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEnumerators } from "../../shared/src/model/enumerators";
import { parseChineseNumeral } from "../../shared/src/model/numerals";

const show = (text: string) => findEnumerators(text).map((e) => [e.kind, e.ordinal, text.slice(e.span.from, e.span.to)]);

describe("findEnumerators", () => {
  it.each<[string, (string | number)[][]]>([
    ["一是加强领导。二是完善制度；三是狠抓落实。", [["shi", 1, "一是"], ["shi", 2, "二是"], ["shi", 3, "三是"]]],
    ["（二）项目建设。一是抓开工，二是抓投产。", [["shi", 1, "一是"], ["shi", 2, "二是"]]],
    ["重点抓好：十是环境整治，十一是安全生产。", [["shi", 10, "十是"], ["shi", 11, "十一是"]]],
    ["首先，统一思想；其次，明确责任；再次，强化督查；最后，严格考核。", [["sequence-word", 1, "首先"], ["sequence-word", 2, "其次"], ["sequence-word", 3, "再次"], ["sequence-word", -1, "最后"]]],
    ["第一，坚持党的领导。第二，坚持人民至上。", [["di", 1, "第一"], ["di", 2, "第二"]]],
    ["一是抓学习，二是抓落实。另一方面，一是强基础，二是补短板。", [["shi", 1, "一是"], ["shi", 2, "二是"], ["shi", 1, "一是"], ["shi", 2, "二是"]]],
  ])("%s", (text, want) => {
    expect(show(text)).toEqual(want);
  });

  it.each([
    "思想统一是做好工作的前提。",
    "这是全县唯一是获此殊荣的乡镇。",
    "问题之一是资金不足。",
    "坚持一是一、二是二的工作作风。",
    "打通服务群众最后一公里。",
    "首先要明确的是目标。", // 首先 without a comma is an adverb here
    "第一书记驻村工作扎实。",
    "全镇第一季度实现开门红。",
  ])("finds nothing in: %s", (text) => {
    expect(findEnumerators(text)).toEqual([]);
  });
});

describe("findEnumerators agrees with the regex definition (property)", () => {
  // The markers as regexes (what the scans from each 是 and 第 must find), with the same checks after.
  const CLAUSE_START = /[\s\u3000。；;，,：:、！？!?“”"‘’「」『』（）()【】\]\[—…]/;
  const atStart = (text: string, i: number) => i === 0 || CLAUSE_START.test(text[i - 1]!);
  function reference(text: string): [string, number, number, number][] {
    const out: [string, number, number, number][] = [];
    for (const m of text.matchAll(/[一二三四五六七八九十]{1,3}是/g)) {
      const ordinal = parseChineseNumeral(m[0].slice(0, -1));
      const after = text[m.index + m[0].length];
      if (!atStart(text, m.index) || ordinal === undefined || (after !== undefined && /[一二三四五六七八九十]/.test(after))) continue;
      out.push(["shi", ordinal, m.index, m.index + m[0].length]);
    }
    for (const m of text.matchAll(/第([一二三四五六七八九十]{1,3})[，,、：:]/g)) {
      const ordinal = parseChineseNumeral(m[1]!);
      if (!atStart(text, m.index) || ordinal === undefined) continue;
      out.push(["di", ordinal, m.index, m.index + m[0].length - 1]);
    }
    return out.sort((a, b) => a[2] - b[2]);
  }
  const alphabet = fc.constantFrom(..."一二三四十是第，,、：:。工作的 ");
  it("on random text of numerals, 是, 第 and marks", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        const found = findEnumerators(text)
          .filter((e) => e.kind !== "sequence-word")
          .map((e) => [e.kind, e.ordinal, e.span.from, e.span.to]);
        expect(found).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
