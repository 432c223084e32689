/**
 * Every message between the content script, the background worker and the side panel, as zod
 * schemas: each side validates what it receives, so a malformed or foreign message is refused
 * instead of acted on.
 */
import * as z from "zod";

/** A figure as entered in the side panel or captured from a selection. */
export const figureInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  value: z.number().finite(),
  unit: z.string().max(20),
  period: z.string().trim().min(1).max(40),
  region: z.string().max(100).optional(),
  source: z.string().max(100).optional(),
  aliases: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  note: z.string().max(500).optional(),
});
export type FigureInputMessage = z.infer<typeof figureInputSchema>;

/** A saved figure as it travels in messages. */
export const savedFigureSchema = figureInputSchema.extend({
  id: z.number().int().optional(),
  createdAt: z.number().optional(),
  updatedAt: z.number().optional(),
});

/** Requests to the figure database in the background worker (message name "figures"). */
export const figureRequestSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("list") }),
  z.object({ op: z.literal("search"), query: z.string().max(200), limit: z.number().int().min(1).max(500).optional() }),
  z.object({ op: z.literal("save"), figure: figureInputSchema.extend({ id: z.number().int().optional() }) }),
  z.object({ op: z.literal("delete"), id: z.number().int() }),
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
  editorId: z.string().nullable(),
  kind: z.string().nullable(),
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
  z.object({ op: z.literal("fix"), id: z.string(), fixIndex: z.number().int().min(0).default(0) }),
  z.object({ op: z.literal("ignore"), id: z.string() }),
  z.object({ op: z.literal("insert"), text: z.string().min(1).max(200) }),
  z.object({ op: z.literal("selection") }),
  z.object({ op: z.literal("status") }),
]);
export type TabCommand = z.infer<typeof tabCommandSchema>;

/** What the page answers to a tab command. */
export const tabResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    issues: editorIssuesSchema.optional(),
    text: z.string().optional(),
    /** For the popup: the page's host, whether Tally runs there, counts per category. */
    status: z.object({ host: z.string(), enabled: z.boolean(), counts: z.record(z.string(), z.number()) }).optional(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TabResult = z.infer<typeof tabResultSchema>;

/** Messages the background worker sends out with chrome.runtime / chrome.tabs messaging. */
export const broadcastSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("tally/figures-changed") }),
  z.object({ type: z.literal("tally/issues"), tabId: z.number().int(), issues: editorIssuesSchema }),
  z.object({ type: z.literal("tally/command"), command: tabCommandSchema }),
]);
export type Broadcast = z.infer<typeof broadcastSchema>;

/** Backup of the figure database (message name "backup"): the store's JSON export and import. */
export const backupRequestSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("export") }),
  z.object({ op: z.literal("import"), text: z.string().max(50_000_000) }),
]);
export type BackupRequest = z.infer<typeof backupRequestSchema>;

export type BackupResponse = { ok: true; text?: string; imported?: number } | { ok: false; error: string };
