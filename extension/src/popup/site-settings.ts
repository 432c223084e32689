/// <reference types="chrome" />
/**
 * The two settings the popup shows and changes (sites switched off, reference date), read and
 * written straight in chrome.storage.local. The popup never loads the full validator (zod and the
 * engine's phrase and template checks), which would make it as large as the checker; every other
 * field of the stored object is left exactly as it was, and readers validate the whole object.
 */
import { ISO_DATE, SETTINGS_KEY } from "../settings/key";

/** What the popup needs from the settings. */
export interface PopupSettings {
  disabledSites: string[];
  /** "auto" or a fixed YYYY-MM-DD. */
  referenceDate: string;
}

const MAX_SITES = 1000;
const MAX_HOST_LENGTH = 253;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The popup's view of a stored settings value; malformed fields read as their defaults. */
export function readPopupSettings(raw: unknown): PopupSettings {
  const stored = isRecord(raw) ? raw : {};
  const sites = stored.disabledSites;
  const date = stored.referenceDate;
  return {
    disabledSites: Array.isArray(sites) ? sites.filter((h): h is string => typeof h === "string" && h.length <= MAX_HOST_LENGTH) : [],
    referenceDate: typeof date === "string" && ISO_DATE.test(date) ? date : "auto",
  };
}

/** The stored value with a site switched on or off; other fields untouched. */
export function withSiteEnabled(raw: unknown, host: string, on: boolean): Record<string, unknown> {
  const stored = isRecord(raw) ? raw : {};
  const others = readPopupSettings(stored).disabledSites.filter((h) => h !== host);
  // The newest entries are kept when the list is full; it only grows one host per click.
  const disabledSites = on ? others : [...others, host].slice(-MAX_SITES);
  return { ...stored, disabledSites };
}

/** Reads the popup's settings from extension storage. */
export async function loadPopupSettings(): Promise<PopupSettings> {
  return readPopupSettings((await chrome.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Switches Tally on or off for a host (remembered); open tabs of that host follow at once. */
export async function setSiteEnabled(host: string, on: boolean): Promise<PopupSettings> {
  const stored = (await chrome.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const next = withSiteEnabled(stored, host, on);
  await chrome.storage.local.set({ [SETTINGS_KEY]: next });
  return readPopupSettings(next);
}
