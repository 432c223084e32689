import type { Rule } from "../types";
import { boundedPercentRule } from "./bounded-percent";
import { growthRule } from "./growth";
import { partsTotalRule } from "./parts-total";
import { rateCountsRule } from "./rate-counts";
import { sameIndicatorRule } from "./same-indicator";
import { savedFigureRule } from "./saved-figure";
import { shareOfTotalRule } from "./share-of-total";
import { shareOfPlanRule } from "./share-of-plan";
import { tableTotalRule } from "./table-total";

/** Rules of this family, in reporting order. */
export const rules: Rule<any>[] = [sameIndicatorRule, partsTotalRule, rateCountsRule, shareOfTotalRule, shareOfPlanRule, growthRule, boundedPercentRule, savedFigureRule, tableTotalRule];
