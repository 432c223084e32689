/**
 * The engine's rules as the options page lists them. Reading them means loading the rule modules,
 * i.e. most of the engine, so the options page imports this lazily, after it has shown.
 */
import { builtinRules, type RuleMeta } from "@tally/shared";

export const RULE_METAS: readonly RuleMeta[] = builtinRules.map((rule) => rule.meta);
