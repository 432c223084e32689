import { describe, expect, it } from "vitest";
import { STALE_PHRASES, validateStalePhrase } from "@tally/shared";
import { ANACHRONISM_TERMS, PLAN_YEAR_MARKERS } from "../../../shared/src/data/stale-phrases";
import { regexProblem } from "../../../shared/src/rules/stale/entry";

const valid = {
  id: "old-office",
  pattern: "老干部活动室",
  replacement: "老干部活动中心",
  staleFrom: "2025-01-01",
  severity: "warning",
  source: "本县文件",
  message: "老干部活动室已更名为“老干部活动中心”。",
};

describe("validateStalePhrase", () => {
  it("accepts a complete entry and fills defaults for optional fields", () => {
    expect(validateStalePhrase(valid)).toEqual({ ok: true, entry: valid });
    const minimal = validateStalePhrase({ id: "x1", pattern: "旧名称", staleFrom: "2024-02-29", message: "请改用新名称。" });
    expect(minimal).toEqual({
      ok: true,
      entry: { id: "x1", pattern: "旧名称", staleFrom: "2024-02-29", message: "请改用新名称。", replacement: "", severity: "warning", source: "用户自定义" },
    });
  });

  it.each([
    [{ ...valid, pattern: "(旧名称" }, /不是有效的正则表达式/],
    [{ ...valid, pattern: "(a+)+" }, /嵌套量词/],
    [{ ...valid, pattern: "(?:旧|名*){2,}" }, /嵌套量词/],
    [{ ...valid, pattern: "((?:ab)+)*" }, /嵌套量词/],
    [{ ...valid, pattern: "(a)\\1" }, /反向引用/],
    [{ ...valid, pattern: "旧?" }, /空字符串/],
    [{ ...valid, unlessAfter: "(x*)*" }, /“unlessAfter”.*嵌套量词/],
    [{ ...valid, staleFrom: "2026-02-30" }, /staleFrom.*YYYY-MM-DD/],
    [{ ...valid, staleFrom: "2026/01/01" }, /staleFrom.*YYYY-MM-DD/],
    [{ ...valid, severity: "fatal" }, /severity/],
    [{ ...valid, id: "有空格 的id" }, /“id”只能/],
    [{ ...valid, message: "" }, /“message”不能为空/],
  ])("rejects %j", (input, message) => {
    const r = validateStalePhrase(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(message);
  });

  it("names every missing required field", () => {
    const r = validateStalePhrase({});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      for (const field of ["id", "pattern", "staleFrom", "message"]) expect(r.errors.join("\n")).toContain(`缺少字段“${field}”`);
    }
  });

  it("tells a field of the wrong type from a missing one", () => {
    const r = validateStalePhrase({ ...valid, pattern: 42 });
    expect(r).toEqual({ ok: false, errors: ["“pattern”必须是字符串"] });
  });

  it("rejects what is not an object", () => {
    for (const input of [null, "x", 3, []]) expect(validateStalePhrase(input)).toEqual({ ok: false, errors: ["条目必须是一个对象"] });
  });

  it("accepts harmless optional parts inside repeated groups and bounded classes", () => {
    expect(regexProblem("(?:a?b)+", "pattern")).toBeUndefined();
    expect(regexProblem("[一二三、]{1,16}全会", "pattern")).toBeUndefined();
    expect(regexProblem("(?:abc)?d+", "pattern")).toBeUndefined();
  });
});

describe("the built-in pack", () => {
  it("has at least 40 valid entries with unique ids", () => {
    expect(STALE_PHRASES.length).toBeGreaterThanOrEqual(40);
    const ids = STALE_PHRASES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of STALE_PHRASES) {
      const r = validateStalePhrase(e);
      expect(r.ok ? [] : r.errors, e.id).toEqual([]);
    }
  });

  it("gives every entry a source and a one-sentence Chinese message", () => {
    for (const e of STALE_PHRASES) {
      expect(e.source.length, e.id).toBeGreaterThan(0);
      expect(e.message, e.id).toMatch(/^[^。]*。$/);
      expect(e.message, e.id).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it("keeps unverified entries soft", () => {
    for (const e of STALE_PHRASES.filter((x) => x.verified === false)) expect(e.severity, e.id).toBe("info");
  });

  it("uses linear-time patterns in the year and anachronism tables too", () => {
    for (const p of [...PLAN_YEAR_MARKERS.map((m) => m.pattern), ...ANACHRONISM_TERMS.map((t) => t.pattern)]) {
      expect(regexProblem(p, "pattern"), p).toBeUndefined();
    }
  });
});
