import { useEffect, useState } from "react";
import { DocumentView } from "~sidepanel/DocumentView";
import { FiguresView } from "~sidepanel/FiguresView";
import { IssuesView } from "~sidepanel/IssuesView";
import { PANEL_CSS } from "~sidepanel/styles";
import { t } from "~i18n";

/** The side panel: the focused editor's issues, checking a whole document, and the saved figures. */
export default function SidePanel() {
  const [tab, setTab] = useState<"issues" | "document" | "figures">("issues");
  useEffect(() => {
    document.title = t("extensionName");
  }, []);
  return (
    <main className="panel">
      <style>{PANEL_CSS}</style>
      <header>
        <h1>{t("extensionName")}</h1>
        <nav role="tablist">
          <button role="tab" aria-selected={tab === "issues"} onClick={() => setTab("issues")}>{t("panel_tab_issues")}</button>
          <button role="tab" aria-selected={tab === "document"} onClick={() => setTab("document")}>{t("panel_tab_document")}</button>
          <button role="tab" aria-selected={tab === "figures"} onClick={() => setTab("figures")}>{t("panel_tab_figures")}</button>
        </nav>
      </header>
      {tab === "issues" ? <IssuesView /> : tab === "document" ? <DocumentView /> : <FiguresView />}
      <footer className="muted">{t("panel_footer")}</footer>
    </main>
  );
}
