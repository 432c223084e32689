/**
 * What the content script needs from the stored settings, read without a schema library so the
 * script injected into every page stays small. The options page and popup write settings through
 * `settings/storage` (validated with zod there); this reader only picks the well-formed parts, and
 * the engine validates user stale phrases and templates again before using them.
 */
import { BUILTIN_TEMPLATE_IDS, type CheckOptions, type RuleSetting } from "@tally/shared";

/** The chrome.storage.local key, as in `settings/settings.ts`. */
export const SETTINGS_KEY = "tally:settings";

/** The part of the settings one page needs. */
export interface PageSettings {
  disabledSites: string[];
  checkOptions: Omit<CheckOptions, "figures">;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const RULE_SETTINGS: readonly string[] = ["off", "info", "warning", "error"];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const idOf = (v: unknown): unknown => (isRecord(v) ? v.id : undefined);

const DEFAULTS: PageSettings = { disabledSites: [], checkOptions: {} };

/** True when an optional field is absent or a list of at most `max` items each passing `item`. */
const listOf = (v: unknown, max: number, item: (x: unknown) => boolean = () => true) => v === undefined || (Array.isArray(v) && v.length <= max && v.every(item));

/**
 * Reads a stored settings value as `parseSettings` does: a malformed field means the defaults
 * (settings are validated when saved, so this only happens to damaged storage).
 */
export function readPageSettings(raw: unknown): PageSettings {
  const s = raw ?? {};
  if (!isRecord(s)) return DEFAULTS;
  const { disabledSites, referenceDate, rules, stalePhrases, templates, template } = s;
  const wellFormed =
    listOf(disabledSites, 1000, (h) => typeof h === "string" && h.length <= 253) &&
    (referenceDate === undefined || referenceDate === "auto" || (typeof referenceDate === "string" && ISO_DATE.test(referenceDate))) &&
    (rules === undefined || (isRecord(rules) && Object.entries(rules).every(([id, v]) => id.length <= 100 && typeof v === "string" && RULE_SETTINGS.includes(v)))) &&
    listOf(stalePhrases, 500) &&
    listOf(templates, 50) &&
    (template === undefined || (typeof template === "string" && template.length <= 100));
  if (!wellFormed) return DEFAULTS;
  const checkOptions: Omit<CheckOptions, "figures"> = {};
  if (typeof referenceDate === "string" && referenceDate !== "auto") checkOptions.referenceDate = referenceDate;
  if (isRecord(rules) && Object.keys(rules).length) checkOptions.rules = rules as Record<string, RuleSetting>;
  // The engine skips entries and templates that do not validate.
  if (Array.isArray(stalePhrases) && stalePhrases.length) checkOptions.stalePhrases = stalePhrases;
  const templateList = Array.isArray(templates) ? templates : [];
  if (templateList.length) checkOptions.templates = templateList;
  if (typeof template === "string" && template && (BUILTIN_TEMPLATE_IDS.includes(template) || templateList.some((t) => idOf(t) === template))) {
    checkOptions.template = template;
  }
  return { disabledSites: (disabledSites as string[] | undefined) ?? [], checkOptions };
}

/** Reads the settings from extension storage. */
export async function loadPageSettings(): Promise<PageSettings> {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  return readPageSettings(stored[SETTINGS_KEY]);
}

/** Calls back whenever the settings change (popup, options page, another tab). */
export function onPageSettingsChanged(listener: (settings: PageSettings) => void): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && SETTINGS_KEY in changes) listener(readPageSettings(changes[SETTINGS_KEY]!.newValue));
  });
}
