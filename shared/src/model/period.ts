import type { Paragraph, ReportPeriod } from "./types";

/** Infers the period a report covers. (Baseline: the reference date's year.) */
export function inferPeriod(_paragraphs: readonly Paragraph[], _title: Paragraph | undefined, referenceDate: string): ReportPeriod {
  const year = referenceDate.slice(0, 4);
  return { start: `${year}-01-01`, end: referenceDate, source: "reference", label: `${year}年` };
}
