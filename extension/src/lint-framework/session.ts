import type { Checker, Diagnostic } from "@tally/shared";
import type { EditorAdapter, TextSelection } from "./adapters";
import { guard } from "./guard";
import type { HighlightPainter } from "./highlights";
import { textareaRects } from "./mirror";
import type { Overlay } from "./overlay";
import { IdleScheduler, type IdleHost } from "./scheduler";

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
/** A change bigger than this (a first check, a paste) is fed to the checker in prefix steps of about this size. */
const CHECK_STEP_CHARS = 20_000;
/** At most this many issues are highlighted at once (those on and near the screen). */
const MAX_PAINTED = 200;
/**
 * How far beyond the screen issues are highlighted, in screen heights. Every registered range costs
 * on each keystroke (Chromium rebuilds its highlight markers after any DOM change). Typing on a
 * 30-page report, median key-to-frame time with/without the extension over 3 rounds: one screen
 * above and below 1.17, a quarter screen 1.09, the screen only 1.07 (no highlights at all 0.99).
 * So only the screen: issues scrolled into view are drawn in the idle time after the scroll.
 */
const PAINT_MARGIN = 0;
let nextSessionId = 1;

/** A selection kept as plain boundary points: a live Range copy would be updated by the browser on every edit. */
export interface RangePoints {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

/**
 * Tally attached to one editor. Typing only marks the editor changed; once the user pauses, the
 * text is read, checked and drawn in idle time, in slices (see IdleScheduler), and the work is
 * dropped as soon as the editor changes again. Nothing runs during an IME composition.
 */
export class EditorSession {
  readonly id = `e${nextSessionId++}`;
  issues: Issue[] = [];
  /** The text the issues' offsets refer to. */
  checkedText = "";
  /** Textareas: the selection when the editor last had focus (the caret for side panel insertions). */
  lastSelection: TextSelection | null = null;
  /** DOM editors: the same, as boundary points; turned into offsets only when used. */
  lastRange: RangePoints | null = null;
  /** Set once the controller listens to this editor's selection. */
  tracking = false;
  private composing = false;
  /** Bumped on every change of the editor; a job started at another version gives up. */
  private version = 0;
  private lastChangeAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly scheduler: IdleScheduler;
  private readonly boxGroup: HTMLElement;
  private readonly cleanups: (() => void)[] = [];
  /** Issues in text order (for finding the ones on screen by bisection). */
  private byPosition: Issue[] = [];
  /** Highlighted issues: id → the live range painted for it. */
  private painted = new Map<string, { issue: Issue; range: Range }>();
  /** The checker whose cache holds `checkedText` (a new checker starts cold). */
  private warmChecker: Checker | null = null;
  /** The editor's version when `checkedText` was read: drawing from an older text map would misplace ranges. */
  private checkedVersion = -1;
  private redrawQueued = false;
  private mutationObserver: MutationObserver | null = null;

  constructor(readonly adapter: EditorAdapter, private readonly env: SessionEnvironment) {
    this.boxGroup = env.overlay.element("div");
    this.boxGroup.dataset.tallyEditor = this.id;
    const el = adapter.element;
    const view = el.ownerDocument.defaultView ?? globalThis;
    this.scheduler = new IdleScheduler(view as unknown as IdleHost);
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, target: EventTarget = el) => {
      const handler = guard(fn) as EventListener;
      target.addEventListener(type, handler, { passive: true, capture: true });
      this.cleanups.push(() => target.removeEventListener(type, handler, { capture: true }));
    };
    on("compositionstart", () => { this.composing = true; this.cancel(); });
    on("compositionend", () => { this.composing = false; this.markChanged(); });
    on("input", (e) => { if (!this.composing && !(e as InputEvent).isComposing) this.markChanged(); });
    if (adapter.drawing === "overlay" || !env.painter) {
      on("scroll", () => this.queueRedraw());
      const ro = new ResizeObserver(guard(() => this.queueRedraw()));
      ro.observe(el);
      this.cleanups.push(() => ro.disconnect());
    }
    if (adapter.kind !== "textarea") {
      // Programmatic changes (an app loading a draft, collaborative edits) bring no input event.
      this.mutationObserver = new MutationObserver(guard(() => { if (!this.composing) this.markChanged(); }));
      this.mutationObserver.observe(el, { childList: true, characterData: true, subtree: true });
    }
  }

  /** The remembered selection in text offsets, if it is still inside the editor. */
  rememberedSelection(): TextSelection | null {
    if (this.adapter.kind === "textarea" || !this.lastRange) return this.lastSelection;
    const r = this.lastRange;
    if (!r.startContainer.isConnected || !r.endContainer.isConnected) return null;
    this.adapter.readText();
    const map = this.adapter.textMap();
    if (!map) return null;
    const from = map.offsetOf(r.startContainer, r.startOffset);
    const to = map.offsetOf(r.endContainer, r.endOffset);
    return from === null || to === null ? null : { from, to };
  }

  /**
   * The editor changed: all the keystroke pays for. The pending timer is not re-armed on every key;
   * when it fires early it waits out the rest of the pause.
   */
  private markChanged(): void {
    this.version++;
    this.lastChangeAt = performance.now();
    this.timer ??= setTimeout(this.onPause, IDLE_DELAY_MS);
  }

  private readonly onPause = guard(() => {
    this.timer = undefined;
    const rest = this.lastChangeAt + IDLE_DELAY_MS - performance.now();
    if (rest > 1) {
      this.timer = setTimeout(this.onPause, rest);
      return;
    }
    if (!this.composing) this.scheduler.run(this.checkJob());
  });

  /** Checks after `delay` ms (and the user's pause), in idle time. */
  schedule(delay = IDLE_DELAY_MS): void {
    this.version++;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onPause, delay);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.scheduler.cancel();
  }

  /** Reads the editor, checks and redraws now (commands, tests). */
  checkNow(): void {
    this.cancel();
    runToEnd(this.checkJob());
  }

  /**
   * Reads, checks and draws in steps: the text in slices of nodes; a large change fed to the
   * checker in prefixes (so each step caches a part of the paragraphs); then the issues on screen
   * are highlighted. Gives up as soon as the editor changes.
   */
  private *checkJob(): Generator<void, void, void> {
    if (this.composing || !this.adapter.element.isConnected) return;
    const version = this.version;
    const stale = () => this.version !== version || this.composing;
    let text: string;
    const reading = this.adapter.readTextInSteps?.();
    if (reading) {
      for (;;) {
        const step = reading.next();
        if (step.done) {
          text = step.value;
          break;
        }
        yield;
        if (stale()) return;
      }
    } else {
      text = this.adapter.readText();
    }
    yield;
    if (stale()) return;

    const checker = this.env.checker();
    const from = checker === this.warmChecker ? commonPrefixLength(this.checkedText, text) : 0;
    const changed = checker === this.warmChecker ? text.length - from - commonSuffixLength(this.checkedText, text, from) : text.length;
    if (changed > CHECK_STEP_CHARS) {
      // Only the paragraph results cached by these partial checks are kept; their findings are not used.
      for (let end = lineEndAfter(text, from + CHECK_STEP_CHARS); end < text.length; end = lineEndAfter(text, end + CHECK_STEP_CHARS)) {
        checker.check(text.slice(0, end));
        yield;
        if (stale()) return;
      }
    }
    const started = performance.now();
    const diagnostics = checker.check(text);
    this.warmChecker = checker;
    measure("tally-check", started);
    this.checkedVersion = version;
    this.setIssues(text, diagnostics);
    yield* this.paintSteps();
    this.env.changed(this);
  }

  private setIssues(text: string, diagnostics: readonly Diagnostic[]): void {
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
    this.byPosition = [...this.issues].sort((a, b) => a.diagnostic.from - b.diagnostic.from);
  }

  /** Draws the current issues: CSS highlights over DOM ranges, or boxes for textareas. */
  draw(): void {
    runToEnd(this.paintSteps());
  }

  private *paintSteps(): Generator<void, void, void> {
    if (this.adapter.drawing !== "highlight" || !this.env.painter) {
      this.drawBoxes();
      return;
    }
    // What is on screen first (adding only), then within PAINT_MARGIN, dropping what lies outside.
    if (this.version !== this.checkedVersion) return;
    this.paintVisible(0, false);
    yield;
    if (this.version !== this.checkedVersion) return;
    this.paintVisible(PAINT_MARGIN, true);
  }

  /**
   * Registers highlights only for issues on or near the screen: the browser repaints every
   * registered range when the registry changes, and keeps every live range up to date on each
   * edit. The first issue on screen is found by bisection (issues in text order lie top to
   * bottom), so a long report costs a few layout reads, all made here in idle time. Ranges of
   * issues that stay are kept, so an unchanged highlight is not touched.
   */
  private paintVisible(margin: number, prune: boolean): void {
    const painter = this.env.painter;
    if (!painter) return;
    const map = this.adapter.textMap();
    if (!map || map.text !== this.checkedText) return;
    const view = this.adapter.element.ownerDocument.defaultView;
    const height = view?.innerHeight ?? 0;
    const top = -margin * height;
    const bottom = height + margin * height;
    const issues = this.byPosition;
    const probe = this.adapter.element.ownerDocument.createRange();
    const box = (issue: Issue): DOMRect | null => {
      const start = map.pointAt(issue.diagnostic.from, "after");
      const end = map.pointAt(issue.diagnostic.to, "before");
      if (!start || !end) return null;
      probe.setStart(start.node, start.offset);
      probe.setEnd(end.node, end.offset);
      return probe.getBoundingClientRect();
    };
    let lo = 0;
    let hi = issues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = box(issues[mid]!);
      if (r && r.bottom < top) lo = mid + 1;
      else hi = mid;
    }
    const next = new Map<string, { issue: Issue; range: Range }>();
    if (!prune) {
      // Keep what is painted for issues that still exist until the wider pass.
      const current = new Map(this.issues.map((i) => [i.id, i]));
      for (const [id, p] of this.painted) {
        const issue = current.get(id);
        if (issue && p.range.toString() === issue.diagnostic.text) next.set(id, { issue, range: p.range });
      }
    }
    for (let i = lo; i < issues.length && next.size < MAX_PAINTED; i++) {
      const issue = issues[i]!;
      const r = box(issue);
      if (!r) continue;
      if (r.top > bottom) break;
      if (r.bottom < top) continue;
      const kept = next.get(issue.id) ?? this.painted.get(issue.id);
      // A live range painted before still spans the flagged text after the edit: keep it as is.
      const range = kept && kept.range.toString() === issue.diagnostic.text ? kept.range : map.rangeFor(issue.diagnostic.from, issue.diagnostic.to);
      if (range) next.set(issue.id, { issue, range });
    }
    probe.detach();
    this.painted = next;
    painter.set(this, [...next.values()].map(({ issue, range }) => ({ category: issue.diagnostic.category, range })));
  }

  private queueRedraw(): void {
    if (this.redrawQueued) return;
    this.redrawQueued = true;
    requestAnimationFrame(guard(() => {
      this.redrawQueued = false;
      this.drawBoxes();
    }));
  }

  /** After scroll, resize or layout changes: boxes follow at the next frame, highlights for newly visible issues in idle time. */
  relayout(): void {
    if (this.adapter.drawing === "overlay" || !this.env.painter) {
      this.queueRedraw();
      return;
    }
    if (!this.scheduler.busy && this.issues.length && this.version === this.checkedVersion) this.scheduler.run(this.paintSteps());
  }

  /** The live range of an issue: the painted one, or a new one when the text still reads as checked. */
  private rangeOf(issue: Issue): Range | null {
    const painted = this.painted.get(issue.id);
    if (painted) return painted.range;
    const map = this.adapter.textMap();
    return map && map.text === this.checkedText ? map.rangeFor(issue.diagnostic.from, issue.diagnostic.to) : null;
  }

  private drawBoxes(): void {
    const o = this.env.overlay;
    o.attach();
    if (!this.boxGroup.isConnected) o.boxes.append(this.boxGroup);
    const rects = this.issueRects(this.issues);
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

  /** Viewport rectangles of the given issues, in order. */
  private issueRects(issues: readonly Issue[]): DOMRect[][] {
    if (this.adapter.kind === "textarea") {
      const value = (this.adapter.element as HTMLTextAreaElement).value;
      if (value !== this.checkedText) return issues.map(() => []);
      return textareaRects(this.env.overlay, this.adapter.element as HTMLTextAreaElement, issues.map((i) => [i.diagnostic.from, i.diagnostic.to] as const));
    }
    return issues.map((i) => [...(this.rangeOf(i)?.getClientRects() ?? [])]);
  }

  /** The issue under a viewport point, and the rectangle it was found in. Highlighted editors: only issues on screen are candidates. */
  hitTest(x: number, y: number): { issue: Issue; rect: DOMRect } | null {
    if (this.issues.length === 0) return null;
    const box = this.adapter.element.getBoundingClientRect();
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) return null;
    const candidates = this.adapter.drawing === "highlight" && this.env.painter ? [...this.painted.values()].map((p) => p.issue) : this.issues;
    const rects = this.issueRects(candidates);
    for (let i = 0; i < candidates.length; i++) {
      for (const r of rects[i] ?? []) {
        if (x >= r.left && x <= r.right && y >= r.top - 1 && y <= r.bottom + 1) return { issue: candidates[i]!, rect: r };
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
    return this.issueRects([issue])[0]?.[0] ?? null;
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
    this.byPosition = this.byPosition.filter((i) => i !== issue);
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

/** Runs a stepped job to its end at once. */
function runToEnd(job: Generator<void, void, void>): void {
  while (!job.next().done);
}

/** Visible in the browser's performance timeline, for latency measurements. */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Older browsers: no user-timing options.
  }
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, not reaching into the first `prefix` characters of either. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** The end of the line holding `at` (the text length when there is no later line break). */
function lineEndAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}
