/**
 * Which frames of a tab have reported an editor: the popup adds their counts to the top frame's,
 * so editors inside iframes are counted too. Kept in session storage (the service worker may stop
 * between messages; the popup reads it directly). Frame 0 is the top frame and is always asked.
 */
const KEY_PREFIX = "tally:frames:";

/** A page with more editor frames than this is unusual; the first ones are enough for counts. */
const MAX_FRAMES_PER_TAB = 16;

export function editorFramesKey(tabId: number): string {
  return `${KEY_PREFIX}${tabId}`;
}

/** Remembers that a subframe of a tab has an editor (no write when it is already known). */
export async function noteEditorFrame(tabId: number, frameId: number): Promise<void> {
  if (frameId === 0) return;
  const key = editorFramesKey(tabId);
  const known = readFrameIds((await chrome.storage.session.get(key))[key]);
  if (known.includes(frameId) || known.length >= MAX_FRAMES_PER_TAB) return;
  await chrome.storage.session.set({ [key]: [...known, frameId] });
}

/** Forgets a closed tab's frames. */
export async function forgetTab(tabId: number): Promise<void> {
  await chrome.storage.session.remove(editorFramesKey(tabId));
}

/** The stored list, or [] when it is missing or malformed. */
export function readFrameIds(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v) && v > 0) : [];
}
