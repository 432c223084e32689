import { lowerBound } from "./lower-bound";
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
  const hostLevels = hostLevelsOf(blocks);
  const paragraphs: Paragraph[] = raw.map((p, index) => newParagraph(p, index, analyses[index]!, hostLevelAt(hostLevels, p)));
  return assembleReport(text, paragraphs, referenceDate);
}

/** A model paragraph for a split line; `isTitle` is settled by `assembleReport`. */
export function newParagraph(p: RawParagraph, index: number, analysis: ParagraphAnalysis, hostLevel: number | undefined): Paragraph {
  // Built directly, not by spreading: this runs for every paragraph of a first check.
  if (hostLevel === undefined) return { index, from: p.from, to: p.to, text: p.text, analysis, isTitle: false };
  return { index, from: p.from, to: p.to, text: p.text, analysis, isTitle: false, hostHeadingLevel: hostLevel };
}

/**
 * Completes the model over paragraphs whose `isTitle` are all false: marks the title, infers the
 * period and kind. These read only the first and last few paragraphs, so a re-check that keeps
 * its paragraph objects pays nothing per paragraph here.
 */
export function assembleReport(text: string, paragraphs: Paragraph[], referenceDate: string): ReportModel {
  const title = findTitle(paragraphs);
  if (title) title.isTitle = true;
  const period = inferPeriod(paragraphs, title, referenceDate);
  const kind: ReportKind = inferKind(title, paragraphs);
  return { text, paragraphs, ...(title ? { title } : {}), period, kind, referenceDate };
}

/** Heading levels the host gives, by block start: starts ascending, levels[k] belongs to starts[k]. */
export interface HostLevels {
  starts: number[];
  levels: number[];
}

/** The host's heading blocks as HostLevels (the last block given for a start wins). */
export function hostLevelsOf(blocks: readonly HostBlockHint[] | undefined): HostLevels {
  const byStart = new Map<number, number>();
  for (const b of blocks ?? []) if (b.kind === "heading") byStart.set(b.from, b.level ?? 1);
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  return { starts, levels: starts.map((start) => byStart.get(start)!) };
}

/**
 * The host heading level of a line, if a host heading block starts on it. A binary search: a
 * checker asks for every paragraph on each re-check an editor makes.
 */
export function hostLevelAt(hostLevels: HostLevels, p: RawParagraph): number | undefined {
  const { starts } = hostLevels;
  const k = lowerBound(starts.length, (i) => starts[i]! < p.from);
  // Hosts give the block start; leading spaces of the line may precede it.
  const start = starts[k];
  return start !== undefined && start < p.to && start <= p.from + 4 ? hostLevels.levels[k] : undefined;
}

const headingsByReport = new WeakMap<ReportModel, readonly number[]>();

/** True for a paragraph that is a heading: numbered, or marked as one by the host. */
export function isHeadingParagraph(p: Paragraph): boolean {
  return p.analysis.heading !== undefined || p.hostHeadingLevel !== undefined;
}

/**
 * Indices of the heading paragraphs (numbered or host-marked), in order. Document-level passes that
 * follow the outline (sections, plan parts, enumerations closed by a heading) visit these and the
 * paragraphs that have facts, not every paragraph. The checker keeps the list across edits.
 */
export function headingIndices(report: ReportModel): readonly number[] {
  let list = headingsByReport.get(report);
  if (!list) {
    const found: number[] = [];
    report.paragraphs.forEach((p, i) => {
      if (isHeadingParagraph(p)) found.push(i);
    });
    list = found;
    headingsByReport.set(report, list);
  }
  return list;
}

/** Gives a report its heading indices when the caller already knows them (see `headingIndices`). */
export function setHeadingIndices(report: ReportModel, indices: readonly number[]): void {
  headingsByReport.set(report, indices);
}
