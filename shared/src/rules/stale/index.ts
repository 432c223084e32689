import type { Rule } from "../types";
import { anachronismRule } from "./anachronism";
import { planYearRule } from "./plan-year";
import { stalePhraseRule } from "./stale-phrase";

/** Rules of this family, in reporting order. */
export const rules: Rule<any>[] = [stalePhraseRule, planYearRule, anachronismRule];
