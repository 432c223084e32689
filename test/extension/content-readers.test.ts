import { describe, expect, it } from "vitest";
import { readBroadcast, readTabCommand } from "../../extension/src/content-script/commands";
import { readPageSettings } from "../../extension/src/content-script/page-settings";
import { broadcastSchema, tabCommandSchema } from "../../extension/src/messaging/protocol";
import { checkOptionsOf, parseSettings } from "../../extension/src/settings/settings";

// The content script reads settings and messages without zod; these tests hold its readers to the
// zod schemas the rest of the extension uses.

const entry = { id: "old-name", pattern: "旧称甲", replacement: "新称乙", staleFrom: "2020-01-01", severity: "warning", source: "用户自定义", message: "宜改为“新称乙”。" };
const template = { id: "weekly", name: "周报", sections: [{ id: "done", label: "本周完成", headings: ["本周(?:完成|工作)"], required: true }] };

describe("readPageSettings agrees with parseSettings + checkOptionsOf", () => {
  const stored: [string, unknown][] = [
    ["nothing stored", undefined],
    ["defaults", {}],
    ["sites off and a fixed date", { disabledSites: ["oa.example.gov.cn"], referenceDate: "2025-12-31" }],
    ["automatic date and rule settings", { referenceDate: "auto", rules: { "masked-number": "off", "stale-phrase/plan-year": "info" } }],
    ["own phrases, templates and a chosen template", { stalePhrases: [entry], templates: [template], template: "weekly" }],
    ["a built-in template", { template: "summary" }],
    ["a deleted template", { template: "gone" }],
    ["a bad date", { disabledSites: ["a.com"], referenceDate: "2025-13-01" }],
    ["an unknown severity", { disabledSites: ["a.com"], rules: { "masked-number": "loud" } }],
    ["sites that are not a list", { disabledSites: "a.com" }],
    ["not an object", "settings"],
  ];
  it.each(stored)("%s", (_name, raw) => {
    const expected = parseSettings(raw);
    const read = readPageSettings(raw);
    expect(read.disabledSites).toEqual(expected.disabledSites);
    expect(read.checkOptions).toEqual(checkOptionsOf(expected));
  });
});

describe("readBroadcast accepts what broadcastSchema accepts for a page", () => {
  const messages: unknown[] = [
    { type: "tally/figures-changed" },
    { type: "tally/command", command: { op: "issues" } },
    { type: "tally/command", command: { op: "status" } },
    { type: "tally/command", command: { op: "selection" } },
    { type: "tally/command", command: { op: "reveal", id: "e1|x" } },
    { type: "tally/command", command: { op: "ignore", id: "e1|x" } },
    { type: "tally/command", command: { op: "fix", id: "e1|x" } },
    { type: "tally/command", command: { op: "fix", id: "e1|x", fixIndex: 2 } },
    { type: "tally/command", command: { op: "insert", text: "12.5亿元" } },
  ];
  it.each(messages)("accepts %j", (raw) => {
    expect(readBroadcast(raw)).toEqual(broadcastSchema.parse(raw));
  });

  const refused: unknown[] = [
    null,
    "tally/figures-changed",
    { type: "tally/other" },
    { type: "tally/command" },
    { type: "tally/command", command: { op: "drop-table" } },
    { type: "tally/command", command: { op: "reveal" } },
    { type: "tally/command", command: { op: "fix", id: "x", fixIndex: -1 } },
    { type: "tally/command", command: { op: "fix", id: "x", fixIndex: 1.5 } },
    { type: "tally/command", command: { op: "insert", text: "" } },
    { type: "tally/command", command: { op: "insert", text: "长".repeat(201) } },
  ];
  it.each(refused)("refuses %j", (raw) => {
    expect(readBroadcast(raw)).toBeNull();
    if (raw && typeof raw === "object" && "command" in raw) expect(tabCommandSchema.safeParse((raw as { command: unknown }).command).success).toBe(false);
  });

  it("reads a command on its own", () => expect(readTabCommand({ op: "fix", id: "a" })).toEqual({ op: "fix", id: "a", fixIndex: 0 }));
});
