import { useState } from "react";
import { FiguresView } from "~sidepanel/FiguresView";
import { IssuesView } from "~sidepanel/IssuesView";
import { PANEL_CSS } from "~sidepanel/styles";

/** The side panel: the focused editor's issues and the saved figures. */
export default function SidePanel() {
  const [tab, setTab] = useState<"issues" | "figures">("issues");
  return (
    <main className="panel">
      <style>{PANEL_CSS}</style>
      <header>
        <h1>Tally 报告检查</h1>
        <nav role="tablist">
          <button role="tab" aria-selected={tab === "issues"} onClick={() => setTab("issues")}>问题</button>
          <button role="tab" aria-selected={tab === "figures"} onClick={() => setTab("figures")}>已存数据</button>
        </nav>
      </header>
      {tab === "issues" ? <IssuesView /> : <FiguresView />}
      <footer className="muted">所有检查都在本机完成，不会上传任何内容。</footer>
    </main>
  );
}
