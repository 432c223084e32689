import { ANACHRONISM_TERMS, PLAN_YEAR_MARKERS, STALE_PHRASES } from "../../data/stale-phrases";
import type { ParagraphAnalysis } from "../../model/types";
import { validateStalePhrase, type StalePhraseEntry } from "./entry";
import { startChars } from "./first-chars";

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
  /** The entries (in order) whose match can start with a character of `text`: the others cannot match. */
  entriesFor(text: string): readonly CompiledEntry[];
}

/** Named groups turned into plain groups, so that one regex may hold the same name twice. */
function unnamed(source: string): string {
  return source.replace(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g, "(?:");
}

/** The sources a match starting with a given character can come from, and their sticky union. */
interface StartGroup {
  sources: readonly number[];
  sticky: RegExp;
  /** Whether pairBits tells the possible second characters (else any may follow). */
  checkSecond: boolean;
}

/** Sources grouped by the characters their matches can start with. */
interface StartIndex {
  /** Code unit → 1 + index into groups; 0 = no source starts with it. */
  groupOf: Uint16Array;
  groups: readonly StartGroup[];
  /** Bit per code unit: some source starts with it (a small table, read before groupOf). */
  starterBits: Int32Array;
  /** Bits for hashed (first, second) character pairs a match can open with (collisions only add). */
  pairBits: Int32Array;
}

/** 64K pair bits (8 KB) for the few hundred pairs of a pack: few collisions, and cache-resident. */
const PAIR_BITS = 16;

function hasBit(bits: Int32Array, n: number): boolean {
  return (bits[n >>> 5]! & (1 << (n & 31))) !== 0;
}

function setBit(bits: Int32Array, n: number): void {
  bits[n >>> 5]! |= 1 << (n & 31);
}

/** Hash of a pair of code units into PAIR_BITS bits. */
function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> (32 - PAIR_BITS);
}

/** Undefined when some source's first characters cannot be told. */
function startIndex(sources: readonly string[]): StartIndex | undefined {
  const starters = new Map<number, number[]>();
  const seconds: (readonly number[] | undefined)[] = [];
  for (let s = 0; s < sources.length; s++) {
    const start = startChars(sources[s]!);
    if (!start) return undefined;
    seconds.push(start.second);
    const first = start.first;
    for (let r = 0; r < first.length; r += 2) {
      for (let code = first[r]!; code <= first[r + 1]!; code++) {
        const list = starters.get(code);
        if (!list) starters.set(code, [s]);
        else if (list[list.length - 1] !== s) list.push(s);
      }
    }
  }
  const groupOf = new Uint16Array(0x10000);
  const groups: StartGroup[] = [];
  const starterBits = new Int32Array(0x10000 >>> 5);
  const pairBits = new Int32Array((1 << PAIR_BITS) >>> 5);
  const bySignature = new Map<string, number>();
  for (const [code, list] of starters) {
    const signature = list.join(",");
    let g = bySignature.get(signature);
    if (g === undefined) {
      g = groups.length;
      if (g >= 0xffff) return undefined;
      bySignature.set(signature, g);
      const second = secondRanges(list.map((i) => seconds[i]));
      groups.push({ sources: list, sticky: new RegExp(list.map((i) => `(?:${unnamed(sources[i]!)})`).join("|"), "y"), checkSecond: second !== undefined });
    }
    groupOf[code] = g + 1;
    setBit(starterBits, code);
    const group = groups[g]!;
    if (group.checkSecond) {
      for (const i of list) {
        const second = seconds[i]!;
        for (let r = 0; r < second.length; r += 2) for (let b = second[r]!; b <= second[r + 1]!; b++) setBit(pairBits, pairHash(code, b));
      }
    }
  }
  return { groupOf, groups, starterBits, pairBits };
}

/** Past this many second characters a group is not worth the pair check. */
const MAX_SECONDS = 512;

/** The second-character ranges of a group's sources, or undefined when some may be followed by anything. */
function secondRanges(list: readonly (readonly number[] | undefined)[]): readonly number[] | undefined {
  const all: number[] = [];
  let count = 0;
  for (const ranges of list) {
    if (!ranges) return undefined;
    for (let r = 0; r < ranges.length; r += 2) count += ranges[r + 1]! - ranges[r]! + 1;
    all.push(...ranges);
  }
  return count <= MAX_SECONDS ? all : undefined;
}

/**
 * A test equivalent to `combined.test(text)`: when the characters a match can start with are
 * known, at each position that a match can start from only the sources that can start with that
 * character are tried (sticky), instead of every alternative at every position.
 */
export function startFiltered(combined: RegExp, sources: readonly string[]): (text: string) => boolean {
  const index = startIndex(sources);
  return index ? (text) => anyStartMatches(index, text) : (text) => combined.test(text);
}

function anyStartMatches({ groupOf, groups, starterBits, pairBits }: StartIndex, text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!hasBit(starterBits, code)) continue;
    const group = groups[groupOf[code]! - 1]!;
    // Every match here is two or more characters long: the pair must be one a match can open with.
    if (group.checkSecond && (i + 1 === n || !hasBit(pairBits, pairHash(code, text.charCodeAt(i + 1))))) continue;
    const at = group.sticky;
    at.lastIndex = i;
    if (at.test(text)) return true;
  }
  return false;
}

/**
 * One regex matching wherever any of the sources matches (named groups turned into plain groups,
 * so the same name may recur). Safe because every source passed the linear-time checks.
 */
export function combinedPattern(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${unnamed(s)})`).join("|"));
}

function entrySet(entries: readonly CompiledEntry[]): EntrySet {
  const sources = entries.map((c) => c.entry.pattern);
  const anyPhrase = combinedPattern(sources);
  const index = startIndex(sources);
  if (!index) return { entries, anyPhrase, mayHold: (text) => anyPhrase.test(text), entriesFor: () => entries };
  // Per entry, the stamp of the last entriesFor call that wanted it: no table per call, no clearing.
  const wantedIn = new Int32Array(entries.length);
  let stamp = 0;
  return {
    entries,
    anyPhrase,
    mayHold: (text) => anyStartMatches(index, text),
    entriesFor(text) {
      if (stamp === 0x7fffffff) {
        wantedIn.fill(0);
        stamp = 0;
      }
      const current = ++stamp;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const code = text.charCodeAt(i);
        if (!hasBit(index.starterBits, code)) continue;
        const group = index.groups[index.groupOf[code]! - 1]!;
        if (group.checkSecond && (i + 1 === n || !hasBit(index.pairBits, pairHash(code, text.charCodeAt(i + 1))))) continue;
        for (const s of group.sources) wantedIn[s] = current;
      }
      const out: CompiledEntry[] = [];
      for (let s = 0; s < entries.length; s++) if (wantedIn[s] === current) out.push(entries[s]!);
      return out;
    },
  };
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

/** Bits of `familyMatches`: which of the family's lists has a match in a paragraph. */
export const STALE_ENTRY_MATCH = 1;
export const PLAN_YEAR_MATCH = 2;
export const ANACHRONISM_MATCH = 4;

const planYearSources = PLAN_YEAR_MARKERS.map((m) => m.pattern);
const anachronismSources = ANACHRONISM_TERMS.map((t) => t.pattern);
const anyPlanYear = combinedPattern(planYearSources);
const anyAnachronism = combinedPattern(anachronismSources);

/**
 * Whether each of several source lists has a match in a text, in one pass: bit l is set when a
 * source of lists[l] matches (as `combinedPattern(lists[l]).test(text)` says). Where a source can
 * start, only the sources of the lists not found yet that start with that character are tried.
 * Undefined when some source's first characters cannot be told.
 */
function startFilteredLists(lists: readonly (readonly string[])[]): ((text: string) => number) | undefined {
  const sources = lists.flat();
  const listOf = lists.flatMap((list, l) => list.map(() => l));
  const index = startIndex(sources);
  if (!index) return undefined;
  const { groupOf, groups, starterBits, pairBits } = index;
  // Per group, per list: the sticky union of the group's sources of that list.
  const stickies = groups.map((g) =>
    lists.map((_, l) => {
      const own = g.sources.filter((s) => listOf[s] === l);
      return own.length > 0 ? new RegExp(own.map((s) => `(?:${unnamed(sources[s]!)})`).join("|"), "y") : undefined;
    }),
  );
  const all = (1 << lists.length) - 1;
  return (text) => {
    let found = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (!hasBit(starterBits, code)) continue;
      const g = groupOf[code]! - 1;
      const group = groups[g]!;
      if (group.checkSecond && (i + 1 === n || !hasBit(pairBits, pairHash(code, text.charCodeAt(i + 1))))) continue;
      const own = stickies[g]!;
      for (let l = 0; l < own.length; l++) {
        const sticky = own[l];
        if (sticky === undefined || (found & (1 << l)) !== 0) continue;
        sticky.lastIndex = i;
        if (sticky.test(text)) found |= 1 << l;
      }
      if (found === all) return found;
    }
    return found;
  };
}

const familyTests = new WeakMap<EntrySet, (text: string) => number>();

/** The one-pass test of a set's entries with the plan-year markers and anachronism terms, built once per set. */
function familyTestOf(set: EntrySet): (text: string) => number {
  let test = familyTests.get(set);
  if (!test) {
    const fused = startFilteredLists([set.entries.map((c) => c.entry.pattern), planYearSources, anachronismSources]);
    test =
      fused ??
      ((text) =>
        (set.mayHold(text) ? STALE_ENTRY_MATCH : 0) | (anyPlanYear.test(text) ? PLAN_YEAR_MATCH : 0) | (anyAnachronism.test(text) ? ANACHRONISM_MATCH : 0));
    familyTests.set(set, test);
  }
  return test;
}
let lastAnalysis: ParagraphAnalysis | undefined;
let lastSet: EntrySet | undefined;
let lastFound = 0;

/**
 * Which lists of the stale-phrase family match in a paragraph (STALE_ENTRY_MATCH, PLAN_YEAR_MATCH,
 * ANACHRONISM_MATCH), in one pass shared by the family's three rules: the engine scans a paragraph
 * with the rules of one category in a row, so the last answer is kept for the next rule.
 */
export function familyMatches(set: EntrySet, analysis: ParagraphAnalysis): number {
  if (analysis === lastAnalysis && set === lastSet) return lastFound;
  lastFound = familyTestOf(set)(analysis.text);
  lastAnalysis = analysis;
  lastSet = set;
  return lastFound;
}

// The built-in pack's test is built with the module, like its start index, not on the first check.
familyTestOf(builtin);
