/**
 * Units and magnitudes. Every written unit maps to a base unit and a factor, so 3.2亿元 and
 * 32000万元 normalise to the same 320000000 元, while 个百分点 stays apart from %.
 */

export interface UnitInfo {
  /** The base unit normalised values are expressed in. */
  base: string;
  /** How many base units one written unit is. */
  factor: number;
}

/** Base units and their conversions. Counters without a conversion are their own base. */
const CONVERSIONS: Record<string, UnitInfo> = {
  元: { base: "元", factor: 1 },
  美元: { base: "美元", factor: 1 },
  亩: { base: "亩", factor: 1 },
  公顷: { base: "亩", factor: 15 },
  平方米: { base: "平方米", factor: 1 },
  平方公里: { base: "平方米", factor: 1e6 },
  平方千米: { base: "平方米", factor: 1e6 },
  立方米: { base: "立方米", factor: 1 },
  米: { base: "米", factor: 1 },
  公里: { base: "米", factor: 1000 },
  千米: { base: "米", factor: 1000 },
  吨: { base: "吨", factor: 1 },
  公斤: { base: "吨", factor: 0.001 },
  千克: { base: "吨", factor: 0.001 },
  斤: { base: "吨", factor: 0.0005 },
  人: { base: "人", factor: 1 },
  名: { base: "人", factor: 1 },
  位: { base: "人", factor: 1 },
  "%": { base: "%", factor: 1 },
  "％": { base: "%", factor: 1 },
  "个百分点": { base: "个百分点", factor: 1 },
  百分点: { base: "个百分点", factor: 1 },
  千瓦时: { base: "千瓦时", factor: 1 },
  千瓦: { base: "千瓦", factor: 1 },
};

/** Counters that are their own base unit. */
const COUNTERS = [
  "人次", "户", "个", "次", "起", "件", "家", "张", "场次", "场", "项", "所", "条", "处", "间", "套",
  "辆", "头", "只", "羽", "株", "棵", "份", "篇", "期", "批", "座", "台", "眼", "宗", "例", "支",
  "栋", "盏", "块", "本", "册", "艘", "架", "门", "层", "课时", "学时", "对",
];

/** Every unit the extractor recognises, longest first (for the alternation). */
export const UNIT_WORDS: readonly string[] = [...Object.keys(CONVERSIONS), ...COUNTERS].sort((a, b) => b.length - a.length);

/** Magnitude prefixes written before a unit (3.2亿元, 3万余人). */
export const MAGNITUDES: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 万: 1e4, 亿: 1e8, 千: 1e3 };

/**
 * Base unit and factor of a unit as written: "亿元" → 元 × 1e8, "万亩" → 亩 × 1e4, "名" → 人 × 1,
 * "万" alone → "" × 1e4 (a magnitude with no unit). Undefined for anything unknown.
 */
export function unitInfo(written: string): UnitInfo | undefined {
  const known = cache.get(written);
  if (known !== undefined || cache.has(written)) return known;
  const info = computeUnitInfo(written);
  if (cache.size < 512) cache.set(written, info);
  return info;
}

const cache = new Map<string, UnitInfo | undefined>();

function computeUnitInfo(written: string): UnitInfo | undefined {
  const w = written.trim();
  if (w === "") return { base: "", factor: 1 };
  const direct = CONVERSIONS[w];
  if (direct) return direct;
  if (COUNTERS.includes(w)) return { base: w, factor: 1 };
  for (const mag of ["万亿", "千万", "百万", "万", "亿", "千"]) {
    if (w.startsWith(mag)) {
      const rest = computeUnitInfo(w.slice(mag.length));
      if (rest) return { base: rest.base, factor: rest.factor * MAGNITUDES[mag]! };
    }
  }
  return undefined;
}

