/**
 * UI text by message id from `_locales` (zh_CN by default, en second). Falls back to the Chinese
 * catalogue where chrome.i18n is absent (unit tests, plain pages hosting the DOM layer).
 */
import zh from "../locales/zh_CN/messages.json";

export type MessageKey = keyof typeof zh;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  try {
    const localized = (globalThis as { chrome?: { i18n?: { getMessage(key: string, subs?: string[]): string } } }).chrome?.i18n?.getMessage(key, subs);
    if (localized) return localized;
  } catch {
    // Extension context gone (reloaded): use the catalogue.
  }
  let message: string = zh[key].message;
  subs.forEach((s, i) => {
    message = message.replace(`$P${i + 1}$`, s);
  });
  return message;
}
