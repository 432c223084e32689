import { useEffect, useState } from "react";
import { CATEGORY_STYLES, categoryStyle } from "~lint-framework/categories";
import { askPageStatus, popupTargetTab, type PageStatus } from "~popup/page-status";
import { loadPopupSettings, setSiteEnabled, type PopupSettings } from "~popup/site-settings";
import { POPUP_CSS } from "~popup/styles";
import { t } from "~i18n";

/** How often the open popup asks the page again, so counts follow typing and switching on. */
const REFRESH_MS = 1000;

/** Categories in the order the options page lists them, then any the popup does not know yet. */
function orderedCounts(counts: Record<string, number>): [string, number][] {
  const known = Object.keys(CATEGORY_STYLES);
  const rank = (c: string) => (known.includes(c) ? known.indexOf(c) : known.length);
  return Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

interface Target {
  tabId?: number;
  windowId?: number;
}

/**
 * The popup: Tally on or off for this site (remembered), the page's issues per category, a button
 * for the side panel, and the reference date in use. It only reads settings and asks the page, so
 * it carries neither the engine nor a schema library.
 */
export default function Popup() {
  const [settings, setSettings] = useState<PopupSettings | null>(null);
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [target, setTarget] = useState<Target>({});

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async (tabId: number) => {
      const next = await askPageStatus(tabId);
      if (stopped) return;
      setStatus(next);
      timer = setTimeout(() => void refresh(tabId), REFRESH_MS);
    };
    void (async () => {
      setSettings(await loadPopupSettings());
      const tab = await popupTargetTab();
      setTarget({ tabId: tab?.id, windowId: tab?.windowId });
      if (tab?.id === undefined) setStatus(null);
      else await refresh(tab.id);
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  const toggleSite = async (on: boolean) => {
    if (!status) return;
    setSettings(await setSiteEnabled(status.host, on));
    // The page follows the stored setting; show the switch's new state until it answers.
    setStatus({ ...status, enabled: on, counts: on ? status.counts : {} });
  };

  // Called straight from the click: both browsers open panels only in answer to a user action.
  const openPanel = () => {
    const { sidePanel, sidebarAction: sidebar } = chrome as unknown as { sidePanel?: typeof chrome.sidePanel; sidebarAction?: { open(): Promise<void> } };
    const opening =
      sidePanel && target.windowId !== undefined
        ? sidePanel.open({ windowId: target.windowId })
        : sidebar
          ? sidebar.open() // Firefox
          : Promise.resolve();
    void opening.then(() => window.close()).catch((error: unknown) => console.warn("[tally]", error));
  };

  const today = new Date().toISOString().slice(0, 10);
  const counts = orderedCounts(status?.counts ?? {});
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const fixedDate = settings && settings.referenceDate !== "auto" ? settings.referenceDate : null;
  return (
    <main className="panel popup">
      <style>{POPUP_CSS}</style>
      <header className="popup-head">
        <h1>{t("extensionName")}</h1>
      </header>
      {status === undefined ? (
        <p className="muted">{t("popup_counting")}</p>
      ) : status === null ? (
        <p className="muted notice">{t("popup_cannot_check")}</p>
      ) : (
        <>
          <label className="site-switch">
            <span className="site-label">{t("popup_check_on", status.host || t("popup_this_page"))}</span>
            <input type="checkbox" role="switch" name="site-enabled" checked={status.enabled} onChange={(e) => void toggleSite(e.target.checked)} />
          </label>
          {status.enabled ? (
            <section className="page-counts" aria-live="polite">
              {total > 0 ? (
                <>
                  <p className="total" data-testid="issue-total">{t("popup_issue_total", total)}</p>
                  <ul className="counts">
                    {counts.map(([category, n]) => (
                      <li key={category} data-category={category}>
                        <span className="dot" style={{ background: categoryStyle(category).color }} />
                        <span className="label">{categoryStyle(category).label}</span>
                        <span className="count">{n}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="muted notice">{t("popup_no_issues")}</p>
              )}
            </section>
          ) : (
            <p className="muted notice" data-testid="site-off">{t("popup_site_off")}</p>
          )}
        </>
      )}
      <section className="reference-date" data-testid="reference-date">
        <div className="date-row">
          <span>{t("date_heading")}</span>
          <strong>{fixedDate ?? t("popup_date_auto")}</strong>
        </div>
        <p className="date-hint">
          {fixedDate ? (
            t("popup_date_fixed_hint")
          ) : (
            <>
              {t("popup_date_auto_hint")} <span className="date">{today}</span>
            </>
          )}
        </p>
      </section>
      <div className="actions">
        <button className="primary" onClick={openPanel}>{t("action_open_panel")}</button>
        <button onClick={() => void chrome.runtime.openOptionsPage()}>{t("action_settings")}</button>
      </div>
    </main>
  );
}
