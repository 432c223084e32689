import type { LocalSpan } from "./types";

const SENTENCE_END = new Set(["。", "！", "？", "；", "!", "?", "…"]);
const CLOSERS = new Set(["”", "’", "」", "』", "）", ")", "】", "…"]);

/**
 * Splits a paragraph into sentences at 。！？；!? (and …), keeping closing quotes and brackets with
 * the sentence they end. Whitespace between sentences belongs to no sentence.
 */
export function splitSentences(text: string): LocalSpan[] {
  const out: LocalSpan[] = [];
  let start = skipSpace(text, 0);
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.has(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    if (end > start) out.push({ from: start, to: end });
    start = skipSpace(text, end);
    i = end - 1;
  }
  const tail = trimEnd(text, start, text.length);
  if (tail > start) out.push({ from: start, to: tail });
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s|\u3000/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s|\u3000/.test(text[to - 1]!)) to--;
  return to;
}
