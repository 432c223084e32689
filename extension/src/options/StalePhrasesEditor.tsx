import type { StalePhraseEntry } from "@tally/shared";
import { useState } from "react";
import type { TallySettings } from "~settings/settings";
import { emptyPhraseForm, entryFromForm, formOf, withoutFieldName, type PhraseErrors, type PhraseField, type PhraseForm } from "./phrase-form";
import { t, type MessageKey } from "~i18n";

interface Props {
  settings: TallySettings;
  update(next: TallySettings): Promise<void>;
}

const LEVEL_LABELS: Record<StalePhraseEntry["severity"], MessageKey> = { error: "level_error", warning: "level_warning", info: "level_info" };

const TEXT_FIELDS: { field: Exclude<PhraseField, "severity">; label: MessageKey; hint?: MessageKey; type?: string }[] = [
  { field: "pattern", label: "phrase_pattern" },
  { field: "replacement", label: "phrase_replacement" },
  { field: "message", label: "phrase_message" },
  { field: "fix", label: "phrase_fix" },
  { field: "staleFrom", label: "phrase_stale_from", hint: "phrase_stale_from_hint", type: "date" },
  { field: "id", label: "phrase_id", hint: "phrase_id_hint" },
];

/** The user's own stale-phrase entries: list, add, edit, delete. Invalid entries are never saved. */
export function StalePhrasesEditor({ settings, update }: Props) {
  /** Index of the entry being edited; -1 while adding; null when the form is closed. */
  const [editing, setEditing] = useState<number | null>(null);
  const [form, setForm] = useState<PhraseForm>(emptyPhraseForm());
  const [errors, setErrors] = useState<PhraseErrors>({});
  const entries = settings.stalePhrases;

  const open = (index: number, entry?: StalePhraseEntry) => {
    setEditing(index);
    setForm(entry ? formOf(entry) : emptyPhraseForm());
    setErrors({});
  };

  const save = async () => {
    const others = entries.filter((_, i) => i !== editing);
    const result = entryFromForm(form, others);
    if (!result.ok) return setErrors(result.errors);
    const next = editing === -1 || editing === null ? [...entries, result.entry] : entries.map((e, i) => (i === editing ? result.entry : e));
    await update({ ...settings, stalePhrases: next });
    setEditing(null);
    setErrors({});
  };

  const fieldErrors = (field: PhraseField | "form") =>
    errors[field]?.map((e) => (
      <span key={e} className="error field-error" data-error-for={field} role="alert">
        {field === "form" ? e : withoutFieldName(e, field)}
      </span>
    ));

  return (
    <section aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">{t("phrases_heading")}</h2>
      <p className="muted">{t("phrases_hint")}</p>
      <ul className="phrases">
        {entries.map((entry, i) => (
          <li key={entry.id} className="phrase" data-phrase-id={entry.id}>
            <code>{entry.pattern}</code> → {entry.replacement || "—"}
            <span className="muted"> · {t(LEVEL_LABELS[entry.severity])}{entry.staleFrom !== "2000-01-01" ? ` · ${entry.staleFrom}` : ""}</span>
            <span className="actions">
              <button onClick={() => open(i, entry)}>{t("action_edit")}</button>
              <button onClick={() => void update({ ...settings, stalePhrases: entries.filter((_, j) => j !== i) })}>{t("action_delete")}</button>
            </span>
          </li>
        ))}
        {entries.length === 0 && <li className="muted">{t("phrases_none")}</li>}
      </ul>
      {editing === null ? (
        <button onClick={() => open(-1)}>{t("action_add_phrase")}</button>
      ) : (
        <form className="phrase-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          {TEXT_FIELDS.map(({ field, label, hint, type }) => (
            <label key={field} className="form-row">
              <span>{t(label)}</span>
              <span className="form-input">
                <input name={`phrase-${field}`} type={type ?? "text"} value={form[field]} aria-invalid={errors[field] ? true : undefined} placeholder={hint ? t(hint) : undefined} onChange={(e) => setForm({ ...form, [field]: e.target.value })} />
                {fieldErrors(field)}
              </span>
            </label>
          ))}
          <label className="form-row">
            <span>{t("phrase_severity")}</span>
            <span className="form-input">
              <select name="phrase-severity" value={form.severity} onChange={(e) => setForm({ ...form, severity: e.target.value as PhraseForm["severity"] })}>
                <option value="error">{t("level_error")}</option>
                <option value="warning">{t("level_warning")}</option>
                <option value="info">{t("level_info")}</option>
              </select>
              {fieldErrors("severity")}
            </span>
          </label>
          {errors.form && <p className="error">{t("phrase_errors")} {fieldErrors("form")}</p>}
          <div className="actions">
            <button type="submit" className="primary">{t("action_save")}</button>
            <button type="button" onClick={() => setEditing(null)}>{t("action_cancel")}</button>
          </div>
        </form>
      )}
    </section>
  );
}
