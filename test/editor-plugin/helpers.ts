import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import { TallyChecker, type TallyCheckerOptions } from "@tally/editor-plugin";

/** Report lines → Tiptap HTML: lines starting with # are headings, the rest paragraphs. */
export function reportHtml(lines: readonly string[]): string {
  return lines
    .map((line) => {
      const m = /^(#{1,3}) (.*)$/.exec(line);
      return m ? `<h${m[1]!.length}>${m[2]}</h${m[1]!.length}>` : `<p>${line}</p>`;
    })
    .join("");
}

/** A mounted editor with StarterKit, tables and Tally; the debounced check effectively disabled. */
export async function makeEditor(content: string, options: Partial<TallyCheckerOptions> = {}): Promise<Editor> {
  const element = document.createElement("div");
  document.body.appendChild(element);
  const editor = new Editor({
    element,
    extensions: [StarterKit, TableKit, TallyChecker.configure({ referenceDate: "2026-11-23", debounceMs: 60_000, ...options })],
    content,
  });
  // The first check runs on the next macrotask after the view is created.
  await new Promise((r) => setTimeout(r, 0));
  return editor;
}

/** Text of the document between two positions, as the plugin reads it. */
export function textAt(editor: Editor, from: number, to: number): string {
  return editor.state.doc.textBetween(from, to, "\n", "\ufffc");
}
