import { formatInUnit, formatValue, indicatorLabel } from "../../figures/format";
import { unitInfo } from "../../figures/units";
import { normalizePeriodKey } from "../../model/period-key";
import { defineRule, type Finding } from "../types";
import { isComparable, placeFigures, scanFigures } from "./figure-facts";

/**
 * A figure that differs from the user's saved figure for the same indicator and period, with a
 * fix that writes the saved value in the text's own unit (3.5亿元 saved, text in 万元 → 35000万元).
 */
export const savedFigureRule = defineRule({
  meta: {
    id: "figure-consistency/saved-figure",
    category: "figure-consistency",
    severity: "warning",
    description: "与指标库中已保存的同一指标、同一时期数值不一致",
  },
  scan: scanFigures,
  report(report, facts, ctx) {
    const lookup = ctx.figures;
    if (!lookup) return [];
    const findings: Finding[] = [];
    for (const f of placeFigures(report, facts)) {
      if (!isComparable(f) || f.activity || f.scope !== undefined || !f.periodKey || f.periodKey.startsWith("?")) continue;
      const saved = lookup.lookup(f.indicator!, f.periodKey);
      if (!saved || normalizePeriodKey(saved.period) !== f.periodKey) continue;
      const info = unitInfo(saved.unit);
      if (!info || info.base !== f.normalized.unit) continue;
      const savedValue = saved.value * info.factor;
      const eps = Math.abs(savedValue) * 1e-9;
      if (savedValue >= f.low - eps && savedValue <= f.high + eps) continue;
      const shown = formatValue(saved.value, saved.unit);
      const replacement = f.approximation === "range" || f.value < 0 ? undefined : formatInUnit(savedValue, f.unit);
      findings.push({
        from: f.start,
        to: f.end,
        message: `${indicatorLabel(f.indicator) ?? "该指标"}此处为${f.raw}，指标库中保存的数值为${shown}，两者不一致`,
        ...(replacement ? { fixes: [{ label: `改为${replacement}`, replacement }] } : {}),
      });
    }
    return findings;
  },
});
