import type { TallyDiagnostic } from "./diagnostics";
import { categoryLabel, SECTION_LABELS, SEVERITY_LABELS } from "./labels";

const HEADER = ["序号", "类别", "级别", "行", "原文", "说明", "建议修改"];

function row(d: TallyDiagnostic, index: number): string[] {
  const text = d.category === "missing-section" ? SECTION_LABELS[d.section ?? ""] ?? d.section ?? "" : d.text;
  return [
    String(index + 1),
    categoryLabel(d.category),
    SEVERITY_LABELS[d.severity] ?? d.severity,
    String(d.line),
    text,
    d.message,
    (d.fixes ?? []).map((f) => f.replacement || f.label).join(" / "),
  ];
}

function csvCell(value: string): string {
  // Quote every cell that needs it; a leading =,+,-,@ is neutralised so spreadsheets do not run it.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The issue list as CSV (UTF-8 with BOM so that Excel opens the Chinese text correctly). */
export function diagnosticsToCsv(diagnostics: readonly TallyDiagnostic[]): string {
  const lines = [HEADER, ...diagnostics.map(row)].map((cells) => cells.map(csvCell).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

function mdCell(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** The issue list as a Markdown table, for pasting into a review note. */
export function diagnosticsToMarkdown(diagnostics: readonly TallyDiagnostic[], title = "写作检查结果"): string {
  const lines = [`# ${title}`, "", `共 ${diagnostics.length} 处。`, ""];
  lines.push(`| ${HEADER.join(" | ")} |`, `| ${HEADER.map(() => "---").join(" | ")} |`);
  diagnostics.forEach((d, i) => lines.push(`| ${row(d, i).map(mdCell).join(" | ")} |`));
  return `${lines.join("\n")}\n`;
}
