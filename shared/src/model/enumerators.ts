import { parseChineseNumeral } from "./numerals";
import type { Enumerator } from "./types";

/**
 * An enumeration word only counts at the start of a clause: after the paragraph start, a
 * punctuation mark, a space or a heading's closing bracket. This keeps 统一是, 之一是, 唯一是 and
 * 最后一公里 out.
 */
const CLAUSE_START = /[\s\u3000。；;，,：:、！？!?“”"‘’「」『』（）()【】\]\[—…]/;

const SHI = /[一二三四五六七八九十]{1,3}是/g;
const DI = /第([一二三四五六七八九十]{1,3})[，,、：:]/g;
const SEQUENCE = /(首先|其次|再次|最后)(?=[，,：:]|是)/g;
const SEQUENCE_ORDINAL: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: -1 };

function atClauseStart(text: string, index: number): boolean {
  return index === 0 || CLAUSE_START.test(text[index - 1]!);
}

/**
 * Finds inline enumeration items in a paragraph: 一是…二是… (several runs per paragraph allowed),
 * 第一，第二，… and 首先/其次/再次/最后. Spans cover the marker word (e.g. "二是", "第二，" minus
 * the comma, "其次").
 */
export function findEnumerators(text: string): Enumerator[] {
  const out: Enumerator[] = [];
  // Most sentences have none of the markers: skip the scans they cannot match.
  if (text.includes("是")) findShi(text, out);
  if (text.includes("第")) findDi(text, out);
  if (/首先|其次|再次|最后/.test(text)) findSequenceWords(text, out);
  return out.sort((a, b) => a.span.from - b.span.from);
}

function findShi(text: string, out: Enumerator[]): void {
  for (const m of text.matchAll(SHI)) {
    const start = m.index;
    const numeral = m[0].slice(0, -1);
    if (!atClauseStart(text, start)) continue;
    const ordinal = parseChineseNumeral(numeral);
    if (ordinal === undefined) continue;
    // 一是一，二是二 is an idiom, not a list.
    const after = text[start + m[0].length];
    if (after !== undefined && /[一二三四五六七八九十]/.test(after)) continue;
    out.push({ kind: "shi", ordinal, span: { from: start, to: start + m[0].length } });
  }
}

function findDi(text: string, out: Enumerator[]): void {
  for (const m of text.matchAll(DI)) {
    if (!atClauseStart(text, m.index)) continue;
    const ordinal = parseChineseNumeral(m[1]!);
    if (ordinal === undefined) continue;
    out.push({ kind: "di", ordinal, span: { from: m.index, to: m.index + m[0].length - 1 } });
  }
}

function findSequenceWords(text: string, out: Enumerator[]): void {
  for (const m of text.matchAll(SEQUENCE)) {
    if (!atClauseStart(text, m.index)) continue;
    out.push({ kind: "sequence-word", ordinal: SEQUENCE_ORDINAL[m[1]!]!, span: { from: m.index, to: m.index + m[1]!.length } });
  }
}
