/**
 * The user's settings (sites switched off, reference date, rule switches and severities, own
 * stale phrases and templates, default template), kept in chrome.storage.local and validated
 * whenever read, so a damaged value falls back to defaults.
 */
import { BUILTIN_TEMPLATE_IDS, validateStalePhrase, validateTemplate, type CheckOptions, type ReportTemplate, type RuleSetting, type StalePhraseEntry } from "@tally/shared";
import * as z from "zod/mini";
import { ISO_DATE, SETTINGS_KEY } from "./key";
import "./zod-messages";

/** Keeps the entries the engine's validator accepts (the options page never saves others). */
const stalePhraseList = z.pipe(
  z._default(z.array(z.unknown()).check(z.maxLength(500)), []),
  z.transform((list: unknown[]): StalePhraseEntry[] => list.flatMap((raw) => {
    const r = validateStalePhrase(raw);
    return r.ok ? [r.entry] : [];
  })),
);

/** Keeps the templates the engine's validator accepts. */
const templateList = z.pipe(
  z._default(z.array(z.unknown()).check(z.maxLength(50)), []),
  z.transform((list: unknown[]): ReportTemplate[] => list.flatMap((raw) => {
    const r = validateTemplate(raw);
    return r.ok ? [r.template] : [];
  })),
);

export const settingsSchema = z.object({
  /** Hostnames where Tally stays off. */
  disabledSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(1000)), []),
  /** "auto": the report's own period, else today. Otherwise a fixed YYYY-MM-DD. */
  referenceDate: z._default(z.union([z.literal("auto"), z.string().check(z.regex(ISO_DATE))]), "auto"),
  /** By rule id or category id, as the engine takes them. */
  rules: z._default(z.record(z.string().check(z.maxLength(100)), z.enum(["off", "info", "warning", "error"])), {}),
  /** The user's own stale-phrase entries, used with the built-in list. */
  stalePhrases: stalePhraseList,
  /** The user's own section templates (may override a built-in id). */
  templates: templateList,
  /** Id of the default template; "" picks one from the report's kind. */
  template: z._default(z.string().check(z.maxLength(100)), ""),
});
export type TallySettings = z.infer<typeof settingsSchema>;

/** The chrome.storage.local key (storage access lives in ./storage). */
export { SETTINGS_KEY };

/** Default settings: on everywhere, automatic reference date, every rule at its own severity. */
export function defaultSettings(): TallySettings {
  return { disabledSites: [], referenceDate: "auto", rules: {}, stalePhrases: [], templates: [], template: "" };
}

/** Parses a stored value; anything invalid gives the defaults. */
export function parseSettings(raw: unknown): TallySettings {
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}

/** True when Tally is switched off for a hostname. */
export function isSiteDisabled(settings: TallySettings, host: string): boolean {
  return settings.disabledSites.includes(host);
}

/** True when a template id names a built-in or one of the user's templates (a deleted one falls back to automatic). */
export function templateExists(settings: TallySettings, id: string): boolean {
  return BUILTIN_TEMPLATE_IDS.includes(id) || settings.templates.some((t) => t.id === id);
}

/** The engine options the settings stand for. */
export function checkOptionsOf(settings: TallySettings): Omit<CheckOptions, "figures"> {
  const rules: Record<string, RuleSetting> = { ...settings.rules };
  return {
    ...(settings.referenceDate !== "auto" ? { referenceDate: settings.referenceDate } : {}),
    ...(Object.keys(rules).length ? { rules } : {}),
    ...(settings.stalePhrases.length ? { stalePhrases: settings.stalePhrases } : {}),
    ...(settings.templates.length ? { templates: settings.templates } : {}),
    ...(settings.template && templateExists(settings, settings.template) ? { template: settings.template } : {}),
  };
}
