import { findEnumerators } from "./enumerators";
import { detectHeading } from "./headings";
import { splitSentences } from "./sentences";
import type { ParagraphAnalysis } from "./types";

/** Everything about a paragraph that depends on its text alone. */
export function analyzeParagraph(text: string): ParagraphAnalysis {
  const heading = detectHeading(text);
  return {
    text,
    sentences: splitSentences(text),
    ...(heading ? { heading } : {}),
    enumerators: findEnumerators(text),
  };
}
