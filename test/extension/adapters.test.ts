// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { adapterFor, RichTextAdapter, TextareaAdapter } from "../../extension/src/lint-framework/adapters";

function mount(html: string): HTMLElement {
  // Test fixture markup written here, never page content.
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

describe("adapterFor: which elements are editors, and of which kind", () => {
  const cases: [string, string, string | null][] = [
    ["textarea", "<textarea></textarea>", "textarea"],
    ["read-only textarea", "<textarea readonly></textarea>", null],
    ["disabled textarea", "<textarea disabled></textarea>", null],
    ["plain contenteditable", '<div contenteditable="true"><p>甲</p></div>', "contenteditable"],
    ["ProseMirror / Tiptap", '<div class="ProseMirror" contenteditable="true"><p>甲</p></div>', "prosemirror"],
    ["Quill", '<div class="ql-editor" contenteditable="true"><p>甲</p></div>', "quill"],
    ["opted out with data-tally=off", '<div data-tally="off"><textarea></textarea></div>', null],
    ["opted out with data-gramm=false", '<textarea data-gramm="false"></textarea>', null],
    ["not editable", "<div><p>甲</p></div>", null],
  ];
  it.each(cases)("%s", (_name, html, kind) => {
    let el = mount(html);
    if (el.tagName === "DIV" && el.dataset.tally === "off") el = el.firstElementChild as HTMLElement;
    // jsdom has no isContentEditable; emulate the browser's answer from the attribute.
    for (const e of [el, ...el.querySelectorAll("*")]) {
      Object.defineProperty(e, "isContentEditable", { configurable: true, get: () => (e as HTMLElement).closest('[contenteditable="true"]') !== null });
    }
    expect(adapterFor(el)?.kind ?? null).toBe(kind);
  });

  it("leaves an editable element inside another editor to the outer editor", () => {
    const outer = mount('<div contenteditable="true"><div contenteditable="true" id="inner">甲</div></div>');
    const inner = outer.querySelector<HTMLElement>("#inner")!;
    for (const e of [outer, inner]) Object.defineProperty(e, "isContentEditable", { get: () => true });
    expect(adapterFor(inner)).toBeNull();
    expect(adapterFor(outer)?.kind).toBe("contenteditable");
  });
});

describe("TextareaAdapter", () => {
  it("reads the value and the selection as offsets", () => {
    const area = mount("<textarea></textarea>") as HTMLTextAreaElement;
    area.value = "完成投资xx万元";
    area.setSelectionRange(4, 6);
    const adapter = new TextareaAdapter(area);
    expect(adapter.readText()).toBe("完成投资xx万元");
    expect(adapter.selection()).toEqual({ from: 4, to: 6 });
  });

  it("replaces a range and tells the page with an input event", async () => {
    const area = mount("<textarea></textarea>") as HTMLTextAreaElement;
    area.value = "完成投资xx万元";
    const events: string[] = [];
    area.addEventListener("input", () => events.push(area.value));
    expect(await new TextareaAdapter(area).replace(4, 6, "350")).toBe(true);
    expect(area.value).toBe("完成投资350万元");
    expect(events).toEqual(["完成投资350万元"]);
  });

  it("refuses to write into a read-only textarea", async () => {
    const area = mount("<textarea readonly>甲</textarea>") as HTMLTextAreaElement;
    expect(await new TextareaAdapter(area).replace(0, 1, "乙")).toBe(false);
    expect(area.value).toBe("甲");
  });
});

describe("RichTextAdapter", () => {
  it("reads blocks as lines and reports the DOM selection in text offsets", () => {
    const el = mount('<div contenteditable="true"><p>标题</p><p>完成<b>投资</b>xx万元</p></div>');
    const adapter = new RichTextAdapter("contenteditable", el);
    expect(adapter.readText()).toBe("标题\n完成投资xx万元");
    const range = document.createRange();
    const text = el.querySelectorAll("p")[1]!.lastChild as Text; // "xx万元"
    range.setStart(text, 0);
    range.setEnd(text, 2);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(adapter.selection()).toEqual({ from: 7, to: 9 });
  });

  it("selects a text range in the DOM", () => {
    const el = mount('<div contenteditable="true"><p>甲</p><p>深入学习贯彻</p></div>');
    const adapter = new RichTextAdapter("contenteditable", el);
    expect(adapter.select(2, 4)).toBe(true);
    expect(document.getSelection()!.toString()).toBe("深入");
  });

  it("reports no selection when the selection is outside the editor", () => {
    const el = mount('<div contenteditable="true"><p>甲</p></div><p id="outside">外</p>');
    const range = document.createRange();
    range.selectNodeContents(document.getElementById("outside")!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(new RichTextAdapter("contenteditable", el).selection()).toBeNull();
  });
});
