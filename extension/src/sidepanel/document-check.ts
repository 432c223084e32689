/**
 * The side panel's "check a document" view, without the UI: check a whole text, place each issue
 * by line and column, show each fix as the corrected line, and turn the list into CSV or Markdown.
 * Everything happens in the panel page; nothing leaves the machine.
 */
import { check, type CheckOptions, type Diagnostic } from "@tally/shared";
import { categoryStyle } from "../lint-framework/categories";
import { t } from "../i18n";

/** A fix shown as the line it produces, ready to copy. */
export interface CorrectedLine {
  label: string;
  /** The whole line (or lines) containing the issue with the fix applied. */
  corrected: string;
}

/** One issue of a checked document, placed for people (1-based line and column). */
export interface DocumentIssue {
  line: number;
  column: number;
  category: string;
  categoryLabel: string;
  severity: Diagnostic["severity"];
  ruleId: string;
  message: string;
  text: string;
  /** A few characters either side, the flagged part in 【】. */
  excerpt: string;
  fixes: CorrectedLine[];
}

/** A checked document: its name ("粘贴的文本" for pasted text) and issues in text order. */
export interface CheckedDocument {
  name: string;
  issues: DocumentIssue[];
}

/** 1-based line and column (in UTF-16 code units, as the engine's offsets) of an offset. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** Start of the line holding `offset` and end of the line holding `end` (line breaks excluded). */
function lineBounds(text: string, offset: number, end: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  const stop = text.indexOf("\n", Math.max(end, offset));
  return { start: offset === 0 ? 0 : start, end: stop === -1 ? text.length : stop };
}

/** The line(s) around [from, to) with that range replaced: what the writer would paste back. */
export function correctedLine(text: string, from: number, to: number, replacement: string): string {
  const bounds = lineBounds(text, from, to);
  return (text.slice(bounds.start, from) + replacement + text.slice(to, bounds.end)).replace(/\r/g, "");
}

function excerptOf(text: string, d: Diagnostic): string {
  const before = text.slice(Math.max(0, d.from - 12), d.from).split("\n").pop() ?? "";
  const after = text.slice(d.to, d.to + 12).split("\n")[0] ?? "";
  return `${before}【${d.text}】${after}`.replace(/\r/g, "");
}

/** Places the engine's diagnostics in a text for people. */
export function describeDiagnostics(text: string, diagnostics: readonly Diagnostic[]): DocumentIssue[] {
  return [...diagnostics]
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((d) => {
      const { line, column } = lineColumnOf(text, d.from);
      return {
        line,
        column,
        category: d.category,
        categoryLabel: categoryStyle(d.category).label,
        severity: d.severity,
        ruleId: d.ruleId,
        message: d.message,
        text: d.text,
        excerpt: excerptOf(text, d),
        fixes: (d.fixes ?? []).map((f) => ({
          label: f.label || t("fix_replace_with", f.replacement),
          corrected: correctedLine(text, f.from ?? d.from, f.to ?? d.to, f.replacement),
        })),
      };
    });
}

/** Checks one document's text with the user's options. */
export function checkDocument(name: string, text: string, options: CheckOptions): CheckedDocument {
  return { name, issues: describeDiagnostics(text, check(text, options)) };
}

function csvCell(value: string | number): string {
  const s = String(value);
  // Quote always; a leading = + - @ would be read as a formula by spreadsheets, so neutralise it.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The issues of all documents as CSV (UTF-8 with BOM so Excel reads the Chinese; CRLF lines). */
export function issuesToCsv(documents: readonly CheckedDocument[]): string {
  const header = [t("export_col_document"), t("export_col_line"), t("export_col_column"), t("export_col_category"), t("export_col_severity"), t("export_col_text"), t("export_col_message"), t("export_col_fix")];
  const rows = documents.flatMap((doc) =>
    doc.issues.map((i) => [doc.name, i.line, i.column, i.categoryLabel, i.severity, i.text, i.message, i.fixes.map((f) => f.corrected).join(" / ")]),
  );
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function mdCell(value: string | number): string {
  return String(value).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** The issues of all documents as a Markdown report: one table per document. */
export function issuesToMarkdown(documents: readonly CheckedDocument[]): string {
  const out: string[] = [`# ${t("export_md_title")}`, ""];
  for (const doc of documents) {
    out.push(`## ${mdCell(doc.name)}`, "");
    if (doc.issues.length === 0) {
      out.push(t("doc_no_issues"), "");
      continue;
    }
    out.push(`| ${t("export_col_line")} | ${t("export_col_category")} | ${t("export_col_text")} | ${t("export_col_message")} | ${t("export_col_fix")} |`, "| --- | --- | --- | --- | --- |");
    for (const i of doc.issues) {
      out.push(`| ${i.line}:${i.column} | ${mdCell(i.categoryLabel)} | ${mdCell(i.excerpt)} | ${mdCell(i.message)} | ${mdCell(i.fixes.map((f) => f.corrected).join(" / "))} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

/**
 * Text of a .txt/.md file: UTF-8 (BOM removed) when the bytes are valid UTF-8, else GB18030, which
 * covers GBK/GB2312 files saved by older Windows editors.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
