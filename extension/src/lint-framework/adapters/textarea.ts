import { runEditCommand } from "./edit-command";
import type { EditorAdapter, TextSelection } from "./types";

/** A `<textarea>`: its value is the text; writes go through execCommand so undo keeps working. */
export class TextareaAdapter implements EditorAdapter {
  readonly kind = "textarea" as const;
  readonly drawing = "overlay" as const;

  constructor(readonly element: HTMLTextAreaElement) {}

  readText(): string {
    return this.element.value;
  }

  textMap(): null {
    return null;
  }

  selection(): TextSelection | null {
    const el = this.element;
    return { from: el.selectionStart ?? 0, to: el.selectionEnd ?? 0 };
  }

  select(from: number, to: number): boolean {
    const el = this.element;
    el.focus({ preventScroll: true });
    el.setSelectionRange(from, to);
    return true;
  }

  async replace(from: number, to: number, replacement: string): Promise<boolean> {
    const el = this.element;
    if (el.readOnly || el.disabled || to > el.value.length) return false;
    this.select(from, to);
    const doc = el.ownerDocument;
    // execCommand keeps the browser's undo stack; setRangeText is the fallback where it is gone.
    const done = runEditCommand(doc, replacement);
    if (done && el.value.slice(from, from + replacement.length) === replacement) return true;
    el.setRangeText(replacement, from, to, "end");
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }));
    return true;
  }

  reveal(from: number, _to: number): void {
    const el = this.element;
    el.scrollIntoView({ block: "nearest" });
    // Let the browser scroll the caret into view inside the textarea.
    const lines = el.value.slice(0, from).split("\n").length - 1;
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    const target = lines * lineHeight - el.clientHeight / 3;
    if (target > el.scrollTop + el.clientHeight - lineHeight || target < el.scrollTop) el.scrollTop = Math.max(0, target);
  }
}
