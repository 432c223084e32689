import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createFigureIndex, pinyinKeys, type SavedFigure } from "@tally/shared/store";
import { openTestStore } from "./helpers";

const fig = (name: string, period = "2026", extra: Partial<SavedFigure> = {}): SavedFigure => ({ name, value: 1, unit: "个", period, ...extra });

describe("pinyin keys", () => {
  test.each([
    ["固定资产投资", "gudingzichantouzi", "gdzctz"],
    ["GDP增速", "gdpzengsu", "gdpzs"],
    ["R&D经费", "rdjingfei", "rdjf"],
    ["银行存款余额", "yinhangcunkuanyue", "yhckye"],
    ["规上工业增加值", "guishanggongyezengjiazhi", "gsgyzjz"],
    ["5G基站（座）", "5gjizhanzuo", "5gjzz"],
    ["第3产业", "di3chanye", "d3cy"],
  ])("%s → %s / %s", (name, full, initials) => {
    expect(pinyinKeys(name)).toEqual({ full, initials });
  });
});

describe("search ranking", () => {
  const index = createFigureIndex([
    fig("固定资产投资完成额"),
    fig("民间固定资产投资"),
    fig("固定资产投资"),
    fig("工业固定资产投资", "2026", { aliases: ["工业投资"] }),
    fig("招商引资到位资金", "2026", { aliases: ["固投到位"] }),
    fig("规上工业增加值", "2026", { aliases: ["规模以上工业增加值"] }),
    fig("高新技术企业"),
    fig("年度投资计划", "2026", { aliases: ["固定资产投资计划"] }),
  ]);
  const names = (query: string, limit?: number) => index.search(query, limit === undefined ? {} : { limit }).map((f) => f.name);

  test("exact name, then prefix, then alias, then substring", () => {
    expect(names("固定资产投资")).toEqual(["固定资产投资", "固定资产投资完成额", "年度投资计划", "工业固定资产投资", "民间固定资产投资"]);
  });

  test("an exact alias ranks above a pinyin or substring match", () => {
    expect(names("规模以上工业增加值")).toEqual(["规上工业增加值"]);
    expect(names("固投")).toEqual(["招商引资到位资金"]);
  });

  test("alias prefix comes before a substring of another name", () => {
    expect(names("工业")).toEqual(["工业固定资产投资", "规上工业增加值"]);
  });

  test.each([
    ["gdzctz", "固定资产投资"],
    ["gdzc", "固定资产投资"],
    ["GDZCTZ", "固定资产投资"],
    ["gudingzichan", "固定资产投资"],
    ["guding zichan touzi", "固定资产投资"],
    ["gxjs", "高新技术企业"],
  ])("pinyin %s finds %s first", (query, expected) => {
    expect(names(query)[0]).toBe(expected);
  });

  test("pinyin does not match in the middle of a name", () => {
    expect(names("zctz")).toEqual([]);
  });

  test("limit and empty queries", () => {
    expect(names("固定资产投资", 2)).toEqual(["固定资产投资", "固定资产投资完成额"]);
    expect(names("")).toEqual([]);
    expect(names("   ")).toEqual([]);
    expect(names("不存在的指标")).toEqual([]);
  });

  test("stable: the same query gives the same order whatever the input order", () => {
    const figures = index.figures.slice();
    const reversed = createFigureIndex(figures.slice().reverse());
    for (const query of ["固定", "gd", "投资", "工业", "g"]) {
      expect(reversed.search(query).map((f) => f.name)).toEqual(names(query));
    }
  });

  test("history of a name comes latest period first; latestOnly keeps one per region", () => {
    const history = createFigureIndex([
      fig("财政收入", "2025"),
      fig("财政收入", "2026-Q1"),
      fig("财政收入", "2026-01..2026-10"),
      fig("财政收入", "2026-H1", { region: "城关镇" }),
    ]);
    expect(history.search("财政收入").map((f) => f.period)).toEqual(["2026-01..2026-10", "2026-H1", "2026-Q1", "2025"]);
    expect(history.search("财政收入", { latestOnly: true }).map((f) => f.period)).toEqual(["2026-01..2026-10", "2026-H1"]);
    expect(history.history("财政收入")).toHaveLength(4);
  });
});

describe("store search", () => {
  test("finds saved figures by name, alias and initials, and follows edits", async () => {
    const store = await openTestStore();
    const saved = await store.save({ name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026", aliases: ["固投"] });
    await store.save({ name: "社会消费品零售总额", value: 9, unit: "亿元", period: "2026" });
    expect((await store.search("gdzctz")).map((f) => f.name)).toEqual(["固定资产投资"]);
    expect((await store.search("固投")).map((f) => f.name)).toEqual(["固定资产投资"]);
    expect((await store.search("shxf")).map((f) => f.name)).toEqual(["社会消费品零售总额"]);
    await store.delete(saved.id!);
    expect(await store.search("gdzctz")).toEqual([]);
    store.close();
  });
});

describe("search properties", () => {
  const nameChar = fc.constantFrom(..."固定资产投资财政收入工业增加值新建项目ABC");
  const names = fc.uniqueArray(fc.string({ unit: nameChar, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 30 });

  test("an exact name comes first, results respect the limit, and input order does not matter", () => {
    fc.assert(
      fc.property(names, fc.nat(), fc.integer({ min: 1, max: 10 }), (list, pick, limit) => {
        const figures = list.map((name) => fig(name));
        const index = createFigureIndex(figures);
        const target = list[pick % list.length]!;
        const results = index.search(target, { limit });
        expect(results[0]?.name).toBe(target);
        expect(results.length).toBeLessThanOrEqual(limit);
        expect(createFigureIndex(figures.slice().reverse()).search(target, { limit })).toEqual(results);
        // Every result really matches the query somewhere.
        for (const figure of results) expect(figure.name.toLowerCase().includes(target.toLowerCase()) || /^[a-z]+$/i.test(target)).toBe(true);
      }),
    );
  });
});
