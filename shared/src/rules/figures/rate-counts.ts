import { defineRule, type Finding } from "../types";
import { BOUNDED_RATE } from "./bounded-percent";
import { lastDigitTolerance, memoSlot, paragraphFindings, relatedOf, scanFigures, type PlacedFigure } from "./figure-facts";

const RATE_NAME = /率$/;
/**
 * Rates that are no share of the counts before them; 节资率, 审减率 and 下浮率 are savings over a budget
 * or a submitted sum (节约资金 ÷ 预算), which the text seldom gives.
 */
const NOT_A_RATIO = /增长|增速|增幅|降幅|下降|提高|利率|税率|汇率|费率|比率|贡献|回报|收益|产出|频率|效率|^功率|发电功率|节资|节支|节约率|下浮|审减|优惠率/;

/** Where this rule keeps each paragraph's findings between checks. */
const SLOT = memoSlot();

/**
 * A rate that does not match its own counts: 排查37个、整改32个，整改率89.2% (it is 86.5%).
 * The counts must stand just before the rate, in the same or the previous sentence, in one unit;
 * the numerator must name what the rate names (整改 for 整改率).
 */
export const rateCountsRule = defineRule({
  meta: {
    id: "figure-consistency/rate-counts",
    category: "figure-consistency",
    severity: "warning",
    description: "比率与其依据的数字不符（如整改率与排查数、整改数）",
  },
  scan: scanFigures,
  report(report, facts) {
    // Counts stand in the same or the previous sentence: each paragraph's figures are checked on their own.
    return paragraphFindings(report, facts, SLOT, rateFindings);
  },
});

/** The rate findings of one paragraph's figures. */
function rateFindings(figures: PlacedFigure[]): Finding[] {
  const findings: Finding[] = [];
  figures.forEach((rate, index) => {
    if (rate.normalized.unit !== "%" || rate.role !== "level" || rate.approximate || rate.target) return;
    const name = rate.indicator ?? "";
    if (!RATE_NAME.test(name) || NOT_A_RATIO.test(name)) return;
    if (rate.low > 100 && BOUNDED_RATE.test(name)) return; // bounded-percent already says it cannot be
    const stem = name.slice(0, -1);
    const core = stem.slice(-2);
    if (core.length < 2) return;
    const counts: PlacedFigure[] = [];
    for (let j = index - 1; j >= 0 && counts.length < 6 && index - j <= 24; j--) {
      const g = figures[j]!;
      if (g.paragraph !== rate.paragraph || rate.sentence - g.sentence > 1) break;
      if (g.normalized.unit === "%" && g.role === "level") break; // counts before another rate belong to that rate
      if (g.normalized.unit === "%" || g.normalized.unit === "个百分点" || g.role !== "level" || g.target || g.listed) continue;
      counts.unshift(g);
    }
    const pair = numeratorAndDenominator(counts, core);
    if (!pair) return;
    const [numerator, denominator] = pair;
    if (numerator.approximate || denominator.approximate || denominator.normalized.value <= 0) return;
    const computedLow = (numerator.low / denominator.high) * 100;
    const computedHigh = (numerator.high / denominator.low) * 100;
    const tolerance = lastDigitTolerance(rate);
    if (computedHigh >= rate.value - tolerance && computedLow <= rate.value + tolerance) return;
    const computed = (numerator.normalized.value / denominator.normalized.value) * 100;
    findings.push({
      from: rate.start,
      to: rate.end,
      message: `${name}为${rate.raw}，但${numerator.raw}÷${denominator.raw}约为${computed.toFixed(Math.max(1, rate.decimals))}%，比率与数字不符`,
      related: [relatedOf(numerator, `${numerator.indicator ?? ""}：${numerator.raw}`), relatedOf(denominator, `${denominator.indicator ?? ""}：${denominator.raw}`)],
    });
  });
  return findings;
}

/**
 * The count the rate is about (its name carries the rate's core, 整改 for 整改率) and the count
 * beside it in the same unit that it is a share of.
 */
function numeratorAndDenominator(counts: PlacedFigure[], core: string): [PlacedFigure, PlacedFigure] | undefined {
  // 1126户3562人 … 812户2604人: each unit is its own pair of counts; take the first unit that has one
  for (const unit of new Set(counts.map((c) => c.normalized.unit))) {
    const ofUnit = counts.filter((c) => c.normalized.unit === unit);
    const candidates = ofUnit.filter((c) => namesCore(c.indicator ?? "", core) && !/^应/.test(c.indicator ?? ""));
    if (candidates.length !== 1) continue;
    const numerator = candidates[0]!;
    const others = ofUnit.filter((c) => c !== numerator);
    if (others.length === 0) continue;
    const i = ofUnit.indexOf(numerator);
    const before = others.filter((c) => ofUnit.indexOf(c) < i);
    const denominator = before.length > 0 ? before[before.length - 1]! : others.length === 1 ? others[0]! : undefined;
    if (!denominator || denominator.normalized.value < numerator.normalized.value) continue;
    // 老人1286人。敬老院床位120张，入住62人，入住率51.7%: the numerator's sentence opens with its own
    // base (in another unit), so a count of the sentence before is not what the rate is a share of
    if (denominator.sentence < numerator.sentence && counts.some((c) => c.sentence === numerator.sentence && c.start < numerator.start)) continue;
    return [numerator, denominator];
  }
  return undefined;
}

/** The count's name carries the rate's core, in order if not side by side (破案 in 破获刑事案件). */
function namesCore(name: string, core: string): boolean {
  if (name.includes(core)) return true;
  const first = name.indexOf(core.charAt(0));
  return first >= 0 && name.indexOf(core.charAt(1), first + 1) > first && name.indexOf(core.charAt(1), first + 1) - first <= 4;
}
