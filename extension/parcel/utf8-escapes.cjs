/**
 * Which characters of a built script must be written as \uXXXX escapes. Plasmo's own compressor
 * escapes every non-ASCII character, which triples each Chinese character (3 UTF-8 bytes → 6
 * ASCII bytes) in the engine's phrase tables and pinyin-pro's dictionary. Chrome only needs the
 * file to be valid UTF-8 without noncharacters (base::IsStringUTF8), so Chinese text stays as it is
 * and only these are escaped: C1 controls, line/paragraph separators (not allowed raw in regex
 * literals), the BOM, surrogates and astral characters (written as surrogate-pair escapes, which
 * mean the same in strings and in regexes with or without the u flag), and noncharacters.
 */
"use strict";

/** True when a UTF-16 code unit can stay as it is in the output. */
function keepsRaw(code) {
  if (code < 0x80) return true;
  if (code < 0xa0) return false; // C1 controls
  if (code === 0x2028 || code === 0x2029 || code === 0xfeff) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates: astral characters, or lone halves
  if (code >= 0xfdd0 && code <= 0xfdef) return false; // noncharacters
  return code <= 0xfffd;
}

const hex4 = (code) => "\\u" + code.toString(16).padStart(4, "0");

/**
 * Escapes the characters that must not appear raw, UTF-16 unit by unit. `state.backslashes`
 * carries the run of backslashes across chunks: after an unescaped backslash (an identity escape
 * such as `\。` in a regex) only "uXXXX" is added, so the pair still reads as one escape.
 */
function escapeChunk(text, state) {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (keepsRaw(code)) {
      state.backslashes = code === 0x5c ? state.backslashes + 1 : 0;
      continue;
    }
    out += text.slice(start, i);
    const escape = hex4(code);
    out += state.backslashes % 2 === 1 ? escape.slice(1) : escape;
    state.backslashes = 0;
    start = i + 1;
  }
  return out + text.slice(start);
}

module.exports = { keepsRaw, escapeChunk };
