import { indicatorLabel } from "../../figures/format";
import { defineRule, type Finding } from "../types";
import { lastDigitTolerance, memoSlot, paragraphFindings, relatedOf, scanFigures, type PlacedFigure } from "./figure-facts";

/** Where this rule keeps each paragraph's findings between checks. */
const SLOT = memoSlot();

/**
 * A bare plan, budget or target a result is measured against (预算, 调整预算, 年度计划, 市下达目标任务);
 * not one naming its own subject (利润完成计划, 非税收入完成预算), whose result is not the figure before.
 */
const PLAN_NAME = /^占?(?:调整|年初|年度|全年)?(?:[省市县区]|上级)?(?:下达的?)?(?:年度)?(?:预算|计划|目标任务|任务|目标)$/;

/**
 * A completion rate that does not match its result and plan: 非税收入1240万元，完成预算1100万元的
 * 118.7% (it is 112.7%). Only the written form 「result，完成/为 plan 的 rate」: the rate right after
 * the plan's figure (one character, 的, between them) and the result the figure just before the
 * plan, in the same sentence and unit.
 */
export const shareOfPlanRule = defineRule({
  meta: {
    id: "figure-consistency/share-of-plan",
    category: "figure-consistency",
    severity: "warning",
    description: "“完成预算（计划）…的…%”与完成数、预算数不符",
  },
  scan: scanFigures,
  report(report, facts) {
    // Result, plan and rate stand in one sentence: each paragraph's figures are checked on their own.
    return paragraphFindings(report, facts, SLOT, planFindings);
  },
});

/** The completion-rate findings of one paragraph's figures. */
function planFindings(figures: PlacedFigure[]): Finding[] {
  const findings: Finding[] = [];
  for (let index = 2; index < figures.length; index++) {
    const rate = figures[index]!;
    if (rate.normalized.unit !== "%" || rate.role !== "level" || rate.indicator !== undefined || rate.approximate) continue;
    const plan = figures[index - 1]!;
    const result = figures[index - 2]!;
    if (rate.from - plan.to > 1 || plan.role !== "level" || !PLAN_NAME.test(plan.indicator ?? "") || plan.approximate) continue;
    if (result.role !== "level" || result.target || result.approximate || result.listed || result.indicator === undefined) continue;
    if (result.sentence !== rate.sentence || plan.sentence !== rate.sentence || result.normalized.unit !== plan.normalized.unit) continue;
    if (plan.normalized.value <= 0 || plan.normalized.unit === "%" || plan.normalized.unit === "个百分点") continue;
    const low = (result.low / plan.high) * 100;
    const high = (result.high / plan.low) * 100;
    const tolerance = lastDigitTolerance(rate);
    if (high >= rate.value - tolerance && low <= rate.value + tolerance) continue;
    const computed = (result.normalized.value / plan.normalized.value) * 100;
    findings.push({
      from: rate.start,
      to: rate.end,
      message: `完成比例为${rate.raw}，但${result.raw}÷${plan.raw}约为${computed.toFixed(Math.max(1, rate.decimals))}%，比例与数字不符`,
      related: [relatedOf(result, `${indicatorLabel(result.indicator) ?? "完成数"}：${result.raw}`), relatedOf(plan, `${indicatorLabel(plan.indicator) ?? "计划"}：${plan.raw}`)],
    });
  }
  return findings;
}
