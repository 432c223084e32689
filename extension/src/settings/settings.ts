/**
 * The user's settings (sites switched off, reference date, rule switches and severities), kept in
 * chrome.storage.local and validated whenever read, so a damaged value falls back to defaults.
 */
import type { CheckOptions, RuleSetting } from "@tally/shared";
import * as z from "zod";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const settingsSchema = z.object({
  /** Hostnames where Tally stays off. */
  disabledSites: z.array(z.string().max(253)).max(1000).default([]),
  /** "auto": the report's own period, else today. Otherwise a fixed YYYY-MM-DD. */
  referenceDate: z.union([z.literal("auto"), z.string().regex(ISO_DATE)]).default("auto"),
  /** By rule id or category id, as the engine takes them. */
  rules: z.record(z.string().max(100), z.enum(["off", "info", "warning", "error"])).default({}),
});
export type TallySettings = z.infer<typeof settingsSchema>;

/** The chrome.storage.local key (storage access lives in ./storage). */
export const SETTINGS_KEY = "tally:settings";

/** Default settings: on everywhere, automatic reference date, every rule at its own severity. */
export function defaultSettings(): TallySettings {
  return { disabledSites: [], referenceDate: "auto", rules: {} };
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

/** The engine options the settings stand for. */
export function checkOptionsOf(settings: TallySettings): Omit<CheckOptions, "figures"> {
  const rules: Record<string, RuleSetting> = { ...settings.rules };
  return {
    ...(settings.referenceDate !== "auto" ? { referenceDate: settings.referenceDate } : {}),
    ...(Object.keys(rules).length ? { rules } : {}),
  };
}
