import type { SavedFigure } from "@tally/shared";

/** How an inserted figure reads: its value with unit, with its name, or with name and period. */
export type FigureFormat = "value" | "name-value" | "period-name-value" | ((figure: SavedFigure) => string);

const SCALE: Record<string, number> = { 亿: 1e8, 万: 1e4, 千: 1e3 };

/** Splits 亿元 into a scale (1e8) and its base unit (元); plain units have scale 1. */
export function splitScaledUnit(unit: string): { scale: number; base: string } {
  const first = unit.charAt(0);
  const scale = SCALE[first];
  if (scale && unit.length > 1) return { scale, base: unit.slice(1) };
  return { scale: 1, base: unit };
}

/** Writes a number the way reports do: no exponent, no grouping, at most four decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 1e4) / 1e4;
  if (Math.abs(rounded) >= 1e21) return rounded.toLocaleString("en-US", { useGrouping: false });
  return String(rounded);
}

/** Converts a value between units of the same base (3.2 亿元 → 32000 万元); undefined otherwise. */
export function convertToUnit(value: number, fromUnit: string, toUnit: string): number | undefined {
  if (fromUnit === toUnit) return value;
  const a = splitScaledUnit(fromUnit);
  const b = splitScaledUnit(toUnit);
  if (!a.base || a.base !== b.base) return undefined;
  return Math.round(((value * a.scale) / b.scale) * 1e6) / 1e6;
}

/** Human-readable period: 2026 → 2026年, 2026-H1 → 2026年上半年, 2026-01..2026-10 → 2026年1-10月. */
export function formatPeriod(period: string): string {
  let m = /^(\d{4})$/.exec(period);
  if (m) return `${m[1]}年`;
  m = /^(\d{4})-H([12])$/.exec(period);
  if (m) return `${m[1]}年${m[2] === "1" ? "上" : "下"}半年`;
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return `${m[1]}年第${"一二三四".charAt(Number(m[2]) - 1)}季度`;
  m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period);
  if (m && m[1] === m[3]) return `${m[1]}年${Number(m[2])}-${Number(m[4])}月`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  return period;
}

/** The text `insertFigure` writes for a figure in the given format (default: value with unit). */
export function formatFigureText(figure: SavedFigure, format: FigureFormat = "value"): string {
  if (typeof format === "function") return format(figure);
  const value = `${formatNumber(figure.value)}${figure.unit}`;
  if (format === "name-value") return `${figure.name}${value}`;
  if (format === "period-name-value") return `${formatPeriod(figure.period)}${figure.name}${value}`;
  return value;
}

/**
 * The text that replaces a masked number with a saved figure: only the number when the unit is
 * already written after the placeholder (converted to it when the scale differs), else number and unit.
 */
export function figureTextForPlaceholder(figure: SavedFigure, after: string): string {
  const unitMatch = /^[亿万千]?[\u4e00-\u9fa5a-zA-Z%‰²³]{1,4}/.exec(after);
  if (figure.unit === "%" && after.startsWith("%")) return formatNumber(figure.value);
  if (unitMatch) {
    for (let len = unitMatch[0].length; len > 0; len--) {
      const written = after.slice(0, len);
      const converted = convertToUnit(figure.value, figure.unit, written);
      if (converted !== undefined) return formatNumber(converted);
    }
  }
  return formatFigureText(figure, "value");
}

/**
 * Saved figures that fit a masked number: those whose name or alias is written shortly before
 * the placeholder, nearest first, units compatible with the text after it ranked higher.
 */
export function matchFiguresByContext(
  figures: readonly SavedFigure[],
  before: string,
  after: string,
  limit = 5,
): SavedFigure[] {
  // Only the clause the placeholder sits in names it: 「投资3.2亿元，实现产值xx亿元」 is about 产值.
  const clause = before.slice(Math.max(...["，", ",", "；", ";", "。", "：", ":", "！", "？", "\n"].map((p) => before.lastIndexOf(p))) + 1);
  const scored: { figure: SavedFigure; score: number }[] = [];
  for (const figure of figures) {
    let best = -1;
    for (const name of [figure.name, ...(figure.aliases ?? [])]) {
      if (!name) continue;
      const at = clause.lastIndexOf(name);
      if (at < 0) continue;
      const distance = clause.length - (at + name.length);
      best = Math.max(best, 1000 - distance * 10 + name.length);
    }
    if (best < 0) continue;
    const unit = /^[亿万千]?[\u4e00-\u9fa5%]{1,3}/.exec(after)?.[0] ?? "";
    const compatible = unit !== "" && [1, 2, 3].some((n) => convertToUnit(1, figure.unit, unit.slice(0, n)) !== undefined);
    scored.push({ figure, score: best + (compatible ? 500 : 0) + (figure.updatedAt ?? 0) / 1e13 });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.figure);
}
