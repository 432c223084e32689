// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { TextMap } from "../../extension/src/lint-framework/text-map";

function editor(html: string): HTMLElement {
  const el = document.createElement("div");
  el.setAttribute("contenteditable", "true");
  // Test fixture markup written here, never page content.
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe("TextMap: editor DOM → text (blocks joined with \\n)", () => {
  const cases: [string, string, string][] = [
    ["paragraphs", "<p>第一段</p><p>第二段</p>", "第一段\n第二段"],
    ["inline marks stay in the line", "<p>完成<b>投资</b><i>xx</i>万元</p>", "完成投资xx万元"],
    ["a <br> inside a line breaks it", "<div>一是<br>二是</div>", "一是\n二是"],
    ["two <br> give an empty line", "<div>甲<br><br>乙</div>", "甲\n\n乙"],
    ["ProseMirror trailing break adds no line", '<p>甲</p><p><br class="ProseMirror-trailingBreak"></p><p>乙</p>', "甲\n乙"],
    ["Quill empty line adds no line", "<p>甲</p><p><br></p><p>乙</p>", "甲\n乙"],
    ["source whitespace between blocks is not text", "\n  <p>甲</p>\n  <p>乙</p>\n", "甲\n乙"],
    ["list items are lines", "<ul><li>一是抓党建</li><li>二是抓发展</li></ul>", "一是抓党建\n二是抓发展"],
    ["headings are lines", "<h1>2026年工作总结</h1><p>正文</p>", "2026年工作总结\n正文"],
    ["plain text without blocks", "完成投资xx万元", "完成投资xx万元"],
    ["script and style are skipped", "<p>甲<script>var a=1</script><style>p{}</style>乙</p>", "甲乙"],
    ["empty editor", "", ""],
  ];
  it.each(cases)("%s", (_name, html, text) => {
    expect(new TextMap(editor(html)).text).toBe(text);
  });

  it("skips subtrees an adapter marks (Quill's cursor placeholder)", () => {
    const el = editor('<p>甲<span class="ql-cursor"><span class="ql-cursor-inner">\ufeff</span></span>乙</p>');
    expect(new TextMap(el, { skip: (e) => e.classList.contains("ql-cursor") }).text).toBe("甲乙");
  });
});

describe("TextMap: text offsets → DOM ranges", () => {
  it("covers exactly the flagged text across inline elements", () => {
    const el = editor("<p>今年完成<b>投资x</b>x万元</p>");
    const map = new TextMap(el);
    const from = map.text.indexOf("xx");
    expect(map.rangeFor(from, from + 2)!.toString()).toBe("xx");
    expect(map.rangeFor(0, map.text.length)!.toString()).toBe("今年完成投资xx万元");
  });

  it("maps ranges in later blocks and does not include the break", () => {
    const el = editor("<p>标题</p><p>深入学习贯彻党的十九大精神</p>");
    const map = new TextMap(el);
    const from = map.text.indexOf("党的十九大");
    const range = map.rangeFor(from, from + 5)!;
    expect(range.toString()).toBe("党的十九大");
    expect(range.startContainer.parentElement!.textContent).toBe("深入学习贯彻党的十九大精神");
    // A range that starts on the line break begins at the next line.
    expect(map.rangeFor(2, 5)!.toString()).toBe("深入");
    expect(map.rangeFor(0, 2)!.toString()).toBe("标题");
  });

  it("refuses ranges outside the text", () => {
    const map = new TextMap(editor("<p>甲乙</p>"));
    expect(map.rangeFor(1, 5)).toBeNull();
    expect(map.rangeFor(-1, 1)).toBeNull();
  });

  it("round-trips every offset inside a line through DOM points", () => {
    const el = editor("<h2>一、工作成效</h2><p>完成<b>固定资产</b>投资<i>3.2</i>亿元</p><ul><li>一是</li><li>二是</li></ul>");
    const map = new TextMap(el);
    for (let offset = 0; offset <= map.text.length; offset++) {
      if (map.text[offset - 1] === "\n") continue; // start of a line maps like the break before it
      const point = map.pointAt(offset, "before")!;
      expect(map.offsetOf(point.node, point.offset)).toBe(offset);
    }
  });

  it("maps an element position (caret in an empty line or between nodes) to a text offset", () => {
    const el = editor("<p>甲</p><p><br></p><p>乙</p>");
    const map = new TextMap(el);
    expect(map.offsetOf(el.children[2]!, 0)).toBe(map.text.indexOf("乙"));
    expect(map.offsetOf(el, el.childNodes.length)).toBe(map.text.length);
    expect(map.offsetOf(document.body, 0)).toBeNull();
  });
});
