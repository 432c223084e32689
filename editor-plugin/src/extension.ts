import { Extension } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import type { SavedFigure } from "@tally/shared";
import { TallyCard } from "./card";
import type { TallyDiagnostic } from "./diagnostics";
import { figureTextForPlaceholder, formatFigureText, type FigureFormat } from "./figures";
import {
  createTallyPlugin,
  tallyPluginKey,
  TallyRuntime,
  type TallyCheckerOptions,
  type TallyCheckerStorage,
  type TallyMeta,
} from "./plugin";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    tallyChecker: {
      /** Applies a diagnostic's fix (default the first) as one undoable step. */
      applyTallyFix: (diagnosticId: string, fixIndex?: number) => ReturnType;
      /** Hides a diagnostic; it stays hidden while the text at that spot is unchanged. */
      ignoreTallyDiagnostic: (diagnosticId: string) => ReturnType;
      /** Inserts a saved figure at the selection; a selected masked number is filled in place. */
      insertFigure: (figure: SavedFigure, format?: FigureFormat) => ReturnType;
      /** Selects the next diagnostic after the selection (wrapping) and opens its card. */
      goToNextTallyDiagnostic: () => ReturnType;
      /** Selects the previous diagnostic before the selection (wrapping) and opens its card. */
      goToPreviousTallyDiagnostic: () => ReturnType;
      /** Checks the document now instead of after the debounce. */
      checkTallyNow: () => ReturnType;
      /** Changes engine options (reference date, template, rules, figures …) and checks again. */
      setTallyOptions: (options: Partial<Omit<TallyCheckerOptions, "debounceMs" | "card">>) => ReturnType;
    };
  }
  interface Storage {
    tallyChecker: TallyCheckerStorage;
  }
}

const runtimes = new WeakMap<object, TallyRuntime>();

function currentDiagnostics(state: import("@tiptap/pm/state").EditorState): TallyDiagnostic[] {
  return tallyPluginKey.getState(state)?.diagnostics ?? [];
}

/**
 * Tally for Tiptap: checks the document with the Tally engine and shows each diagnostic as a
 * decoration `tally-issue tally-issue--<category>`. See the package README for the options.
 */
export const TallyChecker = Extension.create<TallyCheckerOptions, TallyCheckerStorage>({
  name: "tallyChecker",

  addOptions() {
    return {
      debounceMs: 250,
      card: true,
      figureFormat: "value",
    };
  },

  addStorage() {
    return { diagnostics: [], lastCheckMs: 0 };
  },

  addProseMirrorPlugins() {
    const runtime = new TallyRuntime(this.editor, { ...this.options }, this.storage);
    runtimes.set(this.editor, runtime);
    const editor = this.editor;
    return [
      createTallyPlugin(runtime, (view) => {
        const card = runtime.options.card && typeof document !== "undefined" ? new TallyCard(view, editor, runtime) : undefined;
        return { update: () => card?.update(), destroy: () => card?.destroy() };
      }),
    ];
  },

  addCommands() {
    return {
      applyTallyFix:
        (diagnosticId, fixIndex = 0) =>
        ({ tr, state, dispatch }) => {
          const d = currentDiagnostics(state).find((x) => x.id === diagnosticId);
          const fix = d?.fixes?.[fixIndex];
          if (!d || !fix) return false;
          const from = fix.from ?? d.from;
          const to = fix.to ?? d.to;
          if (from > to || to > tr.doc.content.size) return false;
          // Positions are mapped through edits; make sure the flagged text is still there.
          if (fix.from === undefined && tr.doc.textBetween(d.from, d.to, "\n", "\ufffc") !== d.text) return false;
          if (dispatch) {
            if (fix.replacement) tr.insertText(fix.replacement, from, to);
            else tr.delete(from, to);
          }
          return true;
        },

      ignoreTallyDiagnostic:
        (diagnosticId) =>
        ({ tr, state, dispatch }) => {
          if (!currentDiagnostics(state).some((d) => d.id === diagnosticId)) return false;
          const meta: TallyMeta = { type: "ignore", id: diagnosticId };
          if (dispatch) tr.setMeta(tallyPluginKey, meta).setMeta("addToHistory", false);
          return true;
        },

      insertFigure:
        (figure, format) =>
        ({ tr, state, dispatch }) => {
          const { from, to } = tr.selection;
          const placeholder = currentDiagnostics(state).find(
            (d) => d.category === "masked-number" && ((from === d.from && to === d.to) || (from === to && d.from <= from && from <= d.to)),
          );
          let text: string;
          let range = { from, to };
          if (placeholder && format === undefined) {
            const $to = tr.doc.resolve(placeholder.to);
            const after = tr.doc.textBetween(placeholder.to, Math.min($to.end(), placeholder.to + 8), "\n", "\ufffc");
            text = figureTextForPlaceholder(figure, after);
            range = { from: placeholder.from, to: placeholder.to };
          } else {
            const runtime = runtimes.get(this.editor);
            text = formatFigureText(figure, format ?? runtime?.options.figureFormat ?? "value");
          }
          if (!text) return false;
          if (dispatch) {
            tr.insertText(text, range.from, range.to);
            tr.setSelection(TextSelection.create(tr.doc, range.from + text.length));
          }
          return true;
        },

      goToNextTallyDiagnostic:
        () =>
        ({ tr, state, dispatch }) => goTo(1, tr, state, dispatch),

      goToPreviousTallyDiagnostic:
        () =>
        ({ tr, state, dispatch }) => goTo(-1, tr, state, dispatch),

      checkTallyNow:
        () =>
        ({ tr, dispatch }) => {
          const runtime = runtimes.get(this.editor);
          if (!runtime) return false;
          if (dispatch) {
            runtime.cancelPending();
            const meta: TallyMeta = { type: "results", diagnostics: runtime.run(tr.doc) };
            tr.setMeta(tallyPluginKey, meta).setMeta("addToHistory", false);
          }
          return true;
        },

      setTallyOptions:
        (options) =>
        ({ tr, dispatch }) => {
          const runtime = runtimes.get(this.editor);
          if (!runtime) return false;
          if (dispatch) {
            runtime.reconfigure(options);
            runtime.cancelPending();
            const meta: TallyMeta = { type: "results", diagnostics: runtime.run(tr.doc) };
            tr.setMeta(tallyPluginKey, meta).setMeta("addToHistory", false);
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      "Alt-F8": () => this.editor.commands.goToNextTallyDiagnostic(),
      "Shift-Alt-F8": () => this.editor.commands.goToPreviousTallyDiagnostic(),
    };
  },
});

function goTo(
  direction: 1 | -1,
  tr: import("@tiptap/pm/state").Transaction,
  state: import("@tiptap/pm/state").EditorState,
  dispatch: ((tr: import("@tiptap/pm/state").Transaction) => void) | undefined,
): boolean {
  const list = currentDiagnostics(state);
  if (list.length === 0) return false;
  const { from, to } = tr.selection;
  const target =
    direction === 1
      ? list.find((d) => d.from > from || (d.from === from && d.to > to)) ?? list[0]!
      : [...list].reverse().find((d) => d.from < from || (d.from === from && d.to < to)) ?? list[list.length - 1]!;
  if (dispatch) {
    const size = tr.doc.content.size;
    const a = Math.min(target.from, size);
    const b = Math.min(Math.max(target.to, a), size);
    tr.setSelection(TextSelection.create(tr.doc, a, target.category === "missing-section" ? a : b)).scrollIntoView();
    const meta: TallyMeta = { type: "card", id: target.id };
    tr.setMeta(tallyPluginKey, meta);
  }
  return true;
}
