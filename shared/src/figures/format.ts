import { plainNumber, roundFloat } from "./numbers";
import { unitInfo } from "./units";

/** A value in a written unit as reports print it: formatValue(3.2, "亿元") → "3.2亿元". */
export function formatValue(value: number, unit: string): string {
  return `${plainNumber(value)}${unit}`;
}

/**
 * A normalised value written in the unit a text uses: formatInUnit(320000000, "万元") → "32000万元".
 * Undefined when the unit is unknown. Used to replace a figure by a saved one in the text's style.
 */
export function formatInUnit(normalizedValue: number, writtenUnit: string): string | undefined {
  const info = unitInfo(writtenUnit);
  if (!info) return undefined;
  return formatValue(normalizedValue / info.factor, writtenUnit);
}

/** Normalises a value in a written unit: normalize(3.2, "亿元") → { value: 320000000, unit: "元" }. */
export function normalize(value: number, writtenUnit: string): { value: number; unit: string } | undefined {
  const info = unitInfo(writtenUnit);
  if (!info) return undefined;
  return { value: info.factor === 1 ? value : roundFloat(value * info.factor), unit: info.base };
}
