import { defineRule, type Finding } from "../types";
import { lastDigitTolerance, memoSlot, paragraphFindings, relatedOf, scanFigures, type PlacedFigure } from "./figure-facts";

/** Where this rule keeps each paragraph's findings between checks. */
const SLOT = memoSlot();

/** At most this many characters between a part and its share: ，占 · ，占比为 · 、约占. */
const MAX_SHARE_GAP = 4;

/**
 * A share that does not match its part and total: 党员1260名，其中女党员320名，占52.4% (it is
 * 25.4%). Only a share right after a part of a 其中 list, so the whole it is a share of is the
 * list's total; a share naming another whole (占总人口的18.2%) is left alone.
 */
export const shareOfTotalRule = defineRule({
  meta: {
    id: "figure-consistency/share-of-total",
    category: "figure-consistency",
    severity: "warning",
    description: "“其中…占…%”的占比与部分数、总数不符",
  },
  scan: scanFigures,
  report(report, facts) {
    // Part, share and total stand in one paragraph: each paragraph's figures are checked on their own.
    return paragraphFindings(report, facts, SLOT, shareFindings);
  },
});

/** The share findings of one paragraph's figures. */
function shareFindings(figures: PlacedFigure[]): Finding[] {
  const findings: Finding[] = [];
  for (let index = 1; index < figures.length; index++) {
    const share = figures[index]!;
    if (share.role !== "share" || share.normalized.unit !== "%" || share.approximate || share.target) continue;
    const part = figures[index - 1]!;
    if (!isCount(part) || part.partsGroup === undefined || part.sentence !== share.sentence || share.from - part.to > MAX_SHARE_GAP) continue;
    // 3560户11820人，其中脱贫户320户1060人，占9%: any unit of the part may be meant
    let checked: { part: PlacedFigure; total: PlacedFigure; computed: number } | undefined;
    let fits = false;
    for (let k = index - 1; k >= Math.max(0, index - 3) && !fits; k--) {
      const p = figures[k]!;
      if (!isCount(p) || p.partsGroup !== part.partsGroup || p.sentence !== part.sentence) continue;
      // 受理信访2862件，办结2816件。其中，网上信访1862件，占65.1%: any figure of the unit before the
      // list may be the whole, so the share is wrong only if it fits none of them
      const totals = totalsOf(figures, k);
      for (const total of totals) {
        if (total.normalized.value <= 0 || total.normalized.value < p.normalized.value) continue;
        const low = (p.low / total.high) * 100;
        const high = (p.high / total.low) * 100;
        const tolerance = lastDigitTolerance(share);
        if (high >= share.value - tolerance && low <= share.value + tolerance) fits = true;
        else if (total === totals[0]) checked ??= { part: p, total, computed: (p.normalized.value / total.normalized.value) * 100 };
      }
    }
    if (fits || !checked) continue;
    findings.push({
      from: share.start,
      to: share.end,
      message: `占比为${share.raw}，但${checked.part.raw}÷${checked.total.raw}约为${checked.computed.toFixed(Math.max(1, share.decimals))}%，占比与数字不符`,
      related: [relatedOf(checked.part, `部分：${checked.part.raw}`), relatedOf(checked.total, `总数：${checked.total.raw}`)],
    });
  }
  return findings;
}

function isCount(f: PlacedFigure): boolean {
  return f.role === "level" && !f.target && !f.approximate && f.normalized.unit !== "%" && f.normalized.unit !== "个百分点" && f.normalized.unit !== "";
}

/**
 * The totals a 其中 list's part may belong to: the figures of its unit before the list, in its
 * sentence or the one before, nearest first; the nearest must be a plain level.
 */
function totalsOf(figures: readonly PlacedFigure[], partIndex: number): PlacedFigure[] {
  const part = figures[partIndex]!;
  let first = partIndex;
  while (first > 0 && figures[first - 1]!.partsGroup === part.partsGroup) first--;
  const totals: PlacedFigure[] = [];
  for (let j = first - 1; j >= 0 && first - j <= 24; j--) {
    const g = figures[j]!;
    if (part.sentence - g.sentence > 1) break;
    if (g.partsGroup !== undefined || g.normalized.unit !== part.normalized.unit) continue;
    if (g.role !== "level" || g.target || g.approximate) {
      if (totals.length === 0) return totals;
      continue;
    }
    totals.push(g);
  }
  return totals;
}
