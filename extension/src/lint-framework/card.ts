import { computePosition, flip, offset, shift } from "@floating-ui/dom";
import type { SavedFigure } from "@tally/shared";
import { categoryStyle } from "./categories";
import { guard } from "./guard";
import type { Overlay } from "./overlay";
import type { Issue } from "./session";
import { t } from "../i18n";

/** What the user can do from a card. */
export interface CardActions {
  fix(issue: Issue, fixIndex: number): void;
  ignore(issue: Issue): void;
  insertFigure(issue: Issue, figure: SavedFigure): void;
}

/** The text a saved figure is inserted as: the value, plus its unit unless the text already has it. */
export function figureInsertText(figure: SavedFigure, textAfter: string): string {
  const value = String(figure.value);
  return figure.unit && !textAfter.startsWith(figure.unit) ? value + figure.unit : value;
}

/**
 * The card shown on hover or click: message, fixes, ignore, and saved figures for a masked number.
 * Lives in the overlay's shadow root; built with DOM calls only (pages may enforce Trusted Types).
 */
export class Card {
  private readonly el: HTMLElement;
  private current: Issue | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly overlay: Overlay, private readonly actions: CardActions) {
    this.el = overlay.element("div", "tally-card");
    this.el.hidden = true;
    this.el.setAttribute("role", "dialog");
    this.el.addEventListener("mouseenter", () => clearTimeout(this.hideTimer));
    this.el.addEventListener("mouseleave", () => this.hideSoon());
    this.el.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.hide();
    });
    overlay.ui.append(this.el);
  }

  /** The issue the card shows, if open. */
  get issue(): Issue | null {
    return this.current;
  }

  /** True when a point (viewport coordinates) is over the open card. */
  contains(x: number, y: number): boolean {
    if (this.el.hidden) return false;
    const r = this.el.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  /** Opens the card for an issue next to an anchor rectangle. */
  show(issue: Issue, anchor: DOMRect, figures: SavedFigure[]): void {
    clearTimeout(this.hideTimer);
    this.overlay.attach();
    this.current = issue;
    const { diagnostic } = issue;
    const style = categoryStyle(diagnostic.category);
    const o = this.overlay;
    const head = o.element("div", "tally-card-head");
    const dot = o.element("span", "tally-dot");
    o.colour(dot, diagnostic.category);
    head.append(dot, o.element("span", "", style.label), o.element("span", "tally-card-text", diagnostic.text));
    const message = o.element("p", "tally-card-message", diagnostic.message);
    const children: HTMLElement[] = [head, message];

    const fixes = diagnostic.fixes ?? [];
    if (fixes.length) {
      const row = o.element("div", "tally-card-actions");
      fixes.forEach((fix, i) => {
        const b = o.element("button", "tally-fix", fix.label || t("fix_replace_with", fix.replacement));
        b.dataset.tallyAction = "fix";
        b.addEventListener("click", guard(() => { this.hide(); this.actions.fix(issue, i); }));
        row.append(b);
      });
      children.push(row);
    }
    if (figures.length) {
      children.push(o.element("div", "tally-card-section", t("card_saved_figures")));
      const row = o.element("div", "tally-card-actions");
      for (const figure of figures.slice(0, 5)) {
        const label = `${figure.name} ${figure.value}${figure.unit}（${figure.period}）`;
        const b = o.element("button", "tally-fix", label);
        b.dataset.tallyAction = "insert-figure";
        b.addEventListener("click", guard(() => { this.hide(); this.actions.insertFigure(issue, figure); }));
        row.append(b);
      }
      children.push(row);
    }
    const tail = o.element("div", "tally-card-actions");
    const ignore = o.element("button", "", t("action_ignore"));
    ignore.dataset.tallyAction = "ignore";
    ignore.addEventListener("click", guard(() => { this.hide(); this.actions.ignore(issue); }));
    tail.append(ignore);
    children.push(tail);
    this.el.replaceChildren(...children);
    this.el.hidden = false;

    const reference = { getBoundingClientRect: () => anchor };
    void computePosition(reference, this.el, { strategy: "fixed", placement: "bottom-start", middleware: [offset(6), flip(), shift({ padding: 8 })] })
      .then(({ x, y }) => {
        this.el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      })
      .catch(() => undefined);
  }

  /** Closes after a short delay, so the pointer can travel from the text to the card. */
  hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), 300);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    this.el.hidden = true;
    this.current = null;
  }
}
