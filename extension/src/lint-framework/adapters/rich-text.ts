import { TextMap, type ReadOptions } from "../text-map";
import { afterSelectionSettles, offerBeforeInput, runEditCommand } from "./edit-command";
import type { EditorAdapter, EditorKind, TextSelection } from "./types";

/**
 * A DOM editor (plain contenteditable, ProseMirror/Tiptap, Quill): text read from its DOM, writes
 * made by selecting the range and running `insertText`, which the browser turns into
 * `beforeinput`/`input` events and DOM mutations the editor reads into its own model and history.
 */
export class RichTextAdapter implements EditorAdapter {
  readonly drawing = "highlight" as const;
  private map: TextMap | null = null;

  constructor(
    readonly kind: Exclude<EditorKind, "textarea">,
    readonly element: HTMLElement,
    private readonly readOptions: ReadOptions = {},
  ) {}

  readText(): string {
    this.map = new TextMap(this.element, this.readOptions);
    return this.map.text;
  }

  *readTextInSteps(): Generator<void, string, void> {
    const map = yield* TextMap.build(this.element, this.readOptions);
    this.map = map;
    return map.text;
  }

  textMap(): TextMap | null {
    return this.map;
  }

  /** The map of the editor as it is now (rebuilt when the DOM changed since the last read). */
  private freshMap(): TextMap {
    const map = this.map && this.map.segments.every((s) => s.node.isConnected && this.element.contains(s.node)) ? this.map : null;
    if (map) return map;
    this.readText();
    return this.map!;
  }

  selection(): TextSelection | null {
    const sel = this.element.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    if (!this.element.contains(r.startContainer) || !this.element.contains(r.endContainer)) return null;
    const map = new TextMap(this.element, this.readOptions);
    const from = map.offsetOf(r.startContainer, r.startOffset);
    const to = map.offsetOf(r.endContainer, r.endOffset);
    return from === null || to === null ? null : { from, to };
  }

  select(from: number, to: number): boolean {
    const map = new TextMap(this.element, this.readOptions);
    this.map = map;
    const range = map.text.length === 0 ? emptyRange(this.element) : map.rangeFor(from, to);
    if (!range) return false;
    this.element.focus({ preventScroll: true });
    const sel = this.element.ownerDocument.getSelection();
    if (!sel) return false;
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }

  async replace(from: number, to: number, replacement: string): Promise<boolean> {
    if (!this.element.isContentEditable) return false;
    const before = this.freshMap().text;
    if (to > before.length) return false;
    if (!this.select(from, to)) return false;
    const doc = this.element.ownerDocument;
    const strategy = WRITE_STRATEGY[this.kind];
    if (strategy === "beforeinput") {
      const range = doc.getSelection()?.getRangeAt(0);
      if (range && offerBeforeInput(this.element, range, replacement)) return true;
    }
    if (strategy === "settle-selection") {
      // Lexical and Draft.js take the selection from selectionchange, handled a moment later.
      await afterSelectionSettles(doc.defaultView);
      const now = this.selection();
      if (!now || now.from !== from || now.to !== to) {
        if (!this.select(from, to)) return false;
        await afterSelectionSettles(doc.defaultView);
      }
    }
    return runEditCommand(doc, replacement);
  }

  reveal(from: number, to: number): void {
    const range = this.freshMap().rangeFor(from, to);
    const target = range?.startContainer.parentElement ?? this.element;
    target.scrollIntoView({ block: "center", inline: "nearest" });
  }
}

/**
 * How each editor takes an edit into its model: the browser's insertText is read back from the
 * DOM by ProseMirror, Quill and plain contenteditable; CKEditor 5 and Slate apply a beforeinput
 * with target ranges; Lexical and Draft.js need their selection synced first.
 */
const WRITE_STRATEGY: Record<Exclude<EditorKind, "textarea">, "insert-text" | "beforeinput" | "settle-selection"> = {
  contenteditable: "insert-text",
  prosemirror: "insert-text",
  quill: "insert-text",
  ckeditor: "beforeinput",
  slate: "beforeinput",
  lexical: "settle-selection",
  draft: "settle-selection",
};

function emptyRange(el: HTMLElement): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(true);
  return range;
}
