/**
 * Reads an editable DOM region as plain text (blocks joined with "\n") and maps text offsets back
 * to DOM positions. Only reads: the editor's DOM is never touched.
 */

/** One text node's place in the extracted text. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  from: number;
  to: number;
}

/** A DOM boundary point. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** Which side of a block break an offset on the break should land on. */
export type Bias = "before" | "after";

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P",
  "PRE", "SECTION", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "TEXTAREA", "INPUT", "SELECT", "IFRAME"]);

/** True for elements that start a new line in the extracted text. */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** Options that let an adapter leave out editor chrome (e.g. Quill's cursor placeholder). */
export interface ReadOptions {
  /** Subtrees for which this returns true contribute no text. */
  skip?: (el: Element) => boolean;
}

/** Nodes visited between two yields of a sliced walk (a few hundred microseconds of work). */
const NODES_PER_STEP = 400;

/**
 * Walks an editable region into text and segments, yielding every few hundred nodes so a long
 * document can be read across idle slices. The caller must drop the result if the DOM changed
 * between steps.
 */
function* walkRegion(root: Element, options: ReadOptions): Generator<void, { text: string; segments: TextSegment[] }, void> {
  const segments: TextSegment[] = [];
  let text = "";
  let pendingBreaks = 0;
  const started = () => text.length > 0 || segments.length > 0;
  const requestBreak = (count: number) => {
    if (started()) pendingBreaks = Math.max(pendingBreaks, count);
  };
  // An explicit stack instead of recursion, so the walk can pause anywhere.
  const stack: { next: Node | null; block: boolean }[] = [{ next: root.firstChild, block: false }];
  let budget = NODES_PER_STEP;
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      if (frame.block) requestBreak(1);
      continue;
    }
    frame.next = node.nextSibling;
    if (--budget <= 0) {
      budget = NODES_PER_STEP;
      yield;
    }
    if (node.nodeType === 3) {
      const t = node as Text;
      if (t.data.length === 0 || isFormattingWhitespace(t)) continue;
      if (pendingBreaks > 0) {
        text += "\n".repeat(pendingBreaks);
        pendingBreaks = 0;
      }
      segments.push({ node: t, from: text.length, to: text.length + t.data.length });
      text += t.data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute("hidden") || options.skip?.(el)) continue;
    if (el.tagName === "BR") {
      if (!isTrailingBreak(el) && started()) pendingBreaks += 1;
      continue;
    }
    const block = isBlockElement(el);
    if (block) requestBreak(1);
    stack.push({ next: el.firstChild, block });
  }
  return { text, segments };
}

/**
 * The text of an editable region and the way back from text offsets to DOM positions.
 * Built in one walk (`new TextMap`) or in steps (`TextMap.build`); rebuild after the DOM changes.
 */
export class TextMap {
  readonly text: string;
  readonly segments: readonly TextSegment[];

  constructor(readonly root: Element, options: ReadOptions = {}, walked?: { text: string; segments: TextSegment[] }) {
    let result = walked;
    if (!result) {
      const walk = walkRegion(root, options);
      for (let step = walk.next(); ; step = walk.next()) {
        if (step.done) {
          result = step.value;
          break;
        }
      }
    }
    this.text = result.text;
    this.segments = result.segments;
  }

  /** Builds the map in steps: each `next()` does a bounded amount of work; the last returns the map. */
  static *build(root: Element, options: ReadOptions = {}): Generator<void, TextMap, void> {
    const walked = yield* walkRegion(root, options);
    return new TextMap(root, options, walked);
  }

  /** The DOM position of a text offset. On a line break, `bias` picks the end of the line before or the start of the line after. */
  pointAt(offset: number, bias: Bias = "after"): DomPoint | null {
    const segs = this.segments;
    if (segs.length === 0) return null;
    let lo = 0;
    let hi = segs.length - 1;
    // Last segment with from <= offset.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.from <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    if (offset < seg.from) return { node: seg.node, offset: 0 };
    if (offset < seg.to) return { node: seg.node, offset: offset - seg.from };
    // At or past the end of this segment: on a break between lines, or between two inline nodes.
    const next = segs[lo + 1];
    if (bias === "before" || !next) return { node: seg.node, offset: seg.to - seg.from };
    return { node: next.node, offset: 0 };
  }

  /** A DOM Range covering exactly text[from, to), or null when the text has no such place. */
  rangeFor(from: number, to: number): Range | null {
    if (!(from >= 0 && to >= from && to <= this.text.length)) return null;
    const start = this.pointAt(from, "after");
    const end = this.pointAt(to, "before");
    if (!start || !end) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  /** The text offset of a DOM boundary point inside the region (e.g. the caret), or null outside it. */
  offsetOf(node: Node, offset: number): number | null {
    if (!this.root.contains(node)) return null;
    if (node.nodeType === 3) {
      const seg = this.segments.find((s) => s.node === node);
      if (seg) return seg.from + Math.min(offset, seg.to - seg.from);
    }
    // An element position (or an unmapped text node): the first segment at or after that point.
    const doc = this.root.ownerDocument;
    const probe = doc.createRange();
    probe.setStart(node, offset);
    for (const seg of this.segments) {
      // comparePoint: -1 when the segment start lies before the probe point.
      if (probe.comparePoint(seg.node, 0) >= 0) return seg.from;
      if (probe.comparePoint(seg.node, seg.node.data.length) >= 0) {
        return node === seg.node ? seg.from + offset : seg.to;
      }
    }
    return this.text.length;
  }
}

/** Whitespace between blocks in the page's HTML source is not rendered and not part of the text. */
function isFormattingWhitespace(t: Text): boolean {
  if (!/^[ \t\r\n]+$/.test(t.data)) return false;
  const parent = t.parentElement;
  if (parent && parent.closest("pre, [style*='pre']")) return false;
  const prev = t.previousSibling;
  const next = t.nextSibling;
  const isBlock = (n: Node | null) => n !== null && n.nodeType === 1 && isBlockElement(n as Element);
  return isBlock(prev) || isBlock(next) || (!prev && !next && parent !== null && isBlockElement(parent) && /\n/.test(t.data));
}

/** A `<br>` that only keeps an empty or ending line open (ProseMirror, Quill, browsers) adds no line. */
function isTrailingBreak(br: Element): boolean {
  for (let n: Node | null = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n as Text).data.length > 0) return false;
    if (n.nodeType === 1 && !(n as Element).matches("br.ProseMirror-trailingBreak, img.ProseMirror-separator")) return false;
  }
  const parent = br.parentElement;
  return parent !== null && (isBlockElement(parent) || parent.isContentEditable);
}
