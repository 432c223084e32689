/**
 * The tab whose editor the user focused last: the side panel's commands go there. Kept in session
 * storage because the service worker may be stopped between messages.
 */
const KEY = "tally:lastEditorTab";

export async function setLastEditorTab(tabId: number): Promise<void> {
  await chrome.storage.session.set({ [KEY]: tabId });
}

export async function lastEditorTab(): Promise<number | undefined> {
  const value = (await chrome.storage.session.get(KEY))[KEY];
  return typeof value === "number" ? value : undefined;
}
