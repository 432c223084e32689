import { describe, expect, it } from "vitest";
import { check, createChecker } from "@tally/shared";
import { splitParagraphs } from "../../shared/src/model/paragraphs";
import { splitSentences } from "../../shared/src/model/sentences";
import { resolveSeverity } from "../../shared/src/engine/settings";

describe("splitParagraphs", () => {
  it("keeps exact offsets across \\r\\n, \\r and blank lines", () => {
    const text = "标题\r\n\r\n  第一段。\r第二段\n";
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(["标题", "  第一段。", "第二段"]);
    for (const p of ps) expect(text.slice(p.from, p.to)).toBe(p.text);
  });
});

describe("splitSentences", () => {
  it("ends sentences at Chinese punctuation and keeps closing quotes", () => {
    const t = "他说：“完成了。”然后离开！还有";
    const s = splitSentences(t).map((x) => t.slice(x.from, x.to));
    expect(s).toEqual(["他说：“完成了。”", "然后离开！", "还有"]);
  });
});

describe("resolveSeverity", () => {
  it("prefers the most specific key", () => {
    const settings = { "stale-phrase": "info", "stale-phrase/19th-congress": "error" } as const;
    expect(resolveSeverity(settings, "stale-phrase/19th-congress", "stale-phrase", "warning")).toBe("error");
    expect(resolveSeverity(settings, "stale-phrase/other", "stale-phrase", "warning")).toBe("info");
    expect(resolveSeverity({ "stale-phrase": "off" }, "stale-phrase/x", "stale-phrase", "warning")).toBeUndefined();
  });
});

describe("check", () => {
  it("rejects a malformed reference date with a clear error", () => {
    expect(() => check("x", { referenceDate: "2026/11/23" })).toThrow(/YYYY-MM-DD/);
  });
  it("returns diagnostics whose text matches their range", () => {
    const text = "某镇2026年工作总结\n今年以来，完成投资xx万元。";
    const checker = createChecker({ referenceDate: "2026-11-23" });
    for (const d of checker.check(text)) expect(d.text).toBe(text.slice(d.from, d.to));
  });
});

import { normalizePeriodKey, parsePeriodKey, toPeriodKey } from "@tally/shared";

describe("period keys", () => {
  it.each([
    ["2026", "2026-01-01", "2026-12-31"],
    ["2026-H1", "2026-01-01", "2026-06-30"],
    ["2026-Q3", "2026-07-01", "2026-09-30"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2026-01..2026-10", "2026-01-01", "2026-10-31"],
  ])("%s ⇄ %s..%s", (key, start, end) => {
    expect(parsePeriodKey(key)).toEqual({ start, end });
    expect(toPeriodKey({ start, end })).toBe(key);
  });
  it("normalises equivalent spellings and rejects junk", () => {
    expect(normalizePeriodKey("2026-01..2026-06")).toBe("2026-H1");
    expect(normalizePeriodKey("2026-13")).toBeUndefined();
    expect(normalizePeriodKey("2026-10..2026-01")).toBeUndefined();
    expect(toPeriodKey({ start: "2026-01-05", end: "2026-02-28" })).toBeUndefined();
  });
});

describe("splitSentences on whitespace and edge characters", () => {
  it.each([
    ["\u3000\u3000首段。\u00a0次段！", ["首段。", "次段！"]],
    ["。。", ["。", "。"]],
    ["“好。”他说……然后", ["“好。”", "他说……", "然后"]],
    ["a! b?\tc\u2029", ["a!", "b?", "c"]],
    ["  \n ", []],
  ])("%j", (t, expected) => {
    expect(splitSentences(t).map((s) => t.slice(s.from, s.to))).toEqual(expected);
  });
});

import fc from "fast-check";
import { splitParagraphsAfterEdit } from "../../shared/src/model/paragraphs";

describe("splitParagraphsAfterEdit", () => {
  const line = fc.constantFrom("一、总体情况", "完成投资3.2亿元。", "", "  ", "\r", "\n", "\r\n", "xx", "某村", "。");
  const doc = fc.array(line, { maxLength: 30 }).map((parts) => parts.join(""));
  it("equals a fresh split after any replacement", () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(), doc, (before, a, b, insert) => {
        const from = Math.min(a, before.length);
        const to = Math.min(from + (b % 12), before.length);
        const after = before.slice(0, from) + insert + before.slice(to);
        const prev = splitParagraphs(before);
        expect(splitParagraphsAfterEdit(before, prev, after)).toEqual(splitParagraphs(after));
      }),
      { numRuns: 2000 },
    );
  });
  it("keeps the string objects of untouched lines", () => {
    const before = "第一段。\n第二段。\n第三段。";
    const prev = splitParagraphs(before);
    const next = splitParagraphsAfterEdit(before, prev, "第一段。\n第二段改了。\n第三段。");
    expect(next[0]).toBe(prev[0]);
    expect(next[2]!.text).toBe(prev[2]!.text);
    expect(next[2]!.from).toBe(prev[2]!.from + 2);
  });
});

describe("createChecker with host blocks", () => {
  // Host headings (a paragraph the editor marks as a heading) change the sections the rules see.
  const text = "某镇2026年工作总结\n工作成效\n今年完成投资3.2亿元，新建道路12公里，改造危房30户，群众满意度明显提升。\n下步打算\n明年继续推进重点项目建设，完成投资4亿元。\n某镇人民政府";
  const headingAt = (line: string) => {
    const from = text.indexOf(line);
    return { from, to: from + line.length, kind: "heading" as const, level: 1 };
  };
  it.each([
    ["headings appear", [], [headingAt("工作成效"), headingAt("下步打算")]],
    ["headings disappear", [headingAt("工作成效"), headingAt("下步打算")], []],
    ["a heading changes level", [headingAt("工作成效")], [{ ...headingAt("工作成效"), level: 2 }]],
  ])("equals a fresh check when %s on an unchanged text", (_, before, after) => {
    const checker = createChecker({ referenceDate: "2026-11-23" });
    checker.check(text, { blocks: before });
    expect(checker.check(text, { blocks: after })).toEqual(check(text, { referenceDate: "2026-11-23", blocks: after }));
  });
});

import { diffParagraphs } from "../../shared/src/model/paragraphs";

describe("diffParagraphs", () => {
  const before = "标题\n\n第一段。\n第二段。\n第三段。";
  it.each([
    // paragraphs before: 标题 · 第一段。 · 第二段。 · 第三段。 (the blank line is none)
    ["one line edited", "标题\n\n第一段。\n第二段改了。\n第三段。", { head: 2, tail: 3, inserted: ["第二段改了。"] }],
    ["a line inserted", "标题\n\n第一段。\n新段。\n第二段。\n第三段。", { head: 2, tail: 3, inserted: ["新段。", "第二段。"] }], // the suffix match stops at the prefix
    ["nothing changed", before, { head: 4, tail: 4, inserted: [] }],
    ["the last line extended", before + "补充", { head: 3, tail: 4, inserted: ["第三段。补充"] }],
    ["a line split in two", "标题\n\n第一段。\n第二\n段。\n第三段。", { head: 2, tail: 3, inserted: ["第二", "段。"] }],
  ])("%s", (_, after, expected) => {
    const prev = splitParagraphs(before);
    const d = diffParagraphs(before, prev, after);
    expect({ head: d.head, tail: d.tail, inserted: d.inserted.map((p) => p.text) }).toEqual(expected);
    for (const p of d.inserted) expect(after.slice(p.from, p.to)).toBe(p.text);
  });
});
