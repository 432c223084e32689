import { STALE_PHRASES } from "../../data/stale-phrases";
import { validateStalePhrase, type StalePhraseEntry } from "./entry";

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

const builtin: readonly CompiledEntry[] = STALE_PHRASES.map(compile);
const withUserEntries = new WeakMap<readonly unknown[], readonly CompiledEntry[]>();

/**
 * The entries a check uses: the built-in pack plus the user's valid entries (invalid ones are
 * ignored; the options page shows their errors through `validateStalePhrase`). A user entry with a
 * built-in id replaces the built-in one. Cached per options array.
 */
export function activeEntries(user: readonly unknown[] | undefined): readonly CompiledEntry[] {
  if (!user || user.length === 0) return builtin;
  const cached = withUserEntries.get(user);
  if (cached) return cached;
  const mine = new Map<string, CompiledEntry>();
  for (const raw of user) {
    const v = validateStalePhrase(raw);
    if (v.ok) mine.set(v.entry.id, compile(v.entry));
  }
  const list = [...builtin.filter((c) => !mine.has(c.entry.id)), ...mine.values()];
  withUserEntries.set(user, list);
  return list;
}
