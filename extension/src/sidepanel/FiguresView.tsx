import type { SavedFigure } from "@tally/shared";
import { useEffect, useState } from "react";
import { readFigureInput, readPanelBroadcast } from "~messaging/readers";
import { figures, saveFigure, toPage } from "./api";
import { captureFigures, type FigureDraft } from "./capture";
import { t } from "~i18n";

interface FormState {
  id?: number;
  name: string;
  value: string;
  unit: string;
  period: string;
  aliases: string;
  region: string;
  source: string;
}

const blank = (): FormState => ({ name: "", value: "", unit: "", period: String(new Date().getFullYear()), aliases: "", region: "", source: t("source_manual") });

/** Saved figures: search (name, alias, pinyin initials), insert at the caret, capture, edit, delete. */
export function FiguresView() {
  const [query, setQuery] = useState("");
  const [list, setList] = useState<SavedFigure[]>([]);
  const [form, setForm] = useState<FormState | null>(null);
  const [drafts, setDrafts] = useState<FigureDraft[]>([]);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);

  const load = async (q = query) => {
    try {
      setList(await figures({ op: "search", query: q, limit: 100 }));
    } catch (error) {
      setMessage({ text: String((error as Error).message), error: true });
    }
  };

  useEffect(() => {
    void load();
    const listener = (raw: unknown) => {
      if (readPanelBroadcast(raw)?.type === "tally/figures-changed") void load();
    };
    chrome.runtime.onMessage.addListener(listener);
    return () => chrome.runtime.onMessage.removeListener(listener);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const insert = async (f: SavedFigure) => {
    const answer = await toPage({ op: "insert", text: `${f.value}${f.unit}` });
    setMessage(answer.ok ? { text: t("figures_inserted", `${f.value}${f.unit}`) } : { text: answer.error, error: true });
  };

  const remove = async (f: SavedFigure) => {
    if (f.id === undefined || !confirm(t("confirm_delete", f.name, f.period))) return;
    await figures({ op: "delete", id: f.id });
    await load();
  };

  const capture = async () => {
    const answer = await toPage({ op: "selection" });
    if (!answer.ok) return setMessage({ text: answer.error, error: true });
    const found = captureFigures(answer.text ?? "");
    if (found.length === 0) return setMessage({ text: t("capture_none"), error: true });
    setDrafts(found);
    fill(found[0]!);
  };

  const fill = (d: FigureDraft) => setForm({ ...blank(), name: d.name, value: String(d.value), unit: d.unit, period: d.period, source: t("source_capture") });

  const submit = async () => {
    if (!form) return;
    const candidate = {
      ...(form.id !== undefined ? { id: form.id } : {}),
      name: form.name.trim(),
      value: Number(form.value),
      unit: form.unit.trim(),
      period: form.period.trim(),
      aliases: form.aliases.split(/[,，、\s]+/).filter(Boolean),
      ...(form.region.trim() ? { region: form.region.trim() } : {}),
      ...(form.source.trim() ? { source: form.source.trim() } : {}),
    };
    const figure = readFigureInput(candidate);
    if (!figure || form.value.trim() === "") return setMessage({ text: t("figures_invalid"), error: true });
    try {
      await saveFigure({ ...figure, ...(form.id !== undefined ? { id: form.id } : {}) });
      setMessage({ text: t("figures_saved", figure.name) });
      setForm(null);
      setDrafts((ds) => ds.filter((d) => d.name !== figure.name));
      await load();
    } catch (error) {
      setMessage({ text: String((error as Error).message), error: true });
    }
  };

  const field = (key: keyof Omit<FormState, "id">, label: string, placeholder = "") => (
    <label className="field">
      <span>{label}</span>
      <input name={key} value={form?.[key] ?? ""} placeholder={placeholder} onChange={(e) => setForm((f) => (f ? { ...f, [key]: e.target.value } : f))} />
    </label>
  );

  return (
    <section aria-label={t("panel_tab_figures")}>
      <div className="toolbar">
        <input type="search" className="search" placeholder={t("figures_search_placeholder")} value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="toolbar">
        <button onClick={() => setForm(blank())}>{t("action_add")}</button>
        <button onClick={() => void capture()}>{t("action_capture")}</button>
      </div>
      {message && <p className={message.error ? "error" : "ok"} role="status">{message.text}</p>}
      {drafts.length > 1 && (
        <div className="drafts">
          <span className="muted">{t("capture_drafts")}</span>
          {drafts.map((d, i) => (
            <button key={i} onClick={() => fill(d)}>{`${d.name} ${d.value}${d.unit}`}</button>
          ))}
        </div>
      )}
      {form && (
        <form className="figure-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          {field("name", t("field_name"), "固定资产投资")}
          {field("value", t("field_value"), "3.2")}
          {field("unit", t("field_unit"), "亿元")}
          {field("period", t("field_period"), "2026 / 2026-H1 / 2026-01..2026-10")}
          {field("aliases", t("field_aliases"), t("field_aliases_hint"))}
          {field("region", t("field_region"))}
          {field("source", t("field_source"))}
          <div className="actions">
            <button type="submit" className="primary">{t("action_save")}</button>
            <button type="button" onClick={() => setForm(null)}>{t("action_cancel")}</button>
          </div>
        </form>
      )}
      <ul className="figures">
        {list.map((f) => (
          <li key={f.id ?? `${f.name}-${f.period}`} className="figure" data-figure-name={f.name}>
            <div className="figure-main">
              <strong>{f.name}</strong>
              <span className="value">{`${f.value}${f.unit}`}</span>
            </div>
            <div className="muted">{[f.period, f.region, f.aliases?.length ? t("figures_aliases", f.aliases.join("、")) : ""].filter(Boolean).join(" · ")}</div>
            <div className="actions">
              <button className="primary" onClick={() => void insert(f)}>{t("action_insert")}</button>
              <button onClick={() => setForm({ id: f.id, name: f.name, value: String(f.value), unit: f.unit, period: f.period, aliases: (f.aliases ?? []).join("，"), region: f.region ?? "", source: f.source ?? "" })}>{t("action_edit")}</button>
              <button onClick={() => void remove(f)}>{t("action_delete")}</button>
            </div>
          </li>
        ))}
        {list.length === 0 && <li className="muted">{query ? t("figures_none_found") : t("figures_empty")}</li>}
      </ul>
    </section>
  );
}
