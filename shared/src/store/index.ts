/**
 * @tally/shared/store — the saved-figure (indicator) store: IndexedDB through Dexie, ranked search
 * with pinyin, import/export (CSV, XLSX, JSON), formatting for insertion, and capture of figures
 * from selected text. Contract: DESIGN.md "Figure store API".
 */
export { openFigureStore } from "./figure-store";
export type { FigureStore, FigureSnapshot, FigureListener, ImportResult, OpenFigureStoreOptions } from "./figure-store";
export { createFigureIndex, buildFigureIndex } from "./figure-index";
export type { FigureIndex, IndexEntry, LookupOptions, SearchOptions } from "./figure-index";
export { FigureStoreError, toFigureStoreError } from "./errors";
export type { FigureStoreErrorCode } from "./errors";
export { normalizeFigure, figureIdentity } from "./figure-input";
export type { FigureInput, NormalizedFigure } from "./figure-input";
export { parsePeriodInput } from "./period-input";
export { pinyinKeys } from "./pinyin-keys";
export type { PinyinKeys } from "./pinyin-keys";
export { formatFigure, formatNumber, formatPeriod } from "./format";
export type { FigureFormatStyle, FormatOptions } from "./format";
export { convertValue, parseTypedValue, resolveValueWithUnit } from "./units";
export { decodeBytes, formatOfFileName, parseImportBytes, parseImportText } from "./import-formats";
export type { ImportBytes, ImportFormat, ImportOptions, TextImportFormat } from "./import-formats";
export type { ParsedImport, RejectedRow } from "./import-rows";
export { figuresToBytes, figuresToCsv, figuresToJson, EXPORT_COLUMNS } from "./export";
export type { ExportFormat } from "./export";
export { CURRENT_DB_VERSION, DEFAULT_DB_NAME } from "./db";
export type { FigureLookup, SavedFigure } from "../types";
export { captureFigures } from "./capture";
export type { CaptureOptions, DraftRole, FigureDraft } from "./capture";
