import type { FigureLookup, SavedFigure } from "@tally/shared";

/**
 * Synchronous lookup over saved figures for the engine, by name or alias; with a period, the
 * figure of that period, else the most recent one.
 */
export function figureLookup(figures: readonly SavedFigure[]): FigureLookup {
  const byName = new Map<string, SavedFigure[]>();
  for (const f of figures) {
    for (const name of [f.name, ...(f.aliases ?? [])]) {
      const list = byName.get(name) ?? [];
      list.push(f);
      byName.set(name, list);
    }
  }
  return {
    lookup(name, period) {
      const list = byName.get(name);
      if (!list) return undefined;
      if (period) return list.find((f) => f.period === period);
      return [...list].sort((a, b) => b.period.localeCompare(a.period))[0];
    },
  };
}

/**
 * Saved figures whose name (or an alias) the text just before a placeholder ends with or
 * contains, longest name first: "完成固定资产投资xx亿元" offers 固定资产投资.
 */
export function figuresBefore(figures: readonly SavedFigure[], textBefore: string): SavedFigure[] {
  const window = textBefore.slice(-24);
  const scored: { figure: SavedFigure; score: number }[] = [];
  for (const f of figures) {
    let best = -1;
    for (const name of [f.name, ...(f.aliases ?? [])]) {
      if (!name) continue;
      const at = window.lastIndexOf(name);
      if (at < 0) continue;
      // Prefer names that end right before the placeholder, then longer names.
      const gap = window.length - (at + name.length);
      best = Math.max(best, name.length * 10 - gap);
    }
    if (best >= 0) scored.push({ figure: f, score: best });
  }
  return scored.sort((a, b) => b.score - a.score || b.figure.period.localeCompare(a.figure.period)).map((s) => s.figure);
}
