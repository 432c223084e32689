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

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/**
 * Splits `text` reusing the paragraphs of the previous split where the text did not change: the
 * lines inside the common prefix are kept, those inside the common suffix are shifted, and only
 * the region between is split again. Kept paragraphs share their string objects with the last
 * call, so cache lookups keyed by paragraph text need not hash them again. Equals
 * `splitParagraphs(text)`.
 */
export function splitParagraphsAfterEdit(prevText: string, prev: readonly RawParagraph[], text: string): RawParagraph[] {
  const min = Math.min(prevText.length, text.length);
  let prefix = 0;
  while (prefix < min && prevText.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  if (prefix === prevText.length && prefix === text.length) return prev.slice();
  let suffix = 0;
  while (suffix < min - prefix && prevText.charCodeAt(prevText.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;

  // A kept paragraph's terminator must be unchanged too: the prefix covers the character at `to`,
  // the suffix the character before `from`.
  let head = 0;
  while (head < prev.length && prev[head]!.to < prefix) head++;
  const tailStart = prevText.length - suffix;
  let tail = prev.length;
  while (tail > head && prev[tail - 1]!.from - 1 >= tailStart) tail--;

  const delta = text.length - prevText.length;
  const regionFrom = head > 0 ? prev[head - 1]!.to : 0;
  const regionTo = tail < prev.length ? prev[tail]!.from + delta : text.length;
  const out = prev.slice(0, head);
  for (const p of splitParagraphs(text.slice(regionFrom, regionTo))) {
    out.push({ from: p.from + regionFrom, to: p.to + regionFrom, text: p.text });
  }
  for (let i = tail; i < prev.length; i++) {
    const p = prev[i]!;
    out.push({ from: p.from + delta, to: p.to + delta, text: p.text });
  }
  return out;
}
