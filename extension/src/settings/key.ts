/**
 * Where the settings live and the date format they use, with no dependencies, so lean readers
 * (popup, content script) can share them with the full validator in ./settings.
 */

/** The chrome.storage.local key of the settings object. */
export const SETTINGS_KEY = "tally:settings";

/** A fixed reference date: YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
