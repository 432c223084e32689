import { forEachTable, isSeparatorRow, tableCells, type TableCell } from "../../model/table-row";
import type { Paragraph, ParagraphAnalysis } from "../../model/types";
import { defineRule, type Finding } from "../types";

/** A paragraph's cells if it reads as a table row, else an empty array. */
type RowFacts = readonly TableCell[];

/** A serial number in a table's first cell: 1 … 999. */
const SERIAL = /^[1-9]\d{0,2}$/;
/** First-column headers of a serial-number column. */
const SERIAL_HEADER = /^(?:序号|编号|序|No\.?|NO\.?)$/;
/** Rows that close a table without a number of their own. */
const CLOSING_LABEL = /^(?:合计|总计|小计|全县|全镇|全区|全市|全乡|全街道)$/;

/**
 * `numbering/table-serial`: the 序号 column of a plain-text table that skips or repeats a number
 * (1, 2, 3, 5). Only tables whose first column is headed 序号 (or 编号) and holds nothing but serial
 * numbers, apart from a closing 合计 row, are read.
 */
export const tableSerialRule = defineRule<RowFacts>({
  meta: {
    id: "numbering/table-serial",
    category: "numbering",
    severity: "warning",
    description: "检查表格“序号”列是否跳号或重复",
  },
  scan(paragraph: ParagraphAnalysis) {
    return tableCells(paragraph.text);
  },
  report(report, facts) {
    const out: Finding[] = [];
    forEachTable(facts, (start, end) => checkSerials(start, end, facts, report.paragraphs, out));
    return out;
  },
});

function checkSerials(start: number, end: number, facts: readonly RowFacts[], paragraphs: readonly Paragraph[], out: Finding[]): void {
  if (!SERIAL_HEADER.test(facts[start]![0]!.text)) return;
  const serials: { cell: TableCell; at: number; value: number }[] = [];
  for (let r = start + 1; r < end; r++) {
    const cells = facts[r]!;
    if (isSeparatorRow(cells)) continue;
    const cell = cells[0]!;
    if (CLOSING_LABEL.test(cell.text) || (cell.text === "" && CLOSING_LABEL.test(cells[1]!.text))) break;
    if (!SERIAL.test(cell.text)) return;
    serials.push({ cell, at: paragraphs[r]!.from, value: Number(cell.text) });
  }
  if (serials.length < 3 || serials[0]!.value !== 1) return;
  for (let k = 1; k < serials.length; k++) {
    const { cell, at, value } = serials[k]!;
    const expected = serials[k - 1]!.value + 1;
    if (value === expected) continue;
    const next = serials[k + 1];
    const obvious = next === undefined || next.value === expected + 1;
    const message = value === expected - 1 ? `表格序号重复：“${value}”与上一行相同，此处应为“${expected}”` : value > expected ? `表格序号跳号：“${value}”前应为“${expected}”` : `表格序号顺序有误：此处应为“${expected}”`;
    out.push({
      from: at + cell.from,
      to: at + cell.to,
      message,
      ...(obvious ? { fixes: [{ label: `改为“${expected}”`, replacement: String(expected) }] } : {}),
    });
    return; // one finding per table: the rows after follow whichever number was meant
  }
}
