/// <reference path="../mammoth-browser.d.ts" />
/**
 * Reads a dropped or picked file as plain text, in the panel page: .docx through mammoth (loaded
 * on first use only, so the panel's other views and the content script never carry it), .txt and
 * .md decoded by `decodeText`.
 */
import { decodeText } from "./document-check";
import { t } from "../i18n";

/** The file types the document view accepts (for the file input's `accept`). */
export const DOCUMENT_ACCEPT = ".docx,.txt,.md,.markdown,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface MammothApi {
  extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

let mammothPromise: Promise<MammothApi> | null = null;

/** mammoth's self-contained browser build (its Node entry needs `path` and friends). */
function loadMammoth(): Promise<MammothApi> {
  mammothPromise ??= import("mammoth/mammoth.browser.min.js").then((m) => ((m as { default?: MammothApi }).default ?? m) as MammothApi);
  return mammothPromise;
}

/** The extension of a file name, lower case, without the dot. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

/** The text of a file; throws a Chinese error for types it cannot read. */
export async function readDocument(file: File): Promise<string> {
  const ext = extensionOf(file.name);
  const bytes = await file.arrayBuffer();
  if (ext === "docx") {
    const mammoth = await loadMammoth();
    try {
      const { value } = await mammoth.extractRawText({ arrayBuffer: bytes });
      // mammoth ends each paragraph with a blank line; one line per paragraph keeps line numbers close to Word's.
      return value.replace(/\n\n/g, "\n").replace(/\n+$/, "");
    } catch (e) {
      throw new Error(t("doc_read_failed", file.name, (e as Error).message));
    }
  }
  if (ext === "txt" || ext === "md" || ext === "markdown" || file.type.startsWith("text/")) return decodeText(new Uint8Array(bytes));
  throw new Error(t("doc_unsupported", file.name));
}
