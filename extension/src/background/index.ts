/**
 * The background service worker: owns the figure database (IndexedDB in the extension's origin,
 * never a page's) and relays between the side panel and the page the user last wrote in.
 * Message handlers live in ./messages (one file per message name, @plasmohq/messaging).
 */
import { guardAsync } from "./util";

// The toolbar button opens the side panel (Chromium). Firefox uses its sidebar instead.
void guardAsync(async () => {
  await chrome.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true });
});

export {};
