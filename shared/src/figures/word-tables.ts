/**
 * Word lists of words.ts as lookup tables: attribution matches them at the start or end of short
 * strings once per figure, where a regex call (and the slice it runs on) costs more than a few
 * character compares. The regexes stay the one place the lists are written; the tables are read
 * off their sources, and each lookup returns what the regex would have matched.
 */

/**
 * A regex's source with \uXXXX escapes turned back into characters: minifiers (the extension's
 * bundler) rewrite non-ASCII characters in regex literals as escapes, which must not change what
 * is read off the source.
 */
export function plainSource(re: RegExp): string {
  return re.source.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The words of a regex made of one plain alternation group: `^(a|b)`, `(a|b)$` or `^(a|b)$`, with
 * `rest` (such as a lookahead the caller handles itself) allowed after the group. Throws for any
 * other shape, so a regex edited into something else fails at load instead of matching wrongly.
 */
export function alternativesOf(re: RegExp, shape: "^()" | "()$" | "^()$", rest = ""): string[] {
  const source = plainSource(re);
  const open = shape.startsWith("^") ? "^(" : "(";
  const close = shape.endsWith("$") ? ")$" : ")";
  if (!source.startsWith(open) || !source.endsWith(close + rest)) throw new Error(`not a plain alternation: ${source}`);
  const group = source.slice(open.length, source.length - close.length - rest.length);
  if (/[\\[\]()?*+{}.^$]/.test(group)) throw new Error(`not a plain alternation: ${source}`);
  return group.split("|");
}

/** Words by one of their edge characters, each list in a fixed order. */
function byEdge(words: readonly string[], edge: "first" | "last"): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const word of words) {
    const code = word.charCodeAt(edge === "first" ? 0 : word.length - 1);
    let list = out.get(code);
    if (!list) out.set(code, (list = []));
    list.push(word);
  }
  return out;
}

/**
 * The words of `(a|b|…)$`: `longestSuffix(s)` is what `re.exec(s.slice(-maxLength))?.[0]` gives,
 * the longest word (of at most maxLength characters) that `s` ends with. (The regex tries start
 * positions left to right, so the first that ends a word at $ is the longest such word.)
 */
export class SuffixWords {
  private readonly byLast: Map<number, string[]>;
  constructor(re: RegExp, maxLength = Infinity) {
    const words = alternativesOf(re, "()$").filter((w) => w.length <= maxLength);
    this.byLast = byEdge(
      words.sort((a, b) => b.length - a.length),
      "last",
    );
  }
  longestSuffix(s: string): string | undefined {
    if (s.length === 0) return undefined;
    const candidates = this.byLast.get(s.charCodeAt(s.length - 1));
    if (candidates === undefined) return undefined;
    for (let i = 0; i < candidates.length; i++) if (s.endsWith(candidates[i]!)) return candidates[i];
    return undefined;
  }
}

/**
 * The words of `^(a|b|…)`: `firstPrefix(s)` is what `re.exec(s)?.[0]` gives, the first word in
 * written order that `s` starts with.
 */
export class PrefixWords {
  private readonly byFirst: Map<number, string[]>;
  constructor(words: readonly string[]) {
    this.byFirst = byEdge(words, "first");
  }
  static of(re: RegExp): PrefixWords {
    return new PrefixWords(alternativesOf(re, "^()"));
  }
  firstPrefix(s: string): string | undefined {
    if (s.length === 0) return undefined;
    const candidates = this.byFirst.get(s.charCodeAt(0));
    if (candidates === undefined) return undefined;
    for (let i = 0; i < candidates.length; i++) if (s.startsWith(candidates[i]!)) return candidates[i];
    return undefined;
  }
  /** The words starting with the code unit `code`, in written order (empty when none). */
  startingWith(code: number): readonly string[] {
    return this.byFirst.get(code) ?? NONE;
  }
}
const NONE: readonly string[] = [];
