/**
 * pinyin-pro's single-character dictionary (dist/esm/data/dict1.mjs) lists ~21,000 characters as
 * arrays of one-character strings, `líng: ['〇', '伶', …]`, which cost 6 bytes a character in the
 * service worker's bundle. The file only iterates each list (`for (let char of chars)`), and
 * iterating a string yields the same characters, one code point at a time, as iterating the
 * array, so each list is rewritten as one string: `líng: '〇伶…'` (3 bytes a character).
 */
"use strict";

/** The loop the rewrite relies on; a file without it (another pinyin-pro version) is left alone. */
const CONSUMER = /for \(let char of chars\)/;

/** A list of quoted single code points: no quote, backslash or line break inside the quotes. */
const CHAR_LIST = /\[\s*((?:'[^'\\\n\r]',?\s*)+)\]/gu;
const QUOTED_CHAR = /'([^'\\\n\r])'/gu;

/** Rewrites every list of single characters as one string; returns the code unchanged when unsure. */
function compactCharLists(code) {
  if (!CONSUMER.test(code)) return code;
  return code.replace(CHAR_LIST, (_list, items) => {
    const chars = [...items.matchAll(QUOTED_CHAR)].map((m) => m[1]);
    return `'${chars.join("")}'`;
  });
}

module.exports = { compactCharLists };
