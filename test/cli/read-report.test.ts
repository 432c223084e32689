import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readReport, UnreadableFileError } from "../../shared/src/cli/read-report";
import { makeDocx } from "./make-docx";

const dir = mkdtempSync(join(tmpdir(), "tally-read-"));
const write = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

async function reason(path: string): Promise<string> {
  try {
    await readReport(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    return (error as UnreadableFileError).reason;
  }
  throw new Error("expected readReport to fail");
}

describe("readReport", () => {
  it("removes a UTF-8 BOM and keeps \\r\\n and \\r line endings", async () => {
    const path = write("bom.txt", "\uFEFF青禾镇工作总结\r\n一、主要工作\r二、存在问题\n");
    expect(await readReport(path)).toBe("青禾镇工作总结\r\n一、主要工作\r二、存在问题\n");
  });

  it("keeps a BOM-like character that is not at the start", async () => {
    expect(await readReport(write("inner.md", "甲\uFEFF乙"))).toBe("甲\uFEFF乙");
  });

  it("reads characters outside the BMP as surrogate pairs", async () => {
    expect(await readReport(write("astral.txt", "𠀀村"))).toBe("𠀀村");
  });

  it("extracts the paragraphs of a .docx in order", async () => {
    const path = write("report.docx", await makeDocx(["柳塘街道2026年工作总结", "一、主要工作开展情况", "完成投资3.2亿元。"]));
    const text = await readReport(path);
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    expect(lines).toEqual(["柳塘街道2026年工作总结", "一、主要工作开展情况", "完成投资3.2亿元。"]);
  });

  it.each([
    ["missing.txt", undefined, /文件不存在/],
    ["gbk.txt", new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), /UTF-8/],
    ["broken.docx", new Uint8Array([1, 2, 3, 4]), /\.docx/],
    ["report.pdf", "%PDF", /不支持的文件类型“\.pdf”/],
    ["README", "text", /无扩展名/],
  ])("explains why %s cannot be read", async (name, data, expected) => {
    const path = data === undefined ? join(dir, name) : write(name, data);
    expect(await reason(path)).toMatch(expected);
  });

  it("says a directory is not a file", async () => {
    const sub = join(dir, "folder.txt");
    (await import("node:fs")).mkdirSync(sub, { recursive: true });
    expect(await reason(sub)).toMatch(/目录/);
  });
});
