import { rules as figureRules } from "./figures";
import { rules as maskedRules } from "./masked";
import { rules as staleRules } from "./stale";
import { rules as structureRules } from "./structure";
import { rules as textRules } from "./text";
import type { Rule } from "./types";

/** Every built-in rule. Each family folder owns its rules; this list only gathers them. */
export const builtinRules: readonly Rule<any>[] = [
  ...maskedRules,
  ...staleRules,
  ...structureRules,
  ...figureRules,
  ...textRules,
];

export type { Finding, Rule, RuleContext, RuleMeta } from "./types";
export { defineRule } from "./types";
