import { CATEGORY_STYLES, categoryStyle, highlightName } from "./categories";

/** One flagged range to paint. */
export interface PaintedRange {
  category: string;
  range: Range;
}

/** True where the CSS Custom Highlight API exists (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function supportsHighlights(doc: Document): boolean {
  const view = doc.defaultView as (Window & { Highlight?: unknown }) | null;
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof view?.Highlight === "function";
}

/**
 * Paints flagged ranges as CSS Custom Highlights named `tally-<category>` without touching the
 * page's DOM. Several editors share the page-wide registry, so ranges are kept per owner.
 */
export class HighlightPainter {
  private readonly byOwner = new Map<object, PaintedRange[]>();
  private styled = false;

  constructor(private readonly doc: Document) {}

  /** Replaces the ranges one editor contributes. */
  set(owner: object, ranges: PaintedRange[]): void {
    const touched = new Set<string>([...(this.byOwner.get(owner) ?? []), ...ranges].map((r) => r.category));
    if (ranges.length) this.byOwner.set(owner, ranges);
    else this.byOwner.delete(owner);
    this.ensureStyles();
    for (const category of touched) this.sync(category);
  }

  /** Removes everything one editor painted. */
  clear(owner: object): void {
    this.set(owner, []);
  }

  private sync(category: string): void {
    const name = highlightName(category);
    const ranges: Range[] = [];
    for (const list of this.byOwner.values()) for (const r of list) if (r.category === category) ranges.push(r.range);
    if (ranges.length === 0) {
      CSS.highlights.delete(name);
      return;
    }
    const HighlightCtor = (this.doc.defaultView as unknown as { Highlight: typeof Highlight }).Highlight;
    CSS.highlights.set(name, new HighlightCtor(...ranges));
  }

  /** `::highlight()` rules have to live in the page's own style scope to paint its text. */
  private ensureStyles(): void {
    if (this.styled) return;
    this.styled = true;
    const categories = new Set(Object.keys(CATEGORY_STYLES));
    const css = [...categories]
      .map((c) => {
        const s = categoryStyle(c);
        return `::highlight(${highlightName(c)}) { background-color: ${s.fill}; text-decoration: underline wavy ${s.color}; text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }`;
      })
      .join("\n");
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    } catch {
      // Pages that lock adoptedStyleSheets: a plain style element in <head>, outside every editor.
      const style = this.doc.createElement("style");
      style.dataset.tally = "highlights";
      style.textContent = css;
      (this.doc.head ?? this.doc.documentElement).append(style);
    }
  }
}
