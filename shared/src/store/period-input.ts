/**
 * User-typed periods → period keys (see model/period-key.ts). People type periods the way reports
 * write them (2026年1-10月, 2026年第三季度, 2026.10); the store saves only keys so that a saved
 * figure's period compares with the period the engine reads from a text.
 */
import { normalizePeriodKey, parsePeriodKey } from "../model/period-key";

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 1–12 from "3", "03", "三", "十", "十一", "十二". */
function monthNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return +text;
  if (text.length === 1) return CHINESE_DIGITS[text];
  if (text === "十一") return 11;
  if (text === "十二") return 12;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

function monthsKey(year: number, first: number, last: number): string | undefined {
  if (first < 1 || last > 12 || first > last) return undefined;
  return normalizePeriodKey(first === last ? `${year}-${pad(first)}` : `${year}-${pad(first)}..${year}-${pad(last)}`);
}

const MONTH = "(\\d{1,2}|十[一二]|[一二三四五六七八九十])";
const RANGE_DASH = "\\s{0,2}(?:-|－|—|–|~|～|至|到)\\s{0,2}";

/**
 * The period key for a typed period, or undefined when the text is not one.
 * Accepts keys themselves, 2026 / 2026年 / 2026年度 / 2026年全年, 2026年上半年, 2026年第三季度 /
 * 2026年三季度 / 2026Q3, 2026年前三季度, 2026年1-10月 (—, ~, 至), 2026年10月 / 2026.10 / 2026/10, and
 * 2026/10/1 (what a spreadsheet makes of 2026-10).
 * `year` supplies the year for text without one (1-10月).
 */
export function parsePeriodInput(input: string, options: { year?: number } = {}): string | undefined {
  const text = input.normalize("NFKC").trim().replace(/\s+/g, "");
  if (!text) return undefined;
  const asKey = parsePeriodKey(text) ? normalizePeriodKey(text) : undefined;
  if (asKey) return asKey;

  // A spreadsheet turns 2026-10 into the date 2026/10/1: the first of a month means that month.
  const firstOfMonth = /^(\d{4})[-/.](\d{1,2})[-/.]0?1$/.exec(text);
  if (firstOfMonth) return monthsKey(+firstOfMonth[1]!, +firstOfMonth[2]!, +firstOfMonth[2]!);

  let year = options.year;
  let rest = text;
  const yearMatch = /^(\d{4})(?:年度|年|[.\-/])?/.exec(text);
  if (yearMatch) {
    year = +yearMatch[1]!;
    rest = text.slice(yearMatch[0].length);
  }
  if (year === undefined || year < 1900 || year > 2200) return undefined;

  if (rest === "" || rest === "全年" || rest === "年度" || rest === "年") return String(year);
  if (/^上半年(?:度)?$/.test(rest)) return `${year}-H1`;
  if (/^下半年(?:度)?$/.test(rest)) return `${year}-H2`;

  let m = /^(?:第)?([一二三四1-4])季度$/.exec(rest) ?? /^Q([1-4])$/i.exec(rest);
  if (m) return `${year}-Q${monthNumber(m[1]!)}`;
  m = /^前([一二三1-3])(?:个)?季度$/.exec(rest);
  if (m) return monthsKey(year, 1, monthNumber(m[1]!)! * 3);

  m = new RegExp(`^${MONTH}月?${RANGE_DASH}${MONTH}月(?:份)?$`).exec(rest) ?? new RegExp(`^${MONTH}${RANGE_DASH}${MONTH}$`).exec(rest);
  if (m) {
    const first = monthNumber(m[1]!);
    const last = monthNumber(m[2]!);
    return first && last ? monthsKey(year, first, last) : undefined;
  }
  m = new RegExp(`^前${MONTH}(?:个)?月$`).exec(rest);
  if (m) {
    const last = monthNumber(m[1]!);
    return last ? monthsKey(year, 1, last) : undefined;
  }
  m = new RegExp(`^${MONTH}月(?:份)?$`).exec(rest) ?? (yearMatch && /[.\-/]$/.test(yearMatch[0]) ? /^(\d{1,2})$/.exec(rest) : null);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? monthsKey(year, month, month) : undefined;
  }
  return undefined;
}
