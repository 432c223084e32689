/**
 * Export to CSV, JSON and XLSX with the columns import reads, so export → import into an empty
 * store gives back the same figures (ids aside). CSV for Excel gets a BOM through `exportBytes`;
 * exceljs is loaded only when XLSX is asked for.
 */
import Papa from "papaparse";
import type { SavedFigure } from "../types";

export type ExportFormat = "csv" | "json" | "xlsx";

/** Column headers in export order; import recognises each of them. */
export const EXPORT_COLUMNS = ["指标名称", "数值", "单位", "期间", "地区", "来源", "别名", "备注", "创建时间", "更新时间"] as const;

const isoTime = (ms: number | undefined) => (ms === undefined ? "" : new Date(ms).toISOString());

/** A figure as one export row (value kept as a number; String(value) round-trips exactly). */
function exportRow(figure: SavedFigure): (string | number)[] {
  return [
    figure.name,
    figure.value,
    figure.unit,
    figure.period,
    figure.region ?? "",
    figure.source ?? "",
    (figure.aliases ?? []).join("；"),
    figure.note ?? "",
    isoTime(figure.createdAt),
    isoTime(figure.updatedAt),
  ];
}

/** Figures → CSV text (CRLF line ends, quoted where needed). */
export function figuresToCsv(figures: readonly SavedFigure[]): string {
  return Papa.unparse({ fields: [...EXPORT_COLUMNS], data: figures.map((f) => exportRow(f).map(String)) }, { newline: "\r\n" });
}

/** Figures → JSON text: `{ format, version, figures }`, without ids (a new store assigns its own). */
export function figuresToJson(figures: readonly SavedFigure[]): string {
  const plain = figures.map(({ id: _id, ...figure }) => figure);
  return JSON.stringify({ format: "tally-figures", version: 1, figures: plain }, null, 2);
}

/** Figures → XLSX bytes (one sheet 指标). */
export async function figuresToXlsx(figures: readonly SavedFigure[]): Promise<Uint8Array> {
  const module = await import("exceljs");
  const ExcelJS = ((module as unknown as { default?: typeof module }).default ?? module) as typeof module;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("指标");
  sheet.addRow([...EXPORT_COLUMNS]);
  for (const figure of figures) sheet.addRow(exportRow(figure));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 || i === 7 ? 24 : 14;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Figures → file bytes in any export format; CSV starts with a BOM so Excel reads it as UTF-8. */
export async function figuresToBytes(figures: readonly SavedFigure[], format: ExportFormat): Promise<Uint8Array> {
  if (format === "xlsx") return figuresToXlsx(figures);
  const text = format === "csv" ? `\uFEFF${figuresToCsv(figures)}` : figuresToJson(figures);
  return new TextEncoder().encode(text);
}
