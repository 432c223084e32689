/**
 * Values and units as reports write them: "3.2亿" in a 万元 column means 32000, "12.3%" carries its
 * own unit. Conversions go through decimal scaling and are rounded to 15 significant digits, so no
 * float noise (1.1亿 → 11000万, not 11000.000000000002) reaches the store.
 */

/** Magnitude words that prefix a unit (万元 = 万 × 元). Longest first so 万亿 wins over 万. */
const MAGNITUDES: readonly [string, number][] = [
  ["万亿", 12],
  ["千万", 7],
  ["百万", 6],
  ["十万", 5],
  ["亿", 8],
  ["万", 4],
  ["千", 3],
];

/** Units that begin with a magnitude word but are not scaled versions of another unit. */
const ATOMIC_UNITS = new Set(["百分点", "个百分点", "千分点", "%", "‰", "万分点"]);

/** A unit split into its power of ten and its base, e.g. 万元 → { exponent: 4, base: "元" }. */
export interface ScaledUnit {
  exponent: number;
  base: string;
}

/** Splits a unit into magnitude and base; a bare 万 / 亿 is a magnitude of a count. */
export function splitUnit(unit: string): ScaledUnit {
  const u = unit.trim();
  if (ATOMIC_UNITS.has(u)) return { exponent: 0, base: u };
  for (const [word, exponent] of MAGNITUDES) {
    if (u.startsWith(word)) return { exponent, base: u.slice(word.length) };
  }
  return { exponent: 0, base: u };
}

/** Removes binary float noise: 0.1 + 0.2 → 0.3. Values stay exact to 15 significant digits. */
export function cleanNumber(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const clean = Number(value.toPrecision(15));
  // Near Number.MAX_VALUE rounding up would overflow: keep the value as it is.
  return Number.isFinite(clean) ? clean : value;
}

/** value × 10^exponent without float noise. */
export function scaleByPowerOfTen(value: number, exponent: number): number {
  if (exponent === 0) return value;
  // Shift the decimal point in the exponent notation instead of multiplying.
  const [mantissa, exp] = value.toExponential().split("e");
  return cleanNumber(Number(`${mantissa}e${Number(exp) + exponent}`));
}

/**
 * Converts a value between two units that share a base (亿元 → 万元); undefined when the bases
 * differ (万元 → 吨) and no conversion would be what the user meant.
 */
export function convertValue(value: number, fromUnit: string, toUnit: string): number | undefined {
  if (fromUnit.trim() === toUnit.trim()) return value;
  const from = splitUnit(fromUnit);
  const to = splitUnit(toUnit);
  if (from.base !== to.base) return undefined;
  return scaleByPowerOfTen(value, from.exponent - to.exponent);
}

/** A number as typed in a cell: "3.2", "1,234.5", "３．２", "-0.5", "1e21". */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d{1,3})?$/i;

/** The result of reading a typed value: a number with the unit written next to it, or why not. */
export type ParsedValue = { ok: true; value: number; unit: string } | { ok: false; reason: string };

/**
 * Reads a typed value such as "3.2亿元", "12.3%", "1,234" into a number and the unit written with it
 * (possibly ""). Approximate or ranged values (约3亿, 3-4亿) are rejected: a saved figure is exact.
 */
export function parseTypedValue(raw: string): ParsedValue {
  const text = raw
    .normalize("NFKC")
    .trim()
    .replace(/[−–—]/g, "-")
    .replace(/(?<=\d),(?=\d{3}(?:\D|$))/g, "")
    .replace(/\s+/g, "");
  if (!text) return { ok: false, reason: "数值为空" };
  if (/^(?:约|近|超|逾|大约|将近|超过)/.test(text)) return { ok: false, reason: `“${raw.trim()}”是约数，请填写确切数值` };
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d{1,3})?)(.{0,12})$/i.exec(text);
  if (!m || !PLAIN_NUMBER.test(m[1]!)) return { ok: false, reason: `“${raw.trim()}”不是数字` };
  const unit = m[2]!;
  if (/[\d]/.test(unit) || /^[-~至到]/.test(unit)) return { ok: false, reason: `“${raw.trim()}”不是单个数字` };
  const value = Number(m[1]);
  if (!Number.isFinite(value)) return { ok: false, reason: `“${raw.trim()}”超出可保存的数值范围` };
  return { ok: true, value: cleanNumber(value), unit };
}

/**
 * Reads a value cell against the unit column: "3.2亿" with unit 万元 → 32000 万元; "3.2亿元" with no
 * unit → 3.2 亿元; "5吨" with unit 万元 → rejected, because guessing would corrupt the figure.
 */
export function resolveValueWithUnit(raw: string, columnUnit: string): ParsedValue {
  const parsed = parseTypedValue(raw);
  if (!parsed.ok) return parsed;
  const unit = columnUnit.normalize("NFKC").trim();
  if (!parsed.unit) return { ok: true, value: parsed.value, unit };
  if (!unit) return parsed;
  // "3.2亿" + 万元: the written part is a bare magnitude of the column's base.
  const written = splitUnit(parsed.unit);
  const target = splitUnit(unit);
  const writtenBase = written.base === "" ? target.base : written.base;
  const scalesAtomic = written.exponent !== 0 && ATOMIC_UNITS.has(target.base);
  if (writtenBase !== target.base || scalesAtomic) {
    return { ok: false, reason: `数值“${raw.trim()}”的单位与单位列“${unit}”不一致` };
  }
  const value = scaleByPowerOfTen(parsed.value, written.exponent - target.exponent);
  return { ok: true, value, unit };
}
