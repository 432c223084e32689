/**
 * The options page's stale-phrase form without the UI: turn what the user typed into an entry,
 * validate it with the engine's `validateStalePhrase`, and put each Chinese error next to the
 * field it is about. Also checks a pasted list of templates with `validateTemplate`.
 */
import { validateStalePhrase, validateTemplate, type ReportTemplate, type StalePhraseEntry } from "@tally/shared";
import { t } from "../i18n";

/** The form's fields, all text as typed. */
export interface PhraseForm {
  id: string;
  pattern: string;
  replacement: string;
  message: string;
  staleFrom: string;
  severity: "error" | "warning" | "info";
  fix: string;
}

export type PhraseField = keyof PhraseForm;

/** Errors by field; `form` holds those that name no field. */
export type PhraseErrors = Partial<Record<PhraseField | "form", string[]>>;

/** An empty form for a new entry. */
export function emptyPhraseForm(): PhraseForm {
  return { id: "", pattern: "", replacement: "", message: "", staleFrom: "", severity: "warning", fix: "" };
}

/** The form showing an existing entry (for editing). */
export function formOf(entry: StalePhraseEntry): PhraseForm {
  return {
    id: entry.id,
    pattern: entry.pattern,
    replacement: entry.replacement,
    message: entry.message,
    staleFrom: entry.staleFrom === ALWAYS ? "" : entry.staleFrom,
    severity: entry.severity,
    fix: entry.fix ?? "",
  };
}

/** "Stale from" left empty: the entry applies to reports of any period. */
const ALWAYS = "2000-01-01";

const FIELDS: readonly PhraseField[] = ["id", "pattern", "replacement", "message", "staleFrom", "severity", "fix"];

/** The first id `user-N` not taken. */
function freshId(taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`user-${n}`)) n++;
  return `user-${n}`;
}

/**
 * Validates the form. `others` are the entries already saved (minus the one being edited), for
 * the id check. Gives the entry to save, or the errors by field.
 */
export function entryFromForm(form: PhraseForm, others: readonly StalePhraseEntry[]): { ok: true; entry: StalePhraseEntry } | { ok: false; errors: PhraseErrors } {
  const id = form.id.trim() || freshId(others.map((e) => e.id));
  const replacement = form.replacement.trim();
  const raw: Record<string, unknown> = {
    id,
    pattern: form.pattern,
    replacement,
    message: form.message.trim() || (replacement ? t("phrase_default_message", replacement) : ""),
    staleFrom: form.staleFrom.trim() || ALWAYS,
    severity: form.severity,
    source: "用户自定义",
  };
  if (form.fix.trim()) raw.fix = form.fix.trim();
  const errors: PhraseErrors = {};
  const add = (field: PhraseField | "form", message: string) => (errors[field] ??= []).push(message);
  if (others.some((e) => e.id === id)) add("id", t("phrase_duplicate_id", id));
  const result = validateStalePhrase(raw);
  if (!result.ok) for (const message of result.errors) add(fieldOfError(message), message);
  if (Object.keys(errors).length || !result.ok) return { ok: false, errors };
  return { ok: true, entry: result.entry };
}

/** The field an engine error names (its messages quote the field: “pattern”不是有效的正则表达式…). */
export function fieldOfError(message: string): PhraseField | "form" {
  return FIELDS.find((f) => message.includes(`“${f}”`)) ?? "form";
}

/** An engine error shown next to its own field, without the field's id it quotes (“pattern”不是… → 不是…). */
export function withoutFieldName(message: string, field: PhraseField): string {
  return message.replace(`“${field}”`, "").trim();
}

/**
 * Parses the templates textarea: a JSON array of templates, each validated; errors are Chinese and
 * say which template they are about.
 */
export function parseTemplatesJson(text: string): { ok: true; templates: ReportTemplate[] } | { ok: false; errors: string[] } {
  if (!text.trim()) return { ok: true, templates: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [t("templates_not_json", (e as Error).message)] };
  }
  const list = Array.isArray(raw) ? raw : raw && typeof raw === "object" ? [raw] : null;
  if (!list) return { ok: false, errors: [t("templates_not_array")] };
  const templates: ReportTemplate[] = [];
  const errors: string[] = [];
  list.forEach((item, i) => {
    const r = validateTemplate(item);
    if (!r.ok) errors.push(...r.errors.map((e) => t("templates_item_error", i + 1, e)));
    else if (templates.some((x) => x.id === r.template.id)) errors.push(t("templates_duplicate_id", r.template.id));
    else templates.push(r.template);
  });
  return errors.length ? { ok: false, errors } : { ok: true, templates };
}
