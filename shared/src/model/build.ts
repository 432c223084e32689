import type { HostBlockHint } from "../types";
import { inferKind } from "./kind";
import type { RawParagraph } from "./paragraphs";
import { inferPeriod } from "./period";
import { findTitle } from "./title";
import type { Paragraph, ParagraphAnalysis, ReportKind, ReportModel } from "./types";

/** Assembles the report model from split paragraphs and their (possibly cached) analyses. */
export function buildReport(
  text: string,
  raw: readonly RawParagraph[],
  analyses: readonly ParagraphAnalysis[],
  referenceDate: string,
  blocks?: readonly HostBlockHint[],
): ReportModel {
  const hostLevels = new Map<number, number>();
  for (const b of blocks ?? []) if (b.kind === "heading") hostLevels.set(b.from, b.level ?? 1);
  const paragraphs: Paragraph[] = raw.map((p, index) => {
    const level = hostLevelAt(hostLevels, p);
    return {
      index,
      from: p.from,
      to: p.to,
      text: p.text,
      analysis: analyses[index]!,
      isTitle: false,
      ...(level !== undefined ? { hostHeadingLevel: level } : {}),
    };
  });
  const title = findTitle(paragraphs);
  if (title) title.isTitle = true;
  const period = inferPeriod(paragraphs, title, referenceDate);
  const kind: ReportKind = inferKind(title, paragraphs);
  return { text, paragraphs, ...(title ? { title } : {}), period, kind, referenceDate };
}

function hostLevelAt(levels: Map<number, number>, p: RawParagraph): number | undefined {
  if (levels.size === 0) return undefined;
  // Hosts give the block start; leading spaces of the line may precede it.
  for (let i = p.from; i < p.to && i <= p.from + 4; i++) {
    const l = levels.get(i);
    if (l !== undefined) return l;
  }
  return undefined;
}
