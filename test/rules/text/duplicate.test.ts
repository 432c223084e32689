import fc from "fast-check";
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

/** Doubled words by their definition, position by position (slow but plain). */
function referenceDoubledWords(text: string): [number, number][] {
  const han = (i: number) => /[\u4e00-\u9fff\u3400-\u4dbf]/.test(text[i] ?? "");
  const periodic = (from: number, len: number) => {
    for (let p = 1; p <= len >> 1; p++) if (len % p === 0 && text.slice(from, from + len) === text.slice(from, from + p).repeat(len / p)) return true;
    return false;
  };
  const out: [number, number][] = [];
  for (let i = 0; i + 6 <= text.length; i++) {
    if (!han(i) || text[i + 1] === text[i]) continue;
    for (let len = 3; len <= 12 && i + 2 * len <= text.length; len++) {
      let same = true;
      for (let k = 0; k < len && same; k++) same = (k === 0 || han(i + k)) && text[i + k] === text[i + len + k];
      if (!same || periodic(i, len)) continue;
      out.push([i + len, i + 2 * len]);
      i += 2 * len - 1;
      break;
    }
  }
  return out;
}

describe("doubled words", () => {
  // 一 (U+4E00) and 帀 (U+5E00) share a scan-table slot: a chain through one must not stand for the other.
  const alphabet = fc.constantFrom(..."一帀二三安全，a");
  it("agrees with the plain definition on random text", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        const words = scanRepeats(analyzeParagraph(text)).repeats.filter((r) => r.kind === "word").map((r) => [r.from, r.to]);
        expect(words).toEqual(referenceDoubledWords(text));
      }),
      { numRuns: 4000 },
    );
  });

  // Texts with few near repeats, so that the quick pre-check (a pair of Han characters recurring
  // close by in one run) decides most of them; a planted doubled word must still be found.
  const wide = fc.constantFrom(..."一二三四五六七八九十安全生产工作推进，。、a1");
  it("agrees with the plain definition with a doubled word planted in varied text", () => {
    fc.assert(
      fc.property(fc.array(wide, { maxLength: 30 }), fc.array(wide, { maxLength: 30 }), fc.array(wide, { minLength: 3, maxLength: 12 }), fc.boolean(), (before, after, word, doubled) => {
        const w = word.join("");
        const text = before.join("") + w + (doubled ? w : "") + after.join("");
        const words = scanRepeats(analyzeParagraph(text)).repeats.filter((r) => r.kind === "word").map((r) => [r.from, r.to]);
        expect(words).toEqual(referenceDoubledWords(text));
      }),
      { numRuns: 4000 },
    );
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
