import { parseChineseNumeral } from "./numerals";
import type { Paragraph, ReportPeriod } from "./types";

/**
 * Report period inference. The period decides which phrasing is stale, so it is read where reports
 * state it, strongest first:
 *
 * 1. the title (or a title-like line near the top, when watermark lines precede it):
 *    2026年工作总结 · 2026年上半年 · 1-10月 / 1—10月 / 1至10月 · 第三季度 / 前三季度 · 10月份 ·
 *    全年 / 年度 · 二〇二五年 · 2025—2026学年 (September to August);
 * 2. the body: a period phrase opening one of the first paragraphs (今年以来，· 1-10月，·
 *    2020年上半年，· 2020年以来，), its year taken from the body phrase itself, else the date line
 *    (a paragraph that is only a date, e.g. the signature 2026年11月5日), else a year in the
 *    first paragraphs, else the reference date's year;
 * 3. the reference date's year, from 1 January up to the reference date.
 *
 * Choices worth knowing:
 * - 上半年总结和下半年计划: the period is the first half (the part that is reviewed and whose figures
 *   are cited). Staleness is judged by the period's start, so the plans for the second half are
 *   judged by the same start; a phrase superseded only in the second half is then left alone.
 * - A summary signed in January or February whose title or opening says 年度 / 全年 / 一年来 (or a
 *   政府工作报告 / 述职报告) but names no year is about the previous year (2021年1月8日 under
 *   年度工作总结 → 2020).
 * - 今年以来 ends at the date line when it is in the same year, at the reference date when the
 *   year is the reference year, else at the end of the year.
 */
export function inferPeriod(paragraphs: readonly Paragraph[], title: Paragraph | undefined, referenceDate: string): ReportPeriod {
  const dateLine = findDateLine(paragraphs);
  const period = readPeriod(paragraphs, title, referenceDate, dateLine);
  return dateLine ? { ...period, dated: `${dateLine.year}-${pad(dateLine.month)}-${pad(dateLine.day)}` } : period;
}

function readPeriod(paragraphs: readonly Paragraph[], title: Paragraph | undefined, referenceDate: string, dateLine: DateLine | undefined): ReportPeriod {
  const refYear = +referenceDate.slice(0, 4);
  const heads = titleCandidates(paragraphs, title);
  // The first paragraphs that are not title lines (read up to there only: reports are long).
  const body: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length && body.length < BODY_PARAGRAPHS; i++) if (!heads.includes(paragraphs[i]!)) body.push(paragraphs[i]!);

  // 1. The title. A school year (2025—2026学年) runs from September to August.
  for (const head of heads) {
    const school = SCHOOL_YEAR.exec(head.text);
    if (school && +school[2]! === +school[1]! + 1) {
      return { start: `${school[1]}-09-01`, end: `${school[2]}-08-31`, source: "title", label: `${school[1]}—${school[2]}学年` };
    }
    const clue = readClue(head.text, "title");
    if (!clue.year && !clue.months && !clue.wholeYear) continue;
    const year = clue.year ?? bodyYear(body, dateLine, clue.wholeYear ?? false, refYear);
    return build(year, clue, "title", dateLine, referenceDate);
  }

  // 2. The body: a period phrase opening one of the first paragraphs. A paragraph that opens with
  // only a year (2019年，…) names the year for a month phrase that may follow (1-10月，…).
  let openingYear: number | undefined;
  const annualHead = heads.some((h) => ANNUAL_WORD.test(h.text));
  for (const p of body) {
    if (p.text.length <= 64 && DATE_LINE.test(p.text)) continue;
    const clue = readClue(p.text.trimStart().slice(0, OPENING_CHARS), "opening");
    if (!clue.months && !clue.wholeYear && !clue.yearToDate) {
      openingYear ??= clue.year;
      continue;
    }
    const annual = (clue.wholeYear ?? false) || annualHead;
    const year = clue.year ?? openingYear ?? bodyYear(body, dateLine, annual, refYear);
    if (!clue.year && !clue.months && clue.yearToDate && annual) return build(year, { wholeYear: true }, "text", dateLine, referenceDate);
    return build(year, clue, "text", dateLine, referenceDate);
  }
  if (openingYear !== undefined) return build(openingYear, { wholeYear: true }, "text", dateLine, referenceDate);

  // A year stated in the text without a period phrase: the date line, or a year in the opening.
  const annual = heads.some((h) => ANNUAL_WORD.test(h.text)) || body.slice(0, 2).some((p) => ANNUAL_OPENING.test(p.text));
  const year = bodyYear(body, dateLine, annual, refYear);
  if (year !== refYear || dateLine) {
    return build(year, annual || !dateLine || dateLine.year !== year ? { wholeYear: true } : { yearToDate: true }, "text", dateLine, referenceDate);
  }

  // 3. The reference date.
  return { start: `${refYear}-01-01`, end: referenceDate, source: "reference", label: `${refYear}年` };
}

/** How many paragraphs after the title are read for period phrases and years. */
const BODY_PARAGRAPHS = 4;
/** A period phrase must open its paragraph: only the first characters are read. */
const OPENING_CHARS = 24;

// Titles that review a whole year even without saying so (a government work report or a 述职
// delivered in January reviews the previous year).
const ANNUAL_WORD = /年度|全年|年终|一年来|过去一年|政府工作报告|述职/;
const ANNUAL_OPENING = /^\s*(?:一年来|过去的?一年|本年度|全年)/;

/** What a line says about the period. */
interface Clue {
  year?: number;
  /** First and last month, inclusive. */
  months?: [number, number];
  /** 全年 / 年度 / 一年来: the whole year. */
  wholeYear?: boolean;
  /** 今年以来 / 年初以来 / 2020年以来: from January to the time of writing. */
  yearToDate?: boolean;
  /** Label for the months, e.g. 上半年, 第三季度, 1—10月. */
  monthsLabel?: string;
}

const CN_DIGIT = "〇零○Ｏ一二三四五六七八九";
const CN_DIGIT_VALUE: Record<string, number> = { "〇": 0, "零": 0, "○": 0, "Ｏ": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 2026 or 二〇二六 → 2026; undefined when not a plausible report year. */
function parseYear(s: string): number | undefined {
  let y: number;
  if (/^\d{4}$/.test(s)) y = +s;
  else if (s.length === 4 && [...s].every((c) => c in CN_DIGIT_VALUE)) y = [...s].reduce((acc, c) => acc * 10 + CN_DIGIT_VALUE[c]!, 0);
  else return undefined;
  return y >= 1980 && y <= 2100 ? y : undefined;
}

/** 10 or 十 → 10; undefined outside 1–12. */
function parseMonth(s: string): number | undefined {
  const v = /^\d{1,2}$/.test(s) ? +s : parseChineseNumeral(s);
  return v !== undefined && v >= 1 && v <= 12 ? v : undefined;
}

// A year not inside a range such as 2021—2025年 or a longer number.
const YEAR = new RegExp(`(?<![\\d${CN_DIGIT}\\-－—–~～至到])(\\d{4}|[${CN_DIGIT}]{4})\\s?年`, "g");
const MONTH_NUM = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
const MONTH_RANGE = new RegExp(`(?<![\\d])${MONTH_NUM}\\s?(?:月份?)?\\s?[-－—–~～至到]{1,2}\\s?(?:\\d{4}年)?${MONTH_NUM}\\s?月`);
const SCHOOL_YEAR = /(\d{4})\s?(?:年)?\s?[-－—–~～至到]{1,2}\s?(\d{4})\s?学年/;
const QUARTERS_TO_DATE = /前([一二三两1-3])(?:个)?季度/;
const QUARTER = /(?:第)?([一二三四1-4])季度/;
const SINGLE_MONTH = new RegExp(`(?<![\\d\\-－—–~～至到月])${MONTH_NUM}\\s?月份?(?:工作|情况|总结|汇报|报告)`);

/**
 * Reads the period a title (or a paragraph opening) names. `where` = "opening" only accepts
 * phrases that open the text (今年以来，…), because the body mentions other periods in passing.
 */
function readClue(text: string, where: "title" | "opening"): Clue {
  const clue: Clue = {};
  const t = where === "opening" ? text : text.replace(/\s+/g, "");
  YEAR.lastIndex = 0;
  const ym = YEAR.exec(t);
  const yearAt = ym ? ym.index : -1;
  if (ym) {
    const y = parseYear(ym[1]!);
    if (y !== undefined) clue.year = y;
  }
  if (where === "opening") {
    // Only a year that opens the paragraph, followed by a period word or a comma, names the period.
    if (!(ym && yearAt === 0 && /^(?:度|以来|上半年|下半年|全年|前三季度|[一二三四]季度|1|一|，|,|是|我|全)/.test(t.slice(ym[0].length)))) {
      delete clue.year;
    }
    const rest = ym && clue.year !== undefined ? t.slice(ym[0].length) : t;
    if (/^(?:今年|本年|年初)以来|^以来/.test(rest) || (clue.year !== undefined && /^以来/.test(rest))) clue.yearToDate = true;
    if (/^(?:全年|本年度|一年来|过去的?一年)/.test(rest)) clue.wholeYear = true;
    readMonths(rest.slice(0, 12), clue, true);
    return clue;
  }
  if (/年度|全年|年终/.test(t)) clue.wholeYear = true;
  readMonths(t, clue, false);
  if (clue.months) delete clue.wholeYear;
  return clue;
}

function readMonths(t: string, clue: Clue, opening: boolean): void {
  const half = /上半年/.test(t) ? 1 : /下半年/.test(t) ? 2 : 0;
  // 上半年总结和下半年计划 names both halves: the review (first half) is the period.
  if (half === 1 && (!opening || /^(?:\d{4}年)?上半年/.test(t))) {
    clue.months = [1, 6];
    clue.monthsLabel = "上半年";
    return;
  }
  if (half === 2 && (!opening || /^(?:\d{4}年)?下半年/.test(t))) {
    clue.months = [7, 12];
    clue.monthsLabel = "下半年";
    return;
  }
  const range = MONTH_RANGE.exec(t);
  if (range && (!opening || range.index <= 6)) {
    const a = parseMonth(range[1]!);
    const b = parseMonth(range[2]!);
    if (a !== undefined && b !== undefined && a <= b) {
      clue.months = [a, b];
      clue.monthsLabel = `${a}—${b}月`;
      return;
    }
  }
  const q3 = QUARTERS_TO_DATE.exec(t);
  if (q3 && (!opening || q3.index <= 6)) {
    const n = q3[1] === "两" ? 2 : parseMonth(q3[1]!) ?? 0;
    if (n >= 1 && n <= 3) {
      clue.months = [1, n * 3];
      clue.monthsLabel = `前${q3[1]}季度`;
      return;
    }
  }
  const q = QUARTER.exec(t);
  if (q && (!opening || q.index <= 6)) {
    const n = parseMonth(q[1]!) ?? 0;
    if (n >= 1 && n <= 4) {
      clue.months = [n * 3 - 2, n * 3];
      clue.monthsLabel = `第${"一二三四"[n - 1]}季度`;
      return;
    }
  }
  if (!opening) {
    const m = SINGLE_MONTH.exec(t);
    const v = m ? parseMonth(m[1]!) : undefined;
    if (v !== undefined) {
      clue.months = [v, v];
      clue.monthsLabel = `${v}月`;
    }
  }
}

/** The title plus title-like lines above the first heading (watermark or header lines may come first). */
function titleCandidates(paragraphs: readonly Paragraph[], title: Paragraph | undefined): Paragraph[] {
  const out: Paragraph[] = title ? [title] : [];
  for (const p of paragraphs.slice(0, 12)) {
    if (p === title) continue;
    // Headings (二、2026年工作安排) belong to the body: no title comes after the first one.
    if (p.analysis.heading || p.hostHeadingLevel !== undefined) break;
    const t = p.text.trim();
    if (t.length === 0 || t.length > 60 || /[。；，,：:]/.test(t)) continue;
    if (!/(?:总结|汇报|报告|述职|计划|要点|材料|打算|安排)$/.test(t)) continue;
    out.push(p);
  }
  return out;
}

/**
 * A date the report is dated by: a paragraph that is only a date (the signature or a date line),
 * or the line under a speech title (——2025年1月10日在…会议上).
 */
interface DateLine {
  year: number;
  month: number;
  day: number;
}

const DATE_LINE = new RegExp(`^[\\s\\u3000—－-]*(\\d{4}|[${CN_DIGIT}]{4})\\s?年\\s?(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s?月\\s?(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s?日(?:在[^。；]{2,40}上)?[\\s\\u3000）)]*$`);

function findDateLine(paragraphs: readonly Paragraph[]): DateLine | undefined {
  // The signature is at the end; some reports put a date line under the title instead.
  const tail = paragraphs.slice(-6).reverse();
  const head = paragraphs.slice(0, 4);
  for (const p of [...tail, ...head]) {
    if (p.text.length > 64) continue;
    const m = DATE_LINE.exec(p.text);
    if (!m) continue;
    const year = parseYear(m[1]!);
    const month = parseMonth(m[2]!);
    const day = /^\d+$/.test(m[3]!) ? +m[3]! : parseChineseNumeral(m[3]!);
    if (year !== undefined && month !== undefined && day !== undefined && day >= 1 && day <= lastDay(year, month)) {
      return { year, month, day };
    }
  }
  return undefined;
}

/** Words before a year that make it a comparison or a target rather than the report's year. */
const NOT_OWN_YEAR = /(?:较|比|与|同|到|至|自|从|于|在)$/;

/**
 * The report's year when no period phrase names it: the date line (the previous year for an
 * annual summary signed in January or February), else the first year in the opening paragraphs
 * that is not a comparison or a target, else the reference year.
 */
function bodyYear(body: readonly Paragraph[], dateLine: DateLine | undefined, annual: boolean, refYear: number): number {
  if (dateLine) return annual && dateLine.month <= 2 ? dateLine.year - 1 : dateLine.year;
  for (const p of body.slice(0, 3)) {
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(p.text); m; m = YEAR.exec(p.text)) {
      if (NOT_OWN_YEAR.test(p.text.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (/^(?:以前|之前|前|底前|年底前)/.test(p.text.slice(m.index + m[0].length))) continue;
      const y = parseYear(m[1]!);
      if (y !== undefined) return y;
    }
  }
  return refYear;
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, clue: Clue, source: ReportPeriod["source"], dateLine: DateLine | undefined, referenceDate: string): ReportPeriod {
  if (clue.months) {
    const [a, b] = clue.months;
    return { start: `${year}-${pad(a)}-01`, end: `${year}-${pad(b)}-${pad(lastDay(year, b))}`, source, label: `${year}年${clue.monthsLabel ?? `${a}—${b}月`}` };
  }
  if (clue.yearToDate && !clue.wholeYear) {
    let end = `${year}-12-31`;
    if (dateLine && dateLine.year === year) end = `${year}-${pad(dateLine.month)}-${pad(dateLine.day)}`;
    else if (+referenceDate.slice(0, 4) === year) end = referenceDate;
    return { start: `${year}-01-01`, end, source, label: `${year}年` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31`, source, label: `${year}年` };
}
