import { RichTextAdapter } from "./rich-text";
import { TextareaAdapter } from "./textarea";
import type { EditorAdapter } from "./types";

export type { EditorAdapter, EditorKind, TextSelection } from "./types";
export { RichTextAdapter } from "./rich-text";
export { TextareaAdapter } from "./textarea";

/** Quill keeps a zero-width cursor placeholder in the text while a format is pending. */
const quillOptions = { skip: (el: Element) => el.classList.contains("ql-cursor") || el.classList.contains("ql-ui") };
/** Slate renders empty lines as a zero-width placeholder that is not part of its text. */
const slateOptions = { skip: (el: Element) => el.hasAttribute("data-slate-zero-width") || el.getAttribute("contenteditable") === "false" };
/** CKEditor 5 widgets' UI (type-around buttons, resizers) is not document text. */
const ckeditorOptions = { skip: (el: Element) => el.classList.contains("ck-widget__type-around") || el.classList.contains("ck-reset_all") };

/**
 * The adapter for an element the user can write in, or null for elements Tally leaves alone
 * (read-only, disabled, opted out, nested inside another editor).
 */
export function adapterFor(el: Element): EditorAdapter | null {
  if (isOptedOut(el)) return null;
  if (el.tagName === "TEXTAREA") {
    const area = el as HTMLTextAreaElement;
    if (area.readOnly || area.disabled) return null;
    return new TextareaAdapter(area);
  }
  const html = el as HTMLElement;
  if (!html.isContentEditable) return null;
  // Only the outermost editable element is an editor; its editable descendants belong to it.
  const parent = html.parentElement;
  if (parent && parent.isContentEditable) return null;
  if (html.classList.contains("ProseMirror")) return new RichTextAdapter("prosemirror", html);
  if (html.classList.contains("ql-editor")) return new RichTextAdapter("quill", html, quillOptions);
  // These editors handle the browser's beforeinput (insertText with target ranges) in their own
  // model, so the shared write path (select, then insertText) keeps their state and undo right.
  if (html.classList.contains("ck-editor__editable")) return new RichTextAdapter("ckeditor", html, ckeditorOptions);
  if (html.dataset.lexicalEditor === "true") return new RichTextAdapter("lexical", html);
  if (html.dataset.slateEditor === "true") return new RichTextAdapter("slate", html, slateOptions);
  if (html.classList.contains("public-DraftEditor-content")) return new RichTextAdapter("draft", html);
  return new RichTextAdapter("contenteditable", html);
}

/** Pages and fields can opt out of checkers (`data-tally="off"`, Grammarly's `data-gramm="false"`). */
export function isOptedOut(el: Element): boolean {
  return el.closest('[data-tally="off"], [data-gramm="false"], [data-gramm_editor="false"]') !== null;
}
