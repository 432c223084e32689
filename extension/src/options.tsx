import { builtinRules, type RuleSetting } from "@tally/shared";
import { Fragment, useEffect, useState } from "react";
import { CATEGORY_STYLES } from "~lint-framework/categories";
import { PAGE_CSS, PANEL_CSS } from "~sidepanel/styles";
import { loadSettings, saveSettings, settingsSchema, type TallySettings } from "~settings/settings";
import { exportBackup, restoreBackup } from "~options/backup";

const LEVELS: { value: RuleSetting | ""; label: string }[] = [
  { value: "", label: "默认" },
  { value: "off", label: "关闭" },
  { value: "info", label: "提示" },
  { value: "warning", label: "警告" },
  { value: "error", label: "错误" },
];

/** The options page: reference date, categories and rules on/off and severity, sites, backup. */
export default function Options() {
  const [settings, setSettings] = useState<TallySettings | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;

  const update = async (next: TallySettings) => {
    const checked = settingsSchema.safeParse(next);
    if (!checked.success) return setMessage({ text: `设置无效：${checked.error.issues[0]?.message ?? ""}`, error: true });
    await saveSettings(checked.data);
    setSettings(checked.data);
    setMessage({ text: "已保存，打开的网页会自动重新检查。" });
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
      <h1>Tally 设置</h1>
      {message && <p className={message.error ? "error" : "ok"} role="status">{message.text}</p>}

      <h2>参考日期</h2>
      <p className="muted">判断提法是否过时要看报告写的是哪个时期。自动：先看报告标题和正文中的期间，没有时用今天。</p>
      <label className="field-inline">
        <input type="radio" name="date-mode" checked={settings.referenceDate === "auto"} onChange={() => void update({ ...settings, referenceDate: "auto" })} /> 自动
      </label>
      <label className="field-inline">
        <input type="radio" name="date-mode" checked={settings.referenceDate !== "auto"} onChange={() => void update({ ...settings, referenceDate: new Date().toISOString().slice(0, 10) })} /> 固定为
        <input type="date" name="reference-date" disabled={settings.referenceDate === "auto"} value={settings.referenceDate === "auto" ? "" : settings.referenceDate} onChange={(e) => e.target.value && void update({ ...settings, referenceDate: e.target.value })} />
      </label>

      <h2>检查项</h2>
      <table className="rules">
        <tbody>
          {Object.entries(CATEGORY_STYLES).map(([category, style]) => (
            <Fragment key={category}>
              <tr className="category-row">
                <th><span className="dot" style={{ background: style.color }} /> {style.label}</th>
                <td>{select(category)}</td>
              </tr>
              {builtinRules.filter((r) => r.meta.category === category && r.meta.id !== category).map((r) => (
                <tr key={r.meta.id}>
                  <td className="rule-desc">{r.meta.description}<span className="muted"> · {r.meta.id}</span></td>
                  <td>{select(r.meta.id)}</td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>

      <h2>已关闭的网站</h2>
      <ul>
        {settings.disabledSites.map((host) => (
          <li key={host} className="actions">
            {host}
            <button onClick={() => void update({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })}>重新启用</button>
          </li>
        ))}
        {settings.disabledSites.length === 0 && <li className="muted">没有。可在工具栏按钮的弹出窗口中关闭某个网站。</li>}
      </ul>

      <h2>备份与恢复</h2>
      <p className="muted">一个文件包含全部设置和已存数据，只保存在你选择的位置。</p>
      <div className="actions">
        <button onClick={() => void exportBackup().catch((e: Error) => setMessage({ text: e.message, error: true }))}>导出备份</button>
        <label className="button-like">
          从备份恢复
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
