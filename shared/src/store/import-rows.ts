/**
 * Import, format-independent part: rows of cells (from CSV, XLSX or JSON) → validated figures, or
 * per-row reasons naming the row, the column and what was wrong. Nothing here touches storage, so a
 * UI can preview an import before anything is written.
 */
import type { SavedFigure } from "../types";
import { fieldLabel, figureIdentity, normalizeFigure, type FigureInput } from "./figure-input";
import { resolveValueWithUnit } from "./units";

export type FigureField = keyof FigureInput;

/** A rejected row: `row` is 1-based as a spreadsheet shows it (the header is row 1). */
export interface RejectedRow {
  row: number;
  column?: string;
  reason: string;
}

/** A cell as the readers deliver it: text, a number (XLSX, JSON), a date (XLSX) or a list (JSON aliases). */
export type Cell = string | number | boolean | Date | string[] | null | undefined;

/** One data row keyed by figure field, with its spreadsheet row number. */
export interface FieldRow {
  row: number;
  cells: Partial<Record<FigureField, Cell>>;
  /** A unit given by the header itself, e.g. 数值（万元）. */
  headerUnit?: string;
  /** How messages count rows: 行 in a table, 条 in a JSON list. */
  rowWord?: "行" | "条";
}

export interface ParsedImport {
  figures: SavedFigure[];
  /** Spreadsheet row of each figure in `figures`. */
  rows: number[];
  rejected: RejectedRow[];
  /** Rows that repeated an earlier row exactly and were merged into it. */
  duplicates: number;
}

const HEADER_NAMES: Record<FigureField, readonly string[]> = {
  name: ["指标名称", "指标", "名称", "指标名", "name", "indicator"],
  value: ["数值", "数据", "值", "数量", "金额", "value"],
  unit: ["单位", "计量单位", "unit"],
  period: ["期间", "时期", "统计期间", "时间", "统计时间", "年度", "period"],
  region: ["地区", "区域", "组织", "机构", "部门", "地区/单位", "region", "organisation", "organization", "org"],
  source: ["来源", "数据来源", "source"],
  aliases: ["别名", "简称", "aliases", "alias"],
  note: ["备注", "说明", "note", "notes", "remark"],
  createdAt: ["创建时间", "createdat", "created"],
  updatedAt: ["更新时间", "updatedat", "updated"],
};

const HEADER_LOOKUP = new Map<string, FigureField>();
for (const [field, names] of Object.entries(HEADER_NAMES) as [FigureField, readonly string[]][]) {
  for (const name of names) HEADER_LOOKUP.set(name, field);
}

/** Reads a header cell: its field and a unit written in brackets (数值（万元）). */
export function readHeader(cell: string): { field?: FigureField; unit?: string } {
  const text = cell.normalize("NFKC").replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s_-]+/g, "");
  const bracket = /^(.{1,20}?)[([](.{1,10})[)\]]$/.exec(text);
  const label = bracket ? bracket[1]! : text;
  const field = HEADER_LOOKUP.get(label);
  if (!field) return {};
  return bracket && field === "value" ? { field, unit: bracket[2]! } : { field };
}

/** Text of a cell for messages and string fields. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString();
  if (Array.isArray(cell)) return cell.join("；");
  return String(cell).trim();
}

const isEmptyCell = (cell: Cell) => cellText(cell) === "";

/** Aliases typed in one cell, separated by ；;、| . */
function readAliases(cell: Cell): string[] {
  if (Array.isArray(cell)) return cell.map((a) => String(a));
  return cellText(cell)
    .split(/[;；、|]/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** A timestamp from ISO text or epoch milliseconds; undefined when empty, NaN when unreadable. */
function readTime(cell: Cell): number | undefined {
  if (isEmptyCell(cell)) return undefined;
  if (typeof cell === "number") return cell;
  if (cell instanceof Date) return cell.getTime();
  const text = cellText(cell);
  if (/^\d{10,15}$/.test(text)) return Number(text);
  return Date.parse(text);
}

/** A spreadsheet that turned 2026年10月 into a date meant the month. */
function readPeriod(cell: Cell): string {
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${String(cell.getUTCMonth() + 1).padStart(2, "0")}`;
  return cellText(cell);
}

type RowResult = { ok: true; figure: SavedFigure } | { ok: false; rejection: RejectedRow };

function reject(fieldRow: FieldRow, field: FigureField, reason: string): RowResult {
  const column = fieldLabel(field);
  const where = fieldRow.rowWord === "条" ? `第${fieldRow.row}条“${column}”` : `第${fieldRow.row}行“${column}”列`;
  return { ok: false, rejection: { row: fieldRow.row, column, reason: `${where}：${reason}` } };
}

/** Validates one row into a figure (times only when the row gives them). */
export function readFieldRow(fieldRow: FieldRow): RowResult {
  const { cells } = fieldRow;
  const unitCell = cellText(cells.unit) || fieldRow.headerUnit || "";
  let value: number;
  let unit: string;
  const rawValue = cells.value;
  if (typeof rawValue === "number") {
    value = rawValue;
    unit = unitCell;
  } else if (typeof rawValue === "string") {
    const parsed = resolveValueWithUnit(rawValue, unitCell);
    if (!parsed.ok) return reject(fieldRow, "value", parsed.reason);
    value = parsed.value;
    unit = parsed.unit;
  } else if (isEmptyCell(rawValue)) {
    return reject(fieldRow, "value", "数值为空");
  } else {
    return reject(fieldRow, "value", `“${cellText(rawValue)}”不是数字`);
  }
  if (!Number.isFinite(value)) return reject(fieldRow, "value", `“${cellText(rawValue)}”不是有限的数字`);

  const createdAt = readTime(cells.createdAt);
  const updatedAt = readTime(cells.updatedAt);
  if (createdAt !== undefined && Number.isNaN(createdAt)) return reject(fieldRow, "createdAt", `无法识别时间“${cellText(cells.createdAt)}”`);
  if (updatedAt !== undefined && Number.isNaN(updatedAt)) return reject(fieldRow, "updatedAt", `无法识别时间“${cellText(cells.updatedAt)}”`);

  const input: Record<string, unknown> = {
    name: cellText(cells.name),
    value,
    unit,
    period: readPeriod(cells.period),
    region: cellText(cells.region),
    source: cellText(cells.source),
    aliases: readAliases(cells.aliases),
    note: cellText(cells.note),
  };
  if (createdAt !== undefined) input.createdAt = createdAt;
  if (updatedAt !== undefined) input.updatedAt = updatedAt;
  const normalized = normalizeFigure(input, { stampTimes: false });
  if (!normalized.ok) return reject(fieldRow, normalized.field, normalized.reason);
  return { ok: true, figure: normalized.figure };
}

function sameContent(a: SavedFigure, b: SavedFigure): boolean {
  return a.value === b.value && a.unit === b.unit && (a.source ?? "") === (b.source ?? "") && (a.note ?? "") === (b.note ?? "") && (a.aliases ?? []).join("\u0001") === (b.aliases ?? []).join("\u0001");
}

/**
 * Validates rows; an exact repeat of an earlier row is merged, a row that gives the same figure
 * (name + period + region) another value is rejected, naming the earlier row.
 */
export function readFieldRows(rows: readonly FieldRow[]): ParsedImport {
  const result: ParsedImport = { figures: [], rows: [], rejected: [], duplicates: 0 };
  const seen = new Map<string, number>();
  for (const fieldRow of rows) {
    const read = readFieldRow(fieldRow);
    if (!read.ok) {
      result.rejected.push(read.rejection);
      continue;
    }
    const identity = figureIdentity(read.figure);
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      if (sameContent(result.figures[earlier]!, read.figure)) {
        result.duplicates++;
        continue;
      }
      const earlierRow = result.rows[earlier]!;
      result.rejected.push({
        row: fieldRow.row,
        column: fieldLabel("value"),
        reason: `第${fieldRow.row}${fieldRow.rowWord ?? "行"}：与第${earlierRow}${fieldRow.rowWord ?? "行"}是同一指标（名称、期间、地区相同），但内容不同`,
      });
      continue;
    }
    seen.set(identity, result.figures.length);
    result.figures.push(read.figure);
    result.rows.push(fieldRow.row);
  }
  return result;
}

/**
 * Turns a table (first non-empty row = header) into field rows. Empty rows are skipped but still
 * counted, so row numbers match what a spreadsheet shows. Returns a rejection when the header lacks
 * a required column.
 */
export function tableToFieldRows(table: readonly (readonly Cell[])[]): { rows: FieldRow[]; rejected: RejectedRow[] } {
  const headerIndex = table.findIndex((cells) => cells.some((c) => !isEmptyCell(c)));
  if (headerIndex < 0) return { rows: [], rejected: [] };
  const header = table[headerIndex]!.map((c) => readHeader(cellText(c)));
  const fields = header.map((h) => h.field);
  const missing = (["name", "value", "period"] as const).filter((f) => !fields.includes(f));
  if (missing.length) {
    return {
      rows: [],
      rejected: [{ row: headerIndex + 1, reason: `第${headerIndex + 1}行表头缺少“${missing.map(fieldLabel).join("”“")}”列（可用列名：指标名称、数值、单位、期间、地区、来源、别名、备注）` }],
    };
  }
  const headerUnit = header.find((h) => h.field === "value")?.unit;
  const rows: FieldRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const line = table[i]!;
    if (line.every(isEmptyCell)) continue;
    const cells: Partial<Record<FigureField, Cell>> = {};
    line.forEach((cell, column) => {
      const field = fields[column];
      if (field && cells[field] === undefined) cells[field] = cell;
    });
    rows.push(headerUnit ? { row: i + 1, cells, headerUnit } : { row: i + 1, cells });
  }
  return { rows, rejected: [] };
}

/** JSON objects (keys in Chinese or English) → field rows; row = 1-based position in the array. */
export function objectsToFieldRows(items: readonly unknown[]): { rows: FieldRow[]; rejected: RejectedRow[] } {
  const rows: FieldRow[] = [];
  const rejected: RejectedRow[] = [];
  items.forEach((item, i) => {
    const row = i + 1;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      rejected.push({ row, reason: `第${row}条不是一个指标对象` });
      return;
    }
    const cells: Partial<Record<FigureField, Cell>> = {};
    let headerUnit: string | undefined;
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      const { field, unit } = readHeader(key);
      if (!field || cells[field] !== undefined) continue;
      if (unit) headerUnit = unit;
      cells[field] = Array.isArray(value) ? value.map(String) : (value as Cell);
    }
    rows.push(headerUnit ? { row, cells, headerUnit, rowWord: "条" } : { row, cells, rowWord: "条" });
  });
  return { rows, rejected };
}
