/**
 * Hand-written readers for what the popup and side panel receive (a page's answers, broadcasts)
 * and for the figure form, accepting what the zod schemas in ./protocol accept. These pages carry
 * no schema library (zod with its message catalogues is several times their size); the background
 * worker still validates every request with the schemas on receipt.
 */
import type { Broadcast, EditorIssuesMessage, FigureInputMessage, TabResult } from "./protocol";

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

/** A trimmed string of 1..max characters, or null. */
function trimmedText(v: unknown, max: number): string | null {
  if (!isString(v)) return null;
  const text = v.trim();
  return text.length >= 1 && text.length <= max ? text : null;
}

/**
 * A figure as entered in the side panel's form, checked as `figureInputSchema` checks it (the
 * background validates it again with the schema on receipt), or null when a field is invalid.
 */
export function readFigureInput(raw: unknown): FigureInputMessage | null {
  if (!isRecord(raw)) return null;
  const name = trimmedText(raw.name, 100);
  const period = trimmedText(raw.period, 40);
  const { value, unit, region, source, aliases, note } = raw;
  if (name === null || period === null || typeof value !== "number" || !Number.isFinite(value) || !isString(unit) || unit.length > 20) return null;
  const optional = (v: unknown, max: number) => v === undefined || (isString(v) && v.length <= max);
  if (!optional(region, 100) || !optional(source, 100) || !optional(note, 500)) return null;
  const figure: FigureInputMessage = { name, value, unit, period };
  if (aliases !== undefined) {
    if (!Array.isArray(aliases) || aliases.length > 20) return null;
    const names = aliases.map((a) => trimmedText(a, 100));
    if (names.some((a) => a === null)) return null;
    figure.aliases = names as string[];
  }
  if (region !== undefined) figure.region = region as string;
  if (source !== undefined) figure.source = source as string;
  if (note !== undefined) figure.note = note as string;
  return figure;
}
