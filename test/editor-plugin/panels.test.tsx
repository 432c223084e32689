// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Editor } from "@tiptap/core";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { openFigureStore, type FigureStore } from "@tally/shared/store";
import { TallyFiguresPanel, TallyIssuesPanel, tallyPluginKey, type TallyDiagnostic } from "@tally/editor-plugin";
import { makeEditor, reportHtml } from "./helpers";

let editor: Editor | undefined;
let store: FigureStore | undefined;
afterEach(() => {
  cleanup();
  editor?.destroy();
  editor = undefined;
  store?.close();
  store = undefined;
});

function inject(e: Editor, list: TallyDiagnostic[]): void {
  e.view.dispatch(e.state.tr.setMeta(tallyPluginKey, { type: "results", diagnostics: list }));
}

const base = { severity: "warning" as const, line: 1 };

describe("TallyIssuesPanel", () => {
  it("groups diagnostics by category with counts and follows the editor", async () => {
    editor = await makeEditor(reportHtml(["甲乙丙丁戊己庚辛"]));
    render(<TallyIssuesPanel editor={editor} />);
    act(() =>
      inject(editor!, [
        { ...base, id: "a", ruleId: "x/a", category: "duplicate", text: "乙", from: 2, to: 3, message: "重复一" },
        { ...base, id: "b", ruleId: "x/b", category: "masked-number", text: "丁", from: 4, to: 5, message: "占位", fixes: [{ label: "改为“四”", replacement: "四" }] },
        { ...base, id: "c", ruleId: "x/c", category: "duplicate", text: "己", from: 6, to: 7, message: "重复二" },
      ]),
    );
    expect(screen.getByTestId("tally-total").textContent).toBe("3");
    const groups = document.querySelectorAll<HTMLElement>(".tally-group");
    // Category order follows DESIGN.md: masked-number before duplicate.
    expect([...groups].map((g) => g.dataset.category)).toEqual(["masked-number", "duplicate"]);
    expect(within(groups[1]!).getByText("2")).toBeTruthy();

    fireEvent.click(screen.getByText("重复二").closest("button")!);
    expect(editor.state.selection).toMatchObject({ from: 6, to: 7 });

    fireEvent.click(screen.getByText("改为“四”"));
    expect(editor.getText()).toBe("甲乙丙四戊己庚辛");

    fireEvent.click(within(document.querySelector('[data-tally-item="a"]')!).getByText("忽略"));
    expect(document.querySelector('[data-tally-item="a"]')).toBeNull();
  });

  it("shows the engine's diagnostics of a real report", async () => {
    editor = await makeEditor(reportHtml(["某镇2026年工作总结", "一、工作成效", "全年完成各项任务。", "三、下一步打算", "继续推进。"]));
    render(<TallyIssuesPanel editor={editor} />);
    const count = editor.storage.tallyChecker.diagnostics.length;
    expect(count).toBeGreaterThan(0);
    expect(screen.getByTestId("tally-total").textContent).toBe(String(count));
  });
});

describe("TallyFiguresPanel", () => {
  async function setup(): Promise<void> {
    editor = await makeEditor(reportHtml(["全年完成固定资产投资。", "1-10月完成固定资产投资3.2亿元，同比增长12.3%"]));
    store = await openFigureStore({ name: `panel-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
    await store.save({ name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026", aliases: ["固投"] });
    await store.save({ name: "户籍人口", value: 38625, unit: "人", period: "2026" });
    render(<TallyFiguresPanel editor={editor} store={store} captureYear={2026} />);
    await screen.findByText("户籍人口");
  }

  it("searches by pinyin initials and inserts at the selection", async () => {
    await setup();
    fireEvent.change(screen.getByLabelText("搜索常用数据"), { target: { value: "gdzctz" } });
    await waitFor(() => expect(screen.queryByText("户籍人口")).toBeNull());
    const row = document.querySelector<HTMLElement>('[data-figure-name="固定资产投资"]')!;
    editor!.commands.setTextSelection(11); // after 投资
    fireEvent.click(within(row).getByText("插入"));
    expect(editor!.state.doc.firstChild!.textContent).toBe("全年完成固定资产投资3.2亿元。");
  });

  it("captures the selected text as figures, then edits and deletes them", async () => {
    await setup();
    vi.spyOn(window, "confirm").mockReturnValue(true);
    const second = editor!.state.doc.child(0).nodeSize;
    editor!.commands.setTextSelection({ from: second + 1, to: editor!.state.doc.content.size - 1 });
    fireEvent.click(screen.getByText("采集选中文字"));
    const names = screen.getAllByLabelText("名称") as HTMLInputElement[];
    expect(names.map((n) => n.value)).toContain("固定资产投资");
    const value = screen.getAllByLabelText("数值")[0] as HTMLInputElement;
    expect(value.value).toBe("3.2");
    expect((screen.getAllByLabelText("期间")[0] as HTMLInputElement).value).toBe("2026-01..2026-10");
    fireEvent.change(names[0]!, { target: { value: "全镇固定资产投资" } });
    fireEvent.click(screen.getByText("取消"));
    expect(screen.queryAllByLabelText("名称")).toHaveLength(0);

    // Edit an existing figure.
    const row = document.querySelector<HTMLElement>('[data-figure-name="户籍人口"]')!;
    fireEvent.click(within(row).getByText("编辑"));
    fireEvent.change(screen.getByLabelText("数值"), { target: { value: "38700" } });
    fireEvent.click(screen.getByText("保存"));
    await waitFor(async () => expect((await store!.lookup("户籍人口"))?.value).toBe(38700));
    await screen.findByText("38700人");

    // Delete it.
    fireEvent.click(within(document.querySelector<HTMLElement>('[data-figure-name="户籍人口"]')!).getByText("删除"));
    await waitFor(() => expect(document.querySelector('[data-figure-name="户籍人口"]')).toBeNull());
    expect(await store!.lookup("户籍人口")).toBeUndefined();
  });
});
