import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { createChecker, type CheckOptions, type Checker, type SavedFigure } from "@tally/shared";
import { mapDiagnostic, toEditorDiagnostics, type TallyDiagnostic } from "./diagnostics";
import { documentText } from "./text-map";
import { categoryLabel, SECTION_LABELS } from "./labels";
import type { FigureFormat } from "./figures";

/** What the card asks for when it offers saved figures for a masked number. */
export interface FigureSuggestionContext {
  diagnostic: TallyDiagnostic;
  /** Text of the same block before the placeholder (up to 40 characters). */
  before: string;
  /** Text of the same block after the placeholder (up to 8 characters). */
  after: string;
}

/** Options of `TallyChecker.configure(...)`. Engine options are passed on to `createChecker`. */
export interface TallyCheckerOptions extends Omit<CheckOptions, "blocks"> {
  /** Quiet time after the last change before the changed blocks are checked again. */
  debounceMs: number;
  /** Called with the current diagnostics after each check and after an ignore. */
  onDiagnostics?: (diagnostics: readonly TallyDiagnostic[], editor: Editor) => void;
  /** Saved figures to offer in the card of a masked number. */
  suggestFigures?: (context: FigureSuggestionContext) => readonly SavedFigure[] | Promise<readonly SavedFigure[]>;
  /** Show the hover/click card (default true). */
  card: boolean;
  /** Default format of `insertFigure`. */
  figureFormat: FigureFormat;
}

/** `editor.storage.tallyChecker`. */
export interface TallyCheckerStorage {
  /** Current diagnostics, positions in the current document, sorted by position. */
  diagnostics: TallyDiagnostic[];
  /** Milliseconds the last check took (text build, engine, conversion). */
  lastCheckMs: number;
}

/** A spot the user chose to ignore: it stays ignored while its text is unchanged. */
export interface IgnoredSpot {
  ruleId: string;
  section?: string;
  text: string;
  from: number;
  to: number;
}

/** The plugin's state: current diagnostics and decorations, mapped through every transaction. */
export interface TallyPluginState {
  diagnostics: TallyDiagnostic[];
  decorations: DecorationSet;
  ignored: IgnoredSpot[];
  /** Bumps when the diagnostics are replaced (a check) or one is ignored. */
  generation: number;
  /** Asks the view to open the card of a diagnostic (keyboard navigation). */
  cardRequest?: { id: string; seq: number };
}

export type TallyMeta =
  | { type: "results"; diagnostics: TallyDiagnostic[] }
  | { type: "ignore"; id: string }
  | { type: "card"; id: string };

export const tallyPluginKey = new PluginKey<TallyPluginState>("tallyChecker");

/** Per-editor machinery: one incremental checker and a cache of block texts. */
export class TallyRuntime {
  checker: Checker;
  readonly blockTexts = new WeakMap<PMNode, string>();
  timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly editor: Editor,
    public options: TallyCheckerOptions,
    readonly storage: TallyCheckerStorage,
  ) {
    this.checker = createChecker(engineOptions(options));
  }

  /** Replaces engine options (reference date, template …) and starts a fresh checker. */
  reconfigure(patch: Partial<TallyCheckerOptions>): void {
    this.options = { ...this.options, ...patch };
    this.checker = createChecker(engineOptions(this.options));
  }

  /** Checks a document: only blocks whose text changed are analysed again by the checker. */
  run(doc: PMNode): TallyDiagnostic[] {
    const started = now();
    const map = documentText(doc, this.blockTexts);
    const diagnostics = toEditorDiagnostics(this.checker.check(map.text, { blocks: map.hints }), map);
    this.storage.lastCheckMs = now() - started;
    return diagnostics;
  }

  cancelPending(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

function engineOptions(o: TallyCheckerOptions): CheckOptions {
  const out: CheckOptions = {};
  if (o.referenceDate) out.referenceDate = o.referenceDate;
  if (o.template) out.template = o.template;
  if (o.rules) out.rules = o.rules;
  if (o.figures) out.figures = o.figures;
  if (o.stalePhrases) out.stalePhrases = o.stalePhrases;
  if (o.templates) out.templates = o.templates;
  return out;
}

/**
 * What a decoration shows apart from its range: two decorations with equal ranges and equal
 * looks are interchangeable, so an update keeps the old one (and ProseMirror keeps its DOM).
 */
function looksOf(d: TallyDiagnostic): string {
  return d.category === "missing-section"
    ? `w\u0000${d.id}\u0000${d.severity}\u0000${d.section ?? ""}\u0000${d.message}`
    : `i\u0000${d.id}\u0000${d.category}\u0000${d.severity}`;
}

function decorationFor(d: TallyDiagnostic, docSize: number): Decoration | undefined {
  const attrs = {
    class: `tally-issue tally-issue--${d.category} tally-severity--${d.severity}`,
    "data-tally-id": d.id,
    "data-tally-category": d.category,
  };
  const looks = looksOf(d);
  if (d.category === "missing-section") {
    const pos = Math.min(Math.max(d.from, 0), docSize);
    return Decoration.widget(pos, () => missingSectionWidget(d), { id: d.id, key: `${d.id}:${d.message}`, looks, side: -1, ignoreSelection: true });
  }
  if (d.from < 0 || d.to > docSize || d.to <= d.from) return undefined;
  return Decoration.inline(d.from, d.to, attrs, { id: d.id, looks, inclusiveStart: false, inclusiveEnd: false });
}

function missingSectionWidget(d: TallyDiagnostic): HTMLElement {
  const el = document.createElement("span");
  el.className = `tally-issue tally-issue--missing-section tally-widget tally-severity--${d.severity}`;
  el.setAttribute("data-tally-id", d.id);
  el.setAttribute("data-tally-category", d.category);
  el.setAttribute("contenteditable", "false");
  const section = d.section ? SECTION_LABELS[d.section] ?? d.section : "";
  el.textContent = section ? `缺少「${section}」` : categoryLabel(d.category);
  el.title = d.message;
  return el;
}

/** Decorations for a list of diagnostics. */
export function buildDecorations(doc: PMNode, diagnostics: readonly TallyDiagnostic[]): DecorationSet {
  const size = doc.content.size;
  const decos: Decoration[] = [];
  for (const d of diagnostics) {
    const deco = decorationFor(d, size);
    if (deco) decos.push(deco);
  }
  return DecorationSet.create(doc, decos);
}

/**
 * Brings a decoration set (already mapped to `doc`) in line with new diagnostics by removing and
 * adding only the decorations that changed. Building the set anew walks every block of the
 * document, which was about half of the plugin's work per keystroke on a 100k-character report;
 * after a typical edit only a few decorations near it differ.
 */
export function updateDecorations(doc: PMNode, current: DecorationSet, diagnostics: readonly TallyDiagnostic[]): DecorationSet {
  const size = doc.content.size;
  const wanted = new Map<string, Decoration>();
  for (const d of diagnostics) {
    const deco = decorationFor(d, size);
    if (deco) wanted.set(`${deco.from}:${deco.to}:${(deco.spec as { looks: string }).looks}`, deco);
  }
  const stale: Decoration[] = [];
  for (const deco of current.find()) {
    const key = `${deco.from}:${deco.to}:${(deco.spec as { looks?: string }).looks}`;
    if (wanted.has(key)) wanted.delete(key);
    else stale.push(deco);
  }
  if (stale.length === 0 && wanted.size === 0) return current;
  return current.remove(stale).add(doc, [...wanted.values()]);
}

function isIgnored(d: TallyDiagnostic, ignored: readonly IgnoredSpot[]): boolean {
  return ignored.some((s) =>
    s.ruleId === d.ruleId &&
    (d.category === "missing-section" ? s.section === d.section : s.from === d.from && s.to === d.to && s.text === d.text),
  );
}

function mapIgnored(spots: readonly IgnoredSpot[], tr: Transaction): IgnoredSpot[] {
  const out: IgnoredSpot[] = [];
  for (const s of spots) {
    if (s.section !== undefined && s.from === s.to) {
      out.push(s);
      continue;
    }
    const from = tr.mapping.mapResult(s.from, 1);
    const to = tr.mapping.mapResult(s.to, -1);
    if (to.pos <= from.pos) continue;
    // An edit inside the spot changes its text: the user ignored that text, not this one.
    if (tr.doc.textBetween(from.pos, to.pos, "\n", "\ufffc") !== s.text) continue;
    out.push({ ...s, from: from.pos, to: to.pos });
  }
  return out;
}

/** Applies a transaction to the plugin state: map everything, then take results or an ignore. */
export function applyTransaction(tr: Transaction, value: TallyPluginState): TallyPluginState {
  const meta = tr.getMeta(tallyPluginKey) as TallyMeta | undefined;
  let next = value;
  if (tr.docChanged) {
    const diagnostics: TallyDiagnostic[] = [];
    for (const d of value.diagnostics) {
      const mapped = mapDiagnostic(d, tr.mapping);
      if (mapped) diagnostics.push(mapped);
    }
    next = {
      ...value,
      diagnostics,
      decorations: value.decorations.map(tr.mapping, tr.doc),
      ignored: value.ignored.length ? mapIgnored(value.ignored, tr) : value.ignored,
    };
  }
  if (!meta) return next;
  if (meta.type === "results") {
    const diagnostics = meta.diagnostics.filter((d) => !isIgnored(d, next.ignored));
    return { ...next, diagnostics, decorations: updateDecorations(tr.doc, next.decorations, diagnostics), generation: next.generation + 1 };
  }
  if (meta.type === "ignore") {
    const target = next.diagnostics.find((d) => d.id === meta.id);
    if (!target) return next;
    const spot: IgnoredSpot = { ruleId: target.ruleId, text: target.text, from: target.from, to: target.to };
    if (target.category === "missing-section") {
      spot.section = target.section ?? "";
      spot.to = spot.from;
    }
    const stale = next.decorations.find(undefined, undefined, (spec) => spec.id === meta.id);
    return {
      ...next,
      diagnostics: next.diagnostics.filter((d) => d.id !== meta.id),
      decorations: next.decorations.remove(stale),
      ignored: [...next.ignored, spot],
      generation: next.generation + 1,
    };
  }
  return { ...next, cardRequest: { id: meta.id, seq: (next.cardRequest?.seq ?? 0) + 1 } };
}

/** The ProseMirror plugin: holds state and schedules debounced checks after document changes. */
export function createTallyPlugin(runtime: TallyRuntime, onView?: (view: import("@tiptap/pm/view").EditorView) => { update(): void; destroy(): void }): Plugin<TallyPluginState> {
  return new Plugin<TallyPluginState>({
    key: tallyPluginKey,
    state: {
      init: (_config, state: EditorState) => ({
        diagnostics: [],
        decorations: DecorationSet.create(state.doc, []),
        ignored: [],
        generation: 0,
      }),
      apply: applyTransaction,
    },
    props: {
      decorations: (state) => tallyPluginKey.getState(state)?.decorations,
    },
    view(view) {
      const runCheck = () => {
        runtime.timer = undefined;
        if (view.isDestroyed) return;
        const diagnostics = runtime.run(view.state.doc);
        const meta: TallyMeta = { type: "results", diagnostics };
        view.dispatch(view.state.tr.setMeta(tallyPluginKey, meta).setMeta("addToHistory", false));
      };
      const schedule = (delay: number) => {
        runtime.cancelPending();
        runtime.timer = setTimeout(runCheck, delay);
      };
      schedule(0);
      const extra = onView?.(view);
      let lastGeneration = 0;
      return {
        update(view, prevState) {
          const state = tallyPluginKey.getState(view.state)!;
          runtime.storage.diagnostics = state.diagnostics;
          if (view.state.doc !== prevState.doc) schedule(runtime.options.debounceMs);
          if (state.generation !== lastGeneration) {
            lastGeneration = state.generation;
            runtime.options.onDiagnostics?.(state.diagnostics, runtime.editor);
          }
          extra?.update();
        },
        destroy() {
          runtime.cancelPending();
          extra?.destroy();
        },
      };
    },
  });
}
