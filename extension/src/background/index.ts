/**
 * The background service worker: owns the figure database (IndexedDB in the extension's origin,
 * never a page's) and relays between the side panel and the page the user last wrote in.
 * Message handlers live in ./messages (one file per message name, @plasmohq/messaging); the
 * toolbar button opens the popup, which opens the side panel.
 */
import { forgetTab } from "./editor-frames";

chrome.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId).catch((error: unknown) => console.warn("[tally]", error));
});
