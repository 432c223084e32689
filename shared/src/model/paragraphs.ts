/** A line of the checked text: blocks are joined with newlines, so a line is a paragraph. */
export interface RawParagraph {
  from: number;
  to: number;
  text: string;
}

/**
 * Splits text into non-blank lines with exact offsets. `\r\n`, `\r`, `\n`, U+2028 and U+2029 end
 * a line; the terminator is not part of the paragraph. Leading and trailing whitespace is kept so
 * that offsets stay simple; rules skip it as they need.
 */
export function splitParagraphs(text: string): RawParagraph[] {
  // Most texts end their lines with \n alone: then the breaks are found natively, not char by char.
  if (text.indexOf("\r") < 0 && text.indexOf("\u2028") < 0 && text.indexOf("\u2029") < 0) return splitAtNewlines(text);
  const out: RawParagraph[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      if (i > start && !isBlank(text, start, i)) out.push({ from: start, to: i, text: text.slice(start, i) });
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

/** splitParagraphs for a text whose only line terminator is \n. */
function splitAtNewlines(text: string): RawParagraph[] {
  const out: RawParagraph[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start && !isBlank(text, start, end)) out.push({ from: start, to: end, text: text.slice(start, end) });
    if (end === text.length) return out;
    start = end + 1;
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/** Where a text differs from the one before: what stays of the previous paragraphs, and the new ones between. */
export interface ParagraphEdit<P extends RawParagraph> {
  /** prev[0, head) are unchanged, same offsets. */
  head: number;
  /** prev[tail, prev.length) are unchanged apart from offsets moved by `delta`. */
  tail: number;
  delta: number;
  /** The paragraphs of the new text between the kept head and tail, in whole-text offsets. */
  inserted: RawParagraph[];
}

/**
 * Compares two texts in long slices (string equality runs natively), narrowing to single
 * characters only near the first difference: a 100k-character prefix costs microseconds.
 */
function commonPrefix(a: string, b: string, limit: number): number {
  let p = 0;
  let step = 2048;
  while (p < limit) {
    const e = Math.min(limit, p + step);
    if (a.slice(p, e) === b.slice(p, e)) p = e;
    else if (step > 16) step >>= 2;
    else break;
  }
  while (p < limit && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common suffix of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let s = 0;
  let step = 2048;
  const al = a.length;
  const bl = b.length;
  while (s < limit) {
    const e = Math.min(limit, s + step);
    if (a.slice(al - e, al - s) === b.slice(bl - e, bl - s)) s = e;
    else if (step > 16) step >>= 2;
    else break;
  }
  while (s < limit && a.charCodeAt(al - 1 - s) === b.charCodeAt(bl - 1 - s)) s++;
  return s;
}

/**
 * Works out which paragraphs of the previous split survive in `text`: the lines inside the
 * common prefix are kept, those inside the common suffix are shifted, and only the region
 * between is split again. `prev` must be the split of `prevText` (any objects with the offsets).
 */
export function diffParagraphs<P extends RawParagraph>(prevText: string, prev: readonly P[], text: string): ParagraphEdit<P> {
  const min = Math.min(prevText.length, text.length);
  const prefix = commonPrefix(prevText, text, min);
  const delta = text.length - prevText.length;
  if (prefix === prevText.length && prefix === text.length) return { head: prev.length, tail: prev.length, delta: 0, inserted: [] };
  const suffix = commonSuffix(prevText, text, min - prefix);

  // A kept paragraph's terminator must be unchanged too: the prefix covers the character at `to`,
  // the suffix the character before `from`. Paragraphs are in order, so both ends are found by bisection.
  let lo = 0;
  let hi = prev.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prev[mid]!.to < prefix) lo = mid + 1;
    else hi = mid;
  }
  const head = lo;
  const tailStart = prevText.length - suffix;
  lo = head;
  hi = prev.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prev[mid]!.from - 1 >= tailStart) hi = mid;
    else lo = mid + 1;
  }
  const tail = lo;

  const regionFrom = head > 0 ? prev[head - 1]!.to : 0;
  const regionTo = tail < prev.length ? prev[tail]!.from + delta : text.length;
  const inserted = splitParagraphs(text.slice(regionFrom, regionTo));
  for (const p of inserted) {
    p.from += regionFrom;
    p.to += regionFrom;
  }
  return { head, tail, delta, inserted };
}

/**
 * Splits `text` reusing the paragraphs of the previous split where the text did not change (see
 * `diffParagraphs`). Kept paragraphs share their string objects with the last call, so cache
 * lookups keyed by paragraph text need not hash them again. Equals `splitParagraphs(text)`.
 */
export function splitParagraphsAfterEdit(prevText: string, prev: readonly RawParagraph[], text: string): RawParagraph[] {
  const { head, tail, delta, inserted } = diffParagraphs(prevText, prev, text);
  const out = prev.slice(0, head);
  for (const p of inserted) out.push(p);
  for (let i = tail; i < prev.length; i++) {
    const p = prev[i]!;
    out.push({ from: p.from + delta, to: p.to + delta, text: p.text });
  }
  return out;
}
