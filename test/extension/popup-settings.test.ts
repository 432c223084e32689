import { describe, expect, it } from "vitest";
import { readFrameIds } from "../../extension/src/background/editor-frames";
import { readPopupSettings, withSiteEnabled } from "../../extension/src/popup/site-settings";
import { parseSettings } from "../../extension/src/settings/settings";

describe("readPopupSettings", () => {
  it.each([
    [undefined, { disabledSites: [], referenceDate: "auto" }],
    ["broken", { disabledSites: [], referenceDate: "auto" }],
    [{ disabledSites: ["a.cn", 3], referenceDate: "2025-12-31" }, { disabledSites: ["a.cn"], referenceDate: "2025-12-31" }],
    [{ disabledSites: "a.cn", referenceDate: "2025-13-01" }, { disabledSites: [], referenceDate: "auto" }],
  ])("reads %j", (raw, expected) => {
    expect(readPopupSettings(raw)).toEqual(expected);
  });
});

describe("withSiteEnabled", () => {
  const stored = { disabledSites: ["a.cn"], referenceDate: "2025-12-31", rules: { duplicate: "off" }, template: "summary" };

  it("switches a site off once, keeping every other field as stored", () => {
    const off = withSiteEnabled(stored, "b.cn", false);
    expect(off).toEqual({ ...stored, disabledSites: ["a.cn", "b.cn"] });
    expect(withSiteEnabled(off, "b.cn", false)).toEqual(off);
  });

  it("switches a site back on", () => {
    expect(withSiteEnabled(stored, "a.cn", true)).toEqual({ ...stored, disabledSites: [] });
  });

  it("writes what the full settings validator accepts", () => {
    const next = withSiteEnabled(stored, "b.cn", false);
    expect(parseSettings(next).disabledSites).toEqual(["a.cn", "b.cn"]);
    expect(parseSettings(next).rules).toEqual({ duplicate: "off" });
  });

  it("starts from nothing when storage holds no settings", () => {
    expect(withSiteEnabled(undefined, "a.cn", false)).toEqual({ disabledSites: ["a.cn"] });
  });
});

describe("readFrameIds (the frames the popup asks besides the top one)", () => {
  it.each([
    [undefined, []],
    ["3", []],
    [[3, 0, -1, 2.5, "4", 7], [3, 7]],
  ])("reads %j", (raw, expected) => {
    expect(readFrameIds(raw)).toEqual(expected);
  });
});
