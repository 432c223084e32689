import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { check, type Diagnostic } from "@tally/shared";
import { makeDocx } from "./make-docx";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "shared/bin/tally.mjs");
const dir = mkdtempSync(join(tmpdir(), "tally-cli-"));
const DATE = "2026-11-23";

/** Runs the built CLI the way a user does. Each case spawns node, hence the generous timeouts. */
function tally(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, data: string | Uint8Array): string {
  writeFileSync(join(dir, name), data);
  return name;
}

const draft = readFileSync(join(root, "test/fixtures/reports/draft-with-placeholders.txt"), "utf8");
const clean = readFileSync(join(root, "test/fixtures/reports/clean-2026-summary.txt"), "utf8");

beforeAll(() => {
  // `npm test` builds first; a developer running this file alone may not have.
  if (!existsSync(join(root, "shared/dist/cli/main.js"))) {
    execFileSync("npm", ["run", "build", "-w", "@tally/shared"], { cwd: root, stdio: "ignore" });
  }
}, 180_000);

describe("tally check --format json", { timeout: 60_000 }, () => {
  it("prints one array with each file's diagnostics, equal to the engine's on the decoded text", () => {
    write("draft.txt", "\uFEFF" + draft.replace(/\n/g, "\r\n"));
    write("clean.md", clean);
    const r = tally("check", "--format", "json", "--date", DATE, "draft.txt", "clean.md");
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { file: string; diagnostics: Diagnostic[] }[];
    expect(out.map((x) => x.file)).toEqual(["draft.txt", "clean.md"]);
    const draftText = draft.replace(/\n/g, "\r\n");
    expect(out[0]!.diagnostics).toEqual(check(draftText, { referenceDate: DATE }));
    expect(out[1]!.diagnostics).toEqual(check(clean, { referenceDate: DATE }));
    for (const d of out[0]!.diagnostics) expect(draftText.slice(d.from, d.to)).toBe(d.text);
  });

  it("exits 1 exactly when some diagnostic has severity error", () => {
    for (const file of [write("d.txt", draft), write("c.txt", clean)]) {
      const r = tally("check", "--format", "json", "--date", DATE, file);
      const diagnostics = (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }[])[0]!.diagnostics;
      expect(r.status).toBe(diagnostics.some((d) => d.severity === "error") ? 1 : 0);
    }
  });

  it("reads a .docx through its paragraphs", async () => {
    const paragraphs = draft.split("\n").filter((l) => l.trim() !== "");
    write("draft.docx", await makeDocx(paragraphs));
    const r = tally("check", "--format", "json", "--date", DATE, "draft.docx");
    expect(r.stderr).toBe("");
    const [result] = JSON.parse(r.stdout) as { file: string; diagnostics: Diagnostic[] }[];
    expect(result!.file).toBe("draft.docx");
    // mammoth separates paragraphs with blank lines; the flagged texts are the same as for the .txt
    const fromTxt = check(draft, { referenceDate: DATE }).map((d) => [d.ruleId, d.text]);
    expect(result!.diagnostics.map((d) => [d.ruleId, d.text])).toEqual(fromTxt);
  });

  it("passes --template to the engine", () => {
    write("t.txt", clean);
    const r = tally("check", "--format", "json", "--date", DATE, "--template", "report", "t.txt");
    const [result] = JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }[];
    expect(result!.diagnostics).toEqual(check(clean, { referenceDate: DATE, template: "report" }));
  });
});

describe("tally check (text)", { timeout: 60_000 }, () => {
  it("prints file:line:col lines with excerpts and a summary line", () => {
    write("draft2.txt", draft);
    const r = tally("check", "--date", DATE, "draft2.txt");
    const diagnostics = check(draft, { referenceDate: DATE });
    const lines = r.stdout.trimEnd().split("\n");
    const headers = lines.filter((l) => l.startsWith("draft2.txt:"));
    expect(headers).toHaveLength(diagnostics.length);
    for (const [i, h] of headers.entries()) {
      expect(h).toMatch(/^draft2\.txt:\d+:\d+  (error|warning|info)  [a-z-]+  \S/);
      expect(h).toContain(diagnostics[i]!.message);
    }
    expect(lines.at(-1)).toMatch(diagnostics.length ? /^共 \d+ 处问题/ : /^未发现问题/);
  });
});

describe("usage and unreadable files", { timeout: 60_000 }, () => {
  it("prints help and version", () => {
    const help = tally("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("用法: tally check");
    const version = tally("--version");
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "shared/package.json"), "utf8")).version);
  });

  it.each([
    [["check", "missing.txt"], /missing\.txt: 文件不存在/],
    [["check", "--format", "xml", "x.txt"], /json 或 text/],
    [["check", "--date", "20261123", "x.txt"], /YYYY-MM-DD/],
    [["check"], /缺少要检查的文件/],
    [["check", "--template", "no-such-template", "x.txt"], /未知模板“no-such-template”，可用：summary/],
    [[], /缺少命令/],
  ])("exits 2 with one line on stderr for %j", (args, message) => {
    const r = tally(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("names each unreadable file and prints no results when any file fails", () => {
    write("ok.txt", clean);
    write("broken.docx", new Uint8Array([80, 75, 3, 4, 0, 0]));
    write("gbk.txt", new Uint8Array([0xb9, 0xa4, 0xd7, 0xf7]));
    const r = tally("check", "--format", "json", "ok.txt", "broken.docx", "gbk.txt");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^tally: broken\.docx: .*\.docx/);
    expect(lines[1]).toMatch(/^tally: gbk\.txt: .*UTF-8/);
  });
});
