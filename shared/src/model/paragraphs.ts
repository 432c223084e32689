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
