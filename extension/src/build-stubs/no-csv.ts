/**
 * Stands in for papaparse in the extension build (package.json "alias"), like ./no-xlsx. The
 * figure store parses and writes CSV with it, but the extension's only store import and export is
 * the JSON backup, so the service worker does without the CSV library.
 */
function unavailable(): never {
  throw new Error("CSV 导入导出在浏览器扩展中不可用，请使用 JSON 备份");
}

export default { parse: unavailable, unparse: unavailable };
