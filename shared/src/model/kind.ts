import type { Paragraph, ReportKind } from "./types";

/** Infers what kind of report this is from its title. (Baseline.) */
export function inferKind(title: Paragraph | undefined, _paragraphs?: readonly Paragraph[]): ReportKind {
  const t = title?.text ?? "";
  if (/述职|述责述廉/.test(t)) return "duty";
  if (/上半年.*(总结|汇报).*下半年.*(计划|打算|安排)/.test(t)) return "half-year-plan";
  if (/总结/.test(t)) return "summary";
  if (/汇报|报告/.test(t)) return "report";
  return "unknown";
}
