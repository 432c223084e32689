/**
 * Hand-written readers for what the side panel's first view receives (a page's answers, the
 * issues broadcast), accepting what the zod schemas in ./protocol accept. The panel opens on its
 * issues list, so that view stays free of a schema library; views that edit data load zod lazily.
 */
import type { Broadcast, EditorIssuesMessage, TabResult } from "./protocol";

type IssueSummary = EditorIssuesMessage["issues"][number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";

function readIssue(raw: unknown): IssueSummary | null {
  if (!isRecord(raw)) return null;
  const { id, category, categoryLabel, severity, message, text, excerpt, fixes } = raw;
  if (![id, category, categoryLabel, severity, message, text, excerpt].every(isString) || !Array.isArray(fixes)) return null;
  if (!fixes.every((f) => isRecord(f) && isString(f.label))) return null;
  return {
    id: id as string,
    category: category as string,
    categoryLabel: categoryLabel as string,
    severity: severity as string,
    message: message as string,
    text: text as string,
    excerpt: excerpt as string,
    fixes: fixes.map((f) => ({ label: (f as { label: string }).label })),
  };
}

/** The issues of an editor, or null when malformed. */
export function readEditorIssues(raw: unknown): EditorIssuesMessage | null {
  if (!isRecord(raw) || !stringOrNull(raw.editorId) || !stringOrNull(raw.kind) || !Array.isArray(raw.issues)) return null;
  const issues: IssueSummary[] = [];
  for (const item of raw.issues) {
    const issue = readIssue(item);
    if (!issue) return null;
    issues.push(issue);
  }
  return { editorId: raw.editorId, kind: raw.kind, issues };
}

function readStatus(raw: unknown): NonNullable<Extract<TabResult, { ok: true }>["status"]> | null {
  if (!isRecord(raw) || !isString(raw.host) || typeof raw.enabled !== "boolean" || !isRecord(raw.counts)) return null;
  const counts: Record<string, number> = {};
  for (const [category, n] of Object.entries(raw.counts)) {
    if (typeof n !== "number") return null;
    counts[category] = n;
  }
  return { host: raw.host, enabled: raw.enabled, counts };
}

/** A page's answer to a tab command, or null when malformed. */
export function readTabResult(raw: unknown): TabResult | null {
  if (!isRecord(raw)) return null;
  if (raw.ok === false) return isString(raw.error) ? { ok: false, error: raw.error } : null;
  if (raw.ok !== true) return null;
  const result: Extract<TabResult, { ok: true }> = { ok: true };
  if (raw.issues !== undefined) {
    const issues = readEditorIssues(raw.issues);
    if (!issues) return null;
    result.issues = issues;
  }
  if (raw.text !== undefined) {
    if (!isString(raw.text)) return null;
    result.text = raw.text;
  }
  if (raw.status !== undefined) {
    const status = readStatus(raw.status);
    if (!status) return null;
    result.status = status;
  }
  return result;
}

/** The broadcasts extension pages act on. */
export type PanelBroadcast = Extract<Broadcast, { type: "tally/figures-changed" | "tally/issues" }>;

/** A figures-changed or issues broadcast, or null for anything else. */
export function readPanelBroadcast(raw: unknown): PanelBroadcast | null {
  if (!isRecord(raw)) return null;
  if (raw.type === "tally/figures-changed") return { type: "tally/figures-changed" };
  if (raw.type !== "tally/issues" || typeof raw.tabId !== "number" || !Number.isInteger(raw.tabId)) return null;
  const issues = readEditorIssues(raw.issues);
  return issues ? { type: "tally/issues", tabId: raw.tabId, issues } : null;
}
