import { describe, expect, it } from "vitest";
import type { StalePhraseEntry } from "@tally/shared";
import { emptyPhraseForm, entryFromForm, fieldOfError, formOf, parseTemplatesJson, withoutFieldName } from "../../extension/src/options/phrase-form";

const form = (over: Partial<ReturnType<typeof emptyPhraseForm>>) => ({ ...emptyPhraseForm(), ...over });

describe("entryFromForm: the options page's stale-phrase form", () => {
  it("builds a valid entry, generating id, message and an always-on date", () => {
    const r = entryFromForm(form({ pattern: "旧机构名", replacement: "新机构名" }), []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entry).toMatchObject({ id: "user-1", pattern: "旧机构名", replacement: "新机构名", staleFrom: "2000-01-01", severity: "warning" });
    expect(r.entry.message).toContain("新机构名");
  });

  it("keeps a typed id, date, severity and fix", () => {
    const r = entryFromForm(form({ id: "org-rename", pattern: "旧(?<hit>称)", replacement: "名", message: "请改。", staleFrom: "2025-03-01", severity: "info", fix: "名" }), []);
    expect(r.ok && r.entry).toMatchObject({ id: "org-rename", staleFrom: "2025-03-01", severity: "info", fix: "名", message: "请改。" });
  });

  const invalid: [string, Partial<ReturnType<typeof emptyPhraseForm>>, string][] = [
    ["a regex that does not compile", { pattern: "旧(称", replacement: "新" }, "pattern"],
    ["a nested quantifier", { pattern: "(旧+)+", replacement: "新" }, "pattern"],
    ["an empty pattern", { pattern: "", replacement: "新" }, "pattern"],
    ["no message and no replacement", { pattern: "旧称" }, "message"],
    ["an impossible date", { pattern: "旧称", replacement: "新", staleFrom: "2025-02-30" }, "staleFrom"],
    ["an id with spaces", { id: "my id", pattern: "旧称", replacement: "新" }, "id"],
  ];
  it.each(invalid)("rejects %s, with the error on its field", (_name, over, field) => {
    const r = entryFromForm(form(over), []);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[field as "pattern"]?.[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("rejects an id another entry uses, but not the entry's own id when editing", () => {
    const existing = { id: "a", pattern: "甲", replacement: "乙", staleFrom: "2000-01-01", severity: "warning", source: "用户自定义", message: "改。" } as StalePhraseEntry;
    expect(entryFromForm(form({ id: "a", pattern: "丙", replacement: "丁" }), [existing]).ok).toBe(false);
    expect(entryFromForm(formOf(existing), []).ok).toBe(true);
    expect(formOf(existing).staleFrom).toBe("");
  });
});

describe("fieldOfError", () => {
  it("finds the quoted field, else the form", () => {
    expect(fieldOfError("“pattern”不是有效的正则表达式：x")).toBe("pattern");
    expect(fieldOfError("条目必须是一个对象")).toBe("form");
  });
});

describe("parseTemplatesJson", () => {
  const template = { id: "weekly", name: "周报", sections: [{ id: "done", label: "本周完成", headings: ["本周(?:完成|工作)"], required: true }] };
  it("accepts an array, a single object and an empty box", () => {
    expect(parseTemplatesJson(JSON.stringify([template]))).toMatchObject({ ok: true, templates: [{ id: "weekly" }] });
    expect(parseTemplatesJson(JSON.stringify(template))).toMatchObject({ ok: true, templates: [{ id: "weekly" }] });
    expect(parseTemplatesJson("  ")).toEqual({ ok: true, templates: [] });
  });
  it("explains JSON errors, invalid templates by position, and duplicate ids, in Chinese", () => {
    const bad = (text: string) => {
      const r = parseTemplatesJson(text);
      return r.ok ? [] : r.errors;
    };
    expect(bad("[{")[0]).toMatch(/^不是有效的 JSON/);
    expect(bad("42")[0]).toContain("模板数组");
    expect(bad(JSON.stringify([template, { ...template, sections: [{ ...template.sections[0], headings: ["(a+)+"] }] }]))[0]).toMatch(/^第 2 个模板：/);
    expect(bad(JSON.stringify([template, template]))[0]).toContain("weekly");
  });
});

describe("withoutFieldName", () => {
  it("drops the quoted field id the message starts with, keeping the rest", () => {
    expect(withoutFieldName("“pattern”不是有效的正则表达式：x", "pattern")).toBe("不是有效的正则表达式：x");
  });

  it("leaves a message that names another field as it is", () => {
    expect(withoutFieldName("“replacement”过长", "pattern")).toBe("“replacement”过长");
  });
});
