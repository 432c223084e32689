import type { RuleMeta, RuleSetting } from "@tally/shared";
import { Fragment, useEffect, useState } from "react";
import { CATEGORY_STYLES } from "~lint-framework/categories";
import { PAGE_CSS, PANEL_CSS } from "~sidepanel/styles";
import { settingsSchema, type TallySettings } from "~settings/settings";
import { loadSettings, saveSettings } from "~settings/storage";
import { exportBackup, restoreBackup } from "~options/backup";
import { StalePhrasesEditor } from "~options/StalePhrasesEditor";
import { TemplatesEditor } from "~options/TemplatesEditor";
import { t } from "~i18n";

const LEVELS: { value: RuleSetting | ""; label: string }[] = [
  { value: "", label: t("level_default") },
  { value: "off", label: t("level_off") },
  { value: "info", label: t("level_info") },
  { value: "warning", label: t("level_warning") },
  { value: "error", label: t("level_error") },
];

/** The options page: reference date, rules, templates, own stale phrases, sites, backup. */
export default function Options() {
  const [settings, setSettings] = useState<TallySettings | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  // The per-rule rows need the engine's rule modules: loaded after the page shows (a lazy chunk).
  const [rules, setRules] = useState<readonly RuleMeta[]>([]);

  useEffect(() => {
    document.title = t("options_title");
    void loadSettings().then(setSettings);
    import("~options/rule-list").then((m) => setRules(m.RULE_METAS)).catch((error: unknown) => console.warn("[tally]", error));
  }, []);
  if (!settings) return null;

  const update = async (next: TallySettings) => {
    const checked = settingsSchema.safeParse(next);
    if (!checked.success) return setMessage({ text: t("options_invalid", checked.error.issues[0]?.message ?? ""), error: true });
    await saveSettings(checked.data);
    setSettings(checked.data);
    setMessage({ text: t("options_saved") });
  };

  const setRule = (key: string, value: RuleSetting | "") => {
    const rules = { ...settings.rules };
    if (value === "") delete rules[key];
    else rules[key] = value;
    void update({ ...settings, rules });
  };

  const select = (key: string) => (
    <select name={`rule:${key}`} value={settings.rules[key] ?? ""} onChange={(e) => setRule(key, e.target.value as RuleSetting | "")}>
      {LEVELS.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
    </select>
  );

  return (
    <main className="panel options" style={{ maxWidth: 720, margin: "0 auto" }}>
      <style>{PANEL_CSS + PAGE_CSS}</style>
      <h1>{t("options_title")}</h1>
      {message && <p className={message.error ? "error" : "ok"} role="status">{message.text}</p>}

      <h2>{t("date_heading")}</h2>
      <p className="muted">{t("date_hint")}</p>
      <label className="field-inline">
        <input type="radio" name="date-mode" checked={settings.referenceDate === "auto"} onChange={() => void update({ ...settings, referenceDate: "auto" })} /> {t("date_auto")}
      </label>
      <label className="field-inline">
        <input type="radio" name="date-mode" checked={settings.referenceDate !== "auto"} onChange={() => void update({ ...settings, referenceDate: new Date().toISOString().slice(0, 10) })} /> {t("date_fixed")}
        <input type="date" name="reference-date" disabled={settings.referenceDate === "auto"} value={settings.referenceDate === "auto" ? "" : settings.referenceDate} onChange={(e) => e.target.value && void update({ ...settings, referenceDate: e.target.value })} />
      </label>

      <h2>{t("rules_heading")}</h2>
      <table className="rules">
        <tbody>
          {Object.entries(CATEGORY_STYLES).map(([category, style]) => (
            <Fragment key={category}>
              <tr className="category-row">
                <th><span className="dot" style={{ background: style.color }} /> {style.label}</th>
                <td>{select(category)}</td>
              </tr>
              {rules.filter((r) => r.category === category && r.id !== category).map((r) => (
                <tr key={r.id}>
                  <td className="rule-desc">{r.description}<span className="muted"> · {r.id}</span></td>
                  <td>{select(r.id)}</td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>

      <TemplatesEditor settings={settings} update={update} />
      <StalePhrasesEditor settings={settings} update={update} />

      <h2>{t("sites_heading")}</h2>
      <ul>
        {settings.disabledSites.map((host) => (
          <li key={host} className="actions">
            {host}
            <button onClick={() => void update({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })}>{t("action_reenable")}</button>
          </li>
        ))}
        {settings.disabledSites.length === 0 && <li className="muted">{t("sites_none")}</li>}
      </ul>

      <h2>{t("backup_heading")}</h2>
      <p className="muted">{t("backup_hint")}</p>
      <div className="actions">
        <button onClick={() => void exportBackup().catch((e: Error) => setMessage({ text: e.message, error: true }))}>{t("action_export")}</button>
        <label className="button-like">
          {t("action_restore")}
          <input type="file" accept=".json,application/json" hidden onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void restoreBackup(file)
              .then(async (text) => { setSettings(await loadSettings()); setMessage({ text }); })
              .catch((err: Error) => setMessage({ text: err.message, error: true }));
          }} />
        </label>
      </div>
    </main>
  );
}
