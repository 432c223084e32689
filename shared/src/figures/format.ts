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

/** The longest indicator name the extractor keeps: a longer one loses its start (…污水治理设施… → 治理设施…). */
export const KEPT_NAME_LENGTH = 14;
/** Characters after which a new word starts for sure. */
const WORD_BREAK = /[的之及和与、]/g;

/**
 * An indicator's name as a message may show it. A name at the extractor's cap may start mid-word
 * (治理设施建设改造提升项目投资 for 农村生活污水治理设施…), which reads as a typo in a message: it is
 * shown from its last sure word break (…受益人口), or not at all (undefined: the message names no
 * indicator).
 */
export function indicatorLabel(indicator: string | undefined): string | undefined {
  if (indicator === undefined || indicator.length < KEPT_NAME_LENGTH) return indicator;
  let start = -1;
  for (const m of indicator.matchAll(WORD_BREAK)) start = m.index + 1;
  return start > 0 && indicator.length - start >= 2 ? indicator.slice(start) : undefined;
}
