import { describe, expect, it } from "vitest";
import { checkOptionsOf, defaultSettings, isSiteDisabled, parseSettings } from "../../extension/src/settings/settings";

describe("parseSettings: stored settings are validated, damage falls back to defaults", () => {
  it("keeps valid settings", () => {
    const s = { disabledSites: ["oa.example.gov.cn"], referenceDate: "2025-12-31", rules: { "masked-number": "off", "stale-phrase/plan-year": "info" } };
    expect(parseSettings(s)).toEqual(s);
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
    expect(checkOptionsOf({ disabledSites: [], referenceDate: "2024-06-30", rules: { duplicate: "off" } })).toEqual({ referenceDate: "2024-06-30", rules: { duplicate: "off" } });
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
