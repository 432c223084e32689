import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { expect, test } from "vitest";
import { openFigureStore, CURRENT_DB_VERSION } from "@tally/shared/store";
import { schemaV1 } from "../../shared/src/store/db";

/** Figures as version 1 stored them: typed periods, no pinyin, no identity. */
const V1_RECORDS = [
  { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-01..2026-10", aliases: ["固投"], createdAt: 1, updatedAt: 2 },
  { name: "新增就业", value: 120, unit: "人", period: "2026年上半年", region: "城关镇", source: "人社局", note: "含灵活就业", createdAt: 3, updatedAt: 4 },
  { name: "粮食产量", value: 12.5, unit: "万吨", period: "去年秋粮", createdAt: 5, updatedAt: 6 },
];

test("a version-1 database with data opens in the current version without loss", async () => {
  const indexedDB = new IDBFactory();
  const v1 = new Dexie("legacy", { indexedDB, IDBKeyRange });
  v1.version(1).stores(schemaV1);
  await v1.table("figures").bulkAdd(V1_RECORDS);
  v1.close();

  const store = await openFigureStore({ name: "legacy", indexedDB, IDBKeyRange });
  const all = await store.all();
  expect(all).toEqual([
    { ...V1_RECORDS[0], id: 1 },
    { ...V1_RECORDS[1], id: 2, period: "2026-H1" },
    // A period the upgrade cannot read is kept as it was, never dropped.
    { ...V1_RECORDS[2], id: 3 },
  ]);
  // The new indexes work on the upgraded records.
  expect((await store.search("gdzctz")).map((f) => f.name)).toEqual(["固定资产投资"]);
  expect(await store.lookup("固投", "2026年1-10月")).toMatchObject({ value: 3.2 });
  const updated = await store.save({ name: "新增就业", value: 130, unit: "人", period: "2026-H1", region: "城关镇" });
  expect(updated.id).toBe(2);
  expect(updated.createdAt).toBe(3);
  store.close();

  const raw = new Dexie("legacy", { indexedDB, IDBKeyRange });
  await raw.open();
  expect(raw.verno).toBe(CURRENT_DB_VERSION);
  expect(raw.table("figures").schema.indexes.map((i) => i.name).sort()).toEqual(["aliases", "identity", "initials", "name", "period", "pinyin", "region", "updatedAt"]);
  raw.close();
});
