import { parseChineseNumeral } from "./numerals";
import type { Enumerator } from "./types";

/**
 * An enumeration word only counts at the start of a clause: after the paragraph start, a
 * punctuation mark, a space or a heading's closing bracket. This keeps 统一是, 之一是, 唯一是 and
 * 最后一公里 out.
 */
const CLAUSE_START = /[\s\u3000。；;，,：:、！？!?“”"‘’「」『』（）()【】\]\[—…]/;

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
  if (text.includes("是")) findShi(text, out, "是");
  if (text.includes("要")) findYao(text, out);
  if (text.includes("第")) findDi(text, out);
  if (/首先|其次|再次|最后/.test(text)) findSequenceWords(text, out);
  return out.sort((a, b) => a.span.from - b.span.from);
}

/** 一 … 十: the numerals of markers. */
function isNumeral(c: number): boolean {
  return (
    c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341
  );
}

/** Words 要 starts that are not a list's 要 (三要素, 一要求 …). */
const YAO_WORD = /^要(?:素|件|求|点|闻|害|塞|务|案|员|地|道|领|义|事|职|紧|么|不|是|知|数)/;

/**
 * The matches of /[一二三四五六七八九十]{1,3}是/g (or 要: 一要…二要…, the same kind of list, in
 * speeches and plans), found from each 是 (most 是 follow no numeral: 但是, 就是), without a regex
 * run over every paragraph that holds one. A match is the last one to three numerals before a 是.
 */
function findShi(text: string, out: Enumerator[], word: "是" | "要"): void {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let start = at;
    while (start > 0 && at - start < 3 && isNumeral(text.charCodeAt(start - 1))) start--;
    if (start === at || !atClauseStart(text, start)) continue;
    if (word === "要" && YAO_WORD.test(text.slice(at, at + 2))) continue;
    const ordinal = parseChineseNumeral(text.slice(start, at));
    if (ordinal === undefined) continue;
    // 一是一，二是二 is an idiom, not a list.
    if (at + 1 < text.length && isNumeral(text.charCodeAt(at + 1))) continue;
    out.push({ kind: "shi", ordinal, span: { from: start, to: at + 1 } });
  }
}

/**
 * 一要…二要… items, only where such a list is plainly meant: the paragraph holds its 一要, or opens
 * with an item (a list of one item per paragraph). A quoted “四要” names a rule, not an item.
 */
function findYao(text: string, out: Enumerator[]): void {
  const found: Enumerator[] = [];
  findShi(text, found, "要");
  const lead = text.length - text.trimStart().length;
  const plain = found.filter((e) => !QUOTES.has(text.charAt(e.span.from - 1)) && !QUOTES.has(text.charAt(e.span.to)));
  if (!plain.some((e) => e.ordinal === 1 || e.span.from === lead)) return;
  for (const e of plain) out.push(e);
}

const QUOTES = new Set(["“", "”", "\"", "「", "」", "‘", "’", "『", "』"]);

/** ，,、：: after 第N. */
function isDiPunctuation(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0x3001 || c === 0xff1a || c === 0x3a;
}

/** The matches of /第([一二三四五六七八九十]{1,3})[，,、：:]/g, found from each 第: 第N then the mark. */
function findDi(text: string, out: Enumerator[]): void {
  for (let at = text.indexOf("第"); at >= 0; at = text.indexOf("第", at + 1)) {
    let end = at + 1;
    while (end < text.length && end - at <= 3 && isNumeral(text.charCodeAt(end))) end++;
    const digits = end - at - 1;
    if (digits < 1 || digits > 3 || end >= text.length || !isDiPunctuation(text.charCodeAt(end))) continue;
    if (!atClauseStart(text, at)) continue;
    const ordinal = parseChineseNumeral(text.slice(at + 1, end));
    if (ordinal === undefined) continue;
    out.push({ kind: "di", ordinal, span: { from: at, to: end } });
  }
}

function findSequenceWords(text: string, out: Enumerator[]): void {
  for (const m of text.matchAll(SEQUENCE)) {
    if (!atClauseStart(text, m.index)) continue;
    out.push({ kind: "sequence-word", ordinal: SEQUENCE_ORDINAL[m[1]!]!, span: { from: m.index, to: m.index + m[1]!.length } });
  }
}
