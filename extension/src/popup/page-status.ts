/// <reference types="chrome" />
/**
 * The page the popup belongs to and what its content script reports (host, on or off, issues per
 * category), checked on receipt by the hand-written readers (the popup carries no schema library).
 */
import type { Broadcast } from "../messaging/protocol";
import { readTabResult } from "../messaging/readers";
import { editorFramesKey, readFrameIds } from "../background/editor-frames";

/** What the content scripts of a page say about it: the top frame's host and switch, all frames' counts. */
export interface PageStatus {
  host: string;
  enabled: boolean;
  /** Issues per category id in all the page's editors. */
  counts: Record<string, number>;
}

/** The status in a content script's answer to the "status" command, or null when malformed. */
export function readPageStatus(answer: unknown): PageStatus | null {
  const result = readTabResult(answer);
  if (!result?.ok || !result.status) return null;
  const { host, enabled, counts } = result.status;
  const shown = Object.entries(counts).filter(([, n]) => Number.isInteger(n) && n > 0);
  return { host, enabled, counts: Object.fromEntries(shown) };
}

/** The tab the popup was opened over: the active tab of the last focused browser window. */
export async function popupTargetTab(): Promise<chrome.tabs.Tab | undefined> {
  // A popup opened as its own window (tests, keyboard users) still belongs to the normal window.
  const window = await chrome.windows.getLastFocused({ windowTypes: ["normal"] }).catch(() => undefined);
  const query: chrome.tabs.QueryInfo = window?.id !== undefined ? { active: true, windowId: window.id } : { active: true, currentWindow: true };
  const [tab] = await chrome.tabs.query(query);
  return tab;
}

/**
 * Asks a tab's top frame for its status and adds the counts of the subframes that reported an
 * editor (iframe editors); null where no content script runs (browser pages, the web store).
 */
export async function askPageStatus(tabId: number): Promise<PageStatus | null> {
  const top = await askFrame(tabId, 0);
  if (!top) return null;
  const key = editorFramesKey(tabId);
  const stored: Record<string, unknown> = await chrome.storage.session.get(key).catch(() => ({}));
  const frameIds = readFrameIds(stored[key]);
  const frames = await Promise.all(frameIds.map((frameId) => askFrame(tabId, frameId)));
  const counts = { ...top.counts };
  for (const frame of frames) {
    // A frame gone since it reported does not answer; one switched off has nothing to count.
    if (!frame?.enabled) continue;
    for (const [category, n] of Object.entries(frame.counts)) counts[category] = (counts[category] ?? 0) + n;
  }
  return { ...top, counts };
}

async function askFrame(tabId: number, frameId: number): Promise<PageStatus | null> {
  const message: Broadcast = { type: "tally/command", command: { op: "status" } };
  try {
    return readPageStatus(await chrome.tabs.sendMessage(tabId, message, { frameId }));
  } catch {
    return null;
  }
}
