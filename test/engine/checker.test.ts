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
