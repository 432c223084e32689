import { useMemo, useState } from "react";
import type { Editor } from "@tiptap/core";
import { CATEGORIES } from "@tally/shared";
import type { TallyDiagnostic } from "../diagnostics";
import { diagnosticsToCsv, diagnosticsToMarkdown } from "../export";
import { categoryLabel, SECTION_LABELS, SEVERITY_LABELS } from "../labels";
import { useTallyDiagnostics } from "./use-tally-diagnostics";

/** Props of the issue list. */
export interface TallyIssuesPanelProps {
  editor: Editor | null;
  /** Base of the exported file names (default 写作检查结果). */
  exportName?: string;
  className?: string;
}

function groupByCategory(list: readonly TallyDiagnostic[]): [string, TallyDiagnostic[]][] {
  const groups = new Map<string, TallyDiagnostic[]>();
  for (const c of CATEGORIES) groups.set(c, []);
  for (const d of list) {
    if (!groups.has(d.category)) groups.set(d.category, []);
    groups.get(d.category)!.push(d);
  }
  return [...groups].filter(([, items]) => items.length > 0);
}

function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * All diagnostics of the editor grouped by category with counts. Clicking an item selects it in
 * the editor and scrolls to it; fix and ignore act in place; the list exports as CSV or Markdown.
 */
export function TallyIssuesPanel({ editor, exportName = "写作检查结果", className }: TallyIssuesPanelProps) {
  const diagnostics = useTallyDiagnostics(editor);
  const groups = useMemo(() => groupByCategory(diagnostics), [diagnostics]);
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});

  const select = (d: TallyDiagnostic) => {
    if (!editor) return;
    const to = d.category === "missing-section" ? d.from : d.to;
    editor.chain().focus().setTextSelection({ from: d.from, to }).scrollIntoView().run();
  };

  return (
    <section className={`tally-panel tally-issues${className ? ` ${className}` : ""}`} aria-label="检查结果">
      <header className="tally-panel__header">
        <h2 className="tally-panel__title">
          检查结果 <span className="tally-count" data-testid="tally-total">{diagnostics.length}</span>
        </h2>
        <div className="tally-panel__tools">
          <button type="button" disabled={!diagnostics.length} onClick={() => download(`${exportName}.csv`, diagnosticsToCsv(diagnostics), "text/csv;charset=utf-8")}>
            导出 CSV
          </button>
          <button type="button" disabled={!diagnostics.length} onClick={() => download(`${exportName}.md`, diagnosticsToMarkdown(diagnostics, exportName), "text/markdown;charset=utf-8")}>
            导出 Markdown
          </button>
        </div>
      </header>
      {groups.length > 1 && (
        <nav className="tally-summary" aria-label="按类别">
          {groups.map(([category, items]) => (
            <button
              key={category}
              type="button"
              className={`tally-summary__chip tally-issue--${category}`}
              onClick={() => {
                setCollapsed((c) => ({ ...c, [category]: false }));
                document.querySelector(`.tally-group[data-category="${category}"]`)?.scrollIntoView?.({ block: "nearest" });
              }}
            >
              {categoryLabel(category)} {items.length}
            </button>
          ))}
        </nav>
      )}
      {diagnostics.length === 0 ? (
        <p className="tally-panel__empty">没有发现问题。</p>
      ) : (
        groups.map(([category, items]) => (
          <div key={category} className={`tally-group tally-issue--${category}`} data-category={category}>
            <button
              type="button"
              className="tally-group__head"
              aria-expanded={!collapsed[category]}
              onClick={() => setCollapsed((c) => ({ ...c, [category]: !c[category] }))}
            >
              <span className="tally-group__dot" aria-hidden="true" />
              <span className="tally-group__name">{categoryLabel(category)}</span>
              <span className="tally-count">{items.length}</span>
            </button>
            {!collapsed[category] && (
              <ul className="tally-group__list">
                {items.map((d) => (
                  <li key={d.id} className="tally-item" data-tally-item={d.id}>
                    <button type="button" className="tally-item__main" onClick={() => select(d)} title="在文中定位">
                      <span className="tally-item__text">
                        {d.category === "missing-section" ? `缺少「${SECTION_LABELS[d.section ?? ""] ?? d.section ?? ""}」` : d.text}
                      </span>
                      <span className="tally-item__meta">
                        第 {d.line} 段 · {SEVERITY_LABELS[d.severity] ?? d.severity}
                      </span>
                      <span className="tally-item__message">{d.message}</span>
                    </button>
                    <div className="tally-item__actions">
                      {d.fixes?.map((fix, i) => (
                        <button key={i} type="button" className="tally-item__fix" onClick={() => editor?.commands.applyTallyFix(d.id, i)}>
                          {fix.label || `改为「${fix.replacement}」`}
                        </button>
                      ))}
                      <button type="button" className="tally-item__ignore" onClick={() => editor?.commands.ignoreTallyDiagnostic(d.id)}>
                        忽略
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
    </section>
  );
}
