/**
 * Replaces the current selection the way typing would: `insertText` (or `delete` for an empty
 * replacement) fires `beforeinput`/`input` and lands in the browser's and the editor's undo
 * history. Returns false where the command is unavailable or refused.
 */
export function runEditCommand(doc: Document, replacement: string): boolean {
  if (typeof doc.execCommand !== "function") return false;
  try {
    return replacement === "" ? doc.execCommand("delete") : doc.execCommand("insertText", false, replacement);
  } catch {
    return false;
  }
}

/**
 * Offers the edit as a `beforeinput` event with target ranges, the way a spell checker's
 * replacement arrives (`insertReplacementText`, or `insertText` at a caret). Editors that keep
 * their own model (CKEditor 5, Slate) apply it to their model and cancel the event; returns true
 * when the editor took it.
 */
export function offerBeforeInput(target: HTMLElement, range: Range, replacement: string): boolean {
  const view = target.ownerDocument.defaultView;
  if (!view || typeof view.InputEvent !== "function" || typeof view.StaticRange !== "function") return false;
  const staticRange = new view.StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset });
  let dataTransfer: DataTransfer | null = null;
  try {
    dataTransfer = new view.DataTransfer();
    dataTransfer.setData("text/plain", replacement);
  } catch {
    dataTransfer = null;
  }
  const event = new view.InputEvent("beforeinput", {
    inputType: range.collapsed ? "insertText" : replacement === "" ? "deleteContentBackward" : "insertReplacementText",
    data: replacement,
    dataTransfer,
    targetRanges: [staticRange],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !target.dispatchEvent(event);
}

/** Resolves after the page has had time to handle `selectionchange` (editors that read the DOM selection asynchronously). */
export function afterSelectionSettles(view: Window | null, ms = 120): Promise<void> {
  return new Promise((resolve) => (view ?? globalThis).setTimeout(resolve, ms));
}
