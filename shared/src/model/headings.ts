import { parseChineseNumeral, parseCircled } from "./numerals";
import type { HeadingMarker, HeadingStyle, Paragraph } from "./types";

/** Longest title (up to the first 。/：) that still reads as a heading rather than a sentence. */
export const MAX_HEADING_TITLE = 50;

const LEVEL: Record<Exclude<HeadingStyle, "host">, number> = {
  part: 0,
  chinese: 1,
  "paren-chinese": 2,
  arabic: 3,
  "paren-arabic": 4,
  circled: 5,
};

const CN = "[一二三四五六七八九十]";
/** Leading space, and the Markdown heading and bold marks of .md reports (## 一、… / **一、…**). */
const LEAD = /^[\s\u3000\ufeff]*(?:#{1,6}[ \t]+)?(?:\*\*)?/;
// Each pattern starts at the first non-space character. Groups: 1 = the number, then the punctuation.
const PART = new RegExp(`^第(${CN}{1,3})(?:部分|章|篇)(?:[ \\u3000]*[、：:.．])?`);
const CHINESE = new RegExp(`^(${CN}{1,3})[ \\u3000]*([、.．，,])`);
const PAREN_CHINESE = new RegExp(`^([（(])[ \\u3000]*(${CN}{1,3})[ \\u3000]*([）)])([、.，]?)`);
const PAREN_ARABIC = /^([（(])[ \u3000]*(\d{1,2})[ \u3000]*([）)])([、.，]?)/;
const ARABIC = /^(\d{1,2})[ \u3000]*([.．、,，])/;
const CIRCLED = /^([\u2460-\u2473])[ \u3000]*[、.．]?/;
/** After 一、 these mean a list of numbers (一、二季度, 一、二、三产业), not a heading. */
const NUMERAL_LIST_AFTER = new RegExp(`^${CN}{1,2}(?:[、，,]|季度|产业|等|级|类|批|期|是|月)`);
const TITLE_END = /[。！？；：:!?;]/;

/** Length of LEAD at the start of text; 0 at once when the text starts with none of its characters. */
function leadLength(text: string): number {
  const c = text.charCodeAt(0);
  // \s (which holds U+3000 and U+FEFF), # and * are all LEAD can start with.
  const maybe = c === 35 || c === 42 || (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
  return maybe ? LEAD.exec(text)![0].length : 0;
}

/** 第, （, (, an ASCII digit, 一…十 or ①…⑳: the characters a marker pattern can start with. */
function mayStartMarker(c: number): boolean {
  return (
    c === 0x7b2c || c === 0xff08 || c === 0x28 || (c >= 48 && c <= 57) || (c >= 0x2460 && c <= 0x2473) ||
    c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341
  );
}

/**
 * Recognises a numbered marker at the start of a paragraph, whatever the length of what follows:
 * numbered list items count for sequence checks. Numbers that are values, not markers (1.2万元,
 * 3.5亿, 1、2月, 一、二季度) are rejected. Use `detectHeading` for headings proper.
 */
export function detectNumberMarker(text: string): HeadingMarker | undefined {
  const lead = leadLength(text);
  // Most paragraphs start with a character no marker starts with: no slicing, no regexes.
  if (!mayStartMarker(text.charCodeAt(lead))) return undefined;
  const rest = text.slice(lead);
  let m: RegExpExecArray | null;
  let style: Exclude<HeadingStyle, "host">;
  let ordinal: number | undefined;
  let variant: HeadingMarker["variant"];
  if ((m = PART.exec(rest))) {
    style = "part";
    ordinal = parseChineseNumeral(m[1]!);
  } else if ((m = PAREN_CHINESE.exec(rest))) {
    style = "paren-chinese";
    ordinal = parseChineseNumeral(m[2]!);
    if (m[1] === "(" || m[3] === ")") variant = "half-width-paren";
    else if (m[4]) variant = "ideographic-comma";
  } else if ((m = PAREN_ARABIC.exec(rest))) {
    style = "paren-arabic";
    ordinal = Number(m[2]);
    if (m[1] === "(" || m[3] === ")") variant = "half-width-paren";
    else if (m[4]) variant = "ideographic-comma";
  } else if ((m = CHINESE.exec(rest))) {
    style = "chinese";
    ordinal = parseChineseNumeral(m[1]!);
    const p = m[2]!;
    variant = p === "、" ? undefined : p === "." ? "dot" : p === "．" ? "fullwidth-dot" : "comma";
    if (NUMERAL_LIST_AFTER.test(rest.slice(m[0].length))) return undefined;
  } else if ((m = ARABIC.exec(rest))) {
    style = "arabic";
    ordinal = Number(m[1]);
    const p = m[2]!;
    variant = p === "." ? undefined : p === "、" ? "ideographic-comma" : p === "．" ? "fullwidth-dot" : "comma";
    // 1.2万元, 1、2月, 3. 5亿: a value or a list of numbers, not a marker.
    if (/^[ \u3000]*[\d０-９%％]/.test(rest.slice(m[0].length))) return undefined;
  } else if ((m = CIRCLED.exec(rest))) {
    style = "circled";
    ordinal = parseCircled(m[1]!);
  } else {
    return undefined;
  }
  if (!ordinal || ordinal < 1) return undefined;
  const markerTo = lead + m[0].length;
  let titleFrom = markerTo;
  while (titleFrom < text.length && /[ \t\u3000]/.test(text[titleFrom]!)) titleFrom++;
  const stop = text.slice(titleFrom).search(TITLE_END);
  let titleTo = stop < 0 ? text.length : titleFrom + stop;
  while (titleTo > titleFrom && /[\s\u3000*]/.test(text[titleTo - 1]!)) titleTo--;
  const inline = stop >= 0 && text.slice(titleFrom + stop + 1).trim().length > 0;
  return {
    style,
    level: LEVEL[style],
    ordinal,
    marker: { from: lead, to: markerTo },
    title: { from: titleFrom, to: titleTo },
    inline,
    ...(variant ? { variant } : {}),
  };
}

/**
 * Recognises a numbered heading at the start of a paragraph: a marker (一、 （一） 1. （1） ①
 * 第一部分) followed by a short title, alone on its line or followed by body text after 。/：
 * (the 小标题+正文 style, `inline`). A numbered sentence whose first clause runs on is a list item,
 * not a heading.
 */
export function detectHeading(text: string): HeadingMarker | undefined {
  const marker = detectNumberMarker(text);
  if (!marker) return undefined;
  if (marker.title.to - marker.title.from > MAX_HEADING_TITLE) return undefined;
  return marker;
}

/** One heading of the report, numbered or marked as a heading by the host, in whole-text offsets. */
export interface OutlineEntry {
  paragraphIndex: number;
  style: HeadingStyle;
  level: number;
  ordinal: number;
  /** The marker in whole-text offsets; for host headings without a number, the title's first character. */
  markerFrom: number;
  markerTo: number;
  titleFrom: number;
  titleTo: number;
  title: string;
  inline: boolean;
}

/**
 * The heading of a paragraph: its numbered marker, or, for a block the host marks as a heading,
 * a host marker whose title is the whole line.
 */
export function headingOf(p: Paragraph): HeadingMarker | undefined {
  const h = p.analysis.heading;
  if (h) return h;
  if (p.hostHeadingLevel === undefined || p.isTitle) return undefined;
  const from = LEAD.exec(p.text)![0].length;
  let to = p.text.length;
  while (to > from && /\s|\u3000/.test(p.text[to - 1]!)) to--;
  if (to <= from) return undefined;
  return {
    style: "host",
    level: p.hostHeadingLevel,
    ordinal: 0,
    marker: { from, to: from + 1 },
    title: { from, to },
    inline: false,
  };
}

/** The report's headings in order (numbered and host-marked), for outlines and section detection. */
export function outlineOf(paragraphs: readonly Paragraph[]): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (const p of paragraphs) {
    const h = headingOf(p);
    if (!h) continue;
    out.push({
      paragraphIndex: p.index,
      style: h.style,
      level: h.level,
      ordinal: h.ordinal,
      markerFrom: p.from + h.marker.from,
      markerTo: p.from + h.marker.to,
      titleFrom: p.from + h.title.from,
      titleTo: p.from + h.title.to,
      title: p.text.slice(h.title.from, h.title.to),
      inline: h.inline,
    });
  }
  return out;
}
