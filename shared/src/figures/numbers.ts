/**
 * Number parsing for figures: Arabic digits (half- and full-width, thousands separators,
 * decimals) and Chinese numerals (三千三百 · 两 · 一百二十万). Parsers return undefined rather
 * than throw, because they run on whatever a user types.
 */

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits and punctuation to their ASCII forms, one code unit for one (offsets stay valid). */
export function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (ch === "．") out += ".";
    else if (ch === "，") out += ",";
    else out += ch;
  }
  return out;
}

/** An Arabic number as written ("44,680", "73.04", "１２"); undefined when malformed. */
export function parseArabic(written: string): { value: number; decimals: number } | undefined {
  // the common case, plain ASCII digits with at most one decimal part, without the rewriting below
  let point = -1;
  let plain = written.length > 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 46 && point < 0 && i > 0 && i < written.length - 1) {
      point = i;
      continue;
    }
    plain = false;
    break;
  }
  if (plain) return { value: Number(written), decimals: point < 0 ? 0 : written.length - point - 1 };
  const half = toHalfWidth(written);
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(half)) return undefined;
  const s = half.replace(/,/g, "");
  const dot = s.indexOf(".");
  return { value: Number(s), decimals: dot < 0 ? 0 : s.length - dot - 1 };
}

/** A Chinese numeral ("三千三百", "一百二十万", "十五", "两"); undefined when malformed. */
export function parseChinese(written: string): number | undefined {
  if (written.length === 0) return undefined;
  let total = 0; // completed 亿/万 sections
  let section = 0; // current section below 万
  let digit: number | undefined;
  let lastBig = Infinity;
  for (const ch of written) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== undefined) {
        // "一二" is not a number; "二〇二六" style digit strings are accepted as place digits
        digit = digit * 10 + CHINESE_DIGITS[ch]!;
      } else digit = CHINESE_DIGITS[ch]!;
    } else if (ch in CHINESE_SMALL_UNITS) {
      const unit = CHINESE_SMALL_UNITS[ch]!;
      section += (digit ?? 1) * unit;
      digit = undefined;
    } else if (ch in CHINESE_BIG_UNITS) {
      const unit = CHINESE_BIG_UNITS[ch]!;
      if (unit === lastBig && section === 0 && digit === undefined) return undefined; // 万万
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return undefined;
      if (unit > lastBig) total = (total + part) * unit;
      else total += part * unit;
      lastBig = unit;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** A number printed without exponent or float noise: 320000000, 3.2, 0.05. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(12));
  if (Math.abs(rounded) >= 1e21) return BigInt(rounded).toString();
  let s = String(rounded);
  if (s.includes("e-")) s = rounded.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  return s;
}

/** Removes float noise from a product (1.46 × 1e8 = 145999999.99999997 → 146000000). */
export function roundFloat(x: number): number {
  return Math.abs(x) < 1e9 ? Math.round(x * 1e6) / 1e6 : Number(x.toPrecision(15));
}
