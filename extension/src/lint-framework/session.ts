import type { Checker, Diagnostic } from "@tally/shared";
import type { EditorAdapter, TextSelection } from "./adapters";
import { guard } from "./guard";
import type { HighlightPainter } from "./highlights";
import { textareaRects } from "./mirror";
import type { Overlay } from "./overlay";

/** A diagnostic as shown in one editor, with an id the side panel can name it by. */
export interface Issue {
  id: string;
  /** Survives re-checks while the flagged text and its surroundings stay the same; used for ignoring. */
  key: string;
  diagnostic: Diagnostic;
}

/** What a session needs from the page-wide controller. */
export interface SessionEnvironment {
  checker(): Checker;
  painter: HighlightPainter | null;
  overlay: Overlay;
  ignored: Set<string>;
  /** Called after every check with the issues now shown. */
  changed(session: EditorSession): void;
}

const IDLE_DELAY_MS = 350;
let nextSessionId = 1;

/**
 * Tally attached to one editor: checks its text when the user pauses (never during an IME
 * composition), draws the issues, and applies fixes through the adapter.
 */
export class EditorSession {
  readonly id = `e${nextSessionId++}`;
  issues: Issue[] = [];
  /** The text the issues' offsets refer to. */
  checkedText = "";
  /** Textareas: the selection when the editor last had focus (the caret for side panel insertions). */
  lastSelection: TextSelection | null = null;
  /** DOM editors: the same, as a Range; turned into offsets only when used. */
  lastRange: Range | null = null;
  /** Set once the controller listens to this editor's selection. */
  tracking = false;
  private composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleHandle: number | undefined;
  private readonly boxGroup: HTMLElement;
  private readonly cleanups: (() => void)[] = [];
  private ranges = new Map<string, Range>();
  private redrawQueued = false;
  private paintedKey = "";
  private mutationObserver: MutationObserver | null = null;

  constructor(readonly adapter: EditorAdapter, private readonly env: SessionEnvironment) {
    this.boxGroup = env.overlay.element("div");
    this.boxGroup.dataset.tallyEditor = this.id;
    const el = adapter.element;
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, target: EventTarget = el) => {
      const handler = guard(fn) as EventListener;
      target.addEventListener(type, handler, { passive: true, capture: true });
      this.cleanups.push(() => target.removeEventListener(type, handler, { capture: true }));
    };
    on("compositionstart", () => { this.composing = true; this.cancel(); });
    on("compositionend", () => { this.composing = false; this.schedule(); });
    on("input", (e) => { if (!this.composing && !(e as InputEvent).isComposing) this.schedule(); });
    if (adapter.drawing === "overlay" || !env.painter) {
      on("scroll", () => this.queueRedraw());
      const ro = new ResizeObserver(guard(() => this.queueRedraw()));
      ro.observe(el);
      this.cleanups.push(() => ro.disconnect());
    }
    if (adapter.kind !== "textarea") {
      // Programmatic changes (an app loading a draft, collaborative edits) bring no input event.
      this.mutationObserver = new MutationObserver(guard(() => { if (!this.composing) this.schedule(); }));
      this.mutationObserver.observe(el, { childList: true, characterData: true, subtree: true });
    }
  }

  /** The remembered selection in text offsets, if it is still inside the editor. */
  rememberedSelection(): TextSelection | null {
    if (this.adapter.kind === "textarea" || !this.lastRange) return this.lastSelection;
    const r = this.lastRange;
    this.adapter.readText();
    const map = this.adapter.textMap();
    if (!map) return null;
    const from = map.offsetOf(r.startContainer, r.startOffset);
    const to = map.offsetOf(r.endContainer, r.endOffset);
    return from === null || to === null ? null : { from, to };
  }

  /** Checks after the user pauses, when the browser is idle. */
  schedule(delay = IDLE_DELAY_MS): void {
    this.cancel();
    this.timer = setTimeout(() => {
      const run = guard(() => this.checkNow());
      if (typeof requestIdleCallback === "function") this.idleHandle = requestIdleCallback(() => run(), { timeout: 1000 });
      else run();
    }, delay);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    if (this.idleHandle !== undefined && typeof cancelIdleCallback === "function") cancelIdleCallback(this.idleHandle);
    this.idleHandle = undefined;
  }

  /** Reads the editor, checks and redraws now. */
  checkNow(): void {
    if (this.composing || !this.adapter.element.isConnected) return;
    const started = performance.now();
    const text = this.adapter.readText();
    const diagnostics = this.env.checker().check(text);
    const seen = new Map<string, number>();
    this.checkedText = text;
    this.issues = [];
    for (const d of diagnostics) {
      const base = `${d.ruleId}|${text.slice(Math.max(0, d.from - 12), d.from)}|${d.text}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const key = `${base}|${n}`;
      if (this.env.ignored.has(key)) continue;
      // The id follows the key, so the side panel's ids stay valid across re-checks of unchanged text.
      this.issues.push({ id: `${this.id}|${key}`, key, diagnostic: d });
    }
    this.draw();
    // Visible in the browser's performance timeline, for latency measurements.
    try {
      performance.measure("tally-check", { start: started, end: performance.now() });
    } catch {
      // Older browsers: no user-timing options.
    }
    this.env.changed(this);
  }

  /** Draws the current issues: CSS highlights over DOM ranges, or boxes for textareas. */
  draw(): void {
    this.ranges.clear();
    const map = this.adapter.textMap();
    if (map && map.text === this.checkedText) {
      for (const issue of this.issues) {
        const r = map.rangeFor(issue.diagnostic.from, issue.diagnostic.to);
        if (r) this.ranges.set(issue.id, r);
      }
    }
    if (this.adapter.drawing === "highlight" && this.env.painter) {
      this.paintVisible(true);
      return;
    }
    this.drawBoxes();
  }

  /**
   * Registers highlights only for issues on or near the screen: the browser repaints every
   * registered range on each keystroke, so a long report with all its ranges registered would slow
   * typing. Re-run on scroll and resize; repaints only when the visible set changed.
   */
  private paintVisible(force: boolean): void {
    const painter = this.env.painter;
    if (!painter) return;
    const view = this.adapter.element.ownerDocument.defaultView;
    const height = view?.innerHeight ?? 0;
    const visible: { id: string; category: string; range: Range }[] = [];
    for (const issue of this.issues) {
      const range = this.ranges.get(issue.id);
      if (!range) continue;
      const box = range.getBoundingClientRect();
      if (box.bottom >= -height && box.top <= 2 * height) visible.push({ id: issue.id, category: issue.diagnostic.category, range });
    }
    const key = visible.map((v) => v.id).join("\n");
    if (!force && key === this.paintedKey) return;
    this.paintedKey = key;
    painter.set(this, visible.map(({ category, range }) => ({ category, range })));
  }

  private queueRedraw(): void {
    if (this.redrawQueued) return;
    this.redrawQueued = true;
    requestAnimationFrame(guard(() => {
      this.redrawQueued = false;
      if (this.adapter.drawing === "overlay" || !this.env.painter) this.drawBoxes();
      else this.paintVisible(false);
    }));
  }

  /** Re-places the overlay boxes (after scroll, resize or layout changes). */
  relayout(): void {
    this.queueRedraw();
  }

  private drawBoxes(): void {
    const o = this.env.overlay;
    o.attach();
    if (!this.boxGroup.isConnected) o.boxes.append(this.boxGroup);
    const rects = this.issueRects();
    const nodes = this.issues.map((issue, i) => {
      const el = o.element("div", "tally-issue");
      el.dataset.tallyCategory = issue.diagnostic.category;
      el.dataset.tallyText = issue.diagnostic.text;
      el.dataset.tallyId = issue.id;
      o.colour(el, issue.diagnostic.category);
      for (const r of rects[i] ?? []) {
        const box = o.element("div", "tally-rect");
        box.style.left = `${r.left}px`;
        box.style.top = `${r.top}px`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        el.append(box);
      }
      return el;
    });
    this.boxGroup.replaceChildren(...nodes);
  }

  /** Viewport rectangles of every issue, in `issues` order. */
  private issueRects(): DOMRect[][] {
    if (this.adapter.kind === "textarea") {
      const value = (this.adapter.element as HTMLTextAreaElement).value;
      if (value !== this.checkedText) return this.issues.map(() => []);
      return textareaRects(this.env.overlay, this.adapter.element as HTMLTextAreaElement, this.issues.map((i) => [i.diagnostic.from, i.diagnostic.to] as const));
    }
    return this.issues.map((i) => [...(this.ranges.get(i.id)?.getClientRects() ?? [])]);
  }

  /** The issue under a viewport point, and the rectangle it was found in. */
  hitTest(x: number, y: number): { issue: Issue; rect: DOMRect } | null {
    if (this.issues.length === 0) return null;
    const box = this.adapter.element.getBoundingClientRect();
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) return null;
    const rects = this.issueRects();
    for (let i = 0; i < this.issues.length; i++) {
      for (const r of rects[i] ?? []) {
        if (x >= r.left && x <= r.right && y >= r.top - 1 && y <= r.bottom + 1) return { issue: this.issues[i]!, rect: r };
      }
    }
    return null;
  }

  /** The issue whose range holds a text offset (for a click that put the caret there). */
  issueAt(offset: number): Issue | null {
    return this.issues.find((i) => i.diagnostic.from <= offset && offset <= i.diagnostic.to) ?? null;
  }

  /** A rectangle to anchor a card at for an issue. */
  anchorOf(issue: Issue): DOMRect | null {
    const idx = this.issues.indexOf(issue);
    const rects = this.issueRects()[idx] ?? [];
    return rects[0] ?? null;
  }

  /** Finds an issue by id, re-checking first when the editor changed since the last check. */
  issue(id: string): Issue | null {
    if (this.issues.length && this.adapter.readText() !== this.checkedText) this.checkNow();
    return this.issues.find((i) => i.id === id) ?? null;
  }

  /**
   * Applies a fix through the editor. Offsets are trusted only if the text still reads as it did
   * when checked; otherwise the editor is re-checked and the same issue looked up again.
   */
  async applyFix(issueId: string, fixIndex = 0): Promise<boolean> {
    const issue = this.issue(issueId);
    if (!issue) return false;
    const d = issue.diagnostic;
    const fix = d.fixes?.[fixIndex];
    if (!fix) return false;
    const ok = await this.adapter.replace(fix.from ?? d.from, fix.to ?? d.to, fix.replacement);
    if (ok) this.schedule(0);
    return ok;
  }

  /** Replaces an issue's text (e.g. a masked number by a saved figure). */
  async replaceIssueText(issueId: string, replacement: string): Promise<boolean> {
    const issue = this.issue(issueId);
    if (!issue || this.adapter.readText() !== this.checkedText) return false;
    const ok = await this.adapter.replace(issue.diagnostic.from, issue.diagnostic.to, replacement);
    if (ok) this.schedule(0);
    return ok;
  }

  /** Hides an issue until its text or surroundings change. */
  ignore(issueId: string): void {
    const issue = this.issue(issueId);
    if (!issue) return;
    this.env.ignored.add(issue.key);
    this.issues = this.issues.filter((i) => i !== issue);
    this.draw();
    this.env.changed(this);
  }

  /** Selects an issue's text and scrolls it into view. */
  reveal(issueId: string): boolean {
    const issue = this.issue(issueId);
    if (!issue) return false;
    this.adapter.reveal(issue.diagnostic.from, issue.diagnostic.to);
    return this.adapter.select(issue.diagnostic.from, issue.diagnostic.to);
  }

  /** Stops watching the editor and removes its drawings. */
  dispose(): void {
    this.cancel();
    this.mutationObserver?.disconnect();
    for (const c of this.cleanups) c();
    this.env.painter?.clear(this);
    this.boxGroup.remove();
  }
}
