import { GENERIC_OBJECTS, ACTION_VERBS } from "../../figures/words";
import { defineRule, type Finding } from "../types";
import { isComparable, placeFigures, relatedOf, sameSentence, scanFigures, type PlacedFigure } from "./figure-facts";

/**
 * One indicator, one period, one scope, two values: 固定资产投资 3.2亿元 on page 1 and 3.5亿元 on
 * page 4. Values are compared after normalisation and within what their writing allows
 * (3.2亿元 = 32000万元; 3万余人 fits 30512人).
 */
export const sameIndicatorRule = defineRule({
  meta: {
    id: "figure-consistency/same-indicator",
    category: "figure-consistency",
    severity: "warning",
    description: "同一指标、同一时期和范围在文中出现不同数值",
  },
  scan: scanFigures,
  report(report, facts) {
    const groups = new Map<string, PlacedFigure[]>();
    for (const f of placeFigures(report, facts)) {
      const key = groupKey(f);
      if (key === null) continue;
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
    const findings: Finding[] = [];
    for (const list of groups.values()) {
      const first = list[0]!;
      for (const f of list.slice(1)) {
        if (sameSentence(first, f) || overlaps(first, f)) continue;
        findings.push({
          from: f.start,
          to: f.end,
          message: `${f.indicator}前文为${first.raw}，此处为${f.raw}，数字不一致`,
          related: [relatedOf(first, `${first.indicator}：${first.raw}`)],
        });
      }
    }
    return findings;
  },
});

/** Two written figures can stand for the same value. */
/**
 * Placed figures are reused across checks while their paragraph and its placement stay the same
 * (only their offsets move), so each one's group key (null: not compared) is worked out once; the
 * same key string also keeps its hash for the map lookups of later checks.
 */
const keyByFigure = new WeakMap<PlacedFigure, string | null>();

function groupKey(f: PlacedFigure): string | null {
  let key = keyByFigure.get(f);
  if (key === undefined) {
    key = isComparable(f) && isSpecificIndicator(f) ? [f.indicator, f.periodKey, f.scope ?? "", f.normalized.unit].join("|") : null;
    keyByFigure.set(f, key);
  }
  return key;
}

function overlaps(a: PlacedFigure, b: PlacedFigure): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/**
 * Names precise enough that two mentions mean the same quantity: not a generic word, and
 * for activity counts (发放低保金) an object that is not generic (开展活动, 排查问题 recur in
 * different campaigns).
 */
function isSpecificIndicator(f: PlacedFigure): boolean {
  const name = f.indicator ?? "";
  // short bare names (参保率, 党员) often stand for a subject named earlier in the sentence
  if (name.length < 2 || (name.length <= 3 && /率$/.test(name))) return false;
  if (!f.activity) return name.length >= 3 || !GENERIC_OBJECTS.test(name);
  const verb = ACTION_VERBS.exec(name);
  const object = verb ? name.slice(verb[0].length) : name;
  return object.length >= 3 && !GENERIC_OBJECTS.test(object);
}
