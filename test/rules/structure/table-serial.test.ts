import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";

const TITLE = "县民政局2026年工作总结";
const tab = (...rows: string[][]) => rows.map((r) => r.join("\t"));
const serialFindings = (rows: string[]) =>
  check([TITLE, ...rows].join("\n"), { referenceDate: "2026-11-23" })
    .filter((d) => d.ruleId === "numbering/table-serial")
    .map((d) => ({ text: d.text, message: d.message, fix: d.fixes?.[0]?.replacement }));

describe("numbering/table-serial: the 序号 column of a table", () => {
  it.each([
    [
      "a gap",
      tab(["序号", "乡镇", "户数"], ["1", "城关镇", "120"], ["2", "白沙镇", "80"], ["3", "黄岭乡", "60"], ["5", "双河镇", "90"]),
      [{ text: "5", message: "表格序号跳号：“5”前应为“4”", fix: "4" }],
    ],
    [
      "a repeat",
      tab(["序号", "乡镇", "户数"], ["1", "城关镇", "120"], ["2", "白沙镇", "80"], ["2", "黄岭乡", "60"], ["4", "双河镇", "90"]),
      [{ text: "2", message: "表格序号重复：“2”与上一行相同，此处应为“3”", fix: "3" }],
    ],
    [
      "a Markdown table with a total row",
      ["| 序号 | 项目 | 投资（万元） |", "| --- | --- | --- |", "| 1 | 污水管网 | 320 |", "| 2 | 岸线整治 | 260 |", "| 4 | 生态护岸 | 180 |", "| 合计 |  | 760 |"],
      [{ text: "4", message: "表格序号跳号：“4”前应为“3”", fix: "3" }],
    ],
  ])("flags %s", (_name, rows, expected) => {
    expect(serialFindings(rows)).toEqual(expected);
  });

  it.each([
    ["numbers in order with a total row", tab(["序号", "乡镇", "户数"], ["1", "城关镇", "120"], ["2", "白沙镇", "80"], ["3", "黄岭乡", "60"], ["合计", "", "260"])],
    ["a first column that is not headed 序号", tab(["排名", "乡镇", "得分"], ["1", "城关镇", "96"], ["2", "白沙镇", "92"], ["4", "黄岭乡", "90"])],
    ["a column with text among the numbers", tab(["序号", "乡镇", "户数"], ["1", "城关镇", "120"], ["2", "白沙镇", "80"], ["三", "黄岭乡", "60"], ["5", "双河镇", "90"])],
    ["an extract that does not start at 1", tab(["序号", "乡镇", "户数"], ["4", "城关镇", "120"], ["5", "白沙镇", "80"], ["7", "黄岭乡", "60"])],
    ["only two rows", tab(["序号", "乡镇", "户数"], ["1", "城关镇", "120"], ["3", "白沙镇", "80"])],
  ])("stays silent on %s", (_name, rows) => {
    expect(serialFindings(rows)).toEqual([]);
  });
});
