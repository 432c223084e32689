/**
 * Every message between the content script, the background worker and the side panel, as zod
 * schemas: each side validates what it receives, so a malformed or foreign message is refused
 * instead of acted on. Written with zod/mini (functions instead of methods), which tree-shakes to
 * a fraction of classic zod in the service worker and the options page.
 */
import * as z from "zod/mini";

/** A figure as entered in the side panel or captured from a selection. */
export const figureInputSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  // zod 4 numbers are finite already (classic zod's .finite() is a no-op).
  value: z.number(),
  unit: z.string().check(z.maxLength(20)),
  period: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  region: z.optional(z.string().check(z.maxLength(100))),
  source: z.optional(z.string().check(z.maxLength(100))),
  aliases: z.optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(20))),
  note: z.optional(z.string().check(z.maxLength(500))),
});
export type FigureInputMessage = z.infer<typeof figureInputSchema>;

/** A saved figure as it travels in messages. */
export const savedFigureSchema = z.extend(figureInputSchema, {
  id: z.optional(z.int()),
  createdAt: z.optional(z.number()),
  updatedAt: z.optional(z.number()),
});

/** Requests to the figure database in the background worker (message name "figures"). */
export const figureRequestSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("list") }),
  z.object({ op: z.literal("search"), query: z.string().check(z.maxLength(200)), limit: z.optional(z.int().check(z.gte(1), z.lte(500))) }),
  z.object({ op: z.literal("save"), figure: z.extend(figureInputSchema, { id: z.optional(z.int()) }) }),
  z.object({ op: z.literal("delete"), id: z.int() }),
]);
export type FigureRequest = z.infer<typeof figureRequestSchema>;

/** Answers to figure requests. */
export type FigureResponse =
  | { ok: true; figures: z.infer<typeof savedFigureSchema>[] }
  | { ok: false; error: string };

/** One issue as listed in the side panel. */
export const issueSummarySchema = z.object({
  id: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  severity: z.string(),
  message: z.string(),
  text: z.string(),
  excerpt: z.string(),
  fixes: z.array(z.object({ label: z.string() })),
});

/** The issues of the editor the user last worked in. */
export const editorIssuesSchema = z.object({
  editorId: z.nullable(z.string()),
  kind: z.nullable(z.string()),
  issues: z.array(issueSummarySchema),
});
export type EditorIssuesMessage = z.infer<typeof editorIssuesSchema>;

/** Reports from a content script to the background worker (message name "page"). */
export const pageReportSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("focus") }),
  z.object({ op: z.literal("issues"), issues: editorIssuesSchema }),
  // A frame found its first editor: the popup counts that frame's issues from then on.
  z.object({ op: z.literal("editor-found") }),
]);
export type PageReport = z.infer<typeof pageReportSchema>;

/** Commands the side panel sends to the page the user last wrote in (message name "tab", relayed). */
export const tabCommandSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("issues") }),
  z.object({ op: z.literal("reveal"), id: z.string() }),
  z.object({ op: z.literal("fix"), id: z.string(), fixIndex: z._default(z.int().check(z.gte(0)), 0) }),
  z.object({ op: z.literal("ignore"), id: z.string() }),
  z.object({ op: z.literal("insert"), text: z.string().check(z.minLength(1), z.maxLength(200)) }),
  z.object({ op: z.literal("selection") }),
  z.object({ op: z.literal("status") }),
]);
export type TabCommand = z.infer<typeof tabCommandSchema>;

/** What the page answers to a tab command. */
export const tabResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    issues: z.optional(editorIssuesSchema),
    text: z.optional(z.string()),
    /** For the popup: the page's host, whether Tally runs there, counts per category. */
    status: z.optional(z.object({ host: z.string(), enabled: z.boolean(), counts: z.record(z.string(), z.number()) })),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TabResult = z.infer<typeof tabResultSchema>;

/** Messages the background worker sends out with chrome.runtime / chrome.tabs messaging. */
export const broadcastSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("tally/figures-changed") }),
  z.object({ type: z.literal("tally/issues"), tabId: z.int(), issues: editorIssuesSchema }),
  z.object({ type: z.literal("tally/command"), command: tabCommandSchema }),
]);
export type Broadcast = z.infer<typeof broadcastSchema>;

/** Backup of the figure database (message name "backup"): the store's JSON export and import. */
export const backupRequestSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("export") }),
  z.object({ op: z.literal("import"), text: z.string().check(z.maxLength(50_000_000)) }),
]);
export type BackupRequest = z.infer<typeof backupRequestSchema>;

export type BackupResponse = { ok: true; text?: string; imported?: number } | { ok: false; error: string };
