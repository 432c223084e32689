/**
 * Stands in for exceljs in the extension build (package.json "alias"). The figure store loads
 * exceljs only for XLSX, and the extension reads and writes JSON only (backup and restore), so
 * the 930 KB spreadsheet library, which also builds functions from strings, is left out.
 */
export class Workbook {
  constructor() {
    throw new Error("XLSX 导入导出在浏览器扩展中不可用，请使用 JSON 备份");
  }
}

export default { Workbook };
