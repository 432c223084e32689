import { GENERIC_OBJECTS, ACTION_VERBS } from "../../figures/words";
import { defineRule, type Finding } from "../types";
import { isComparable, memoSlot, perParagraph, relatedOf, scanFigures, type PlacedFigure } from "./figure-facts";

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
    // Each later figure of a group is compared with the group's first. Only the figures with a key
    // take part (listed once per paragraph placement); groups are numbered, so one pass over arrays
    // finds each group's first figure without a map lookup per figure.
    const check = ++checks;
    const findings: Finding[] = [];
    for (const c of perParagraph(report, facts, SLOT, comparedFigures)) {
      for (let k = 0; k < c.length; k++) {
        const group = c.groups[k]!;
        if (seenIn[group] !== check) {
          seenIn[group] = check;
          firstIn[group] = c;
          firstAt[group] = k;
          continue;
        }
        const fc = firstIn[group]!;
        const fk = firstAt[group]!;
        // same sentence of the same paragraph (one list per paragraph), or values that can agree
        if (fc === c && fc.sentences[fk] === c.sentences[k]) continue;
        if (fc.lows[fk]! <= c.highs[k]! && c.lows[k]! <= fc.highs[fk]!) continue;
        const first = fc.figures[fk]!;
        const f = c.figures[k]!;
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

/** Where this rule keeps each paragraph's compared figures between checks. */
const SLOT = memoSlot();

/** Group numbers by group key (indicator, period, scope, unit): one per distinct key ever seen. */
const groupByKey = new Map<string, number>();
/** Per group number: the check that last saw the group, and where its first figure is in it. */
const seenIn: number[] = [];
const firstIn: (Compared | undefined)[] = [];
const firstAt: number[] = [];
let checks = 0;

/**
 * One paragraph's compared figures as parallel arrays (group number, sentence, value bounds), so
 * that the pass over all of them reads numbers and not the figures themselves.
 */
interface Compared {
  length: number;
  groups: number[];
  sentences: number[];
  lows: number[];
  highs: number[];
  figures: PlacedFigure[];
}

/**
 * One paragraph's figures that are compared, with their group numbers. Worked out once per
 * placement (placed figures are reused across checks, only their offsets move).
 */
function comparedFigures(figures: PlacedFigure[]): Compared {
  const out: Compared = { length: 0, groups: [], sentences: [], lows: [], highs: [], figures: [] };
  for (const f of figures) {
    if (!isComparable(f) || !isSpecificIndicator(f)) continue;
    const key = [f.indicator, f.periodKey, f.scope ?? "", f.normalized.unit].join("|");
    let group = groupByKey.get(key);
    if (group === undefined) {
      group = groupByKey.size;
      groupByKey.set(key, group);
      seenIn.push(0);
      firstIn.push(undefined);
      firstAt.push(0);
    }
    out.groups.push(group);
    out.sentences.push(f.sentence);
    out.lows.push(f.low);
    out.highs.push(f.high);
    out.figures.push(f);
    out.length++;
  }
  return out;
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
