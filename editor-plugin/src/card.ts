import type { Editor } from "@tiptap/core";
import type { EditorView } from "@tiptap/pm/view";
import { computePosition, flip, offset, shift } from "@floating-ui/dom";
import type { SavedFigure } from "@tally/shared";
import type { TallyDiagnostic } from "./diagnostics";
import { categoryLabel, SEVERITY_LABELS } from "./labels";
import { formatNumber, formatPeriod } from "./figures";
import { tallyPluginKey, type TallyRuntime } from "./plugin";

const SHOW_DELAY_MS = 200;
const HIDE_DELAY_MS = 250;

/**
 * The hover/click card of a diagnostic: message, fixes as buttons, ignore, and for a masked number
 * the saved figures that fit. Lives in document.body, positioned with floating-ui.
 */
export class TallyCard {
  readonly element: HTMLDivElement;
  private currentId: string | undefined;
  private anchor: Element | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private lastCardSeq = 0;
  private renderSeq = 0;

  constructor(
    private readonly view: EditorView,
    private readonly editor: Editor,
    private readonly runtime: TallyRuntime,
  ) {
    const el = document.createElement("div");
    el.className = "tally-card";
    el.setAttribute("role", "dialog");
    el.setAttribute("aria-label", "写作检查提示");
    el.hidden = true;
    el.addEventListener("mouseenter", () => this.cancelHide());
    el.addEventListener("mouseleave", () => this.scheduleHide());
    el.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        this.hide();
        this.view.focus();
      }
    });
    document.body.appendChild(el);
    this.element = el;
    view.dom.addEventListener("mouseover", this.onMouseOver);
    view.dom.addEventListener("mouseout", this.onMouseOut);
    view.dom.addEventListener("click", this.onClick);
    document.addEventListener("keydown", this.onDocumentKey, true);
  }

  get openId(): string | undefined {
    return this.element.hidden ? undefined : this.currentId;
  }

  private onMouseOver = (e: Event) => {
    const target = (e.target as Element | null)?.closest?.("[data-tally-id]");
    if (!target) return;
    this.cancelHide();
    const id = target.getAttribute("data-tally-id")!;
    if (this.openId === id) return;
    clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => this.show(id, target), SHOW_DELAY_MS);
  };

  private onMouseOut = (e: Event) => {
    const target = (e.target as Element | null)?.closest?.("[data-tally-id]");
    if (!target) return;
    clearTimeout(this.showTimer);
    this.scheduleHide();
  };

  private onClick = (e: Event) => {
    const target = (e.target as Element | null)?.closest?.("[data-tally-id]");
    if (!target) return;
    clearTimeout(this.showTimer);
    this.show(target.getAttribute("data-tally-id")!, target);
  };

  private onDocumentKey = (e: KeyboardEvent) => {
    if (e.key === "Escape" && this.openId) this.hide();
  };

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
  }

  /** Called after every editor state update: follow keyboard requests, drop a stale card. */
  update(): void {
    const state = tallyPluginKey.getState(this.view.state);
    if (!state) return;
    if (state.cardRequest && state.cardRequest.seq !== this.lastCardSeq) {
      this.lastCardSeq = state.cardRequest.seq;
      const anchor = this.anchorFor(state.cardRequest.id);
      if (anchor) this.show(state.cardRequest.id, anchor);
      return;
    }
    if (this.openId) {
      const d = state.diagnostics.find((x) => x.id === this.currentId);
      const anchor = d && this.anchorFor(d.id);
      if (!d || !anchor) this.hide();
      else if (anchor !== this.anchor) {
        this.anchor = anchor;
        void this.position();
      }
    }
  }

  private anchorFor(id: string): Element | undefined {
    return this.view.dom.querySelector(`[data-tally-id="${id}"]`) ?? undefined;
  }

  /** Opens the card of a diagnostic next to an element of its highlight. */
  show(id: string, anchor: Element): void {
    const d = tallyPluginKey.getState(this.view.state)?.diagnostics.find((x) => x.id === id);
    if (!d) return;
    this.currentId = id;
    this.anchor = anchor;
    this.render(d);
    this.element.hidden = false;
    void this.position();
  }

  hide(): void {
    clearTimeout(this.showTimer);
    this.element.hidden = true;
    this.currentId = undefined;
    this.anchor = undefined;
  }

  private async position(): Promise<void> {
    if (!this.anchor) return;
    const { x, y } = await computePosition(this.anchor, this.element, {
      strategy: "fixed",
      placement: "bottom-start",
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    });
    Object.assign(this.element.style, { left: `${x}px`, top: `${y}px` });
  }

  private render(d: TallyDiagnostic): void {
    const seq = ++this.renderSeq;
    const el = this.element;
    el.replaceChildren();
    el.dataset.category = d.category;

    const head = div("tally-card__head");
    const chip = span(`tally-card__chip tally-card__chip--${d.category}`, categoryLabel(d.category));
    head.append(chip, span("tally-card__severity", SEVERITY_LABELS[d.severity] ?? d.severity));
    el.append(head, div("tally-card__message", d.message));

    const actions = div("tally-card__actions");
    d.fixes?.forEach((fix, index) => {
      actions.append(
        button("tally-card__fix", fix.label || `改为「${fix.replacement}」`, () => {
          this.editor.commands.applyTallyFix(d.id, index);
          this.hide();
          this.view.focus();
        }),
      );
    });
    actions.append(
      button("tally-card__ignore", "忽略", () => {
        this.editor.commands.ignoreTallyDiagnostic(d.id);
        this.hide();
        this.view.focus();
      }),
    );
    el.append(actions);

    const suggest = this.runtime.options.suggestFigures;
    if (d.category === "masked-number" && suggest) {
      const box = div("tally-card__figures");
      el.append(box);
      const context = this.placeholderContext(d);
      void Promise.resolve(suggest({ diagnostic: d, ...context })).then((figures) => {
        if (seq !== this.renderSeq || figures.length === 0) return;
        box.append(div("tally-card__figures-title", "填入已存数据"));
        for (const figure of figures) box.append(this.figureButton(d, figure));
        void this.position();
      });
    }
    el.append(div("tally-card__hint", "Alt+F8 下一处 · Shift+Alt+F8 上一处 · Esc 关闭"));
  }

  private figureButton(d: TallyDiagnostic, figure: SavedFigure): HTMLButtonElement {
    const label = `${figure.name} ${formatNumber(figure.value)}${figure.unit}（${formatPeriod(figure.period)}${figure.region ? ` · ${figure.region}` : ""}）`;
    return button("tally-card__figure", label, () => {
      this.editor.chain().setTextSelection({ from: d.from, to: d.to }).insertFigure(figure).run();
      this.hide();
      this.view.focus();
    });
  }

  private placeholderContext(d: TallyDiagnostic): { before: string; after: string } {
    const doc = this.view.state.doc;
    const $from = doc.resolve(d.from);
    const $to = doc.resolve(d.to);
    const before = doc.textBetween(Math.max($from.start(), d.from - 40), d.from, "\n", "\ufffc");
    const after = doc.textBetween(d.to, Math.min($to.end(), d.to + 8), "\n", "\ufffc");
    return { before, after };
  }

  destroy(): void {
    this.hide();
    this.view.dom.removeEventListener("mouseover", this.onMouseOver);
    this.view.dom.removeEventListener("mouseout", this.onMouseOut);
    this.view.dom.removeEventListener("click", this.onClick);
    document.removeEventListener("keydown", this.onDocumentKey, true);
    this.element.remove();
  }
}

function div(className: string, text?: string): HTMLDivElement {
  const el = document.createElement("div");
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const el = document.createElement("button");
  el.type = "button";
  el.className = className;
  el.textContent = text;
  // Keep the editor's selection: a mousedown on the card must not blur it first.
  el.addEventListener("mousedown", (e) => e.preventDefault());
  el.addEventListener("click", onClick);
  return el;
}
