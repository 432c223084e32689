import { parsePeriodKey, toPeriodKey } from "../model/period-key";
import { parseChinese } from "./numbers";

/**
 * A period as a figure's own words give it, before the report's year is known: the report's year
 * is settled only once the whole text is read, while figures are extracted per paragraph.
 */
export interface PeriodSpec {
  /** An explicit year (2025年); otherwise relative to the report's year. */
  year?: number;
  /** 0 for the report's year, -1 for 去年/上年/同期. */
  yearOffset: number;
  span: { kind: "report" } | { kind: "year" } | { kind: "months"; from: number; to: number };
}

/** What a period phrase does to the figures after it. */
export type PeriodEvent =
  | { kind: "current"; spec: PeriodSpec; index: number; end: number }
  | { kind: "baseline"; index: number; end: number; sentenceWide: boolean }
  | { kind: "uncertain"; index: number; end: number };

const YEAR = "(?:(\\d{4})年(?!\\d{1,2}月(?:\\d|底|末|初|中|上|下|[0-9]{1,2}日)))?";
const MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
/** Period phrases, longest alternatives first. Bounded, no nested quantifiers. */
const PERIOD_RE = new RegExp(
  [
    `${YEAR}${MONTH}\\s?[-—–~～至到]\\s?${MONTH}月份?`,
    `${YEAR}(上半年|下半年|前三季度|第?[一二三四1-4]季度|全年|年度)`,
    `(\\d{4})年以来`,
    `(去年同期|上年同期|同期|去年|上年|上一年度|上一年)`,
    `(今年以来|今年|本年度|当年)`,
    `(年初|年末|期初|期末|原有|截至目前|截止目前|截至当前|到目前为止|以来|近年来|近[一二三两四五六七八九十\\d]{1,2}年|过去[一二三两四五六七八九十\\d]{1,2}年|[一二三两四五六七八九十\\d]{1,2}年来|历年|多年来|“?十[二三四五]五”?(?:期间|以来|时期)?|假期|黄金周|小长假)`,
    `(\\d{4})年度?(?![\\d一二三四五六七八九十]|底|末|初)`,
    `(\\d{1,2})月份`,
    `(?:(\\d{4})年)?${MONTH}月(?:底|末)`,
    `(?:截至|截止)(?:(\\d{4})年)?${MONTH}月\\d{1,2}日`,
  ].join("|"),
  "g",
);

/** 较, 比, 与 or 于. */
function isComparisonWord(code: number): boolean {
  return code === 0x8f83 || code === 0x6bd4 || code === 0x4e0e || code === 0x4e8e;
}

function monthNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = /^\d+$/.test(s) ? Number(s) : parseChinese(s);
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

function quarterMonths(word: string): [number, number] | undefined {
  if (word === "上半年") return [1, 6];
  if (word === "下半年") return [7, 12];
  if (word === "前三季度") return [1, 9];
  const q = /([一二三四1-4])季度/.exec(word);
  if (q) {
    const n = "一二三四".indexOf(q[1]!) + 1 || Number(q[1]);
    return [(n - 1) * 3 + 1, n * 3];
  }
  return undefined;
}

/** Period phrases in a stretch of text, in order; `offset` is added to their indices. */
export function findPeriodEvents(text: string, offset = 0): PeriodEvent[] {
  const out: PeriodEvent[] = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(text); m; m = PERIOD_RE.exec(text)) {
    const index = offset + m.index;
    const end = index + m[0].length;
    if (m[0].length === 0) {
      PERIOD_RE.lastIndex++;
      continue;
    }
    // 较一季度 · 比上半年: a period named as a comparison, not the figures' own
    if (m[7] === undefined && m.index > 0 && isComparisonWord(text.charCodeAt(m.index - 1))) continue;
    if (m[3] !== undefined) {
      const from = monthNumber(m[2]);
      const to = monthNumber(m[3]);
      if (from === undefined || to === undefined || from > to) continue;
      out.push({ kind: "current", index, end, spec: withYear(m[1], { kind: "months", from, to }) });
    } else if (m[5] !== undefined) {
      const months = quarterMonths(m[5]);
      const span = months ? { kind: "months" as const, from: months[0], to: months[1] } : { kind: "year" as const };
      out.push({ kind: "current", index, end, spec: withYear(m[4], span) });
    } else if (m[6] !== undefined || m[9] !== undefined) {
      out.push({ kind: "uncertain", index, end });
    } else if (m[7] !== undefined) {
      const next = text.charAt(m.index + m[0].length);
      out.push({ kind: "baseline", index, end, sentenceWide: next === "，" || next === "," });
    } else if (m[8] !== undefined) {
      out.push({ kind: "current", index, end, spec: { yearOffset: 0, span: { kind: "report" } } });
    } else if (m[10] !== undefined) {
      out.push({ kind: "current", index, end, spec: { year: Number(m[10]), yearOffset: 0, span: { kind: "year" } } });
    } else if (m[11] !== undefined) {
      const month = monthNumber(m[11]);
      if (month !== undefined) out.push({ kind: "current", index, end, spec: { yearOffset: 0, span: { kind: "months", from: month, to: month } } });
    } else if (m[13] !== undefined || m[15] !== undefined) {
      // 截至10月底 · 6月末 · 截至11月15日: the year so far, as 1—10月 (a stock then, or the running total of a flow)
      const month = monthNumber(m[13] ?? m[15]);
      if (month !== undefined) out.push({ kind: "current", index, end, spec: withYear(m[12] ?? m[14], { kind: "months", from: 1, to: month }) });
    }
  }
  return out;
}

function withYear(year: string | undefined, span: PeriodSpec["span"]): PeriodSpec {
  return year !== undefined ? { year: Number(year), yearOffset: 0, span } : { yearOffset: 0, span };
}

/**
 * The period key of a spec, given the report's year and the report's own key (which stands for
 * figures that name no period). Undefined when it cannot be told.
 */
export function resolvePeriod(spec: PeriodSpec | undefined, reportYear: number, reportKey: string | undefined): string | undefined {
  const s = spec ?? { yearOffset: 0, span: { kind: "report" as const } };
  const year = (s.year ?? reportYear) + s.yearOffset;
  switch (s.span.kind) {
    case "year":
      return String(year);
    case "months":
      return toPeriodKey({ start: `${year}-${pad(s.span.from)}-01`, end: `${year}-${pad(s.span.to)}-${pad(lastDay(year, s.span.to))}` });
    case "report": {
      if (s.year !== undefined && s.year !== reportYear) return String(year);
      if (reportKey === undefined) return undefined;
      return s.yearOffset === 0 ? reportKey : shiftKey(reportKey, s.yearOffset);
    }
  }
}

/** The same period some years earlier or later ("2026-H1" − 1 year → "2025-H1"). */
export function shiftKey(key: string, years: number): string | undefined {
  // rules ask for the year before of the same few keys figure after figure
  const memoKey = `${years}|${key}`;
  const known = shiftedKeys.get(memoKey);
  if (known !== undefined || shiftedKeys.has(memoKey)) return known;
  const shifted = computeShiftKey(key, years);
  if (shiftedKeys.size >= 256) shiftedKeys.clear();
  shiftedKeys.set(memoKey, shifted);
  return shifted;
}
const shiftedKeys = new Map<string, string | undefined>();

function computeShiftKey(key: string, years: number): string | undefined {
  const r = parsePeriodKey(key);
  if (!r) return undefined;
  const shift = (d: string) => {
    const y = Number(d.slice(0, 4)) + years;
    const m = Number(d.slice(5, 7));
    const day = d.endsWith("-01") && d.slice(8) === "01" ? 1 : lastDay(y, m);
    return `${y}-${pad(m)}-${pad(day)}`;
  };
  return toPeriodKey({ start: shift(r.start), end: shift(r.end) });
}

const pad = (n: number) => String(n).padStart(2, "0");
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
