/**
 * Import, format part: bytes or text in CSV (UTF-8 with or without BOM, UTF-16, or GBK/GB18030 as
 * Excel saves it in China), XLSX or JSON → validated figures (`ParsedImport`). exceljs is loaded
 * only when an XLSX file is actually read.
 */
import Papa from "papaparse";
import { objectsToFieldRows, readFieldRows, tableToFieldRows, type Cell, type ParsedImport, type RejectedRow } from "./import-rows";

export type TextImportFormat = "csv" | "json";
export type ImportFormat = TextImportFormat | "xlsx";

export interface ImportOptions {
  /** Write the valid rows even when some are rejected (default false: all or nothing). */
  partial?: boolean;
}

export type ImportBytes = ArrayBuffer | Uint8Array;

function asUint8Array(bytes: ImportBytes): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/**
 * Decodes a text file: a BOM decides; otherwise strict UTF-8, and on failure GB18030 (a superset
 * of GBK, which is what Excel writes for "CSV" on Chinese Windows).
 */
export function decodeBytes(input: ImportBytes): string {
  return decodeWithEncoding(input).text;
}

/** Like `decodeBytes`, also naming the encoding used. */
export function decodeWithEncoding(input: ImportBytes): { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" } {
  const bytes = asUint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** The format a file name implies, or undefined. */
export function formatOfFileName(fileName: string): ImportFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "csv" || ext === "txt" || ext === "tsv") return "csv";
  if (ext === "json") return "json";
  if (ext === "xlsx") return "xlsx";
  return undefined;
}

/** CSV text → rows of cells; the delimiter (comma, tab, semicolon) is detected. */
export function parseCsvTable(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false, delimitersToGuess: [",", "\t", ";"] });
  return result.data;
}

function parsed(rows: ReturnType<typeof tableToFieldRows>): ParsedImport {
  const read = readFieldRows(rows.rows);
  read.rejected.unshift(...rows.rejected);
  return read;
}

function fileRejection(reason: string): ParsedImport {
  const rejected: RejectedRow[] = [{ row: 1, reason }];
  return { figures: [], rows: [], rejected, duplicates: 0 };
}

/** Reads CSV or JSON text into validated figures without writing anything. */
export function parseImportText(text: string, format: TextImportFormat): ParsedImport {
  if (format === "csv") return parsed(tableToFieldRows(parseCsvTable(text)));
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fileRejection(`JSON 格式错误：${(error as Error).message}`);
  }
  const items = Array.isArray(data) ? data : data && typeof data === "object" && Array.isArray((data as { figures?: unknown }).figures) ? (data as { figures: unknown[] }).figures : undefined;
  if (!items) return fileRejection("JSON 应为指标数组，或含 figures 数组的对象");
  return parsed(objectsToFieldRows(items));
}

/** An exceljs cell value → a plain cell (rich text joined, formulas by their cached result). */
function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return plainCell(v.result);
    if (typeof v.text === "string") return v.text;
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}

/** The first worksheet of an XLSX file as rows of cells (exceljs loaded here, lazily). */
export async function parseXlsxTable(input: ImportBytes): Promise<Cell[][]> {
  const module = await import("exceljs");
  const ExcelJS = ((module as unknown as { default?: typeof module }).default ?? module) as typeof module;
  const workbook = new ExcelJS.Workbook();
  const bytes = asUint8Array(input);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plainCell(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

/** Reads file bytes in any import format into validated figures without writing anything. */
export async function parseImportBytes(bytes: ImportBytes, format: ImportFormat): Promise<ParsedImport> {
  if (format === "xlsx") {
    let table: Cell[][];
    try {
      table = await parseXlsxTable(bytes);
    } catch (error) {
      return fileRejection(`无法读取 Excel 文件：${(error as Error).message}`);
    }
    return parsed(tableToFieldRows(table));
  }
  const { text, encoding } = decodeWithEncoding(bytes);
  // Bytes that are neither UTF-8 nor GB18030 decode to replacement characters: refuse, never import garbage.
  if (encoding === "gb18030" && text.includes("\uFFFD")) return fileRejection("无法识别文件编码，请将文件另存为 UTF-8 或 GBK 编码的 CSV");
  return parseImportText(text, format);
}
