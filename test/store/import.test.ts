import { describe, expect, test } from "vitest";
import { decodeBytes, parseImportBytes, parseImportText } from "@tally/shared/store";
import { openTestStore } from "./helpers";

/** GBK codes of the characters the GBK fixtures use (TextEncoder only writes UTF-8). */
const GBK: Record<string, number> = {
  指: 0xd6b8, 标: 0xb1ea, 名: 0xc3fb, 称: 0xb3c6, 数: 0xcafd, 值: 0xd6b5, 单: 0xb5a5, 位: 0xcebb,
  期: 0xc6da, 间: 0xbce4, 地: 0xb5d8, 区: 0xc7f8, 城: 0xb3c7, 关: 0xb9d8, 镇: 0xd5f2, 规: 0xb9e6,
  模: 0xc4a3, 以: 0xd2d4, 上: 0xc9cf, 工: 0xb9a4, 业: 0xd2b5, 增: 0xd4f6, 加: 0xbcd3, 亿: 0xd2da,
  万: 0xcdf2, 元: 0xd4aa, 年: 0xc4ea, 半: 0xb0eb,
};

function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const gbk = GBK[char];
      if (gbk === undefined) throw new Error(`no GBK code for ${char} in the test table`);
      bytes.push(gbk >> 8, gbk & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decoding", () => {
  test("GBK bytes as Excel writes them are detected and decoded", () => {
    expect(decodeBytes(encodeGbk("指标名称,数值\r\n规模以上工业增加值,3.2亿元"))).toBe("指标名称,数值\r\n规模以上工业增加值,3.2亿元");
  });

  test("UTF-16 LE with BOM (Excel's Unicode text)", () => {
    const text = "指标名称\t数值";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeBytes(bytes)).toBe(text);
  });

  test("UTF-8 with and without BOM, and an ArrayBuffer", () => {
    expect(decodeBytes(utf8("\uFEFF指标名称"))).toBe("指标名称");
    expect(decodeBytes(utf8("指标名称"))).toBe("指标名称");
    expect(decodeBytes(utf8("指标名称").buffer as ArrayBuffer)).toBe("指标名称");
  });
});

describe("importBytes / importText", () => {
  test("a GBK CSV imports with Chinese headers", async () => {
    const store = await openTestStore();
    const csv = "指标名称,数值,单位,期间,地区\r\n规模以上工业增加值,3.2,亿元,2026年上半年,城关镇\r\n";
    const result = await store.importBytes(encodeGbk(csv), { format: "csv" });
    expect(result).toMatchObject({ imported: 1, rejected: [] });
    expect(await store.lookup("规模以上工业增加值", "2026-H1", { region: "城关镇" })).toMatchObject({ value: 3.2, unit: "亿元" });
    store.close();
  });

  test("BOM, quoted commas, empty lines and English headers", async () => {
    const store = await openTestStore();
    const csv = '\uFEFFname,value,unit,period,note\n\n"Investment, fixed assets",1200,万元,2026-Q1,"备注，含逗号, and ""quotes"""\n\n\n';
    const result = await store.importBytes(utf8(csv), { format: "csv" });
    expect(result).toEqual({ imported: 1, rejected: [], duplicates: 0 });
    const [figure] = await store.all();
    expect(figure).toMatchObject({ name: "Investment, fixed assets", value: 1200, unit: "万元", period: "2026-Q1", note: '备注，含逗号, and "quotes"' });
    store.close();
  });

  test("3.2亿 in a 万元 column is stored as 32000万元; a value with another unit is rejected naming row and column", async () => {
    const parsed = parseImportText("指标名称,数值,单位,期间\n财政收入,3.2亿,万元,2026\n粮食产量,5吨,万元,2026\n", "csv");
    expect(parsed.figures).toMatchObject([{ name: "财政收入", value: 32000, unit: "万元" }]);
    expect(parsed.rejected).toEqual([{ row: 3, column: "数值", reason: expect.stringMatching(/第3行“数值”列.*5吨.*万元/) }]);
  });

  test("a unit in the value header applies to the column", async () => {
    const parsed = parseImportText("指标名称,数值（万元）,期间\n财政收入,3.2亿,2026\n", "csv");
    expect(parsed.figures).toMatchObject([{ value: 32000, unit: "万元" }]);
  });

  test("row numbers count empty lines as a spreadsheet shows them", () => {
    const parsed = parseImportText("指标名称,数值,期间\n\n项目数,abc,2026\n", "csv");
    expect(parsed.rejected).toEqual([{ row: 3, column: "数值", reason: expect.stringContaining("第3行") }]);
  });

  test("any rejected row means nothing is written", async () => {
    const store = await openTestStore();
    const csv = "指标名称,数值,单位,期间\n财政收入,3.2,亿元,2026\n项目数,,个,2026\n新增就业,120,人,明年\n";
    const result = await store.importText(csv, { format: "csv" });
    expect(result.imported).toBe(0);
    expect(result.rejected.map((r) => [r.row, r.column])).toEqual([
      [3, "数值"],
      [4, "期间"],
    ]);
    expect(await store.all()).toEqual([]);
    store.close();
  });

  test("partial: true writes the valid rows", async () => {
    const store = await openTestStore();
    const csv = "指标名称,数值,单位,期间\n财政收入,3.2,亿元,2026\n项目数,,个,2026\n新增就业,120,人,2026年上半年\n";
    const result = await store.importText(csv, { format: "csv", partial: true });
    expect(result.imported).toBe(2);
    expect(result.rejected).toHaveLength(1);
    expect((await store.all()).map((f) => f.name)).toEqual(["财政收入", "新增就业"]);
    store.close();
  });

  test("exact duplicate rows merge; a conflicting duplicate is rejected naming the earlier row", () => {
    const csv = "指标名称,数值,单位,期间\n财政收入,3.2,亿元,2026\n财政收入,3.2,亿元,2026年\n财政收入,3.5,亿元,2026\n财政收入,3.5,亿元,2025\n";
    const parsed = parseImportText(csv, "csv");
    expect(parsed.duplicates).toBe(1);
    expect(parsed.figures.map((f) => [f.period, f.value])).toEqual([
      ["2026", 3.2],
      ["2025", 3.5],
    ]);
    expect(parsed.rejected).toEqual([{ row: 4, column: "数值", reason: expect.stringContaining("第2行") }]);
  });

  test("importing again updates the same figures instead of adding copies", async () => {
    const store = await openTestStore();
    const first = await store.save({ name: "财政收入", value: 3, unit: "亿元", period: "2026" });
    const result = await store.importText("指标名称,数值,单位,期间\n财政收入,3.2,亿元,2026\n", { format: "csv" });
    expect(result.imported).toBe(1);
    const all = await store.all();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: first.id, value: 3.2, createdAt: first.createdAt });
    store.close();
  });

  test("a period without a year is rejected with a reason that says so", () => {
    const parsed = parseImportText("指标名称,数值,期间\n项目数,3,1-10月\n", "csv");
    expect(parsed.rejected).toEqual([{ row: 2, column: "期间", reason: expect.stringContaining("缺少年份") }]);
  });

  test("bytes in no known encoding are refused, not imported as garbage", async () => {
    const parsed = await parseImportBytes(Uint8Array.from([0xff, 0xff, 0x2c, 0x80, 0x0a]), "csv");
    expect(parsed.figures).toEqual([]);
    expect(parsed.rejected[0]?.reason).toContain("编码");
  });

  test("a header without the required columns rejects the file", () => {
    const parsed = parseImportText("名字,金额\n财政收入,3\n", "csv");
    expect(parsed.figures).toEqual([]);
    expect(parsed.rejected[0]).toMatchObject({ row: 1, reason: expect.stringContaining("指标名称") });
  });

  test("tab-separated text and aliases in one cell", () => {
    const parsed = parseImportText("指标名称\t数值\t单位\t期间\t别名\n固定资产投资\t3.2\t亿元\t2026\t固投；固定投资\n", "csv");
    expect(parsed.figures).toMatchObject([{ name: "固定资产投资", aliases: ["固投", "固定投资"] }]);
  });

  test("JSON: an array or { figures }, Chinese or English keys, string values with units", async () => {
    const store = await openTestStore();
    const json = JSON.stringify({
      figures: [
        { 指标名称: "财政收入", 数值: "3.2亿", 单位: "万元", 期间: "2026年上半年" },
        { name: "新增就业", value: 120, unit: "人", period: "2026", aliases: ["就业人数"] },
      ],
    });
    expect(await store.importText(json, { format: "json" })).toMatchObject({ imported: 2, rejected: [] });
    expect(await store.lookup("就业人数")).toMatchObject({ value: 120 });
    expect(await store.lookup("财政收入")).toMatchObject({ value: 32000, unit: "万元", period: "2026-H1" });
    const bad = await store.importText('[{"name":"x","value":true,"period":"2026"}, 3]', { format: "json" });
    expect(bad.rejected.map((r) => r.row)).toEqual([2, 1]);
    expect(bad.rejected[1]?.reason).toContain("第1条“数值”");
    expect((await store.importText("{oops", { format: "json" })).rejected[0]?.reason).toContain("JSON");
    store.close();
  });

  test("importFile picks the format from the file name", async () => {
    const store = await openTestStore();
    const file = Object.assign(new Blob([utf8("指标名称,数值,期间\n项目数,3,2026\n")]), { name: "指标.csv" });
    expect(await store.importFile(file)).toMatchObject({ imported: 1 });
    await expect(store.importFile(Object.assign(new Blob(["x"]), { name: "a.doc" }))).rejects.toMatchObject({ code: "invalid" });
    store.close();
  });
});
