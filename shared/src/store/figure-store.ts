/**
 * The figure store: saved indicators in IndexedDB (through Dexie), with an in-memory index kept
 * fresh so that search per keystroke and the engine's synchronous lookup never wait on IndexedDB.
 * Changes made in another page reach this one through Dexie's "storagemutated" event (which Dexie
 * relays between pages by BroadcastChannel); `subscribe` lets open panels follow them. The event is
 * used rather than `liveQuery` because liveQuery only runs against the global indexedDB, and hosts
 * and tests may pass their own factory.
 */
import { Dexie, type ObservabilitySet } from "dexie";
import type { FigureLookup, SavedFigure } from "../types";
import { declareSchema, DEFAULT_DB_NAME, fromStored, toStored, type FigureDatabase, type StoredFigure } from "./db";
import { FigureStoreError, toFigureStoreError } from "./errors";
import { buildFigureIndex, type FigureIndex, type IndexEntry, type LookupOptions, type SearchOptions } from "./figure-index";
import { figureIdentity, normalizeFigureOrThrow, type FigureInput } from "./figure-input";
import { figuresToBytes, figuresToCsv, figuresToJson, type ExportFormat } from "./export";
import { formatOfFileName, parseImportBytes, parseImportText, type ImportBytes, type ImportFormat, type ImportOptions, type TextImportFormat } from "./import-formats";
import type { ParsedImport, RejectedRow } from "./import-rows";

export interface OpenFigureStoreOptions {
  /** Database name (default "tally-figures"); tests use one per case. */
  name?: string;
  /** The IndexedDB factory; default the global one (fake-indexeddb in tests). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** What an import did: how many figures were written, and every rejected row with its reason. */
export interface ImportResult {
  imported: number;
  rejected: RejectedRow[];
  /** Exact repeats of an earlier row, merged into it. */
  duplicates: number;
}

/** A synchronous view that always reads the store's current in-memory index. */
export interface FigureSnapshot extends FigureLookup {
  lookup(name: string, period?: string, options?: LookupOptions): SavedFigure | undefined;
  search(query: string, options?: SearchOptions): SavedFigure[];
  history(name: string): SavedFigure[];
  readonly size: number;
}

export type FigureListener = (figures: readonly SavedFigure[]) => void;

/** The figure store API (DESIGN.md "Figure store API", plus helpers the hosts need). */
export interface FigureStore {
  /** Saves a figure; a figure with the same name + period + region is replaced (upsert). With `id`, updates that record. */
  save(figure: FigureInput & { id?: number }): Promise<SavedFigure>;
  get(id: number): Promise<SavedFigure | undefined>;
  delete(id: number): Promise<void>;
  clear(): Promise<void>;
  /** Every saved figure, in the order saved. */
  all(): Promise<SavedFigure[]>;
  /** Ranked search by name, alias, pinyin and initials. */
  search(query: string, options?: SearchOptions): Promise<SavedFigure[]>;
  /** A figure by name or alias; without a period, the latest. */
  lookup(name: string, period?: string, options?: LookupOptions): Promise<SavedFigure | undefined>;
  /** All periods of one indicator, latest first. */
  history(name: string): Promise<SavedFigure[]>;
  importText(text: string, options: ImportOptions & { format: TextImportFormat }): Promise<ImportResult>;
  importBytes(bytes: ImportBytes, options: ImportOptions & { format: ImportFormat }): Promise<ImportResult>;
  /** A picked file; the format comes from `options.format` or the file name. */
  importFile(file: Blob & { name?: string }, options?: ImportOptions & { format?: ImportFormat }): Promise<ImportResult>;
  exportText(format: "csv" | "json"): Promise<string>;
  /** File bytes; CSV with a BOM for Excel. */
  exportBytes(format: ExportFormat): Promise<Uint8Array>;
  /**
   * Calls `listener` with all figures whenever they change, here or in another page (and once at
   * once with `immediate: true`, for a panel that mounts). Returns unsubscribe.
   */
  subscribe(listener: FigureListener, options?: { immediate?: boolean }): () => void;
  /** A synchronous lookup for the engine (`CheckOptions.figures`), always current. */
  snapshotLookup(): FigureSnapshot;
  close(): void;
}

class DexieFigureStore implements FigureStore {
  private entries = new Map<number, IndexEntry>();
  private index: FigureIndex | undefined;
  private readonly listeners = new Set<FigureListener>();
  private reloading: Promise<void> | undefined;
  private reloadAgain = false;
  private closed = false;
  private readonly onMutated = (parts: ObservabilitySet) => {
    const prefix = `idb://${this.db.name}/figures/`;
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) void this.reload();
  };

  constructor(
    private readonly db: FigureDatabase,
    initial: StoredFigure[],
  ) {
    this.replaceAll(initial);
    Dexie.on("storagemutated", this.onMutated);
  }

  /** Re-reads all figures after a change (coalescing bursts) and tells the subscribers. */
  private reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        try {
          const records = await this.db.figures.toArray();
          if (this.closed) return;
          this.replaceAll(records);
        } catch {
          // A closed or failed connection: keep the last known figures; writes report their own errors.
          return;
        }
      } while (this.reloadAgain);
      const figures = this.currentIndex().figures;
      for (const listener of this.listeners) {
        try {
          listener(figures);
        } catch (error) {
          // One broken panel must not stop the others from updating.
          console.error("Tally: figure store listener failed", error);
        }
      }
    })().finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  private replaceAll(records: readonly StoredFigure[]): void {
    this.entries = new Map(records.map((r) => [r.id!, { figure: fromStored(r), pinyin: r.pinyin, initials: r.initials }]));
    this.index = undefined;
  }

  private remember(record: StoredFigure): void {
    this.entries.set(record.id!, { figure: fromStored(record), pinyin: record.pinyin, initials: record.initials });
    this.index = undefined;
  }

  private currentIndex(): FigureIndex {
    this.index ??= buildFigureIndex([...this.entries.values()]);
    return this.index;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toFigureStoreError(error);
    }
  }

  async save(input: FigureInput & { id?: number }): Promise<SavedFigure> {
    const figure = normalizeFigureOrThrow(input);
    return this.guard(async () => {
      const stored = toStored(figure);
      await this.db.transaction("rw", this.db.figures, async () => {
        const same = await this.db.figures.where("identity").equals(stored.identity).first();
        if (input.id !== undefined) {
          const existing = await this.db.figures.get(input.id);
          if (!existing) throw new FigureStoreError("invalid", "要修改的指标已不存在（可能已在其他页面删除）");
          if (same && same.id !== input.id) throw new FigureStoreError("invalid", `已有同名、同期间、同地区的指标“${same.name}”，请直接修改它`);
          stored.id = input.id;
          stored.createdAt = input.createdAt ?? existing.createdAt ?? stored.createdAt;
        } else if (same) {
          stored.id = same.id!;
          stored.createdAt = input.createdAt ?? same.createdAt ?? stored.createdAt;
        }
        stored.id = await this.db.figures.put(stored);
      });
      this.remember(stored);
      return fromStored(stored);
    });
  }

  get(id: number): Promise<SavedFigure | undefined> {
    return this.guard(async () => {
      const record = await this.db.figures.get(id);
      return record && fromStored(record);
    });
  }

  delete(id: number): Promise<void> {
    return this.guard(async () => {
      await this.db.figures.delete(id);
      this.entries.delete(id);
      this.index = undefined;
    });
  }

  clear(): Promise<void> {
    return this.guard(async () => {
      await this.db.figures.clear();
      this.replaceAll([]);
    });
  }

  all(): Promise<SavedFigure[]> {
    return this.guard(async () => (await this.db.figures.toArray()).map(fromStored));
  }

  async search(query: string, options?: SearchOptions): Promise<SavedFigure[]> {
    return this.currentIndex().search(query, options);
  }

  async lookup(name: string, period?: string, options?: LookupOptions): Promise<SavedFigure | undefined> {
    return this.currentIndex().lookup(name, period, options);
  }

  async history(name: string): Promise<SavedFigure[]> {
    return this.currentIndex().history(name);
  }

  /** Writes parsed figures in one transaction: all of them or, on any failure, none. */
  private writeImport(parsed: ParsedImport, options: ImportOptions): Promise<ImportResult> {
    const result: ImportResult = { imported: 0, rejected: parsed.rejected, duplicates: parsed.duplicates };
    if (parsed.rejected.length > 0 && !options.partial) return Promise.resolve(result);
    if (parsed.figures.length === 0) return Promise.resolve(result);
    return this.guard(async () => {
      const records = parsed.figures.map(toStored);
      await this.db.transaction("rw", this.db.figures, async () => {
        const existing = await this.db.figures.where("identity").anyOf(records.map((r) => r.identity)).toArray();
        const byIdentity = new Map(existing.map((r) => [r.identity, r]));
        const now = Date.now();
        for (const record of records) {
          const old = byIdentity.get(record.identity);
          if (old) record.id = old.id!;
          record.createdAt ??= old?.createdAt ?? now;
          record.updatedAt ??= now;
        }
        const ids = await this.db.figures.bulkPut(records, { allKeys: true });
        records.forEach((record, i) => (record.id = ids[i] as number));
      });
      for (const record of records) this.remember(record);
      result.imported = records.length;
      return result;
    });
  }

  importText(text: string, options: ImportOptions & { format: TextImportFormat }): Promise<ImportResult> {
    return this.writeImport(parseImportText(text, options.format), options);
  }

  async importBytes(bytes: ImportBytes, options: ImportOptions & { format: ImportFormat }): Promise<ImportResult> {
    return this.writeImport(await parseImportBytes(bytes, options.format), options);
  }

  async importFile(file: Blob & { name?: string }, options: ImportOptions & { format?: ImportFormat } = {}): Promise<ImportResult> {
    const format = options.format ?? formatOfFileName(file.name ?? "");
    if (!format) throw new FigureStoreError("invalid", `无法识别文件“${file.name ?? ""}”的格式，请选择 CSV、XLSX 或 JSON 文件`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    return this.importBytes(bytes, { ...options, format });
  }

  async exportText(format: "csv" | "json"): Promise<string> {
    const figures = await this.all();
    return format === "csv" ? figuresToCsv(figures) : figuresToJson(figures);
  }

  async exportBytes(format: ExportFormat): Promise<Uint8Array> {
    return figuresToBytes(await this.all(), format);
  }

  subscribe(listener: FigureListener, options: { immediate?: boolean } = {}): () => void {
    this.listeners.add(listener);
    if (options.immediate) listener(this.currentIndex().figures);
    return () => this.listeners.delete(listener);
  }

  snapshotLookup(): FigureSnapshot {
    const store = this;
    return {
      lookup: (name, period, options) => store.currentIndex().lookup(name, period, options),
      search: (query, options) => store.currentIndex().search(query, options),
      history: (name) => store.currentIndex().history(name),
      get size() {
        return store.currentIndex().size;
      },
    };
  }

  close(): void {
    this.closed = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    this.listeners.clear();
    this.db.close();
  }
}

/** Whether the database as installed (not as declared) has the figure indexes this code uses. */
function hasIndexes(native: IDBDatabase, names: readonly string[]): boolean {
  if (!native.objectStoreNames.contains("figures")) return false;
  const store = native.transaction("figures", "readonly").objectStore("figures");
  return names.every((name) => store.indexNames.contains(name));
}

/**
 * Opens (creating or upgrading) the figure database. Rejects with a `FigureStoreError`: code
 * "unavailable" without IndexedDB (private mode), "blocked" when another page holds an old
 * version open, "version" when the database is newer than this code.
 */
export async function openFigureStore(options: OpenFigureStoreOptions = {}): Promise<FigureStore> {
  const indexedDB = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  const keyRange = options.IDBKeyRange ?? (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
  if (!indexedDB || !keyRange) throw new FigureStoreError("unavailable");
  const db = declareSchema(new Dexie(options.name ?? DEFAULT_DB_NAME, { indexedDB, IDBKeyRange: keyRange }));
  try {
    const blocked = new Promise<never>((_, reject) => {
      db.on("blocked", () => reject(new FigureStoreError("blocked")));
    });
    await Promise.race([db.open(), blocked]);
    // Dexie 4 opens a newer database as it is; without the indexes this code needs it cannot work.
    if (!hasIndexes(db.backendDB(), ["identity", "pinyin", "initials", "aliases"])) throw new FigureStoreError("version");
    const initial = await db.figures.toArray();
    return new DexieFigureStore(db, initial);
  } catch (error) {
    db.close();
    throw toFigureStoreError(error);
  }
}
