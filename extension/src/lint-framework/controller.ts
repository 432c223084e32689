import { createChecker, type Checker, type CheckOptions, type SavedFigure } from "@tally/shared";
import { adapterFor } from "./adapters";
import { Card, figureInsertText } from "./card";
import { categoryStyle } from "./categories";
import { figureLookup, figuresBefore } from "./figures";
import { guard, logError } from "./guard";
import { HighlightPainter, supportsHighlights } from "./highlights";
import { Overlay } from "./overlay";
import { EditorSession, type Issue } from "./session";
import { t } from "../i18n";

/** An issue as the side panel lists it (plain data, safe to send in a message). */
export interface IssueSummary {
  id: string;
  category: string;
  categoryLabel: string;
  severity: string;
  message: string;
  text: string;
  /** A few characters around the flagged text. */
  excerpt: string;
  fixes: { label: string }[];
}

/** The issues of the editor the user works in. */
export interface EditorIssues {
  editorId: string | null;
  kind: string | null;
  issues: IssueSummary[];
}

export interface TallyOptions {
  /** Engine options other than figures (reference date, rules …). */
  checkOptions?: Omit<CheckOptions, "figures">;
  /** Called when the issues of the focused editor change, or another editor gets focus. */
  onIssues?(issues: EditorIssues): void;
  /** Called when an editor gets focus. */
  onFocusEditor?(): void;
  /** Called once, when this document's first editor is found (the popup counts its frame then). */
  onFirstEditor?(): void;
}

const CANDIDATES = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * Tally on one page: finds the editors (also ones added later), runs a session per editor, shows
 * the card on hover or click, and executes the side panel's commands.
 */
export class TallyController {
  private readonly sessions = new Map<HTMLElement, EditorSession>();
  private readonly overlay: Overlay;
  private readonly painter: HighlightPainter | null;
  private readonly card: Card;
  private readonly ignored = new Set<string>();
  private figures: SavedFigure[] = [];
  private checkers = new WeakMap<EditorSession, Checker>();
  private active: EditorSession | null = null;
  private editorFound = false;
  private observer: MutationObserver | null = null;
  private scanQueued = false;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly doc: Document, private readonly options: TallyOptions = {}) {
    this.overlay = new Overlay(doc);
    this.painter = supportsHighlights(doc) ? new HighlightPainter(doc) : null;
    this.card = new Card(this.overlay, {
      fix: (issue, i) => void this.sessionOf(issue)?.applyFix(issue.id, i).catch(logError),
      ignore: (issue) => this.sessionOf(issue)?.ignore(issue.id),
      insertFigure: (issue, figure) => {
        const session = this.sessionOf(issue);
        if (!session) return;
        const after = session.checkedText.slice(issue.diagnostic.to);
        session.replaceIssueText(issue.id, figureInsertText(figure, after)).catch(logError);
      },
    });
  }

  /** Starts finding editors and listening to the page. */
  start(): void {
    this.scan();
    this.observer = new MutationObserver(guard(() => this.queueScan()));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["contenteditable", "readonly", "disabled", "data-tally"] });
    const view = this.doc.defaultView!;
    this.listen(this.doc, "focusin", (e) => this.onFocus(e as FocusEvent));
    this.listen(this.doc, "mousemove", (e) => this.onPointer(e as MouseEvent));
    this.listen(this.doc, "mouseup", (e) => this.onClick(e as MouseEvent));
    this.listen(this.doc, "keydown", (e) => { if ((e as KeyboardEvent).key === "Escape") this.card.hide(); });
    this.listen(view, "resize", () => this.relayoutAll());
    this.listen(this.doc, "scroll", () => this.relayoutAll());
    void this.doc.fonts?.ready.then(guard(() => this.relayoutAll()));
    this.listen(this.doc.fonts as unknown as EventTarget, "loadingdone", () => this.relayoutAll());
  }

  /** Stops everything and removes all drawings. */
  stop(): void {
    this.observer?.disconnect();
    for (const c of this.cleanups) c();
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.overlay.host.remove();
  }

  /** Replaces the saved figures the engine checks against and the card offers; re-checks. */
  setFigures(figures: SavedFigure[]): void {
    this.figures = figures;
    this.checkers = new WeakMap();
    for (const s of this.sessions.values()) s.schedule(0);
  }

  /** Replaces the engine options (reference date, rule settings) and re-checks every editor. */
  setCheckOptions(checkOptions: Omit<CheckOptions, "figures">): void {
    this.options.checkOptions = checkOptions;
    this.checkers = new WeakMap();
    for (const s of this.sessions.values()) s.schedule(0);
  }

  /** Issue counts per category over every editor of the page (for the popup). */
  pageCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const s of this.sessions.values()) for (const i of s.issues) counts[i.diagnostic.category] = (counts[i.diagnostic.category] ?? 0) + 1;
    return counts;
  }

  /** The issues of the last focused editor. */
  activeIssues(): EditorIssues {
    const s = this.active;
    if (!s) return { editorId: null, kind: null, issues: [] };
    return {
      editorId: s.id,
      kind: s.adapter.kind,
      issues: s.issues.map((i) => summarize(i, s.checkedText)),
    };
  }

  /** Scrolls to an issue of the active editor and selects it. */
  reveal(issueId: string): boolean {
    return this.findSession(issueId)?.reveal(issueId) ?? false;
  }

  /** Applies a fix of an issue through its editor. */
  async fix(issueId: string, fixIndex = 0): Promise<boolean> {
    return (await this.findSession(issueId)?.applyFix(issueId, fixIndex)) ?? false;
  }

  /** Hides an issue. */
  ignore(issueId: string): boolean {
    const s = this.findSession(issueId);
    s?.ignore(issueId);
    return Boolean(s);
  }

  /** Inserts text at the caret (or over the selection) of the last focused editor. */
  async insertAtCaret(text: string): Promise<boolean> {
    const s = this.active;
    if (!s || !s.adapter.element.isConnected) return false;
    const end = s.adapter.readText().length;
    const sel = s.adapter.selection() ?? s.rememberedSelection() ?? { from: end, to: end };
    return s.adapter.replace(Math.min(sel.from, end), Math.min(sel.to, end), text);
  }

  /** The text selected in the last focused editor (for saving it as figures). */
  selectedText(): string {
    const s = this.active;
    if (!s) return this.doc.getSelection()?.toString() ?? "";
    const sel = s.adapter.selection() ?? s.rememberedSelection();
    if (!sel || sel.from === sel.to) return "";
    return s.adapter.readText().slice(sel.from, sel.to);
  }

  /** Checks every editor now (tests and the side panel's refresh). */
  checkAll(): void {
    for (const s of this.sessions.values()) s.checkNow();
  }

  private checkerFor(session: EditorSession): Checker {
    let c = this.checkers.get(session);
    if (!c) {
      c = createChecker({ ...this.options.checkOptions, figures: figureLookup(this.figures) });
      this.checkers.set(session, c);
    }
    return c;
  }

  private listen(target: EventTarget | undefined, type: string, fn: (e: Event) => void): void {
    if (!target?.addEventListener) return;
    const handler = guard(fn);
    target.addEventListener(type, handler, { passive: true, capture: true });
    this.cleanups.push(() => target.removeEventListener(type, handler, { capture: true }));
  }

  private queueScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    setTimeout(guard(() => { this.scanQueued = false; this.scan(); }), 200);
  }

  /** Attaches to new editors and lets go of removed ones. */
  private scan(): void {
    for (const [el, s] of this.sessions) {
      if (!el.isConnected || !adapterFor(el)) {
        s.dispose();
        this.sessions.delete(el);
        if (this.active === s) this.setActive(null);
      }
    }
    for (const el of this.doc.querySelectorAll<HTMLElement>(CANDIDATES)) this.attach(el);
  }

  private attach(el: HTMLElement): EditorSession | null {
    const existing = this.sessions.get(el);
    if (existing) return existing;
    if (this.overlay.host.contains(el)) return null;
    const adapter = adapterFor(el);
    if (!adapter) return null;
    const session: EditorSession = new EditorSession(adapter, {
      checker: () => this.checkerFor(session),
      painter: this.painter,
      overlay: this.overlay,
      ignored: this.ignored,
      changed: (s) => {
        if (this.card.issue && !s.issues.includes(this.card.issue) && this.sessionOf(this.card.issue) === s) this.card.hide();
        if (s === this.active) this.options.onIssues?.(this.activeIssues());
      },
    });
    this.sessions.set(el, session);
    if (!this.editorFound) {
      this.editorFound = true;
      this.options.onFirstEditor?.();
    }
    session.schedule(0);
    return session;
  }

  private setActive(session: EditorSession | null): void {
    if (this.active === session) return;
    this.active = session;
    this.options.onIssues?.(this.activeIssues());
  }

  private onFocus(e: FocusEvent): void {
    const target = e.target as HTMLElement | null;
    if (!target || target.nodeType !== 1) return;
    const editorEl = target.matches(CANDIDATES) || target.isContentEditable ? outermostEditable(target) : null;
    if (!editorEl) return;
    const session = this.attach(editorEl);
    if (!session) return;
    this.setActive(session);
    this.options.onFocusEditor?.();
    this.trackSelection(session);
  }

  /**
   * Remembers where the caret was, for insertions from the side panel after focus moved there.
   * Keeps the boundary points on every selection change; offsets are computed only when needed.
   */
  private trackSelection(session: EditorSession): void {
    const el = session.adapter.element;
    const remember = guard(() => {
      if (session.adapter.kind === "textarea") {
        session.lastSelection = session.adapter.selection();
        return;
      }
      const sel = this.doc.getSelection();
      const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
      if (range && el.contains(range.startContainer) && el.contains(range.endContainer)) {
        // Plain boundary points, not a Range copy: the browser updates every live range on each edit.
        const { startContainer, startOffset, endContainer, endOffset } = range;
        session.lastRange = { startContainer, startOffset, endContainer, endOffset };
      }
    });
    remember();
    if (session.tracking) return;
    session.tracking = true;
    // Textareas' selection changes are not always announced by selectionchange.
    if (session.adapter.kind === "textarea") for (const type of ["keyup", "mouseup", "select"]) el.addEventListener(type, remember as EventListener, { passive: true });
    this.listen(this.doc, "selectionchange", () => { if (this.doc.activeElement === el || el.contains(this.doc.activeElement)) remember(); });
  }

  private onPointer(e: MouseEvent): void {
    const x = e.clientX;
    const y = e.clientY;
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(guard(() => {
      this.pointerFrame = 0;
      if (this.card.contains(x, y)) return;
      const hit = this.hit(x, y);
      clearTimeout(this.hoverTimer);
      if (hit) {
        if (this.card.issue?.id === hit.issue.id) return;
        this.hoverTimer = setTimeout(guard(() => this.openCard(hit.session, hit.issue, hit.rect)), 250);
      } else if (this.card.issue) {
        this.card.hideSoon();
      }
    }));
  }

  private onClick(e: MouseEvent): void {
    if (e.button !== 0) return;
    const hit = this.hit(e.clientX, e.clientY);
    if (hit) this.openCard(hit.session, hit.issue, hit.rect);
  }

  private hit(x: number, y: number): { session: EditorSession; issue: Issue; rect: DOMRect } | null {
    for (const s of this.sessions.values()) {
      const h = s.hitTest(x, y);
      if (h) return { session: s, ...h };
    }
    return null;
  }

  private openCard(session: EditorSession, issue: Issue, rect: DOMRect): void {
    const d = issue.diagnostic;
    const figures = d.category === "masked-number" ? figuresBefore(this.figures, session.checkedText.slice(0, d.from).split("\n").pop() ?? "") : [];
    this.card.show(issue, rect, figures);
  }

  private relayoutAll(): void {
    for (const s of this.sessions.values()) s.relayout();
    if (this.card.issue) this.card.hide();
  }

  private sessionOf(issue: Issue): EditorSession | null {
    for (const s of this.sessions.values()) if (s.issues.includes(issue)) return s;
    return null;
  }

  private findSession(issueId: string): EditorSession | null {
    for (const s of this.sessions.values()) if (s.issue(issueId)) return s;
    return null;
  }
}

function outermostEditable(el: HTMLElement): HTMLElement | null {
  if (el.tagName === "TEXTAREA") return el;
  let top: HTMLElement | null = el.isContentEditable ? el : null;
  for (let p = el.parentElement; p && p.isContentEditable; p = p.parentElement) top = p;
  return top;
}

function summarize(issue: Issue, text: string): IssueSummary {
  const d = issue.diagnostic;
  const before = text.slice(Math.max(0, d.from - 10), d.from).split("\n").pop() ?? "";
  const after = text.slice(d.to, d.to + 10).split("\n")[0] ?? "";
  return {
    id: issue.id,
    category: d.category,
    categoryLabel: categoryStyle(d.category).label,
    severity: d.severity,
    message: d.message,
    text: d.text,
    excerpt: `${before}【${d.text}】${after}`,
    fixes: (d.fixes ?? []).map((f) => ({ label: f.label || t("fix_replace_with", f.replacement) })),
  };
}
