import type { CheckOptions } from "@tally/shared";
import { useEffect, useRef, useState } from "react";
import { categoryStyle } from "~lint-framework/categories";
import { figureLookup } from "~lint-framework/figures";
import { readPageSettings } from "~content-script/page-settings";
import { SETTINGS_KEY } from "~settings/key";
import { checkDocument, issuesToCsv, issuesToMarkdown, type CheckedDocument } from "./document-check";
import { DOCUMENT_ACCEPT, readDocument } from "./read-document";
import { figures } from "./api";
import { t } from "~i18n";

/** Saves a generated file through a Blob URL (a local download; nothing is sent anywhere). */
function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/**
 * "Check a document": for reports the extension cannot read inline (canvas editors, Word files).
 * Paste text or drop files; each document gets its issues with line numbers, fixes as corrected
 * lines to copy, and the whole list can be exported. Uses the current settings.
 */
export function DocumentView() {
  const [pasted, setPasted] = useState("");
  const [documents, setDocuments] = useState<CheckedDocument[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const optionsRef = useRef<CheckOptions>({});
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let figureOptions: Pick<CheckOptions, "figures"> = {};
    // The content script's lean reader: this view needs the check options only, not the schema library.
    const apply = (stored: unknown) => {
      optionsRef.current = { ...readPageSettings(stored).checkOptions, ...figureOptions };
    };
    void chrome.storage.local.get(SETTINGS_KEY).then((stored) => apply(stored[SETTINGS_KEY]));
    figures({ op: "list" })
      .then((list) => {
        figureOptions = { figures: figureLookup(list) };
        optionsRef.current = { ...optionsRef.current, ...figureOptions };
      })
      .catch(() => undefined);
    const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === "local" && SETTINGS_KEY in changes) apply(changes[SETTINGS_KEY]!.newValue);
    };
    chrome.storage.onChanged.addListener(onChanged);
    return () => chrome.storage.onChanged.removeListener(onChanged);
  }, []);

  const addDocument = (doc: CheckedDocument) => setDocuments((list) => [...list.filter((d) => d.name !== doc.name), doc]);

  const checkPasted = () => {
    if (!pasted.trim()) return;
    addDocument(checkDocument(t("doc_pasted_name"), pasted, optionsRef.current));
  };

  const checkFiles = async (files: readonly File[]) => {
    const problems: string[] = [];
    for (const file of files) {
      setBusy(file.name);
      try {
        addDocument(checkDocument(file.name, await readDocument(file), optionsRef.current));
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    setBusy(null);
    setErrors(problems);
  };

  const copy = (text: string) => {
    void navigator.clipboard.writeText(text).then(() => setCopied(text)).catch(() => setCopied(null));
  };

  const stamp = new Date().toISOString().slice(0, 10);
  const total = documents.reduce((n, d) => n + d.issues.length, 0);

  return (
    <section aria-label={t("panel_tab_document")} className="document-view">
      <p className="muted">{t("doc_hint")}</p>
      <textarea
        name="document-text"
        aria-label={t("doc_paste_placeholder")}
        placeholder={t("doc_paste_placeholder")}
        rows={6}
        value={pasted}
        onChange={(e) => setPasted(e.target.value)}
      />
      <div className="actions">
        <button className="primary" onClick={checkPasted} disabled={!pasted.trim()}>{t("action_check_text")}</button>
        <button onClick={() => fileInput.current?.click()}>{t("action_pick_files")}</button>
        <input ref={fileInput} type="file" name="document-files" multiple accept={DOCUMENT_ACCEPT} hidden onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          void checkFiles(files);
        }} />
      </div>
      <div
        className={`dropzone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void checkFiles([...e.dataTransfer.files]); }}
      >
        {busy ? t("doc_reading", busy) : t("doc_drop_here")}
      </div>
      {errors.map((e) => <p key={e} className="error" role="alert">{e}</p>)}

      {documents.length > 0 && (
        <div className="toolbar">
          <span className="muted">{t("issues_count", total)}</span>
          <span className="actions">
            <button onClick={() => download(`tally-${stamp}.csv`, "text/csv;charset=utf-8", issuesToCsv(documents))}>{t("action_export_csv")}</button>
            <button onClick={() => download(`tally-${stamp}.md`, "text/markdown;charset=utf-8", issuesToMarkdown(documents))}>{t("action_export_md")}</button>
            <button onClick={() => setDocuments([])}>{t("action_clear")}</button>
          </span>
        </div>
      )}
      {documents.map((doc) => (
        <details key={doc.name} open className="group document" data-document={doc.name}>
          <summary>
            {doc.name}
            <span className="count">{t("doc_issue_count", doc.issues.length)}</span>
          </summary>
          {doc.issues.length === 0 && <p className="muted">{t("doc_no_issues")}</p>}
          <ul>
            {doc.issues.map((issue, n) => (
              <li key={n} className="issue" data-category={issue.category}>
                <div className="issue-head">
                  <span className="dot" style={{ background: categoryStyle(issue.category).color }} />
                  <span>{issue.categoryLabel}</span>
                  <span className="muted line-ref">{t("doc_line_col", issue.line, issue.column)}</span>
                </div>
                <div className="excerpt-text">{issue.excerpt}</div>
                <p>{issue.message}</p>
                {issue.fixes.map((fix, i) => (
                  <div key={i} className="corrected">
                    <span className="muted">{fix.label} · {t("doc_corrected")}</span>
                    <code>{fix.corrected}</code>
                    <button onClick={() => copy(fix.corrected)}>{copied === fix.corrected ? t("doc_copied") : t("action_copy")}</button>
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
