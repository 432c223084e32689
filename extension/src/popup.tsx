import { useEffect, useState } from "react";
import { categoryStyle } from "~lint-framework/categories";
import { tabResultSchema, type Broadcast, type TabResult } from "~messaging/protocol";
import { PAGE_CSS, PANEL_CSS } from "~sidepanel/styles";
import type { TallySettings } from "~settings/settings";
import { loadSettings, saveSettings } from "~settings/storage";
import { t } from "~i18n";

type Status = NonNullable<Extract<TabResult, { ok: true }>["status"]>;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function pageStatus(tabId: number): Promise<Status | null> {
  const message: Broadcast = { type: "tally/command", command: { op: "status" } };
  try {
    const answer = tabResultSchema.safeParse(await chrome.tabs.sendMessage(tabId, message, { frameId: 0 }));
    return answer.success && answer.data.ok ? answer.data.status ?? null : null;
  } catch {
    return null;
  }
}

/** The popup: on/off for this site, counts per category, open the side panel, the reference date. */
export default function Popup() {
  const [settings, setSettings] = useState<TallySettings | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [tabId, setTabId] = useState<number | undefined>();

  useEffect(() => {
    void (async () => {
      setSettings(await loadSettings());
      const id = await activeTabId();
      setTabId(id);
      if (id !== undefined) setStatus(await pageStatus(id));
    })();
  }, []);

  const toggleSite = async (on: boolean) => {
    if (!settings || !status) return;
    const others = settings.disabledSites.filter((h) => h !== status.host);
    const next = { ...settings, disabledSites: on ? others : [...others, status.host] };
    await saveSettings(next);
    setSettings(next);
    setStatus({ ...status, enabled: on, counts: on ? status.counts : {} });
    if (on && tabId !== undefined) setTimeout(() => void pageStatus(tabId).then(setStatus), 1500);
  };

  const openPanel = async () => {
    const sidebar = (chrome as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (chrome.sidePanel?.open) {
      const win = await chrome.windows.getCurrent();
      await chrome.sidePanel.open({ windowId: win.id! });
    } else if (sidebar) {
      await sidebar.open(); // Firefox
    }
    window.close();
  };

  const today = new Date().toISOString().slice(0, 10);
  const counts = Object.entries(status?.counts ?? {});
  return (
    <main className="panel popup" style={{ width: 300 }}>
      <style>{PANEL_CSS + PAGE_CSS}</style>
      <h1>{t("extensionName")}</h1>
      {status ? (
        <>
          <label className="field-inline">
            <input type="checkbox" name="site-enabled" checked={status.enabled} onChange={(e) => void toggleSite(e.target.checked)} />
            <span>{t("popup_check_on", status.host || t("popup_this_page"))}</span>
          </label>
          <ul className="counts">
            {counts.map(([category, n]) => (
              <li key={category} data-category={category}>
                <span className="dot" style={{ background: categoryStyle(category).color }} /> {categoryStyle(category).label}
                <span className="count">{n}</span>
              </li>
            ))}
            {status.enabled && counts.length === 0 && <li className="muted">{t("popup_no_issues")}</li>}
          </ul>
        </>
      ) : (
        <p className="muted">{t("popup_cannot_check")}</p>
      )}
      <p className="muted" data-testid="reference-date">
        {t("popup_reference_date", settings?.referenceDate === "auto" || !settings ? t("date_auto_today", today) : settings.referenceDate)}
      </p>
      <div className="actions">
        <button className="primary" onClick={() => void openPanel()}>{t("action_open_panel")}</button>
        <button onClick={() => void chrome.runtime.openOptionsPage()}>{t("action_settings")}</button>
      </div>
    </main>
  );
}
