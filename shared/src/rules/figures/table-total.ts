import { forEachTable, isSeparatorRow, tableCells, type TableCell } from "../../model/table-row";
import type { Paragraph, ParagraphAnalysis } from "../../model/types";
import { defineRule, type Finding } from "../types";

/** A paragraph's cells if it reads as a table row, else an empty array. */
type RowFacts = readonly TableCell[];

/** The label of a table's total row. 小计 rows make sub-totals this rule does not read. */
const TOTAL_LABEL = /^(?:合计|总计)$/;
const SUBTOTAL_LABEL = /小计/;
/**
 * Column headers whose values do not add up down the column: years (2025年: a row's value in one
 * year), rates, shares, averages, changes, ranks, codes and notes.
 */
const NOT_ADDITIVE_HEADER = /^\d{4}|%|％|‰|率|均|比|占|增|减|降|幅|排名|名次|序号|编号|年份|年度|时间|日期|备注|电话|标准|单价|价格|系数|指数|得分|分值/;
/** A plain number in a cell: 1006 · 95.2 · 1,260 (no unit, sign or range). */
const PLAIN_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** A row label that makes the row a part or a whole of other rows, not one more part. */
const NESTED_ROW = /^(?:其中|含|包括|内含|[—\-·•]|\s)|合计|总计|总数|全县|全镇|全乡|全区|全市|全街道|总体/;

/** Decimals written in a number (95.2 → 1). */
function decimalsOf(cell: string): number {
  const dot = cell.indexOf(".");
  return dot < 0 ? 0 : cell.length - dot - 1;
}

/**
 * A table's 合计 row that is not the sum of the rows above it: 巡河次数 312, 268, 186, 240 and
 * 合计 1016. Only plain-number columns whose header names a quantity (not a rate, share, average or
 * change) are added, only tables without 小计 rows, and only when every cell of the column is a
 * plain number.
 */
export const tableTotalRule = defineRule<RowFacts>({
  meta: {
    id: "figure-consistency/table-total",
    category: "figure-consistency",
    severity: "warning",
    description: "表格“合计”行与上方各行相加不符",
  },
  scan(paragraph: ParagraphAnalysis) {
    return tableCells(paragraph.text);
  },
  report(report, facts) {
    const out: Finding[] = [];
    const paragraphs = report.paragraphs;
    forEachTable(facts, (start, end) => checkTable(start, end, facts, paragraphs, out));
    return out;
  },
});

/** Checks the table of rows [start, end): its header row first, then body rows, with one 合计 row last. */
function checkTable(start: number, end: number, facts: readonly RowFacts[], paragraphs: readonly Paragraph[], out: Finding[]): void {
  const rows: { cells: RowFacts; at: number }[] = [];
  for (let r = start; r < end; r++) {
    const cells = facts[r]!;
    if (isSeparatorRow(cells)) continue;
    rows.push({ cells, at: paragraphs[r]!.from });
  }
  if (rows.length < 4) return; // a header, two rows at least, and the total
  if (rows.some((row) => row.cells.some((c) => SUBTOTAL_LABEL.test(c.text)))) return;
  const totals = rows.filter((row) => row.cells.some((c) => TOTAL_LABEL.test(c.text)));
  if (totals.length !== 1 || totals[0] !== rows[rows.length - 1]) return;
  const total = totals[0]!;
  const labelColumn = total.cells.findIndex((c) => TOTAL_LABEL.test(c.text));
  const header = rows[0]!;
  // rows of different indicators (指标: 户数, 人数 …) do not add up
  if (/指标/.test(header.cells[labelColumn]?.text ?? "")) return;
  const body = rows.slice(1, -1);
  // 其中：城市低保 under 低保, or a 全县 row among the towns: rows that are parts of other rows
  if (body.some((row) => NESTED_ROW.test(row.cells[labelColumn]?.text ?? ""))) return;
  for (let c = labelColumn + 1; c < header.cells.length; c++) {
    const name = header.cells[c]!.text;
    if (name === "" || NOT_ADDITIVE_HEADER.test(name) || PLAIN_NUMBER.test(name)) continue;
    const cell = total.cells[c]!;
    if (!PLAIN_NUMBER.test(cell.text) || body.some((row) => !PLAIN_NUMBER.test(row.cells[c]!.text))) continue;
    let sum = 0;
    let decimals = decimalsOf(cell.text);
    for (const row of body) {
      const text = row.cells[c]!.text;
      sum += Number(text.replace(/,/g, ""));
      decimals = Math.max(decimals, decimalsOf(text));
    }
    const written = Number(cell.text.replace(/,/g, ""));
    // rounded cells may each be off by half their last digit
    const tolerance = decimals === 0 ? 0 : (0.5 * (body.length + 1)) / 10 ** decimals;
    if (Math.abs(sum - written) <= tolerance + 1e-9) continue;
    const shown = Number(sum.toFixed(decimals)).toString();
    out.push({
      from: total.at + cell.from,
      to: total.at + cell.to,
      message: `“${name}”合计为${cell.text}，但上方各行相加为${shown}，与合计不一致`,
      related: body.map((row) => ({ from: row.at + row.cells[c]!.from, to: row.at + row.cells[c]!.to, message: `${row.cells[labelColumn]?.text || "分项"}：${row.cells[c]!.text}` })),
    });
  }
}
