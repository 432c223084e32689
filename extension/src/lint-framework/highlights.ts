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
 * page's DOM. Several editors share the page-wide registry, so ranges are kept per owner. Each
 * category keeps one registered Highlight that ranges are added to and removed from, and only what
 * changed is touched: the browser repaints highlights whenever the registry changes.
 */
export class HighlightPainter {
  private readonly byOwner = new Map<object, PaintedRange[]>();
  private readonly highlights = new Map<string, Highlight>();
  private styled = false;

  constructor(private readonly doc: Document) {}

  /** Replaces the ranges one editor contributes; ranges kept from the last call are left alone. */
  set(owner: object, ranges: PaintedRange[]): void {
    const before = this.byOwner.get(owner) ?? [];
    if (ranges.length) this.byOwner.set(owner, ranges);
    else this.byOwner.delete(owner);
    const kept = new Set(ranges.map((r) => r.range));
    const old = new Set(before.map((r) => r.range));
    for (const r of before) if (!kept.has(r.range)) this.highlight(r.category)?.delete(r.range);
    const added = ranges.filter((r) => !old.has(r.range));
    if (added.length) this.ensureStyles();
    for (const r of added) this.highlight(r.category, true)!.add(r.range);
  }

  /** Removes everything one editor painted. */
  clear(owner: object): void {
    this.set(owner, []);
  }

  /** The category's registered highlight (registered on first use when `create`). */
  private highlight(category: string, create = false): Highlight | undefined {
    const name = highlightName(category);
    let h = this.highlights.get(name);
    // Another script may have cleared the registry: register again.
    if (h && CSS.highlights.get(name) !== h) {
      if (!create) return h;
      CSS.highlights.set(name, h);
    }
    if (h || !create) return h;
    const HighlightCtor = (this.doc.defaultView as unknown as { Highlight: typeof Highlight }).Highlight;
    h = new HighlightCtor();
    this.highlights.set(name, h);
    CSS.highlights.set(name, h);
    return h;
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
