import { STALE_PHRASES } from "../../data/stale-phrases";
import { validateStalePhrase, type StalePhraseEntry } from "./entry";
import { firstChars } from "./first-chars";

/** An entry with its regexes compiled once. */
export interface CompiledEntry {
  entry: StalePhraseEntry;
  pattern: RegExp;
  unless?: RegExp;
  unlessBefore?: RegExp;
  unlessAfter?: RegExp;
  context?: RegExp;
}

function compile(entry: StalePhraseEntry): CompiledEntry {
  const c: CompiledEntry = { entry, pattern: new RegExp(entry.pattern, "gd") };
  if (entry.unless) c.unless = new RegExp(entry.unless);
  if (entry.unlessBefore) c.unlessBefore = new RegExp(entry.unlessBefore);
  if (entry.unlessAfter) c.unlessAfter = new RegExp(entry.unlessAfter);
  if (entry.context) c.context = new RegExp(entry.context);
  return c;
}

/** Compiled entries plus one combined regex that tells whether a paragraph can hold any of them. */
export interface EntrySet {
  entries: readonly CompiledEntry[];
  /** Most paragraphs hold no stale phrase: one scan with this skips the per-entry scans. */
  anyPhrase: RegExp;
  /** Whether anyPhrase matches `text` (tried only where a match can start, when that is known). */
  mayHold(text: string): boolean;
}

/**
 * A test equivalent to `combined.test(text)`: when the characters a match can start with are
 * known, the sticky form of the regex runs only at those positions (a fifth of a report's
 * characters), instead of trying every alternative at every position.
 */
export function startFiltered(combined: RegExp, sources: readonly string[]): (text: string) => boolean {
  const starts = firstChars(sources);
  if (!starts) return (text) => combined.test(text);
  const at = new RegExp(combined.source, "y");
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      if (starts[text.charCodeAt(i)] !== 1) continue;
      at.lastIndex = i;
      if (at.test(text)) return true;
    }
    return false;
  };
}

/**
 * One regex matching wherever any of the sources matches (named groups turned into plain groups,
 * so the same name may recur). Safe because every source passed the linear-time checks.
 */
export function combinedPattern(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s.replace(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g, "(?:")})`).join("|"));
}

function entrySet(entries: readonly CompiledEntry[]): EntrySet {
  const sources = entries.map((c) => c.entry.pattern);
  const anyPhrase = combinedPattern(sources);
  return { entries, anyPhrase, mayHold: startFiltered(anyPhrase, sources) };
}

const builtin: EntrySet = entrySet(STALE_PHRASES.map(compile));
const withUserEntries = new WeakMap<readonly unknown[], EntrySet>();

/**
 * The entries a check uses: the built-in pack plus the user's valid entries (invalid ones are
 * ignored; the options page shows their errors through `validateStalePhrase`). A user entry with a
 * built-in id replaces the built-in one. Cached per options array.
 */
export function activeEntries(user: readonly unknown[] | undefined): EntrySet {
  if (!user || user.length === 0) return builtin;
  const cached = withUserEntries.get(user);
  if (cached) return cached;
  const mine = new Map<string, CompiledEntry>();
  for (const raw of user) {
    const v = validateStalePhrase(raw);
    if (v.ok) mine.set(v.entry.id, compile(v.entry));
  }
  const set = entrySet([...builtin.entries.filter((c) => !mine.has(c.entry.id)), ...mine.values()]);
  withUserEntries.set(user, set);
  return set;
}
