/** Chinese and circled numerals as report markers use them (1–99). */

const DIGITS = "零一二三四五六七八九";

/** Parses 一 … 九十九 (also 两 for 2 is not used in markers); undefined for anything else. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0 || s.length > 3) return undefined;
  const d = (c: string | undefined) => (c === undefined ? -1 : DIGITS.indexOf(c));
  if (s.length === 1) {
    if (s === "十") return 10;
    const v = d(s);
    return v >= 1 ? v : undefined;
  }
  if (s.length === 2) {
    if (s[0] === "十") {
      const u = d(s[1]);
      return u >= 1 ? 10 + u : undefined;
    }
    if (s[1] === "十") {
      const t = d(s[0]);
      return t >= 2 ? t * 10 : undefined;
    }
    return undefined;
  }
  const t = d(s[0]);
  const u = d(s[2]);
  return s[1] === "十" && t >= 2 && u >= 1 ? t * 10 + u : undefined;
}

/** Formats 1–99 as a Chinese numeral (一, 十, 十一, 二十三). */
export function formatChineseNumeral(n: number): string {
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? "" : DIGITS[tens]!) + "十" + (units ? DIGITS[units]! : "");
}

const CIRCLED_FIRST = 0x2460; // ①
/** ① … ⑳ → 1 … 20. */
export function parseCircled(c: string): number | undefined {
  const code = c.codePointAt(0);
  if (code === undefined || c.length !== 1) return undefined;
  const v = code - CIRCLED_FIRST + 1;
  return v >= 1 && v <= 20 ? v : undefined;
}

/** 1 … 20 → ① … ⑳ (other numbers as digits). */
export function formatCircled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(CIRCLED_FIRST + n - 1) : String(n);
}
