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
