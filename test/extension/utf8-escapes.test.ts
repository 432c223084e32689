import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The extension build's compressor helper (CommonJS, loaded by Parcel from extension/.parcelrc).
const require = createRequire(import.meta.url);
const { keepsRaw, escapeChunk } = require("../../extension/parcel/utf8-escapes.cjs") as {
  keepsRaw(code: number): boolean;
  escapeChunk(text: string, state: { backslashes: number }): string;
};

const escape = (text: string) => escapeChunk(text, { backslashes: 0 });

/** Chromium's base::IsStringUTF8 test for one code point (no surrogates, no noncharacters). */
const chromeAccepts = (cp: number) => cp < 0xd800 || (cp >= 0xe000 && cp < 0xfdd0) || (cp > 0xfdef && cp <= 0x10ffff && (cp & 0xfffe) !== 0xfffe);

describe("extension build: which characters stay raw in scripts", () => {
  it.each([
    ["Chinese text", "同比增长", "同比增长"],
    ["full-width punctuation", "（一）“”。", "（一）“”。"],
    ["ASCII", 'a="b\\n"', 'a="b\\n"'],
    ["a noncharacter", "a\uffffb", "a\\uffffb"],
    ["noncharacters U+FDD0–U+FDEF", "\ufdd0\ufdef", "\\ufdd0\\ufdef"],
    ["the BOM", "\ufeff", "\\ufeff"],
    ["line and paragraph separators", "\u2028\u2029", "\\u2028\\u2029"],
    ["a C1 control", "\u0085", "\\u0085"],
    ["an astral character, as a surrogate pair", "😀", "\\ud83d\\ude00"],
    ["a lone surrogate", "\ud800x", "\\ud800x"],
    ["an identity escape in a regex", "/\\\uffff/", "/\\uffff/"],
    ["an escaped backslash before a character", "\\\\\uffff", "\\\\\\uffff"],
  ])("%s", (_name, input, output) => {
    expect(escape(input)).toBe(output);
  });

  it("keeps raw only what Chrome accepts as UTF-8", () => {
    const refused: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (keepsRaw(code) && !chromeAccepts(code)) refused.push(code.toString(16));
    expect(refused).toEqual([]);
    expect(keepsRaw(0x4e00)).toBe(true);
    expect(keepsRaw(0x9fa5)).toBe(true);
  });

  it("carries a pending backslash from one chunk to the next", () => {
    const state = { backslashes: 0 };
    expect(escapeChunk("/\\", state) + escapeChunk("\uffff/", state)).toBe("/\\uffff/");
  });

  it("leaves string literals and regexes meaning the same (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const literal = JSON.stringify(text);
        expect(new Function(`return ${escape(literal)}`)()).toBe(text);
        // A regex that matches exactly the text: ASCII as \xNN, other BMP characters as identity
        // escapes (\中, as minifiers leave them), surrogates and astral characters raw.
        const body = [...text]
          .map((ch) => {
            const code = ch.codePointAt(0)!;
            if (code < 0x80) return `\\x${code.toString(16).padStart(2, "0")}`;
            return code > 0xffff || (code >= 0xd800 && code <= 0xdfff) ? ch : `\\${ch}`;
          })
          .join("");
        const built = new Function(`return /^(?:)${escape(body)}$/`)() as RegExp;
        expect(built.test(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
