/**
 * Pinyin search keys for indicator names, so that typing gdzctz (initials) or gudingzichan (full
 * pinyin) finds 固定资产投资. Keys are computed once per distinct name (memoised) and stored with each
 * record, so the in-memory search index never recomputes them for figures read from IndexedDB.
 */
import { pinyin } from "pinyin-pro";

/** Full pinyin without tones or separators, and the initials, both lower-case ASCII. */
export interface PinyinKeys {
  full: string;
  initials: string;
}

const memo = new Map<string, PinyinKeys>();
const MEMO_LIMIT = 50_000;

/** Lower-case, full-width folded, spaces removed: the form names and queries are compared in. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** Pinyin keys of a name; Latin runs (GDP, R&D) are kept as they are, other symbols dropped. */
export function pinyinKeys(name: string): PinyinKeys {
  const folded = foldText(name);
  const known = memo.get(folded);
  if (known) return known;
  let full = "";
  let initials = "";
  for (const part of syllables(folded)) {
    // A Han character contributes its syllable and first letter; a Latin/digit run (GDP, R&D)
    // counts as typed in full in both keys; other symbols are dropped.
    const ascii = part.text.toLowerCase().replace(/[^a-z0-9]/g, "");
    if (!ascii) continue;
    full += ascii;
    initials += part.han ? ascii[0] : ascii;
  }
  const keys = { full, initials };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(folded, keys);
  return keys;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Splits a text the way pinyin-pro's "consecutive" mode does: one item per Han character, one per non-Han run. */
function runsOf(text: string): boolean[] {
  const han: boolean[] = [];
  let inRun = false;
  for (const char of text) {
    if (HAN.test(char)) {
      han.push(true);
      inRun = false;
    } else if (!inRun) {
      han.push(false);
      inRun = true;
    }
  }
  return han;
}

/**
 * Syllables with whether each came from a Han character. The array mode of pinyin-pro is several
 * times faster than its detailed mode; the detailed mode is used only when the two splits differ.
 */
function syllables(text: string): { text: string; han: boolean }[] {
  const items = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive", v: true });
  const han = runsOf(text);
  if (items.length === han.length) return items.map((item, i) => ({ text: item, han: han[i]! }));
  return pinyin(text, { toneType: "none", type: "all", nonZh: "consecutive", v: true }).map((part) => ({
    text: part.isZh ? part.pinyin : part.origin,
    han: part.isZh,
  }));
}

/** Pinyin keys of a name and its aliases, de-duplicated, for the multi-entry Dexie indexes. */
export function pinyinIndexKeys(name: string, aliases: readonly string[] = []): { pinyin: string[]; initials: string[] } {
  const full = new Set<string>();
  const initials = new Set<string>();
  for (const term of [name, ...aliases]) {
    const keys = pinyinKeys(term);
    if (keys.full) full.add(keys.full);
    if (keys.initials) initials.add(keys.initials);
  }
  return { pinyin: [...full], initials: [...initials] };
}
