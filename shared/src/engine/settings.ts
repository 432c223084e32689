import type { RuleSetting, Severity } from "../types";

/**
 * Settles a finding's severity from the user's settings: the most specific key wins
 * ("stale-phrase/19th-congress" over "stale-phrase" over the category). Returns undefined when off.
 */
export function resolveSeverity(
  settings: Record<string, RuleSetting> | undefined,
  ruleId: string,
  category: string,
  fallback: Severity,
): Severity | undefined {
  if (!settings) return fallback;
  let key = ruleId;
  for (;;) {
    const s = settings[key];
    if (s !== undefined) return s === "off" ? undefined : s;
    const slash = key.lastIndexOf("/");
    if (slash < 0) break;
    key = key.slice(0, slash);
  }
  const c = settings[category];
  if (c !== undefined) return c === "off" ? undefined : c;
  return fallback;
}

/** True when a whole rule (all its sub-ids) is switched off, so that it need not run at all. */
export function isRuleOff(settings: Record<string, RuleSetting> | undefined, ruleId: string, category: string): boolean {
  if (!settings) return false;
  const own = settings[ruleId];
  if (own !== undefined) return own === "off";
  // A sub-id turned back on keeps the rule running.
  const prefix = ruleId + "/";
  for (const [k, v] of Object.entries(settings)) if (k.startsWith(prefix) && v !== "off") return false;
  return settings[category] === "off";
}
