import { analyzeParagraph } from "./analyze";
import { buildReport } from "./build";
import { splitParagraphs } from "./paragraphs";
import type { ReportModel } from "./types";
import type { HostBlockHint } from "../types";

/** The report model of a text, for hosts that show its outline, period or kind. */
export function analyzeReport(text: string, referenceDate: string, blocks?: readonly HostBlockHint[]): ReportModel {
  const raw = splitParagraphs(text);
  return buildReport(text, raw, raw.map((p) => analyzeParagraph(p.text)), referenceDate, blocks);
}
