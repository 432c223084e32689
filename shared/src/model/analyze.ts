import { findEnumerators } from "./enumerators";
import { detectHeading } from "./headings";
import { splitSentences } from "./sentences";
import type { ParagraphAnalysis } from "./types";

/** Everything about a paragraph that depends on its text alone. */
export function analyzeParagraph(text: string): ParagraphAnalysis {
  const heading = detectHeading(text);
  const sentences = splitSentences(text);
  const enumerators = findEnumerators(text);
  // Built directly, not by spreading: this runs for every new paragraph.
  return heading ? { text, sentences, heading, enumerators } : { text, sentences, enumerators };
}
