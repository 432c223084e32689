import { describe, expect, it } from "vitest";
import { check, type Diagnostic } from "@tally/shared";
import { analyzeParagraph } from "../../../shared/src/model/analyze";
import { scanRepeats } from "../../../shared/src/rules/text/duplicate";
import { scanBoilerplate } from "../../../shared/src/rules/text/boilerplate";

function duplicates(text: string): Diagnostic[] {
  return check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "duplicate");
}

/** Applies a diagnostic's first fix. */
function applyFix(text: string, d: Diagnostic): string {
  const fix = d.fixes![0]!;
  return text.slice(0, fix.from ?? d.from) + fix.replacement + text.slice(fix.to ?? d.to);
}

describe("duplicate", () => {
  const flagged: [string, string, string, string][] = [
    // text, rule id, flagged text, text after the fix
    ["农业生产稳步推进。农业生产稳步推进。", "duplicate", "农业生产稳步推进。", "农业生产稳步推进。"],
    ["基础设施不断完善！ 基础设施不断完善！其他工作。", "duplicate", "基础设施不断完善！", "基础设施不断完善！其他工作。"],
    ["全村上下团结一心，全村上下团结一心，推动各项任务落地。", "duplicate/clause", "全村上下团结一心", "全村上下团结一心，推动各项任务落地。"],
    ["狠抓安全生产，落实主体责任，落实主体责任。", "duplicate/clause", "落实主体责任", "狠抓安全生产，落实主体责任。"],
    ["这是我们的的工作重点。", "duplicate/char", "的", "这是我们的工作重点。"],
    ["要进一步进一步压实责任。", "duplicate/word", "进一步", "要进一步压实责任。"],
    ["全镇安全生产安全生产形势平稳。", "duplicate/word", "安全生产", "全镇安全生产形势平稳。"],
    [
      "全年新增就业岗位320个。\n全年新增就业岗位320个。\n其他内容。",
      "duplicate/paragraph",
      "全年新增就业岗位320个。",
      "全年新增就业岗位320个。\n其他内容。",
    ],
  ];

  it.each(flagged)("flags the second copy of %s", (text, ruleId, shown, fixed) => {
    const ds = duplicates(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ ruleId, text: shown });
    expect(applyFix(text, ds[0]!)).toBe(fixed);
  });

  const clean = [
    "我们要看看、想想、议议，常常反思，人人参与，天天坚持，个个过关，一一对应。",
    "研究研究，讨论讨论，学习学习。",
    "大家高高兴兴、热热闹闹，一天一天好起来，哈哈哈哈。",
    "好。好。",
    "目的的实现需要时间，他的的确确做到了，有的的确存在困难。",
    "一要抓发展，二要抓民生，三要抓党建。",
    "是\n是\n合计\n合计",
    "加强学习。加强学习教育。",
    "第一段内容相同吗。\n\n第二段内容不同了。",
  ];

  it.each(clean)("leaves natural repetition alone: %s", (text) => {
    expect(duplicates(text)).toEqual([]);
  });

  it("finds repeats only in the edited paragraph after an edit, like a fresh check", () => {
    const base = "一、基本情况\n全镇经济平稳运行。\n工作扎实推进。";
    const edited = base.replace("工作扎实推进。", "工作扎实推进。工作扎实推进。");
    expect(duplicates(edited).map((d) => d.text)).toEqual(["工作扎实推进。"]);
  });
});

describe("duplicate and boilerplate on pathological input", () => {
  // Completion is the test (linear scans); the counts prove the work was done.
  it("handles a 1M-character line of repeated clauses, short sentences and punctuation runs", () => {
    const line = "推动工作落实见效，".repeat(111_112).slice(0, 1_000_000);
    expect(scanRepeats(analyzeParagraph(line)).repeats.length).toBe(111_110);
    expect(scanRepeats(analyzeParagraph("好。".repeat(200_000))).repeats).toEqual([]);
    expect(scanRepeats(analyzeParagraph("的的".repeat(100_000))).repeats.length).toBe(100_000);
    expect(scanRepeats(analyzeParagraph("好".repeat(1_000_000))).repeats).toEqual([]);
    expect(scanRepeats(analyzeParagraph("研究".repeat(500_000))).repeats).toEqual([]);
    expect(scanRepeats(analyzeParagraph("）".repeat(100_000) + "x，" + "）".repeat(100_000) + "x")).repeats).toEqual([]);
  }, 60_000);

  it("handles a long line full of ad words", () => {
    const line = "关注公众号的和及请".repeat(100_000);
    expect(scanBoilerplate(analyzeParagraph(line))).toHaveLength(1);
    expect(scanBoilerplate(analyzeParagraph("仅供学习".repeat(100_000) + "工作"))).toHaveLength(1);
  }, 60_000);
});
