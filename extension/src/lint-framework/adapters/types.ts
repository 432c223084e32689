import type { TextMap } from "../text-map";

/** The editor kinds this version knows. */
export type EditorKind = "textarea" | "contenteditable" | "prosemirror" | "quill" | "ckeditor" | "lexical" | "slate" | "draft";

/** A text selection in the editor's text, as offsets. */
export interface TextSelection {
  from: number;
  to: number;
}

/**
 * One editor on the page, seen as plain text. Adapters read the editor and write through its own
 * input path; they never change its DOM directly.
 */
export interface EditorAdapter {
  readonly kind: EditorKind;
  /** The element that receives focus and input events. */
  readonly element: HTMLElement;
  /** How highlights are drawn: CSS Custom Highlights over DOM ranges, or overlay boxes. */
  readonly drawing: "highlight" | "overlay";
  /** The editor's current text: blocks joined with "\n". */
  readText(): string;
  /**
   * Long DOM editors: the same as `readText()` in steps (each `next()` a bounded amount of work), for
   * reading in idle slices. The text map is replaced only when the last step is reached.
   */
  readTextInSteps?(): Generator<void, string, void>;
  /** DOM-based editors: the text map of the last `readText()`. */
  textMap(): TextMap | null;
  /** The current selection in text offsets, when it lies in this editor. */
  selection(): TextSelection | null;
  /** Moves focus into the editor and selects text[from, to). */
  select(from: number, to: number): boolean;
  /**
   * Replaces text[from, to) through the editor's own input path (so its model and undo history
   * follow). Resolves to false when the editor refused the edit.
   */
  replace(from: number, to: number, replacement: string): Promise<boolean>;
  /** Scrolls text[from, to) into view. */
  reveal(from: number, to: number): void;
}
