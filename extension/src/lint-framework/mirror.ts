import type { Overlay } from "./overlay";

const COPIED = [
  "boxSizing", "fontFamily", "fontSize", "fontStyle", "fontWeight", "fontVariant", "fontStretch", "fontFeatureSettings",
  "letterSpacing", "wordSpacing", "lineHeight", "textTransform", "textIndent", "textAlign", "tabSize", "direction",
  "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
  "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "wordBreak", "overflowWrap", "whiteSpace",
] as const;

/**
 * Client rectangles (viewport coordinates) of text ranges inside a textarea, measured on an
 * invisible copy of its text laid out with the same metrics, shifted by the textarea's scroll and
 * clipped to its visible area.
 */
export function textareaRects(overlay: Overlay, textarea: HTMLTextAreaElement, ranges: readonly (readonly [number, number])[]): DOMRect[][] {
  const box = textarea.getBoundingClientRect();
  const style = getComputedStyle(textarea);
  const mirror = overlay.element("div", "tally-mirror");
  for (const prop of COPIED) (mirror.style as unknown as Record<string, string>)[prop] = style[prop];
  if (style.whiteSpace === "normal" || style.whiteSpace === "") mirror.style.whiteSpace = "pre-wrap";
  mirror.style.borderStyle = "solid";
  mirror.style.borderColor = "transparent";
  // clientWidth excludes a vertical scrollbar, which narrows the textarea's lines.
  const borderX = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  mirror.style.boxSizing = "border-box";
  mirror.style.width = `${textarea.clientWidth + borderX}px`;
  mirror.style.height = "auto";
  mirror.style.left = `${box.left - textarea.scrollLeft}px`;
  mirror.style.top = `${box.top - textarea.scrollTop}px`;
  const text = overlay.root.ownerDocument.createTextNode(textarea.value + "\u200b");
  mirror.append(text);
  overlay.boxes.append(mirror);
  try {
    const clip = {
      left: box.left + textarea.clientLeft,
      top: box.top + textarea.clientTop,
      right: box.left + textarea.clientLeft + textarea.clientWidth,
      bottom: box.top + textarea.clientTop + textarea.clientHeight,
    };
    const range = overlay.root.ownerDocument.createRange();
    return ranges.map(([from, to]) => {
      const len = textarea.value.length;
      range.setStart(text, Math.min(from, len));
      range.setEnd(text, Math.min(to, len));
      const out: DOMRect[] = [];
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const left = Math.max(r.left, clip.left);
        const right = Math.min(r.right, clip.right);
        const top = Math.max(r.top, clip.top);
        const bottom = Math.min(r.bottom, clip.bottom);
        if (right > left && bottom > top) out.push(new DOMRect(left, top, right - left, bottom - top));
      }
      return out;
    });
  } finally {
    mirror.remove();
  }
}
