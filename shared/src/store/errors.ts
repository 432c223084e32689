/**
 * Storage failures as one error type with a Chinese message the UI can show as is, and a code the
 * code can branch on. The store never swallows a failed write: every path ends in a resolved value
 * or a `FigureStoreError`.
 */
export type FigureStoreErrorCode =
  /** IndexedDB is missing or refused (private mode, disabled storage, sandboxed frame). */
  | "unavailable"
  /** The browser's storage quota is used up; the write did not happen. */
  | "quota"
  /** An upgrade waits for another page that keeps the old version open. */
  | "blocked"
  /** The database is newer than this code (an older copy of Tally opened it). */
  | "version"
  /** The connection was closed, e.g. another page upgraded the database. */
  | "closed"
  /** The data given to the store is not valid. */
  | "invalid"
  | "unknown";

const MESSAGES: Record<FigureStoreErrorCode, string> = {
  unavailable: "无法使用本地指标库：浏览器禁用了本地存储（可能处于无痕/隐私模式），指标不会被保存。",
  quota: "本地存储空间已满，指标未保存，请清理浏览器存储空间或删除不用的指标后重试。",
  blocked: "指标库需要升级，但其他已打开的页面仍在使用旧版本，请关闭或刷新这些页面后重试。",
  version: "指标库由更新版本的 Tally 创建，当前版本无法打开，请更新 Tally。",
  closed: "指标库连接已关闭（可能在其他页面升级了），请刷新页面后重试。",
  invalid: "指标数据无效。",
  unknown: "指标库操作失败，数据未保存，请重试。",
};

/** A storage failure with a user-facing Chinese `message` and a machine-readable `code`. */
export class FigureStoreError extends Error {
  override readonly name = "FigureStoreError";
  readonly code: FigureStoreErrorCode;

  constructor(code: FigureStoreErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? MESSAGES[code], options);
    this.code = code;
  }
}

/** The names a cause can carry: DOMException names and Dexie error names (Dexie keeps both). */
function causeNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === "string") names.push(e.name);
    current = e.inner ?? e.cause;
  }
  return names;
}

/** Maps whatever IndexedDB or Dexie threw to a `FigureStoreError` (kept as `cause`). */
export function toFigureStoreError(error: unknown): FigureStoreError {
  if (error instanceof FigureStoreError) return error;
  const names = causeNames(error);
  const has = (...candidates: string[]) => candidates.some((c) => names.includes(c));
  let code: FigureStoreErrorCode = "unknown";
  if (has("QuotaExceededError")) code = "quota";
  else if (has("MissingAPIError", "SecurityError")) code = "unavailable";
  else if (has("VersionError")) code = "version";
  else if (has("DatabaseClosedError")) code = "closed";
  else if (has("InvalidStateError", "UnknownError") && names.includes("OpenFailedError")) code = "unavailable";
  return new FigureStoreError(code, undefined, { cause: error });
}
