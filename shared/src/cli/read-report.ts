import { readFile } from "node:fs/promises";

/** A file the CLI cannot read, with a Chinese reason fit for one line on stderr. */
export class UnreadableFileError extends Error {
  override name = "UnreadableFileError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** File extensions the CLI reads, lower case. */
export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".docx"] as const;

/**
 * Reads a report as the text the engine checks. `.txt` and `.md` are decoded as strict UTF-8 with a
 * leading BOM removed and line endings unchanged, so that offsets match what an editor shows;
 * `.docx` goes through mammoth's raw-text extraction (loaded only when needed).
 */
export async function readReport(file: string): Promise<string> {
  const ext = extensionOf(file);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UnreadableFileError(file, `不支持的文件类型“${ext || "无扩展名"}”，支持 .txt、.md、.docx`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UnreadableFileError(file, describeFsError(error));
  }
  return ext === ".docx" ? extractDocxText(file, bytes) : decodeUtf8(file, bytes);
}

/** Strict UTF-8: a GBK file would otherwise turn into replacement characters with wrong offsets. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(file, "不是有效的 UTF-8 文本（可能是 GBK 编码），请另存为 UTF-8 后再检查");
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function extractDocxText(file: string, bytes: Buffer): Promise<string> {
  const mod = (await import("mammoth")) as unknown as MammothModule & { default?: MammothModule };
  const mammoth = mod.default ?? mod;
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch {
    throw new UnreadableFileError(file, "不是有效的 .docx 文件，无法提取文字");
  }
}

interface MammothModule {
  extractRawText(input: { buffer: Buffer }): Promise<{ value: string }>;
}

function extensionOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "文件不存在";
    case "EISDIR":
      return "这是一个目录，不是文件";
    case "EACCES":
    case "EPERM":
      return "没有读取权限";
    default:
      return `无法读取（${code ?? (error instanceof Error ? error.message : String(error))}）`;
  }
}
