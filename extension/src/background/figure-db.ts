import { openFigureStore, type FigureStore } from "@tally/shared/store";
import type { Broadcast } from "~messaging/protocol";
import { guardAsync } from "./util";

let storePromise: Promise<FigureStore> | null = null;

/** The figure store, opened once per worker life in the extension's own IndexedDB. */
export function figureStore(): Promise<FigureStore> {
  storePromise ??= openFigureStore({ name: "tally-figures" }).catch((error: unknown) => {
    storePromise = null;
    throw error;
  });
  return storePromise;
}

/** Tells every open tab and extension page that the saved figures changed. */
export async function broadcastFiguresChanged(): Promise<void> {
  const message: Broadcast = { type: "tally/figures-changed" };
  // Tabs without the content script and closed panels have no receiver: not an error.
  await chrome.runtime.sendMessage(message).catch(() => undefined);
  const tabs = await guardAsync(() => chrome.tabs.query({}));
  for (const tab of tabs ?? []) {
    if (tab.id !== undefined) await chrome.tabs.sendMessage(tab.id, message).catch(() => undefined);
  }
}
