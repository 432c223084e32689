import { describe, expect, test } from "vitest";
import { check } from "@tally/shared";
import { FigureStoreError } from "@tally/shared/store";
import { eventually, openTestStore } from "./helpers";

describe("figure store CRUD", () => {
  test("save returns the normalised figure with id and times; get and all read it back", async () => {
    const store = await openTestStore();
    const saved = await store.save({ name: " 固定资产投资 ", value: 0.1 + 0.2, unit: "亿元", period: "2026年1-10月", source: "统计局月报" });
    expect(saved).toMatchObject({ name: "固定资产投资", value: 0.3, unit: "亿元", period: "2026-01..2026-10", source: "统计局月报" });
    expect(saved.id).toBeTypeOf("number");
    expect(saved.createdAt).toBeTypeOf("number");
    expect(await store.get(saved.id!)).toEqual(saved);
    expect(await store.all()).toEqual([saved]);
    store.close();
  });

  test("extreme values are kept exactly", async () => {
    const store = await openTestStore();
    for (const value of [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 123456789012345]) {
      const saved = await store.save({ name: `值${value}`, value, unit: "", period: "2026" });
      expect(saved.value).toBe(value);
    }
    store.close();
  });

  test("save upserts on name + period + region and keeps the creation time", async () => {
    const store = await openTestStore();
    const first = await store.save({ name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-Q3", region: "城关镇" });
    const second = await store.save({ name: "固定资产投资", value: 3.5, unit: "亿元", period: "2026年第三季度", region: "城关镇" });
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    const otherRegion = await store.save({ name: "固定资产投资", value: 1.1, unit: "亿元", period: "2026-Q3", region: "河西乡" });
    const otherPeriod = await store.save({ name: "固定资产投资", value: 2.9, unit: "亿元", period: "2026-Q2", region: "城关镇" });
    expect(new Set([first.id, otherRegion.id, otherPeriod.id]).size).toBe(3);
    const all = await store.all();
    expect(all).toHaveLength(3);
    expect(all.find((f) => f.id === first.id)?.value).toBe(3.5);
    store.close();
  });

  test("save with id edits that record; delete and clear remove", async () => {
    const store = await openTestStore();
    const a = await store.save({ name: "粮食产量", value: 12, unit: "万吨", period: "2025" });
    const edited = await store.save({ id: a.id!, name: "粮食总产量", value: 12.5, unit: "万吨", period: "2025" });
    expect(edited.id).toBe(a.id);
    expect((await store.all()).map((f) => f.name)).toEqual(["粮食总产量"]);
    const b = await store.save({ name: "常住人口", value: 5.2, unit: "万人", period: "2025" });
    await expect(store.save({ id: b.id!, name: "粮食总产量", value: 1, unit: "万吨", period: "2025" })).rejects.toBeInstanceOf(FigureStoreError);
    await store.delete(a.id!);
    expect((await store.all()).map((f) => f.name)).toEqual(["常住人口"]);
    expect(await store.lookup("粮食总产量")).toBeUndefined();
    await store.clear();
    expect(await store.all()).toEqual([]);
    store.close();
  });

  test.each([
    [{ name: "", value: 1, unit: "个", period: "2026" }, "指标名称为空"],
    [{ name: "项目数", value: Number.NaN, unit: "个", period: "2026" }, "数值"],
    [{ name: "项目数", value: 1, unit: "个", period: "去年" }, "无法识别期间"],
    [{ name: "项目数", value: 1, unit: "个", period: "1-10月" }, "缺少年份"],
  ])("save rejects invalid input %#", async (input, reason) => {
    const store = await openTestStore();
    const error = await store.save(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FigureStoreError);
    expect((error as FigureStoreError).code).toBe("invalid");
    expect((error as FigureStoreError).message).toContain(reason);
    expect(await store.all()).toEqual([]);
    store.close();
  });
});

describe("lookup", () => {
  test("by name or alias, by typed period, and the latest without a period", async () => {
    const store = await openTestStore();
    await store.save({ name: "固定资产投资", value: 2.1, unit: "亿元", period: "2026-H1", aliases: ["固投"] });
    await store.save({ name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-01..2026-10" });
    await store.save({ name: "固定资产投资", value: 4.0, unit: "亿元", period: "2025" });
    expect((await store.lookup("固投"))?.value).toBe(3.2);
    expect((await store.lookup("固定资产投资", "2026年上半年"))?.value).toBe(2.1);
    expect((await store.lookup("固投", "2026-H1"))?.value).toBe(2.1);
    expect((await store.lookup("固定资产投资", "2025年"))?.value).toBe(4.0);
    expect(await store.lookup("固定资产投资", "2024")).toBeUndefined();
    expect(await store.lookup("固定资产")).toBeUndefined();
    store.close();
  });

  test("says nothing when a name is saved for several regions and none is asked for", async () => {
    const store = await openTestStore();
    await store.save({ name: "新增就业", value: 120, unit: "人", period: "2026", region: "城关镇" });
    await store.save({ name: "新增就业", value: 80, unit: "人", period: "2026", region: "河西乡" });
    expect(await store.lookup("新增就业", "2026")).toBeUndefined();
    expect((await store.lookup("新增就业", "2026", { region: "河西乡" }))?.value).toBe(80);
    await store.save({ name: "新增就业", value: 200, unit: "人", period: "2026" });
    expect((await store.lookup("新增就业", "2026"))?.value).toBe(200);
    store.close();
  });

  test("an alias shared by two indicators is ambiguous", async () => {
    const store = await openTestStore();
    await store.save({ name: "地区生产总值", value: 50, unit: "亿元", period: "2026", aliases: ["GDP"] });
    await store.save({ name: "国内生产总值", value: 1, unit: "万亿元", period: "2026", aliases: ["gdp"] });
    expect(await store.lookup("GDP")).toBeUndefined();
    expect((await store.lookup("地区生产总值"))?.value).toBe(50);
    store.close();
  });
});

describe("live updates", () => {
  test("subscribe fires on change and stops after unsubscribe", async () => {
    const store = await openTestStore();
    const seen: string[][] = [];
    const unsubscribe = store.subscribe((figures) => seen.push(figures.map((f) => f.name)));
    await store.save({ name: "新建项目", value: 12, unit: "个", period: "2026" });
    await eventually(() => expect(seen.at(-1)).toEqual(["新建项目"]));
    unsubscribe();
    const before = seen.length;
    await store.save({ name: "竣工项目", value: 3, unit: "个", period: "2026" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.length).toBe(before);
    store.close();
  });

  test("subscribe with immediate: true calls back at once with the current figures", async () => {
    const store = await openTestStore();
    await store.save({ name: "新建项目", value: 12, unit: "个", period: "2026" });
    const seen: number[] = [];
    const unsubscribe = store.subscribe((figures) => seen.push(figures.length), { immediate: true });
    expect(seen).toEqual([1]);
    unsubscribe();
    store.close();
  });

  test("a second store on the same database sees the first one's writes", async () => {
    const { IDBFactory, IDBKeyRange } = await import("fake-indexeddb");
    const { openFigureStore } = await import("@tally/shared/store");
    const factory = new IDBFactory();
    const panel = await openFigureStore({ name: "shared", indexedDB: factory, IDBKeyRange });
    const page = await openFigureStore({ name: "shared", indexedDB: factory, IDBKeyRange });
    const lookup = panel.snapshotLookup();
    await page.save({ name: "税收收入", value: 8.8, unit: "亿元", period: "2026" });
    await eventually(() => expect(lookup.lookup("税收收入")?.value).toBe(8.8));
    panel.close();
    page.close();
  });

  test("snapshotLookup is synchronous, current, and drives the engine's saved-figure check", async () => {
    const store = await openTestStore();
    const lookup = store.snapshotLookup();
    const text = "1-10月，全镇完成固定资产投资3.5亿元。";
    const savedFigureFindings = () =>
      check(text, { figures: lookup, referenceDate: "2026-11-01" }).filter((d) => d.ruleId === "figure-consistency/saved-figure");
    expect(lookup.lookup("固定资产投资")).toBeUndefined();
    expect(savedFigureFindings()).toEqual([]);
    await store.save({ name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026年1-10月" });
    expect(lookup.lookup("固定资产投资", "2026-01..2026-10")?.value).toBe(3.2);
    expect(lookup.size).toBe(1);
    expect(savedFigureFindings()).toMatchObject([{ text: "3.5亿元" }]);
    await store.save({ name: "固定资产投资", value: 3.5, unit: "亿元", period: "2026年1-10月" });
    expect(savedFigureFindings()).toEqual([]);
    store.close();
  });
});
