import type { Diagnostic } from "../types";

/** One checked file and its diagnostics, as the CLI prints them (the JSON output drops `text`). */
export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

/** A file result with the text the offsets index, which the text output needs for excerpts. */
export interface CheckedFile extends FileResult {
  text: string;
}

/** A 1-based line and column; the column counts code points, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

/** Maps offsets to lines with one pass over the text, so that many diagnostics stay cheap. */
export class LineIndex {
  /** Offset of each line's first character. `\r\n`, `\r` and `\n` end a line. */
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }

  /** Index of the line that holds `offset` (0-based). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const line = this.lineAt(offset);
    return { line: line + 1, column: countCodePoints(this.text, this.starts[line]!, offset) + 1 };
  }

  /** [from, to) of a line's content, without its terminator. */
  lineRange(line: number): [number, number] {
    const from = this.starts[line]!;
    let to = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    while (to > from && (this.text.charCodeAt(to - 1) === 10 || this.text.charCodeAt(to - 1) === 13)) to--;
    return [from, to];
  }
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === from || !isHighSurrogate(text.charCodeAt(i - 1))) n++;
  }
  return n;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Terminal columns a code point takes: 2 for East Asian wide and fullwidth characters (CJK,
 * fullwidth punctuation), 0 for combining marks and zero-width characters, 1 otherwise.
 */
export function codePointWidth(cp: number): number {
  if (cp === 0 || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff) return 0;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Terminal width of a string (see codePointWidth). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += codePointWidth(ch.codePointAt(0)!);
  return w;
}

/** How much of a long line the excerpt shows around the flagged part, in UTF-16 units. */
const CONTEXT_BEFORE = 24;
const CONTEXT_AFTER = 24;
const MAX_MARKED = 60;

/**
 * The line holding a diagnostic, cut to a window around it, and a caret line under the flagged
 * part whose width accounts for wide CJK characters. A span that runs past the line end is marked
 * up to the end of the line.
 */
export function excerpt(text: string, index: LineIndex, from: number, to: number): { line: string; marker: string } {
  const [lineFrom, lineTo] = index.lineRange(index.lineAt(from));
  const markFrom = Math.min(Math.max(from, lineFrom), lineTo);
  let markTo = Math.min(to, lineTo);
  let cutMarked = false;
  if (markTo - markFrom > MAX_MARKED) {
    markTo = markFrom + MAX_MARKED;
    cutMarked = true;
  }
  const windowFrom = safeBoundary(text, Math.max(lineFrom, markFrom - CONTEXT_BEFORE));
  const windowTo = safeBoundary(text, Math.min(lineTo, markTo + CONTEXT_AFTER));
  const safeMarkTo = safeBoundary(text, markTo);

  const head = (windowFrom > lineFrom ? "…" : "") + printable(text.slice(windowFrom, markFrom));
  const marked = printable(text.slice(markFrom, safeMarkTo)) + (cutMarked ? "…" : "");
  const tail = printable(text.slice(safeMarkTo, windowTo)) + (windowTo < lineTo ? "…" : "");
  const markerWidth = Math.max(1, displayWidth(marked));
  return {
    line: head + marked + (cutMarked ? "" : tail),
    marker: " ".repeat(displayWidth(head)) + "^".repeat(markerWidth),
  };
}

/** Moves an offset off the middle of a surrogate pair. */
function safeBoundary(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset - 1 : offset;
}

/** Tabs and other control characters would break the caret alignment; show them as one space. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, " ");
}

/** Counts by severity, for the summary line. */
export function countBySeverity(results: readonly FileResult[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}

/** The closing line of the text output, in Chinese. */
export function summaryLine(results: readonly FileResult[]): string {
  const { error, warning, info } = countBySeverity(results);
  const total = error + warning + info;
  const files = `${results.length} 个文件`;
  if (total === 0) return `未发现问题（${files}）`;
  return `共 ${total} 处问题：错误 ${error}，警告 ${warning}，提示 ${info}（${files}）`;
}

/**
 * Renders results for a terminal: `file:line:col  severity  category  message`, then the excerpt
 * with carets under the flagged part, then a summary line.
 */
export function formatText(results: readonly CheckedFile[]): string {
  const out: string[] = [];
  for (const r of results) {
    const text = r.text;
    const index = new LineIndex(text);
    for (const d of r.diagnostics) {
      const { line, column } = index.position(d.from);
      out.push(`${r.file}:${line}:${column}  ${d.severity}  ${d.category}  ${d.message}`);
      const ex = excerpt(text, index, d.from, d.to);
      out.push(`    ${ex.line}`, `    ${ex.marker}`);
      const fix = d.fixes?.[0];
      if (fix) out.push(`    建议：${fix.label}`);
      out.push("");
    }
  }
  out.push(summaryLine(results));
  return out.join("\n") + "\n";
}
