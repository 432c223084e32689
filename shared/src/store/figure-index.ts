/**
 * An in-memory index over saved figures: synchronous lookup for the engine and ranked search for
 * the sidebar. The store keeps one fresh copy; hosts without IndexedDB (the extension's content
 * script, which receives figures by message) build one with `createFigureIndex`.
 *
 * Ranking is in search-rank.ts; within one name, figures come latest period first, so results
 * never reorder between identical queries.
 */
import { parsePeriodKey } from "../model/period-key";
import type { FigureLookup, SavedFigure } from "../types";
import { parsePeriodInput } from "./period-input";
import { foldText, pinyinIndexKeys } from "./pinyin-keys";
import { compareMatches, isPinyinQuery, matchTier, type Tier } from "./search-rank";

export interface SearchOptions {
  /** At most this many figures (default 20). */
  limit?: number;
  /** Only the latest period of each name and region (default false: the whole history). */
  latestOnly?: boolean;
}

export interface LookupOptions {
  /** Only figures of this region or organisation. */
  region?: string;
}

/** Sync lookup and search over a fixed set of figures. */
export interface FigureIndex extends FigureLookup {
  readonly figures: readonly SavedFigure[];
  readonly size: number;
  /**
   * The figure saved for a name or alias in a period (typed or key); without a period, the latest.
   * Undefined when nothing matches or the match is ambiguous (several regions, several names for
   * one alias): the engine must not compare a text against a guess.
   */
  lookup(name: string, period?: string, options?: LookupOptions): SavedFigure | undefined;
  search(query: string, options?: SearchOptions): SavedFigure[];
  /** All periods saved for a name or alias, latest first. */
  history(name: string): SavedFigure[];
}

/** A figure with the pinyin keys stored beside it (saves recomputing them for every index). */
export interface IndexEntry {
  figure: SavedFigure;
  pinyin?: readonly string[];
  initials?: readonly string[];
}

interface NameGroup {
  name: string;
  folded: string;
  aliases: string[];
  pinyin: string[];
  initials: string[];
  /** Latest period first. */
  figures: SavedFigure[];
}

function periodEnd(period: string): string {
  return parsePeriodKey(period)?.end ?? "";
}

/** Latest period first, then most recently updated, then id: a total, stable order. */
function byLatest(a: SavedFigure, b: SavedFigure): number {
  const ea = periodEnd(a.period);
  const eb = periodEnd(b.period);
  if (ea !== eb) return ea < eb ? 1 : -1;
  const ua = a.updatedAt ?? 0;
  const ub = b.updatedAt ?? 0;
  if (ua !== ub) return ub - ua;
  return (a.id ?? 0) - (b.id ?? 0);
}

/** Builds an index over figures; pinyin keys are computed (memoised) where entries lack them. */
export function buildFigureIndex(entries: readonly IndexEntry[]): FigureIndex {
  const groups = new Map<string, NameGroup>();
  const aliasOwners = new Map<string, Set<NameGroup>>();
  const figures: SavedFigure[] = [];

  for (const entry of entries) {
    const figure = entry.figure;
    figures.push(figure);
    const folded = foldText(figure.name);
    let group = groups.get(folded);
    let newTerms = false;
    if (!group) {
      group = { name: figure.name, folded, aliases: [], pinyin: [], initials: [], figures: [] };
      groups.set(folded, group);
      newTerms = true;
    }
    group.figures.push(figure);
    for (const alias of figure.aliases ?? []) {
      const key = foldText(alias);
      if (!key || group.aliases.includes(key)) continue;
      group.aliases.push(key);
      newTerms = true;
      let owners = aliasOwners.get(key);
      if (!owners) aliasOwners.set(key, (owners = new Set()));
      owners.add(group);
    }
    // Pinyin keys only change with a new name or alias: most figures are another period of a known name.
    if (!newTerms) continue;
    const keys = entry.pinyin && entry.initials ? { pinyin: entry.pinyin, initials: entry.initials } : pinyinIndexKeys(figure.name, figure.aliases);
    for (const k of keys.pinyin) if (!group.pinyin.includes(k)) group.pinyin.push(k);
    for (const k of keys.initials) if (!group.initials.includes(k)) group.initials.push(k);
  }
  const groupList = [...groups.values()];
  for (const group of groupList) group.figures.sort(byLatest);

  function groupsFor(name: string): NameGroup[] {
    const folded = foldText(name);
    const own = groups.get(folded);
    if (own) return [own];
    return [...(aliasOwners.get(folded) ?? [])];
  }

  const index: FigureIndex = {
    figures,
    size: figures.length,

    lookup(name, period, options = {}) {
      let candidates = groupsFor(name).flatMap((g) => g.figures);
      if (period !== undefined && period !== "") {
        const key = parsePeriodInput(period);
        if (!key) return undefined;
        candidates = candidates.filter((f) => f.period === key);
      }
      if (options.region !== undefined) {
        const region = foldText(options.region);
        candidates = candidates.filter((f) => foldText(f.region ?? "") === region);
      }
      if (candidates.length === 0) return undefined;
      if (new Set(candidates.map((f) => foldText(f.name))).size > 1) return undefined;
      const regions = new Set(candidates.map((f) => foldText(f.region ?? "")));
      if (regions.size > 1) {
        // Several regions share the name: only the figure without a region speaks for all.
        if (!regions.has("")) return undefined;
        candidates = candidates.filter((f) => !f.region);
      }
      return [...candidates].sort(byLatest)[0];
    },

    search(query, options = {}) {
      const limit = options.limit ?? 20;
      const q = foldText(query);
      if (!q || limit <= 0) return [];
      const pinyinQuery = isPinyinQuery(q);
      const ranked: { keys: NameGroup; tier: Tier }[] = [];
      for (const group of groupList) {
        const tier = matchTier(group, q, pinyinQuery);
        if (tier !== undefined) ranked.push({ keys: group, tier });
      }
      ranked.sort(compareMatches);
      const result: SavedFigure[] = [];
      for (const { keys: group } of ranked) {
        const seenRegions = new Set<string>();
        for (const figure of group.figures) {
          if (options.latestOnly) {
            const region = foldText(figure.region ?? "");
            if (seenRegions.has(region)) continue;
            seenRegions.add(region);
          }
          result.push(figure);
          if (result.length >= limit) return result;
        }
      }
      return result;
    },

    history(name) {
      return groupsFor(name).flatMap((g) => g.figures).sort(byLatest);
    },
  };
  return index;
}

/** A sync lookup + search over figures, with no IndexedDB (e.g. figures received by message). */
export function createFigureIndex(figures: readonly SavedFigure[]): FigureIndex {
  return buildFigureIndex(figures.map((figure) => ({ figure })));
}
