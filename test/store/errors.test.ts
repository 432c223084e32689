import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, test } from "vitest";
import { FigureStoreError, openFigureStore, toFigureStoreError } from "@tally/shared/store";
import { schemaV1 } from "../../shared/src/store/db";
import { openTestStore } from "./helpers";

describe("storage errors become FigureStoreError with a Chinese message", () => {
  test("no IndexedDB (private mode, sandboxed frame) → unavailable", async () => {
    const scope = globalThis as { indexedDB?: unknown };
    const saved = scope.indexedDB;
    delete scope.indexedDB;
    try {
      const error = await openFigureStore({ name: "none" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FigureStoreError);
      expect(error).toMatchObject({ code: "unavailable", message: expect.stringContaining("无痕") });
    } finally {
      if (saved !== undefined) scope.indexedDB = saved;
    }
  });

  test("an upgrade blocked by a page holding the old version → blocked", async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie("busy", { indexedDB, IDBKeyRange });
    old.version(1).stores(schemaV1);
    await old.open();
    // A page of an old Tally that ignores version changes keeps its connection open.
    old.on("versionchange", () => false);
    const error = await openFigureStore({ name: "busy", indexedDB, IDBKeyRange }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "blocked", message: expect.stringContaining("其他已打开的页面") });
    old.close();
  });

  test("a database left by a newer version still opens (Dexie 4 adds the indexes it lacks) and keeps its data", async () => {
    const indexedDB = new IDBFactory();
    const newer = new Dexie("future", { indexedDB, IDBKeyRange });
    newer.version(9).stores({ figures: "++id, name", notes: "++id" });
    await newer.table("figures").add({ name: "财政收入", value: 3, unit: "亿元", period: "2026" });
    newer.close();
    const store = await openFigureStore({ name: "future", indexedDB, IDBKeyRange });
    expect((await store.all()).map((f) => f.name)).toEqual(["财政收入"]);
    await store.save({ name: "新增就业", value: 1, unit: "人", period: "2026" });
    expect(await store.all()).toHaveLength(2);
    store.close();
  });

  test.each([
    ["QuotaExceededError", "quota", new DOMException("full", "QuotaExceededError")],
    ["Dexie AbortError around a quota error", "quota", Object.assign(new Error("wrapped"), { name: "AbortError", inner: new DOMException("full", "QuotaExceededError") })],
    ["MissingAPIError", "unavailable", Object.assign(new Error("x"), { name: "MissingAPIError" })],
    ["OpenFailedError(InvalidStateError), Firefox private mode", "unavailable", Object.assign(new Error("x"), { name: "OpenFailedError", inner: new DOMException("x", "InvalidStateError") })],
    ["DatabaseClosedError", "closed", Object.assign(new Error("x"), { name: "DatabaseClosedError" })],
    ["any other error", "unknown", new Error("something else")],
  ])("maps %s to %s", (_label, code, cause) => {
    const error = toFigureStoreError(cause);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("a quota failure during import writes nothing and says so", async () => {
    const store = await openTestStore();
    await store.save({ name: "财政收入", value: 3, unit: "亿元", period: "2025" });
    // Reach the Dexie table behind the store and make its bulk write fail like a full disk.
    const table = (store as unknown as { db: { figures: Dexie.Table } }).db.figures;
    const bulkPut = table.bulkPut.bind(table);
    table.bulkPut = (() => Promise.reject(new DOMException("full", "QuotaExceededError"))) as unknown as typeof table.bulkPut;
    const error = await store.importText("指标名称,数值,单位,期间\n新增就业,120,人,2026\n财政收入,3.5,亿元,2025\n", { format: "csv" }).catch((e: unknown) => e);
    table.bulkPut = bulkPut;
    expect(error).toMatchObject({ code: "quota", message: expect.stringContaining("存储空间已满") });
    expect((await store.all()).map((f) => [f.name, f.value])).toEqual([["财政收入", 3]]);
    store.close();
  });
});
