import { useEffect, useState } from "react";
import type { EditorIssuesMessage } from "~messaging/protocol";
import { readPanelBroadcast } from "~messaging/readers";
import { categoryStyle } from "~lint-framework/categories";
import { toPage } from "./api";
import { t } from "~i18n";

const EMPTY: EditorIssuesMessage = { editorId: null, kind: null, issues: [] };

/** The issues of the focused editor, grouped by category with counts; click to go to one. */
export function IssuesView() {
  const [state, setState] = useState<EditorIssuesMessage>(EMPTY);
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    const answer = await toPage({ op: "issues" });
    if (answer.ok) {
      setState(answer.issues ?? EMPTY);
      setError(null);
    } else {
      // No editor focused yet is the empty state (the hint above says what to do), not an error.
      setError(answer.error === t("err_no_focus") ? null : answer.error);
    }
  };

  useEffect(() => {
    void refresh();
    const listener = (raw: unknown) => {
      const message = readPanelBroadcast(raw);
      if (message?.type === "tally/issues") {
        setState(message.issues);
        setError(null);
      }
    };
    chrome.runtime.onMessage.addListener(listener);
    return () => chrome.runtime.onMessage.removeListener(listener);
  }, []);

  const run = async (command: Parameters<typeof toPage>[0]) => {
    const answer = await toPage(command);
    if (!answer.ok) setError(answer.error);
  };

  const groups = new Map<string, EditorIssuesMessage["issues"]>();
  for (const issue of state.issues) groups.set(issue.category, [...(groups.get(issue.category) ?? []), issue]);

  return (
    <section aria-label={t("panel_tab_issues")}>
      <div className="toolbar">
        <span className="muted">{state.editorId ? t("issues_count", state.issues.length) : t("issues_hint")}</span>
        <button onClick={() => void refresh()}>{t("action_refresh")}</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {state.editorId && state.issues.length === 0 && <p className="muted">{t("issues_none")}</p>}
      {[...groups].map(([category, issues]) => (
        <details key={category} open className="group" data-category={category}>
          <summary>
            <span className="dot" style={{ background: categoryStyle(category).color }} />
            {categoryStyle(category).label}
            <span className="count">{issues.length}</span>
          </summary>
          <ul>
            {issues.map((issue) => (
              <li key={issue.id} className="issue" data-issue-id={issue.id}>
                <button className="excerpt" title={t("issue_reveal_title")} onClick={() => void run({ op: "reveal", id: issue.id })}>
                  {issue.excerpt}
                </button>
                <p>{issue.message}</p>
                <div className="actions">
                  {issue.fixes.map((fix, i) => (
                    <button key={i} className="primary" onClick={() => void run({ op: "fix", id: issue.id, fixIndex: i })}>
                      {fix.label}
                    </button>
                  ))}
                  <button onClick={() => void run({ op: "ignore", id: issue.id })}>{t("action_ignore")}</button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
