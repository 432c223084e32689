import { describe, expect, it } from "vitest";
import { broadcastSchema, figureRequestSchema, pageReportSchema, tabCommandSchema } from "../../extension/src/messaging/protocol";

describe("message schemas: what each side accepts on receipt", () => {
  const accepted: [string, { safeParse(v: unknown): { success: boolean } }, unknown][] = [
    ["figure search", figureRequestSchema, { op: "search", query: "gdzctz", limit: 20 }],
    ["figure save", figureRequestSchema, { op: "save", figure: { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-H1" } }],
    ["figure delete", figureRequestSchema, { op: "delete", id: 7 }],
    ["tab insert", tabCommandSchema, { op: "insert", text: "3.2亿元" }],
    ["tab fix", tabCommandSchema, { op: "fix", id: "e1|x" }],
    ["page focus", pageReportSchema, { op: "focus" }],
    ["page editor found", pageReportSchema, { op: "editor-found" }],
    ["broadcast", broadcastSchema, { type: "tally/figures-changed" }],
  ];
  it.each(accepted)("accepts a %s", (_name, schema, value) => expect(schema.safeParse(value).success).toBe(true));

  const refused: [string, { safeParse(v: unknown): { success: boolean } }, unknown][] = [
    ["an unknown figure op", figureRequestSchema, { op: "drop" }],
    ["a figure without a name", figureRequestSchema, { op: "save", figure: { name: " ", value: 1, unit: "", period: "2026" } }],
    ["a figure whose value is text", figureRequestSchema, { op: "save", figure: { name: "户数", value: "3.2亿", unit: "", period: "2026" } }],
    ["an infinite value", figureRequestSchema, { op: "save", figure: { name: "户数", value: Infinity, unit: "", period: "2026" } }],
    ["an empty insertion", tabCommandSchema, { op: "insert", text: "" }],
    ["a negative fix index", tabCommandSchema, { op: "fix", id: "x", fixIndex: -1 }],
    ["a foreign message", broadcastSchema, { type: "other-extension/hello" }],
    ["nothing", pageReportSchema, undefined],
  ];
  it.each(refused)("refuses %s", (_name, schema, value) => expect(schema.safeParse(value).success).toBe(false));
});
