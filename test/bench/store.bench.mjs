// Figure store benchmark: search, lookup and import/export with 10,000 saved figures, on the
// BUILT store (shared/dist/store) over fake-indexeddb. Export: `benchStore()` returns rows
// `{ name, medianMs }` (and prints a table); run directly with `node test/bench/store.bench.mjs [--quick]`.
// fake-indexeddb is much slower than a browser's IndexedDB, so the write timings are upper bounds;
// search and lookup never touch IndexedDB (they run on the store's in-memory index).
import { performance } from "node:perf_hooks";
import { timeMedian } from "./timing.mjs";
import { fileURLToPath } from "node:url";

const FIGURE_COUNT = 10_000;

const QUALIFIERS = ["", "工业", "民间", "农业", "服务业", "第一产业", "第二产业", "第三产业", "城镇", "农村", "国有", "外资", "规上", "限上", "新兴产业", "高新技术", "文化旅游", "数字经济", "交通", "水利"];
const INDICATORS = [
  "固定资产投资", "地区生产总值", "一般公共预算收入", "税收收入", "社会消费品零售总额", "工业增加值", "营业收入", "利润总额",
  "出口总额", "进口总额", "实际利用外资", "招商引资到位资金", "新增就业", "城镇居民人均可支配收入", "农村居民人均可支配收入", "粮食产量",
  "用电量", "货运量", "客运量", "新建项目", "竣工项目", "企业数量", "从业人员", "研发经费", "专利授权量", "建设用地", "绿化面积", "污水处理量",
  "参保人数", "医疗救助", "低保人数", "养老服务床位", "学校数量", "在校学生", "旅游接待人次", "旅游收入", "农民专业合作社", "家庭农场", "村集体经济收入", "贷款余额",
  "存款余额", "财政支出", "民生支出", "债务余额", "房地产开发投资", "商品房销售面积", "新能源汽车", "电商交易额", "快递业务量", "农产品加工产值",
];
const PERIODS = ["2024", "2025", "2026-H1", "2026-Q3", "2026-01..2026-10"];
const UNITS = ["亿元", "万元", "万人", "个", "%", "万吨"];

/** 10,000 figures: 1,000 names (qualifier × indicator) × 5 periods, half with an alias. */
export function generateFigures(count = FIGURE_COUNT) {
  const figures = [];
  for (let i = 0; figures.length < count; i++) {
    const name = `${QUALIFIERS[i % QUALIFIERS.length]}${INDICATORS[Math.floor(i / QUALIFIERS.length) % INDICATORS.length]}`;
    for (const period of PERIODS) {
      if (figures.length >= count) break;
      figures.push({
        name: Math.floor(i / (QUALIFIERS.length * INDICATORS.length)) ? `${name}${Math.floor(i / (QUALIFIERS.length * INDICATORS.length))}` : name,
        value: Math.round(((i * 7919 + figures.length * 104729) % 100000) / 10) / 10,
        unit: UNITS[i % UNITS.length],
        period,
        ...(i % 2 ? { aliases: [`${name.slice(0, 2)}${name.slice(-2)}`] } : {}),
        source: "统计局月报",
      });
    }
  }
  return figures;
}


const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3));

/** Runs the store benchmark; returns `{ name, medianMs }` rows and prints them unless `print: false`. */
export async function benchStore({ print = true, quick = process.argv.includes("--quick") } = {}) {
  const store = await import(new URL("../../shared/dist/store/index.js", import.meta.url).href).catch(() => {
    throw new Error("bench: shared/dist/store is missing; run `npm run build -w @tally/shared` first");
  });
  const { IDBFactory, IDBKeyRange } = await import("fake-indexeddb");
  const figures = generateFigures();
  const rows = [];
  const add = (name, medianMs) => rows.push({ name, medianMs });

  // Pure index (the extension's content script): build with pinyin, then queries.
  const coldStart = performance.now();
  store.createFigureIndex(figures);
  add(`createFigureIndex: first build over ${figures.length.toLocaleString("en")} figures (pinyin computed, one run)`, performance.now() - coldStart);
  add(`createFigureIndex: rebuild (pinyin memoised)`, await timeMedian(3, () => store.createFigureIndex(figures)));
  const index = store.createFigureIndex(figures);
  const queries = [
    ["exact name 固定资产投资", "固定资产投资"],
    ["prefix 工业", "工业"],
    ["one character 投", "投"],
    ["initials gdzctz", "gdzctz"],
    ["initials prefix gd", "gd"],
    ["one letter g", "g"],
    ["full pinyin gudingzichan", "gudingzichan"],
    ["substring 可支配", "可支配"],
    ["no match 不存在的指标", "不存在的指标"],
  ];
  for (const [label, query] of queries) add(`search (limit 20): ${label}`, await timeMedian(50, () => index.search(query, { limit: 20 })));
  add("lookup: name + period", await timeMedian(200, () => index.lookup("工业固定资产投资", "2026年1-10月")));
  add("lookup: alias, latest period", await timeMedian(200, () => index.lookup("工业投资")));

  // CSV parse + validation only (what an import preview costs).
  const csv = store.figuresToCsv(figures);
  add(`parseImportText: CSV, ${figures.length.toLocaleString("en")} rows`, await timeMedian(3, () => store.parseImportText(csv, "csv")));

  // The store on fake-indexeddb: import, export, search through the store.
  let n = 0;
  const fresh = () => store.openFigureStore({ name: `bench-${n++}`, indexedDB: new IDBFactory(), IDBKeyRange });
  add(
    `store.importText: CSV, ${figures.length.toLocaleString("en")} rows into an empty store (fake-indexeddb)`,
    await timeMedian(quick ? 1 : 3, async () => {
      const s = await fresh();
      const result = await s.importText(csv, { format: "csv" });
      if (result.imported !== figures.length) throw new Error(`imported ${result.imported}`);
      s.close();
    }),
  );
  const s = await fresh();
  await s.importText(csv, { format: "csv" });
  add("store.search after import (in-memory index): initials gdzc", await timeMedian(50, () => s.search("gdzc")));
  add(`store.exportText: CSV, ${figures.length.toLocaleString("en")} figures (fake-indexeddb)`, await timeMedian(3, () => s.exportText("csv")));
  add(`store.exportBytes: XLSX, ${figures.length.toLocaleString("en")} figures`, await timeMedian(1, () => s.exportBytes("xlsx")));
  s.close();

  if (print) {
    console.log("| figure store (10,000 figures) | median ms |");
    console.log("|---|---:|");
    for (const row of rows) console.log(`| ${row.name} | ${ms(row.medianMs)} |`);
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchStore();
}
