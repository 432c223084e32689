import { defineRule, type Finding } from "../types";
import { lastDigitTolerance, placeFigures, relatedOf, scanFigures, type PlacedFigure } from "./figure-facts";

/** What may stand between a part and its share: ，占 · ，占比 · 、约占. */
const SHARE_GAP = /^[，,、\s]?(?:仅占|约占|占到|占比为|占比达|占比|占)$/;

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
    const figures = placeFigures(report, facts);
    const findings: Finding[] = [];
    figures.forEach((share, index) => {
      if (share.role !== "share" || share.normalized.unit !== "%" || share.approximate || share.target || index === 0) return;
      const part = figures[index - 1]!;
      if (!isCount(part) || part.partsGroup === undefined || part.paragraph !== share.paragraph || part.sentence !== share.sentence) return;
      const gap = report.paragraphs[share.paragraph]!.text.slice(part.to, share.from);
      if (!SHARE_GAP.test(gap)) return;
      // 3560户11820人，其中脱贫户320户1060人，占9%: any unit of the part may be meant
      let checked: { part: PlacedFigure; total: PlacedFigure; computed: number } | undefined;
      for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
        const p = figures[k]!;
        if (!isCount(p) || p.partsGroup !== part.partsGroup || p.sentence !== part.sentence || p.paragraph !== part.paragraph) continue;
        const total = totalOf(figures, k);
        if (!total || total.normalized.value <= 0 || total.normalized.value < p.normalized.value) continue;
        const low = (p.low / total.high) * 100;
        const high = (p.high / total.low) * 100;
        const tolerance = lastDigitTolerance(share);
        if (high >= share.value - tolerance && low <= share.value + tolerance) return;
        checked ??= { part: p, total, computed: (p.normalized.value / total.normalized.value) * 100 };
      }
      if (!checked) return;
      findings.push({
        from: share.start,
        to: share.end,
        message: `占比为${share.raw}，但${checked.part.raw}÷${checked.total.raw}约为${checked.computed.toFixed(Math.max(1, share.decimals))}%，占比与数字不符`,
        related: [relatedOf(checked.part, `部分：${checked.part.raw}`), relatedOf(checked.total, `总数：${checked.total.raw}`)],
      });
    });
    return findings;
  },
});

function isCount(f: PlacedFigure): boolean {
  return f.role === "level" && !f.target && !f.approximate && f.normalized.unit !== "%" && f.normalized.unit !== "个百分点" && f.normalized.unit !== "";
}

/** The total a 其中 list's part belongs to: the last figure of its unit before the list, in its sentence or the one before. */
function totalOf(figures: readonly PlacedFigure[], partIndex: number): PlacedFigure | undefined {
  const part = figures[partIndex]!;
  let first = partIndex;
  while (first > 0 && figures[first - 1]!.partsGroup === part.partsGroup && figures[first - 1]!.paragraph === part.paragraph) first--;
  for (let j = first - 1; j >= 0 && first - j <= 24; j--) {
    const g = figures[j]!;
    if (g.paragraph !== part.paragraph || part.sentence - g.sentence > 1) return undefined;
    if (g.partsGroup !== undefined || g.normalized.unit !== part.normalized.unit) continue;
    return g.role === "level" && !g.target && !g.approximate ? g : undefined;
  }
  return undefined;
}
