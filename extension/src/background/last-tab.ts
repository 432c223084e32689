/**
 * The tab and frame whose editor the user focused last: the side panel's commands go there. Kept
 * in session storage because the service worker may be stopped between messages.
 */
const KEY = "tally:lastEditor";

/** Where the last focused editor lives. */
export interface EditorPlace {
  tabId: number;
  frameId: number;
}

export async function setLastEditor(place: EditorPlace): Promise<void> {
  await chrome.storage.session.set({ [KEY]: place });
}

export async function lastEditor(): Promise<EditorPlace | undefined> {
  const value = (await chrome.storage.session.get(KEY))[KEY] as Partial<EditorPlace> | undefined;
  return typeof value?.tabId === "number" ? { tabId: value.tabId, frameId: typeof value.frameId === "number" ? value.frameId : 0 } : undefined;
}
