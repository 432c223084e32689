/** The settings in chrome.storage.local: read, write, and follow changes from any extension page or tab. */
import { parseSettings, SETTINGS_KEY, settingsSchema, type TallySettings } from "./settings";

/** Reads the settings from extension storage. */
export async function loadSettings(): Promise<TallySettings> {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Writes the settings (validated first). */
export async function saveSettings(settings: TallySettings): Promise<void> {
  await chrome.storage.local.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

/** Calls back with the new settings whenever they change (from the popup, options page or another tab). */
export function onSettingsChanged(listener: (settings: TallySettings) => void): () => void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === "local" && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  chrome.storage.onChanged.addListener(handler);
  return () => chrome.storage.onChanged.removeListener(handler);
}
