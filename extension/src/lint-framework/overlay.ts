import { categoryStyle } from "./categories";

const OVERLAY_CSS = `
:host { all: initial; }
.tally-layer { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.tally-issue { position: static; }
.tally-rect { position: fixed; box-sizing: border-box; border-bottom: 2px solid var(--tally-color); background: var(--tally-fill); border-radius: 2px; pointer-events: none; }
.tally-mirror { position: fixed; visibility: hidden; pointer-events: none; overflow: hidden; margin: 0; }
.tally-card { position: fixed; left: 0; top: 0; pointer-events: auto; max-width: 340px; min-width: 220px; box-sizing: border-box;
  font: 13px/1.55 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: #1c2024; background: #ffffff; border: 1px solid #d9d9e0; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); }
.tally-card[hidden] { display: none; }
.tally-card-head { display: flex; align-items: center; gap: 6px; font-weight: 600; margin-bottom: 4px; }
.tally-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--tally-color); flex: none; }
.tally-card-text { color: #60646c; font-weight: 400; margin-left: auto; max-width: 120px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tally-card-message { margin: 0 0 8px; }
.tally-card-section { margin: 6px 0 2px; color: #60646c; font-size: 12px; }
.tally-card-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.tally-card button { font: inherit; cursor: pointer; border-radius: 6px; padding: 2px 10px; border: 1px solid #d9d9e0; background: #f9f9fb; color: #1c2024; }
.tally-card button.tally-fix { background: #1c2024; color: #fff; border-color: #1c2024; }
.tally-card button:hover { filter: brightness(0.95); }
.tally-card button:focus-visible { outline: 2px solid #0090ff; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .tally-card { color: #edeef0; background: #18191b; border-color: #363a3f; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
  .tally-card-text, .tally-card-section { color: #b0b4ba; }
  .tally-card button { background: #212225; color: #edeef0; border-color: #363a3f; }
  .tally-card button.tally-fix { background: #edeef0; color: #18191b; border-color: #edeef0; }
}
`;

/**
 * The one `<tally-overlay>` element of a page: an open shadow root holding the textarea highlight
 * boxes, the measuring mirror and the card, so page styles cannot reach them and they never sit
 * inside an editor.
 */
export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Holds the highlight boxes of overlay-drawn editors. */
  readonly boxes: HTMLElement;
  /** Holds cards and other floating UI. */
  readonly ui: HTMLElement;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement("tally-overlay");
    this.host.style.cssText = "all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;";
    this.root = this.host.attachShadow({ mode: "open" });
    const style = doc.createElement("style");
    style.textContent = OVERLAY_CSS;
    this.boxes = doc.createElement("div");
    this.boxes.className = "tally-layer";
    this.ui = doc.createElement("div");
    this.ui.className = "tally-layer";
    this.root.append(style, this.boxes, this.ui);
  }

  /** Puts the host back at the end of the document when a page replaced its body. */
  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  /** Creates an element in the overlay's document (never in an editor). */
  element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const el = this.doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** Sets the per-category colour variables on an element. */
  colour(el: HTMLElement, category: string): void {
    const s = categoryStyle(category);
    el.style.setProperty("--tally-color", s.color);
    el.style.setProperty("--tally-fill", s.fill);
  }
}
