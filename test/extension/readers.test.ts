import { describe, expect, it } from "vitest";
import { broadcastSchema, figureInputSchema, tabResultSchema } from "../../extension/src/messaging/protocol";
import { readFigureInput, readPanelBroadcast, readTabResult } from "../../extension/src/messaging/readers";
import { readPageStatus } from "../../extension/src/popup/page-status";

const issue = { id: "a1", category: "masked-number", categoryLabel: "数字占位符", severity: "warning", message: "m", text: "xx", excerpt: "【xx】", fixes: [{ label: "改为 5" }] };
const issues = { editorId: "e1", kind: "textarea", issues: [issue] };

/** Values the zod schemas accept: the hand readers must give the same value. */
const validResults: unknown[] = [
  { ok: true },
  { ok: true, issues },
  { ok: true, issues: { editorId: null, kind: null, issues: [] } },
  { ok: true, text: "选中的文字" },
  { ok: true, status: { host: "example.org", enabled: true, counts: { "masked-number": 2 } } },
  { ok: false, error: "页面没有响应" },
];

/** Values the zod schemas refuse: the hand readers must refuse them too. */
const invalidResults: unknown[] = [
  null,
  "ok",
  [],
  { ok: "true" },
  { ok: false },
  { ok: true, text: 3 },
  { ok: true, issues: { editorId: 1, kind: null, issues: [] } },
  { ok: true, issues: { editorId: null, kind: null, issues: [{ ...issue, fixes: [{}] }] } },
  { ok: true, issues: { editorId: null, kind: null, issues: [{ ...issue, message: undefined }] } },
  { ok: true, status: { host: "a", enabled: "yes", counts: {} } },
  { ok: true, status: { host: "a", enabled: true, counts: { x: "1" } } },
];

describe("readTabResult", () => {
  it.each(validResults)("reads %j as the zod schema does", (raw) => {
    expect(tabResultSchema.safeParse(raw).success).toBe(true);
    expect(readTabResult(raw)).toEqual(tabResultSchema.parse(raw));
  });

  it.each(invalidResults)("refuses %j as the zod schema does", (raw) => {
    expect(tabResultSchema.safeParse(raw).success).toBe(false);
    expect(readTabResult(raw)).toBeNull();
  });

  it("drops fields the schema does not know", () => {
    expect(readTabResult({ ok: true, text: "t", extra: 1 })).toEqual({ ok: true, text: "t" });
  });
});

describe("readPanelBroadcast", () => {
  it("reads the issues and figures-changed broadcasts", () => {
    const raw = { type: "tally/issues", tabId: 3, issues };
    expect(readPanelBroadcast(raw)).toEqual(broadcastSchema.parse(raw));
    expect(readPanelBroadcast({ type: "tally/figures-changed" })).toEqual({ type: "tally/figures-changed" });
  });

  it.each([
    { type: "tally/issues", tabId: 1.5, issues },
    { type: "tally/issues", tabId: 1, issues: { editorId: null, kind: null } },
    { type: "tally/command", command: { op: "status" } },
    { type: "other" },
  ])("ignores %j", (raw) => {
    expect(readPanelBroadcast(raw)).toBeNull();
  });
});

describe("readPageStatus", () => {
  it("keeps categories with issues and drops empty or broken counts", () => {
    const raw = { ok: true, status: { host: "a.cn", enabled: true, counts: { "masked-number": 2, duplicate: 0, numbering: 1.5 } } };
    expect(readPageStatus(raw)).toEqual({ host: "a.cn", enabled: true, counts: { "masked-number": 2 } });
  });

  it("is null for an error answer or an answer without a status", () => {
    expect(readPageStatus({ ok: false, error: "x" })).toBeNull();
    expect(readPageStatus({ ok: true })).toBeNull();
    expect(readPageStatus(undefined)).toBeNull();
  });
});

describe("readFigureInput", () => {
  const figure = { name: " 固定资产投资 ", value: 12.5, unit: "亿元", period: "2025", aliases: [" 固投 "], source: "手工录入" };

  it("trims as the schema does", () => {
    expect(readFigureInput(figure)).toEqual(figureInputSchema.parse(figure));
  });

  it.each([
    { ...figure, name: "  " },
    { ...figure, value: Number.NaN },
    { ...figure, value: "12.5" },
    { ...figure, unit: "单".repeat(21) },
    { ...figure, period: "" },
    { ...figure, aliases: [""] },
    { ...figure, region: 3 },
  ])("refuses %j as the schema does", (raw) => {
    expect(figureInputSchema.safeParse(raw).success).toBe(false);
    expect(readFigureInput(raw)).toBeNull();
  });
});
