import type { HeadingMarker } from "./types";

/** Recognises a numbered heading at the start of a paragraph. (Baseline; refined in the model work.) */
export function detectHeading(text: string): HeadingMarker | undefined {
  const m = /^\s*([一二三四五六七八九十]{1,3})、/.exec(text);
  if (!m) return undefined;
  const markerFrom = text.indexOf(m[1]!);
  const markerTo = m[0].length;
  const stop = text.indexOf("。", markerTo);
  const titleTo = stop < 0 ? text.length : stop;
  return {
    style: "chinese",
    level: 1,
    ordinal: 0,
    marker: { from: markerFrom, to: markerTo },
    title: { from: markerTo, to: titleTo },
    inline: stop >= 0 && stop + 1 < text.trimEnd().length,
  };
}
