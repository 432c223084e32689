import { lazy, Suspense, useEffect, useState } from "react";
import { IssuesView } from "~sidepanel/IssuesView";
import { PANEL_CSS } from "~sidepanel/styles";
import { t } from "~i18n";

// The panel opens on the issues list. The other views carry the engine, mammoth (itself loaded
// only for a .docx) and the schema library, so they load the first time their tab is chosen.
const DocumentView = lazy(() => import("~sidepanel/DocumentView").then((m) => ({ default: m.DocumentView })));
const FiguresView = lazy(() => import("~sidepanel/FiguresView").then((m) => ({ default: m.FiguresView })));

type PanelTab = "issues" | "document" | "figures";

/** The side panel: the focused editor's issues, checking a whole document, and the saved figures. */
export default function SidePanel() {
  const [tab, setTab] = useState<PanelTab>("issues");
  useEffect(() => {
    document.title = t("extensionName");
  }, []);
  const tabButton = (id: PanelTab, label: string) => (
    <button role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
      {label}
    </button>
  );
  return (
    <main className="panel">
      <style>{PANEL_CSS}</style>
      <header>
        <h1>{t("extensionName")}</h1>
        <nav role="tablist">
          {tabButton("issues", t("panel_tab_issues"))}
          {tabButton("document", t("panel_tab_document"))}
          {tabButton("figures", t("panel_tab_figures"))}
        </nav>
      </header>
      {tab === "issues" ? (
        <IssuesView />
      ) : (
        <Suspense fallback={<p className="muted">{t("panel_loading")}</p>}>{tab === "document" ? <DocumentView /> : <FiguresView />}</Suspense>
      )}
      <footer className="muted">{t("panel_footer")}</footer>
    </main>
  );
}
