/** One cell of a plain-text table row, in paragraph-relative offsets (text trimmed). */
export interface TableCell {
  text: string;
  from: number;
  to: number;
}

const NO_CELLS: readonly TableCell[] = Object.freeze([]);

/**
 * The cells of a paragraph that reads as a row of a tab- or pipe-separated table (three cells or
 * more; the empty ends outside a Markdown row's outer pipes are not cells), else an empty array.
 * Most paragraphs have neither a tab nor a pipe and are passed over at once.
 */
export function tableCells(text: string): readonly TableCell[] {
  const tabbed = text.includes("\t");
  if (!tabbed && !text.includes("|")) return NO_CELLS;
  const separator = tabbed ? "\t" : "|";
  const cells: TableCell[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== separator) continue;
    const raw = text.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    cells.push({ text: trimmed, from: start + lead, to: start + lead + trimmed.length });
    start = i + 1;
  }
  if (!tabbed) {
    if (cells[0]?.text === "") cells.shift();
    if (cells[cells.length - 1]?.text === "") cells.pop();
  }
  return cells.length >= 3 ? cells : NO_CELLS;
}

/** A Markdown separator row: | --- | :---: |. */
export function isSeparatorRow(cells: readonly TableCell[]): boolean {
  return cells.every((c) => /^:?-{2,}:?$/.test(c.text));
}

/**
 * Calls `visit(start, end)` for each table in a report: a run of consecutive paragraphs whose rows
 * have as many cells as the first (its header). `rows[i]` are paragraph i's cells.
 */
export function forEachTable(rows: readonly (readonly TableCell[] | undefined)[], visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < rows.length) {
    const first = rows[i];
    if (!first || first.length === 0) {
      i++;
      continue;
    }
    const width = first.length;
    let end = i + 1;
    while (end < rows.length && rows[end]?.length === width) end++;
    visit(i, end);
    i = end;
  }
}
