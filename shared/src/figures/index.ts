/**
 * Figure extraction for the consistency rules and for hosts (the store captures a figure from
 * selected text with `extractFigures`).
 */
import { today } from "../engine/today";
import { extractFigureFacts } from "./extract";
import { resolvePeriod } from "./period";

/** A figure found in a text. Offsets are UTF-16 into that text; `raw === text.slice(from, to)`. */
export interface ExtractedFigure {
  from: number;
  to: number;
  raw: string;
  /** The value in the unit as written: 3.2 for 3.2亿元. */
  value: number;
  /** The unit as written, magnitude included: 亿元, 万人, %, 个百分点; "" when none. */
  unit: string;
  /** In the base unit: { value: 320000000, unit: "元" }. */
  normalized: { value: number; unit: string };
  /** What the figure measures, when the text says so clearly (固定资产投资). */
  indicator?: string;
  /** Period key (2026 · 2026-H1 · 2026-01..2026-10) when the figure's own words give one. */
  period?: string;
  /** A named unit (高龙村, 城北社区) when the figure belongs to one rather than the whole area. */
  scope?: string;
  /** 余、多、约、近、超、左右、以上, or a range. */
  approximate: boolean;
}

/**
 * Extracts the figures of a text. `options.year` is the year that relative period words
 * (上半年, 1-10月, 去年) refer to; default the current year.
 */
export function extractFigures(text: string, options: { year?: number } = {}): ExtractedFigure[] {
  const year = options.year ?? Number(today().slice(0, 4));
  return extractFigureFacts(text).map((f) => {
    const period = f.periodSpec && !f.periodUncertain ? resolvePeriod(f.periodSpec, year, undefined) : undefined;
    const figure: ExtractedFigure = {
      from: f.from,
      to: f.to,
      raw: f.raw,
      value: f.value,
      unit: f.unit,
      normalized: { ...f.normalized },
      approximate: f.approximate,
    };
    if (f.indicator !== undefined) figure.indicator = f.indicator;
    if (period !== undefined) figure.period = period;
    if (f.scope !== undefined) figure.scope = f.scope;
    return figure;
  });
}

export { extractFigureFacts, cleanIndicator } from "./extract";
export type { FigureFact, FigureRole, Approximation } from "./extract";
export { formatValue, formatInUnit, normalize } from "./format";
export { unitInfo } from "./units";
export type { UnitInfo } from "./units";
export { parseArabic, parseChinese, plainNumber } from "./numbers";
export { findPeriodEvents, resolvePeriod, shiftKey } from "./period";
export type { PeriodSpec } from "./period";
