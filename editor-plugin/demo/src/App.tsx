import { useEffect, useMemo, useRef, useState } from "react";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import type { SavedFigure } from "@tally/shared";
import { openFigureStore, type FigureStore } from "@tally/shared/store";
import { TallyChecker, TallyFiguresPanel, TallyIssuesPanel, matchFiguresByContext } from "@tally/editor-plugin";
import { SAMPLE_REPORT_HTML } from "./sample-report";
import { SEED_FIGURES } from "./seed-figures";

const TEMPLATES = [
  { id: "", name: "自动识别" },
  { id: "summary", name: "工作总结" },
  { id: "half-year-plan", name: "上半年总结和下半年计划" },
  { id: "report", name: "工作汇报" },
  { id: "duty", name: "述职报告" },
];

const SEEDED_KEY = "tally-demo-seeded";

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Opens the page's figure database and seeds the starter set on the first visit. */
async function openDemoStore(): Promise<FigureStore> {
  const store = await openFigureStore({ name: "tally-demo-figures" });
  if (!localStorage.getItem(SEEDED_KEY)) {
    if ((await store.all()).length === 0) for (const f of SEED_FIGURES) await store.save(f);
    localStorage.setItem(SEEDED_KEY, "1");
  }
  return store;
}

export function App() {
  const [referenceDate, setReferenceDate] = useState(todayIso);
  const [template, setTemplate] = useState("");
  const [store, setStore] = useState<FigureStore | null>(null);
  const [storeError, setStoreError] = useState("");
  const [dark, setDark] = useState(() => window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  const figures = useRef<readonly SavedFigure[]>([]);

  const editor = useEditor({
    extensions: [
      StarterKit,
      TableKit.configure({ table: { resizable: false } }),
      TallyChecker.configure({
        referenceDate,
        debounceMs: 250,
        suggestFigures: ({ before, after }) => matchFiguresByContext(figures.current, before, after),
      }),
    ],
    content: SAMPLE_REPORT_HTML,
    editorProps: { attributes: { class: "report", spellcheck: "false", "aria-label": "报告正文" } },
  });

  const status = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      count: e?.storage.tallyChecker.diagnostics.length ?? 0,
      ms: e?.storage.tallyChecker.lastCheckMs ?? 0,
      chars: e ? e.state.doc.textContent.length : 0,
      canUndo: e?.can().undo() ?? false,
      canRedo: e?.can().redo() ?? false,
    }),
  });

  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    openDemoStore().then(
      async (s) => {
        if (!live) return s.close();
        figures.current = await s.all();
        unsubscribe = s.subscribe((list) => {
          figures.current = list;
        });
        setStore(s);
      },
      (e: unknown) => setStoreError(`无法打开本地数据库：${(e as Error)?.message ?? e}`),
    );
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, []);

  useEffect(() => {
    if (editor && store) editor.commands.setTallyOptions({ figures: store.snapshotLookup() });
  }, [editor, store]);

  useEffect(() => {
    document.documentElement.classList.toggle("dark", dark);
    document.documentElement.classList.toggle("light", !dark);
  }, [dark]);

  const onDate = (value: string) => {
    setReferenceDate(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) editor?.commands.setTallyOptions({ referenceDate: value });
  };
  const onTemplate = (value: string) => {
    setTemplate(value);
    editor?.commands.setTallyOptions({ template: value || undefined });
  };

  const toolbar = useMemo(
    () => [
      { label: "撤销", title: "撤销 (Ctrl+Z)", run: () => editor?.chain().focus().undo().run(), disabled: !status?.canUndo },
      { label: "重做", title: "重做 (Ctrl+Shift+Z)", run: () => editor?.chain().focus().redo().run(), disabled: !status?.canRedo },
      { sep: true },
      { label: "标题", title: "二级标题", run: () => editor?.chain().focus().toggleHeading({ level: 2 }).run() },
      { label: "小标题", title: "三级标题", run: () => editor?.chain().focus().toggleHeading({ level: 3 }).run() },
      { label: "B", title: "加粗 (Ctrl+B)", run: () => editor?.chain().focus().toggleBold().run(), bold: true },
      { label: "列表", title: "项目符号列表", run: () => editor?.chain().focus().toggleBulletList().run() },
      { label: "表格", title: "插入 3×3 表格", run: () => editor?.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
      { sep: true },
      { label: "上一处", title: "上一处问题 (Shift+Alt+F8)", run: () => editor?.chain().focus().goToPreviousTallyDiagnostic().run() },
      { label: "下一处", title: "下一处问题 (Alt+F8)", run: () => editor?.chain().focus().goToNextTallyDiagnostic().run() },
    ],
    [editor, status?.canUndo, status?.canRedo],
  );

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand__logo" aria-hidden="true">✓</span>
          <div>
            <div className="brand__name">Tally 写作检查</div>
            <div className="brand__tag">工作总结 · 工作汇报 · 述职报告，边写边查</div>
          </div>
        </div>
        <div className="controls">
          <label className="control">
            <span>参考日期</span>
            <input type="date" value={referenceDate} onChange={(e) => onDate(e.target.value)} aria-label="参考日期" />
          </label>
          <label className="control">
            <span>报告模板</span>
            <select value={template} onChange={(e) => onTemplate(e.target.value)} aria-label="报告模板">
              {TEMPLATES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="ghost" onClick={() => editor?.commands.setContent(SAMPLE_REPORT_HTML, { emitUpdate: true })}>
            恢复示例
          </button>
          <button type="button" className="ghost" onClick={() => setDark((d) => !d)} aria-label="切换深色模式">
            {dark ? "浅色" : "深色"}
          </button>
        </div>
      </header>

      <main className="workspace">
        <aside className="side side--issues">
          <TallyIssuesPanel editor={editor} exportName="青石镇工作总结-检查结果" />
        </aside>

        <section className="paper-wrap" aria-label="编辑器">
          <div className="toolbar" role="toolbar" aria-label="格式">
            {toolbar.map((b, i) =>
              "sep" in b ? (
                <span key={i} className="toolbar__sep" />
              ) : (
                <button key={i} type="button" title={b.title} onClick={b.run} disabled={b.disabled} className={b.bold ? "bold" : undefined}>
                  {b.label}
                </button>
              ),
            )}
          </div>
          <div className="paper">
            <EditorContent editor={editor} />
          </div>
          <footer className="statusbar">
            <span>{status?.chars ?? 0} 字</span>
            <span data-testid="status-count">{status?.count ?? 0} 处问题</span>
            <span>检查用时 {(status?.ms ?? 0).toFixed(1)} ms</span>
            <span className="statusbar__note">全部在本机运行，不上传任何内容</span>
          </footer>
        </section>

        <aside className="side side--figures">
          {storeError ? <p className="tally-panel__error">{storeError}</p> : <TallyFiguresPanel editor={editor} store={store} captureYear={Number(referenceDate.slice(0, 4)) || undefined} />}
          <div className="legend" aria-label="颜色说明">
            <div className="legend__title">颜色说明</div>
            {[
              ["masked-number", "数字占位"],
              ["masked-text", "文字占位"],
              ["stale-phrase", "过时提法"],
              ["missing-section", "缺少部分"],
              ["figure-consistency", "数据矛盾"],
              ["numbering", "序号错乱"],
              ["duplicate", "重复语句"],
              ["boilerplate", "夹带无关文字"],
            ].map(([id, name]) => (
              <span key={id} className={`legend__item tally-issue--${id}`}>
                <i />
                {name}
              </span>
            ))}
          </div>
        </aside>
      </main>
    </div>
  );
}
