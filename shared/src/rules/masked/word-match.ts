/**
 * Constant-time word lookups at a position: the lists are indexed by their first (or last)
 * character, so checking a placeholder's neighbours never depends on the paragraph's length.
 */
export interface WordSet {
  /** Length of the longest word of the set that starts at `pos`, or 0. */
  startsAt(text: string, pos: number): number;
  /** Length of the longest word of the set that ends right before `end`, or 0. */
  endsAt(text: string, end: number): number;
}

/** Indexes a word list for `startsAt` / `endsAt`. */
export function wordSet(words: readonly string[]): WordSet {
  const byFirst = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  for (const w of words) {
    if (!w) continue;
    push(byFirst, w[0]!, w);
    push(byLast, w[w.length - 1]!, w);
  }
  for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.length - a.length);
  return {
    startsAt(text, pos) {
      const list = pos < text.length ? byFirst.get(text[pos]!) : undefined;
      if (!list) return 0;
      for (const w of list) if (text.startsWith(w, pos)) return w.length;
      return 0;
    },
    endsAt(text, end) {
      const list = end > 0 ? byLast.get(text[end - 1]!) : undefined;
      if (!list) return 0;
      for (const w of list) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return w.length;
      return 0;
    },
  };
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}
