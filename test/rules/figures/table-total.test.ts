import { describe, expect, it } from "vitest";
import { report, ruleDiagnostics } from "./helpers";

const RULE = "figure-consistency/table-total";
const TITLE = "青溪县2026年河湖长制工作总结";
const tab = (...rows: string[][]) => rows.map((r) => r.join("\t"));
const md = (...rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`);

describe("table-total: a 合计 row that is not the sum of the rows above", () => {
  it.each([
    [
      "a tab-separated table",
      tab(["乡镇", "河长（名）", "巡河次数（次）", "整改率（%）"], ["城关镇", "6", "312", "100"], ["白沙镇", "5", "268", "95.2"], ["黄岭乡", "4", "186", "93.8"], ["合计", "15", "776", "96.4"]),
      ["776"],
    ],
    [
      "a Markdown table",
      md(["社区", "走访户数", "发放资金（万元）"], ["---", "---", "---"], ["东岭社区", "126", "3.6"], ["西岭社区", "98", "2.8"], ["合计", "224", "6.8"]),
      ["6.8"],
    ],
    [
      "a table with a serial-number column",
      tab(["序号", "单位", "检查场所（家）"], ["1", "城关镇", "312"], ["2", "白沙镇", "268"], ["合计", "", "590"]),
      ["590"],
    ],
  ])("flags %s", (_name, rows, texts) => {
    expect(ruleDiagnostics(RULE, report(TITLE, ...rows)).map((d) => d.text)).toEqual(texts);
  });

  it("names the column and the sum", () => {
    const rows = tab(["乡镇", "巡河次数（次）"], ["城关镇", "312"], ["白沙镇", "268"], ["合计", "590"]);
    // two columns are too few cells for a row: add a note column
    const wide = rows.map((r, i) => `${r}\t${i === 0 ? "备注" : ""}`);
    expect(ruleDiagnostics(RULE, report(TITLE, ...wide))[0]?.message).toBe("“巡河次数（次）”合计为590，但上方各行相加为580，与合计不一致");
  });

  it.each([
    ["columns that add up", tab(["乡镇", "河长（名）", "巡河次数（次）"], ["城关镇", "6", "312"], ["白沙镇", "5", "268"], ["合计", "11", "580"])],
    ["rounded decimals", tab(["乡镇", "资金（万元）", "面积（万亩）"], ["城关镇", "3.33", "1.3"], ["白沙镇", "3.33", "1.3"], ["黄岭乡", "3.33", "1.3"], ["合计", "10", "3.9"])],
    ["rates, shares and averages", tab(["乡镇", "整改率", "占比", "户均（元）"], ["城关镇", "100", "40", "3200"], ["白沙镇", "95.2", "60", "2800"], ["合计", "97.6", "100", "3000"])],
    ["a table with 小计 rows", tab(["乡镇", "村", "户数"], ["城关镇", "东村", "120"], ["城关镇", "小计", "120"], ["白沙镇", "西村", "80"], ["合计", "", "220"])],
    ["a cell that is not a plain number", tab(["乡镇", "户数", "人数"], ["城关镇", "120户", "300"], ["白沙镇", "80", "200"], ["合计", "210", "500"])],
    ["a total that is not the last row", tab(["乡镇", "户数", "人数"], ["城关镇", "120", "300"], ["合计", "210", "500"], ["白沙镇", "80", "200"])],
    ["year columns", tab(["指标", "2025年", "2026年"], ["户数", "120", "130"], ["人数", "300", "320"], ["合计", "400", "450"])],
    ["text in tabs that is not a table", ["城关镇\t巡河312次", "白沙镇\t巡河268次", "合计\t巡河590次"]],
  ])("stays silent on %s", (_name, rows) => {
    expect(ruleDiagnostics(RULE, report(TITLE, ...rows))).toEqual([]);
  });
});

describe("table-total: rows of different indicators", () => {
  it("stays silent when the label column names indicators", () => {
    const rows = tab(["指标", "本年", "上年"], ["户数", "120", "130"], ["人数", "300", "320"], ["合计", "400", "450"]);
    expect(ruleDiagnostics(RULE, report(TITLE, ...rows))).toEqual([]);
  });
});

describe("table-total: rows that are parts of other rows", () => {
  it.each([
    ["其中 rows", tab(["类别", "户数", "人数"], ["低保", "100", "180"], ["其中：城市", "30", "50"], ["特困", "20", "20"], ["合计", "120", "200"])],
    ["a 全县 row among the towns", tab(["地区", "户数", "人数"], ["全县", "200", "380"], ["城关镇", "120", "200"], ["白沙镇", "80", "180"], ["合计", "200", "380"])],
  ])("stays silent on %s", (_name, rows) => {
    expect(ruleDiagnostics(RULE, report(TITLE, ...rows))).toEqual([]);
  });
});
