import { describe, expect, test } from "vitest";
import { parseImportBytes, type SavedFigure } from "@tally/shared/store";
import { openTestStore } from "./helpers";

const withoutId = ({ id: _id, ...rest }: SavedFigure) => rest;

describe("XLSX", () => {
  test("export then import into an empty store gives back the same figures", async () => {
    const source = await openTestStore();
    await source.save({ name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026年1-10月", aliases: ["固投", "固定投资"], source: "统计局月报" });
    await source.save({ name: "新增就业", value: 120, unit: "人", period: "2026-H1", region: "城关镇", note: "含灵活就业\n不含公益性岗位" });
    await source.save({ name: "2026", value: -0.5, unit: "%", period: "2026" });
    const bytes = await source.exportBytes("xlsx");
    const target = await openTestStore();
    expect(await target.importBytes(bytes, { format: "xlsx" })).toMatchObject({ imported: 3, rejected: [] });
    expect((await target.all()).map(withoutId)).toEqual((await source.all()).map(withoutId));
    source.close();
    target.close();
  }, 30_000);

  test("cells typed in Excel: numbers, a month turned into a date, rich text", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["指标名称", "数值", "单位", "期间"]);
    sheet.addRow(["财政收入", 32000, "万元", new Date(Date.UTC(2026, 9, 1))]);
    sheet.addRow([{ richText: [{ text: "粮食" }, { text: "产量" }] }, "3.2亿", "斤", 2026]);
    sheet.addRow([]);
    sheet.addRow(["项目数", "许多", "个", "2026"]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const parsed = await parseImportBytes(bytes, "xlsx");
    expect(parsed.figures).toMatchObject([
      { name: "财政收入", value: 32000, unit: "万元", period: "2026-10" },
      { name: "粮食产量", value: 320000000, unit: "斤", period: "2026" },
    ]);
    expect(parsed.rejected).toEqual([{ row: 5, column: "数值", reason: expect.stringContaining("许多") }]);
  }, 30_000);

  test("bytes that are not an XLSX file are rejected with a reason", async () => {
    const parsed = await parseImportBytes(new TextEncoder().encode("not a zip"), "xlsx");
    expect(parsed.figures).toEqual([]);
    expect(parsed.rejected[0]?.reason).toContain("Excel");
  });
});
