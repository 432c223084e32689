import { describe, expect, it } from "vitest";
import { checkOptionsOf, defaultSettings, isSiteDisabled, parseSettings } from "../../extension/src/settings/settings";

describe("parseSettings: stored settings are validated, damage falls back to defaults", () => {
  it("keeps valid settings", () => {
    const s = { disabledSites: ["oa.example.gov.cn"], referenceDate: "2025-12-31", rules: { "masked-number": "off", "stale-phrase/plan-year": "info" } };
    expect(parseSettings(s)).toEqual({ ...defaultSettings(), ...s });
  });
  it("fills in missing fields", () => expect(parseSettings({ disabledSites: ["a"] })).toEqual({ ...defaultSettings(), disabledSites: ["a"] }));
  const broken: [string, unknown][] = [
    ["a bad date", { referenceDate: "2025-13-01" }],
    ["an unknown severity", { rules: { "masked-number": "loud" } }],
    ["sites that are not a list", { disabledSites: "a.com" }],
  ];
  it.each(broken)("gives the defaults for %s", (_name, raw) => expect(parseSettings(raw)).toEqual(defaultSettings()));
  it("gives the defaults for nothing stored", () => expect(parseSettings(undefined)).toEqual(defaultSettings()));
});

describe("checkOptionsOf: settings → engine options", () => {
  it("passes a fixed reference date and rule settings", () => {
    expect(checkOptionsOf({ ...defaultSettings(), referenceDate: "2024-06-30", rules: { duplicate: "off" } })).toEqual({ referenceDate: "2024-06-30", rules: { duplicate: "off" } });
  });
  it("leaves the date to the engine in automatic mode", () => expect(checkOptionsOf(defaultSettings())).toEqual({}));
});

describe("isSiteDisabled", () => {
  it("matches the exact host only", () => {
    const s = { ...defaultSettings(), disabledSites: ["docs.example.com"] };
    expect(isSiteDisabled(s, "docs.example.com")).toBe(true);
    expect(isSiteDisabled(s, "example.com")).toBe(false);
  });
});

describe("user stale phrases and templates in the settings", () => {
  const entry = { id: "old-name", pattern: "旧称甲", replacement: "新称乙", staleFrom: "2020-01-01", severity: "warning", source: "用户自定义", message: "宜改为“新称乙”。" };
  const template = { id: "weekly", name: "周报", sections: [{ id: "done", label: "本周完成", headings: ["本周(?:完成|工作)"], required: true }] };

  it("keeps valid entries and drops invalid ones instead of losing every setting", () => {
    const parsed = parseSettings({ stalePhrases: [entry, { ...entry, id: "bad", pattern: "(a+)+" }], templates: [template, { id: "x" }] });
    expect(parsed.stalePhrases.map((e) => e.id)).toEqual(["old-name"]);
    expect(parsed.templates.map((t) => t.id)).toEqual(["weekly"]);
  });

  it("passes entries, templates and an existing default template to the engine", () => {
    const settings = parseSettings({ stalePhrases: [entry], templates: [template], template: "weekly" });
    const options = checkOptionsOf(settings);
    expect(options.stalePhrases).toBe(settings.stalePhrases);
    expect(options.templates).toBe(settings.templates);
    expect(options.template).toBe("weekly");
  });

  it("falls back to the automatic template when the chosen one no longer exists", () => {
    expect(checkOptionsOf(parseSettings({ template: "deleted-one" })).template).toBeUndefined();
    expect(checkOptionsOf(parseSettings({ template: "summary" })).template).toBe("summary");
  });
});
