/**
 * Figures as text to insert into a report: 3.2亿元 · 固定资产投资3.2亿元 · 1-10月固定资产投资3.2亿元.
 * Values are written the way reports write them: the unit as saved (32000万元 stays 32000万元), no
 * thousands separators, no exponent, no float noise.
 */
import { parsePeriodKey } from "../model/period-key";
import type { SavedFigure } from "../types";
import { cleanNumber } from "./units";

export type FigureFormatStyle = "value" | "name-value" | "period-name-value";

export interface FormatOptions {
  /** Prefix the period with its year (2026年1-10月); default false, as a report's text usually has the year already. */
  withYear?: boolean;
}

/** A number as reports write it: 12345.6, 0.3, 1200000 — never 1.2e6 or 0.30000000000000004. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const clean = cleanNumber(value);
  const plain = String(clean);
  if (!/e/i.test(plain)) return plain;
  // Expand exponent notation into plain digits.
  const [mantissa, exp] = clean.toExponential().split("e") as [string, string];
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace(/^-/, "").replace(".", "");
  const pointAt = 1 + Number(exp);
  let text: string;
  if (pointAt <= 0) text = `0.${"0".repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) text = digits + "0".repeat(pointAt - digits.length);
  else text = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${text}` : text;
}

const QUARTER_NAMES = ["", "一", "二", "三", "四"];

/** A period key as a report writes it: 2026年 · 上半年 · 第三季度 · 10月 · 1-10月 (year only when asked or needed). */
export function formatPeriod(period: string, options: FormatOptions = {}): string {
  const range = parsePeriodKey(period);
  if (!range) return period;
  const year = period.slice(0, 4);
  const prefix = options.withYear ? `${year}年` : "";
  let m = /^\d{4}$/.exec(period);
  if (m) return `${year}年`;
  m = /^\d{4}-H([12])$/.exec(period);
  if (m) return `${prefix}${m[1] === "1" ? "上" : "下"}半年`;
  m = /^\d{4}-Q([1-4])$/.exec(period);
  if (m) return `${prefix}第${QUARTER_NAMES[+m[1]!]}季度`;
  m = /^\d{4}-(\d{2})$/.exec(period);
  if (m) return `${prefix}${+m[1]!}月`;
  m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    if (m[1] !== m[3]) return `${m[1]}年${+m[2]!}月至${m[3]}年${+m[4]!}月`;
    return `${prefix}${+m[2]!}-${+m[4]!}月`;
  }
  return period;
}

/** The text to insert for a saved figure in the given style. */
export function formatFigure(figure: Pick<SavedFigure, "name" | "value" | "unit" | "period">, style: FigureFormatStyle = "value", options: FormatOptions = {}): string {
  const value = `${formatNumber(figure.value)}${figure.unit}`;
  if (style === "value") return value;
  if (style === "name-value") return `${figure.name}${value}`;
  return `${formatPeriod(figure.period, options)}${figure.name}${value}`;
}
