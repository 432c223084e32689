/**
 * Search ranking, best first: exact name · name prefix · exact alias · alias prefix · pinyin
 * (initials or full, exact or prefix: gdzctz, gdzc, gudingzichan) · substring of a name or alias.
 * Pinyin never matches mid-word (zctz finds nothing): initials typed from the middle are noise.
 */

export enum Tier {
  ExactName,
  NamePrefix,
  ExactAlias,
  AliasPrefix,
  Pinyin,
  Substring,
}

/** The searchable keys of one indicator name, all folded (lower-case, NFKC, no spaces). */
export interface RankKeys {
  folded: string;
  aliases: readonly string[];
  pinyin: readonly string[];
  initials: readonly string[];
}

/** Whether a folded query can be pinyin (ASCII letters and digits only). */
export function isPinyinQuery(query: string): boolean {
  return /^[a-z0-9]+$/.test(query);
}

/** The best tier at which a folded query matches, or undefined for no match. */
export function matchTier(keys: RankKeys, query: string, pinyinQuery: boolean): Tier | undefined {
  if (keys.folded === query) return Tier.ExactName;
  if (keys.folded.startsWith(query)) return Tier.NamePrefix;
  let best: Tier | undefined;
  for (const alias of keys.aliases) {
    if (alias === query) return Tier.ExactAlias;
    if (alias.startsWith(query)) best = Tier.AliasPrefix;
  }
  if (best !== undefined) return best;
  if (pinyinQuery) {
    for (const key of keys.initials) if (key.startsWith(query)) return Tier.Pinyin;
    for (const key of keys.pinyin) if (key.startsWith(query)) return Tier.Pinyin;
  }
  if (keys.folded.includes(query)) return Tier.Substring;
  for (const alias of keys.aliases) if (alias.includes(query)) return Tier.Substring;
  return undefined;
}

/** Total order of matches: tier, then shorter name, then name by code point — stable across calls. */
export function compareMatches(a: { tier: Tier; keys: RankKeys }, b: { tier: Tier; keys: RankKeys }): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.keys.folded.length !== b.keys.folded.length) return a.keys.folded.length - b.keys.folded.length;
  return a.keys.folded < b.keys.folded ? -1 : a.keys.folded > b.keys.folded ? 1 : 0;
}
