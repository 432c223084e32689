import type { Paragraph } from "./types";

/** The title is the first paragraph when it is short, has no sentence punctuation and no heading number. */
export function findTitle(paragraphs: readonly Paragraph[]): Paragraph | undefined {
  const first = paragraphs[0];
  if (!first) return undefined;
  const t = first.text.trim();
  if (t.length === 0 || t.length > 60) return undefined;
  if (/[。；！？]$/.test(t) || /[，。；]/.test(t)) return undefined;
  if (first.analysis.heading && first.analysis.heading.style !== "host") return undefined;
  return first;
}
