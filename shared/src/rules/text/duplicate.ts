import type { ParagraphAnalysis } from "../../model/types";
import { defineRule } from "../types";
import type { Finding } from "../types";

/** A repeat inside one paragraph, in paragraph-relative offsets. */
export interface RepeatFact {
  kind: "sentence" | "clause" | "word" | "char";
  /** The second copy: what the diagnostic covers. */
  from: number;
  to: number;
  /** What the fix deletes (the copy with the separator before it). */
  deleteFrom: number;
  deleteTo: number;
}

export interface DuplicateFacts {
  repeats: RepeatFact[];
  /** The paragraph's text without surrounding spaces, when long enough to compare with a neighbour. */
  comparable?: string;
  /**
   * A hash of `comparable` (0 without one): neighbours are compared by it first, so the pass over a
   * long report reads one number per paragraph rather than two strings.
   */
  comparableKey: number;
}

/** The repeats of every paragraph without any (shared: the report pass tests it by identity). */
const NO_REPEATS: RepeatFact[] = Object.freeze([]) as unknown as RepeatFact[];

/** FNV-1a over UTF-16 code units, never 0 (0 stands for "nothing to compare"). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

/** Fewer meaningful characters than this and a repeat may be deliberate (好！好！). */
const MIN_SENTENCE = 5;
const MIN_CLAUSE = 6;
/** A paragraph repeated as a whole must read as prose, not a table cell (合计, 是). */
const MIN_PARAGRAPH = 8;
const FULLWIDTH_COMMA = 0xff0c; // ，
const ASCII_COMMA = 0x2c; // ,
/** 。！？；!?;…”’」）) : what may close a clause besides spaces, by code. */
function isClosingCode(c: number): boolean {
  return (
    c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b ||
    c === 0x2026 || c === 0x201d || c === 0x2019 || c === 0x300d || c === 0xff09 || c === 0x29
  );
}

/** Exactly the characters /\s/ matches, by code (no string per character). */
function isSpaceCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether text[a, a+len) and text[b, b+len) hold the same characters. */
function sameSpan(text: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** Whether text[from, to) holds at least `min` Han characters, digits or Latin letters (stops there). */
function meaningfulAtLeast(text: string, from: number, to: number, min: number): boolean {
  let n = 0;
  for (let i = from; i < to && n < min; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) n++;
  }
  return n >= min;
}

/**
 * 的的 typed twice. Only this doubling is clearly wrong often enough to report, and not in 目的的,
 * 有的的, 众矢之的的 (的 as a noun) or 的的确确 (的确 reduplicated).
 */
function doubledDe(text: string, out: RepeatFact[]): void {
  for (let i = text.indexOf("的的"); i >= 0; i = text.indexOf("的的", i + 2)) {
    const before = text[i - 1];
    if (before === "目" || before === "有" || before === "之" || before === "端" || before === "标") continue;
    if (text[i + 2] === "确") continue;
    out.push({ kind: "char", from: i + 1, to: i + 2, deleteFrom: i + 1, deleteTo: i + 2 });
  }
}

const MIN_WORD = 3;
const MAX_WORD = 12;

function isHanCode(c: number): boolean {
  // One unsigned comparison per block: U+4E00–U+9FFF, then U+3400–U+4DBF.
  return (c - 0x4e00) >>> 0 <= 0x9fff - 0x4e00 || (c - 0x3400) >>> 0 <= 0x4dbf - 0x3400;
}

function isHanAt(text: string, i: number): boolean {
  return isHanCode(text.charCodeAt(i));
}

/** Whether text[from, from+len) repeats a shorter unit (研究研究, 哈哈哈): natural reduplication. */
function isPeriodic(text: string, from: number, len: number): boolean {
  for (let p = 1; p <= len >> 1; p++) {
    if (len % p) continue;
    let k = p;
    while (k < len && text.charCodeAt(from + k) === text.charCodeAt(from + k - p)) k++;
    if (k === len) return true;
  }
  return false;
}

/**
 * Scratch tables for doubledWords. lastAt holds, per hashed code unit, base + the last position seen
 * (entries below the current base belong to earlier calls, so nothing is cleared between
 * paragraphs; 4K entries stay in the first-level cache). nextSame holds, per position, the next
 * position whose character has the same hash. Reused across calls; doubledWords is not re-entrant.
 */
const HASH_MASK = 0xfff;
const lastAt = new Int32Array(HASH_MASK + 1);
/** Per hashed pair of Han characters, base + the last position it started at (see hasNearRepeatedPair). */
const pairLastAt = new Int32Array(HASH_MASK + 1);
let base = 1;
let nextSame = new Int32Array(1024);

/** A fresh base for a pass over `n` positions (both tables are cleared when the stamps run out). */
function takeBase(n: number): number {
  if (base > 0x3fffffff - n) {
    lastAt.fill(0);
    pairLastAt.fill(0);
    base = 1;
  }
  const b = base;
  base += n + 1;
  return b;
}

/**
 * Whether some pair of Han characters recurs within MAX_WORD positions inside one run of Han
 * characters. A doubled word is such a run and its first two characters recur (进一步进一步: 进一 …
 * 进一), so most paragraphs, which have no such near repeat, skip the chain building of doubledWords.
 * One forward pass, no clearing (stamped like lastAt).
 */
function hasNearRepeatedPair(text: string): boolean {
  const n = text.length;
  const b = takeBase(n);
  const last = pairLastAt;
  // Stamp of the current run's first position: pairs seen before it are in another run.
  let runStart = b;
  let prev = text.charCodeAt(0);
  let prevHan = isHanCode(prev);
  for (let j = 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (!isHanCode(c)) {
      prevHan = false;
      continue;
    }
    if (!prevHan) {
      runStart = b + j;
    } else {
      const h = ((prev << 6) ^ c) & HASH_MASK;
      const seen = last[h]!;
      if (seen >= runStart && b + j - 1 - seen <= MAX_WORD) return true;
      last[h] = b + j - 1;
    }
    prev = c;
    prevHan = true;
  }
  return false;
}

/**
 * A word of 3 to 12 Han characters typed twice with nothing between (进一步进一步加强). Two-character
 * doublings are left alone: verbs reduplicate that way (研究研究, 学习学习). Linear: each position
 * follows the next occurrences of its character up to 12 ahead (a chain of same-hash positions
 * prepared in one backward pass), shortest length first, and a run of one character is skipped at once.
 */
function doubledWords(text: string, out: RepeatFact[]): void {
  const n = text.length;
  if (n < 2 * MIN_WORD) return;
  if (!hasNearRepeatedPair(text)) return;
  if (nextSame.length < n) nextSame = new Int32Array(Math.max(n, nextSame.length * 2));
  const b = takeBase(n);
  const chain = nextSame;
  const last = lastAt;
  for (let j = n - 1; j >= 0; j--) {
    const h = text.charCodeAt(j) & HASH_MASK;
    const next = last[h]!;
    // Links further than a word's length are never followed: cut them here.
    chain[j] = next >= b && next - b - j <= MAX_WORD ? next - b : -1;
    last[h] = b + j;
  }
  for (let i = 0; i + 2 * MIN_WORD <= n; i++) {
    // Most positions have no same character within a word's length after them.
    if (chain[i]! < 0) continue;
    const c = text.charCodeAt(i);
    if (!isHanAt(text, i)) continue;
    if (text.charCodeAt(i + 1) === c) continue;
    for (let j = chain[i]!; j >= 0; j = chain[j]!) {
      const len = j - i;
      if (len > MAX_WORD || i + 2 * len > n) break;
      if (len < MIN_WORD || text.charCodeAt(j) !== c) continue;
      let k = 1;
      while (k < len && isHanAt(text, i + k) && text.charCodeAt(i + k) === text.charCodeAt(i + len + k)) k++;
      if (k < len || isPeriodic(text, i, len)) continue;
      out.push({ kind: "word", from: i + len, to: i + 2 * len, deleteFrom: i + len, deleteTo: i + 2 * len });
      i += 2 * len - 1;
      break;
    }
  }
}

function nextIndex(text: string, sub: string, from: number): number {
  const at = text.indexOf(sub, from);
  return at < 0 ? text.length : at;
}

/** Finds repeated sentences, clauses, words and doubled 的 in one paragraph. */
export function scanRepeats(paragraph: ParagraphAnalysis): DuplicateFacts {
  const { text, sentences } = paragraph;
  const repeats: RepeatFact[] = [];
  // Next ， and , at or after the current position (text.length when none).
  let wide = -1;
  let narrow = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // Not sentences[-1]: an out-of-bounds read takes V8's slow path.
    const prev = i > 0 ? sentences[i - 1] : undefined;
    if (prev && s.to - s.from === prev.to - prev.from && sameSpan(text, s.from, prev.from, s.to - s.from) && meaningfulAtLeast(text, s.from, s.to, MIN_SENTENCE)) {
      repeats.push({ kind: "sentence", from: s.from, to: s.to, deleteFrom: prev.to, deleteTo: s.to });
      continue;
    }
    // Clauses of this sentence, separated by ， or , (found with indexOf, remembered across sentences).
    let start = s.from;
    // The previous clause's body; lastFrom < 0 before the first clause.
    let lastFrom = -1;
    let lastTo = -1;
    let k = s.from;
    for (;;) {
      if (wide < k) wide = nextIndex(text, "，", k);
      if (narrow < k) narrow = nextIndex(text, ",", k);
      k = Math.min(wide, narrow, s.to);
      // The clause without closing punctuation and spaces by index: no strings, and a loop, not a regex that could backtrack.
      let bodyTo = k;
      while (bodyTo > start && (isClosingCode(text.charCodeAt(bodyTo - 1)) || isSpaceCode(text.charCodeAt(bodyTo - 1)))) bodyTo--;
      let bodyFrom = start;
      while (bodyFrom < bodyTo && isSpaceCode(text.charCodeAt(bodyFrom))) bodyFrom++;
      const length = bodyTo - bodyFrom;
      // An empty clause never repeats (it has no meaningful characters), so its span is never used.
      if (lastFrom >= 0 && length > 0 && lastTo - lastFrom === length && sameSpan(text, bodyFrom, lastFrom, length) && meaningfulAtLeast(text, bodyFrom, bodyTo, MIN_CLAUSE)) {
        // Delete from the separator after the first copy to the end of the second.
        repeats.push({ kind: "clause", from: bodyFrom, to: bodyTo, deleteFrom: lastTo, deleteTo: bodyTo });
      }
      lastFrom = bodyFrom;
      lastTo = bodyTo;
      start = k + 1;
      if (k >= s.to) break;
      k++;
    }
  }
  doubledDe(text, repeats);
  doubledWords(text, repeats);
  repeats.sort((a, b) => a.from - b.from);
  const found = repeats.length === 0 ? NO_REPEATS : repeats;
  // text.trim() by index (it strips exactly the \s characters), copied only when it is kept.
  let from = 0;
  let to = text.length;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (!meaningfulAtLeast(text, from, to, MIN_PARAGRAPH) || !(to - from >= 16 || /[，。；！？]/.test(text))) return { repeats: found, comparable: undefined, comparableKey: 0 };
  const comparable = from === 0 && to === text.length ? text : text.slice(from, to);
  return { repeats: found, comparable, comparableKey: hashOf(comparable) };
}

const MESSAGES: Record<RepeatFact["kind"], string> = {
  sentence: "句子重复：与前一句完全相同，请删除重复的一句",
  clause: "分句重复：与前一分句完全相同，请删除重复部分",
  word: "词语重复：同一词语连续出现两次，疑为多打，请删除一处",
  char: "“的的”疑为多打了一个“的”，请删除一个",
};

/**
 * duplicate: a sentence, clause or paragraph repeated back to back (社会经济快速发展。社会经济快速发展。),
 * the trace of a paste done twice. The second copy is flagged, with a fix that deletes it.
 */
export const duplicate = defineRule<DuplicateFacts>({
  meta: {
    id: "duplicate",
    category: "duplicate",
    severity: "warning",
    description: "重复内容：相邻的句子、分句或段落完全相同",
  },
  scan: scanRepeats,
  report(report, facts) {
    const out: Finding[] = [];
    let previousKey = 0;
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!;
      const key = f.comparableKey;
      if (f.repeats !== NO_REPEATS) {
        const p = report.paragraphs[i]!;
        for (const r of f.repeats) {
          const finding: Finding = {
            ruleId: r.kind === "sentence" ? "duplicate" : `duplicate/${r.kind}`,
            from: p.from + r.from,
            to: p.from + r.to,
            message: MESSAGES[r.kind],
            fixes: [{ label: "删除重复内容", replacement: "", from: p.from + r.deleteFrom, to: p.from + r.deleteTo }],
          };
          if (r.kind === "char" || r.kind === "word") finding.severity = "info";
          out.push(finding);
        }
      }
      if (key !== 0 && key === previousKey && f.comparable === facts[i - 1]!.comparable) {
        const p = report.paragraphs[i]!;
        const prevParagraph = report.paragraphs[i - 1]!;
        const lead = p.text.length - p.text.trimStart().length;
        out.push({
          ruleId: "duplicate/paragraph",
          from: p.from + lead,
          to: p.from + lead + f.comparable!.length,
          message: "段落重复：与上一段完全相同，请删除其中一段",
          fixes: [{ label: "删除重复段落", replacement: "", from: prevParagraph.to, to: p.to }],
        });
      }
      previousKey = key;
    }
    return out;
  },
});
