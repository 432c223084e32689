import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { Editor } from "@tiptap/core";
import type { SavedFigure } from "@tally/shared";
import { captureFigureDrafts, type FigureDraft } from "../capture";
import { formatNumber, formatPeriod } from "../figures";

/**
 * What the figures panel needs from a store. `openFigureStore()` from `@tally/shared/store`
 * satisfies it; the optional parts light up features when present.
 */
export interface FiguresPanelStore {
  search(query: string, options?: { limit?: number }): Promise<SavedFigure[]>;
  save(figure: Omit<SavedFigure, "id" | "createdAt" | "updatedAt"> & { id?: number }): Promise<SavedFigure>;
  /** Lists all figures, shown for an empty query; else search("") is used. */
  all?(): Promise<SavedFigure[]>;
  delete?(id: number): Promise<unknown>;
  /** Called back when the data changes (another tab, an import). Returns an unsubscribe function. */
  subscribe?(listener: () => void): (() => void) | { unsubscribe(): void };
}

/** Props of the saved-figures panel. */
export interface TallyFiguresPanelProps {
  editor: Editor | null;
  store: FiguresPanelStore | null;
  className?: string;
  /** Year for captured figures without a year in the text (default: this year). */
  captureYear?: number;
}

type Draft = { id?: number; name: string; value: string; unit: string; period: string; region: string; aliases: string };

const EMPTY_DRAFT: Draft = { name: "", value: "", unit: "", period: "", region: "", aliases: "" };

function toDraft(f: FigureDraft | SavedFigure): Draft {
  const saved = f as SavedFigure;
  return {
    ...(saved.id !== undefined ? { id: saved.id } : {}),
    name: f.name,
    value: formatNumber(f.value),
    unit: f.unit,
    period: f.period,
    region: saved.region ?? "",
    aliases: (saved.aliases ?? []).join("、"),
  };
}

/**
 * Saved figures beside the editor: search by name, alias or pinyin initials, insert at the
 * selection, capture the selected text as new figures, edit and delete.
 */
export function TallyFiguresPanel({ editor, store, className, captureYear }: TallyFiguresPanelProps) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SavedFigure[]>([]);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [error, setError] = useState("");
  const [revision, setRevision] = useState(0);
  const refresh = useCallback(() => setRevision((r) => r + 1), []);

  useEffect(() => {
    if (!store) return;
    let live = true;
    const q = query.trim();
    const load = q || !store.all ? store.search(q, { limit: 50 }) : store.all().then((list) => list.slice(0, 200));
    load.then(
      (list) => live && setResults(list),
      (e: unknown) => live && setError(String((e as Error)?.message ?? e)),
    );
    return () => {
      live = false;
    };
  }, [store, query, revision]);

  useEffect(() => {
    if (!store?.subscribe) return;
    const sub = store.subscribe(refresh);
    return () => (typeof sub === "function" ? sub() : sub.unsubscribe());
  }, [store, refresh]);

  const insert = (figure: SavedFigure) => {
    editor?.chain().focus().insertFigure(figure).run();
  };

  const capture = () => {
    if (!editor) return;
    const { from, to } = editor.state.selection;
    const text = editor.state.doc.textBetween(from, to, "\n");
    const found = captureFigureDrafts(text, captureYear);
    if (found.length === 0) {
      setError(text ? "选中的文字里没有找到“名称 + 数值 + 单位”形式的数据。" : "请先在文中选中含有数据的文字。");
      return;
    }
    setError("");
    setDrafts(found.map(toDraft));
  };

  const saveDrafts = async (e: FormEvent) => {
    e.preventDefault();
    if (!store || !drafts) return;
    try {
      for (const d of drafts) {
        const value = Number(d.value);
        if (!d.name.trim() || !Number.isFinite(value)) throw new Error(`“${d.name || "（未命名）"}”的名称或数值无效`);
        const aliases = d.aliases.split(/[、,，\s]+/).filter(Boolean);
        await store.save({
          ...(d.id !== undefined ? { id: d.id } : {}),
          name: d.name.trim(),
          value,
          unit: d.unit.trim(),
          period: d.period.trim(),
          ...(d.region.trim() ? { region: d.region.trim() } : {}),
          ...(aliases.length ? { aliases } : {}),
          source: "手工录入",
        });
      }
      setDrafts(null);
      setError("");
      refresh();
    } catch (err) {
      setError(String((err as Error)?.message ?? err));
    }
  };

  const remove = async (figure: SavedFigure) => {
    if (!store || figure.id === undefined) return;
    if (!store.delete) return;
    if (typeof window !== "undefined" && typeof window.confirm === "function" && !window.confirm(`删除“${figure.name}”（${formatPeriod(figure.period)}）？`)) return;
    await store.delete(figure.id);
    refresh();
  };

  const canDelete = Boolean(store?.delete);
  const setDraft = (i: number, patch: Partial<Draft>) => setDrafts((list) => list && list.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  return (
    <section className={`tally-panel tally-figures${className ? ` ${className}` : ""}`} aria-label="常用数据">
      <header className="tally-panel__header">
        <h2 className="tally-panel__title">常用数据</h2>
        <div className="tally-panel__tools">
          <button type="button" onClick={capture} disabled={!editor || !store} title="把选中文字里的数据存为常用数据">
            采集选中文字
          </button>
          <button type="button" onClick={() => setDrafts([{ ...EMPTY_DRAFT, period: String(captureYear ?? new Date().getFullYear()) }])} disabled={!store}>
            新增
          </button>
        </div>
      </header>
      <input
        className="tally-search"
        type="search"
        value={query}
        placeholder="搜索名称、别名或拼音首字母（如 gdzctz）"
        aria-label="搜索常用数据"
        onChange={(e) => setQuery(e.target.value)}
      />
      {error && (
        <p className="tally-panel__error" role="alert">
          {error}
        </p>
      )}
      {drafts && (
        <form className="tally-drafts" onSubmit={saveDrafts} aria-label="编辑数据">
          {drafts.map((d, i) => (
            <fieldset key={i} className="tally-draft">
              <label>
                名称
                <input value={d.name} onChange={(e) => setDraft(i, { name: e.target.value })} required />
              </label>
              <label>
                数值
                <input value={d.value} inputMode="decimal" onChange={(e) => setDraft(i, { value: e.target.value })} required />
              </label>
              <label>
                单位
                <input value={d.unit} onChange={(e) => setDraft(i, { unit: e.target.value })} />
              </label>
              <label>
                期间
                <input value={d.period} placeholder="2026 / 2026-H1 / 2026-01..2026-10" onChange={(e) => setDraft(i, { period: e.target.value })} />
              </label>
              <label>
                地区/单位
                <input value={d.region} onChange={(e) => setDraft(i, { region: e.target.value })} />
              </label>
              <label>
                别名
                <input value={d.aliases} placeholder="用顿号分隔" onChange={(e) => setDraft(i, { aliases: e.target.value })} />
              </label>
            </fieldset>
          ))}
          <div className="tally-drafts__actions">
            <button type="submit" className="tally-primary">
              保存
            </button>
            <button type="button" onClick={() => setDrafts(null)}>
              取消
            </button>
          </div>
        </form>
      )}
      {results.length === 0 ? (
        <p className="tally-panel__empty">{query ? "没有匹配的数据。" : "还没有保存数据。"}</p>
      ) : (
        <ul className="tally-figure-list">
          {results.map((f) => (
            <li key={f.id ?? `${f.name}|${f.period}|${f.region ?? ""}`} className="tally-figure" data-figure-name={f.name}>
              <div className="tally-figure__main">
                <span className="tally-figure__name">{f.name}</span>
                <span className="tally-figure__value">
                  {formatNumber(f.value)}
                  {f.unit}
                </span>
              </div>
              <div className="tally-figure__meta">
                {formatPeriod(f.period)}
                {f.region ? ` · ${f.region}` : ""}
                {f.source ? ` · ${f.source}` : ""}
              </div>
              <div className="tally-figure__actions">
                <button type="button" className="tally-primary" onClick={() => insert(f)} disabled={!editor} title="插入到光标处">
                  插入
                </button>
                <button type="button" onClick={() => setDrafts([toDraft(f)])}>
                  编辑
                </button>
                {canDelete && (
                  <button type="button" className="tally-danger" onClick={() => void remove(f)}>
                    删除
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
