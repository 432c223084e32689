import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The extension build's rewrite of pinyin-pro's character dictionary (extension/.parcelrc).
const require = createRequire(import.meta.url);
const { compactCharLists } = require("../../extension/parcel/compact-char-lists.cjs") as { compactCharLists(code: string): string };

const LOOP = "Object.keys(map).forEach((key) => { for (let char of chars) {} });";

describe("extension build: pinyin-pro's character lists as strings", () => {
  it.each([
    ["a list of characters", `const map = { líng: [\n  '〇',\n  '伶',\n], 'bǎng páng': ['膀'] };\n${LOOP}`, `const map = { líng: '〇伶', 'bǎng páng': '膀' };\n${LOOP}`],
    ["an astral character counts as one", `const map = { 'ōu qū': ['𫭟', '欧'] };\n${LOOP}`, `const map = { 'ōu qū': '𫭟欧' };\n${LOOP}`],
    ["a list with a longer item stays", `const map = { a: ['一二', '三'] };\n${LOOP}`, `const map = { a: ['一二', '三'] };\n${LOOP}`],
    ["a list with an escape stays", `const map = { a: ['\\'', '三'] };\n${LOOP}`, `const map = { a: ['\\'', '三'] };\n${LOOP}`],
    ["a file that does not iterate its lists stays", "const map = { a: ['一', '二'] }; map.a.length;", "const map = { a: ['一', '二'] }; map.a.length;"],
  ])("%s", (_name, input, output) => {
    expect(compactCharLists(input)).toBe(output);
  });

  // The installed pinyin-pro, its dictionary module loaded as shipped and as rewritten.
  const esm = join(dirname(require.resolve("pinyin-pro")), "esm");
  const copy = mkdtempSync(join(tmpdir(), "tally-pinyin-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("builds the same dictionary from the rewritten file, and a much smaller one", async () => {
    cpSync(esm, copy, { recursive: true });
    const original = readFileSync(join(esm, "data/dict1.mjs"), "utf8");
    const rewritten = compactCharLists(original);
    // Fails when a pinyin-pro update changes the file so that the rewrite no longer applies.
    expect(Buffer.byteLength(rewritten)).toBeLessThan(Buffer.byteLength(original) * 0.6);
    writeFileSync(join(copy, "data/dict1.mjs"), rewritten);
    type Dict = { NumberDICT: (string | undefined)[]; StringDICT: Map<string, string> };
    const shipped = (await import(pathToFileURL(join(esm, "data/dict1.mjs")).href)).default as Dict;
    const compact = (await import(pathToFileURL(join(copy, "data/dict1.mjs")).href)).default as Dict;
    expect(compact.NumberDICT.length).toBe(shipped.NumberDICT.length);
    const differing = shipped.NumberDICT.flatMap((pinyin, code) => (compact.NumberDICT[code] === pinyin ? [] : [code]));
    expect(differing).toEqual([]);
    expect([...compact.StringDICT]).toEqual([...shipped.StringDICT]);
    expect(shipped.StringDICT.size).toBeGreaterThan(0);
  });
});
