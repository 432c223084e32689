import type { LocalSpan, Paragraph, ParagraphAnalysis } from "../../model/types";
import { requiredCharsFilter } from "../required-chars";
import { defineRule } from "../types";
import type { Finding } from "../types";
import { BOILERPLATE_PHRASES, type BoilerplatePhrase } from "./boilerplate-phrases";

/** One pasted watermark or ad, in paragraph-relative offsets. */
export interface BoilerplateFact {
  from: number;
  to: number;
  /** The whole line is the ad: the fix removes the line with its line break. */
  wholeLine: boolean;
  /** The first strong phrase, shown in the message. */
  phrase: string;
}

interface PhraseMatch {
  from: number;
  to: number;
  strong: boolean;
}

/**
 * All phrases compiled into one alternation (one pass over the text); group i+1 is entry i.
 * Entries use non-capturing groups only, checked here so a bad entry fails loudly at load time.
 */
function compile(phrases: readonly BoilerplatePhrase[]): RegExp {
  for (const p of phrases) {
    const groups = new RegExp(`${p.pattern}|`).exec("")!.length - 1;
    if (groups !== 0) throw new Error(`boilerplate phrase /${p.pattern}/ must use non-capturing groups only`);
  }
  return new RegExp(phrases.map((p) => `(${p.pattern})`).join("|"), "gi");
}

const PHRASES = compile(BOILERPLATE_PHRASES);
const STRONG_SOURCES = BOILERPLATE_PHRASES.filter((p) => p.strength === "strong").map((p) => p.pattern);
/** Pre-check with the strong phrases only: most paragraphs have none and cost one pass. */
const ANY_STRONG = new RegExp(STRONG_SOURCES.map((p) => `(?:${p})`).join("|"), "i");
/** Cheaper still: the characters every strong phrase needs (仅供, 禁止…外传, QQ…群 …). */
const STRONG_CHARS = requiredCharsFilter(STRONG_SOURCES, true);

/** Han characters left uncovered by the phrases: at most this many, or this share, makes an ad. */
const MAX_LEFTOVER = 2;
const MAX_LEFTOVER_SHARE = 0.2;
const BRACKETED = /[（(【\[]([^（）()【】\[\]\n]{2,60})[）)】\]]/g;

function findPhrases(text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  PHRASES.lastIndex = 0;
  for (let m = PHRASES.exec(text); m; m = PHRASES.exec(text)) {
    if (m[0].length === 0) {
      PHRASES.lastIndex++;
      continue;
    }
    let entry = 0;
    while (entry < BOILERPLATE_PHRASES.length && m[entry + 1] === undefined) entry++;
    out.push({ from: m.index, to: m.index + m[0].length, strong: BOILERPLATE_PHRASES[entry]?.strength === "strong" });
  }
  return out;
}

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * Whether the phrases cover (nearly) all of [from, to): the test that keeps the same words inside a
 * genuine sentence (涉密文件一律禁止外传) from being flagged.
 */
function isAd(text: string, span: LocalSpan, matches: readonly PhraseMatch[]): string | undefined {
  // First match that ends inside or after the span (matches are sorted and disjoint).
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.to <= span.from) lo = mid + 1;
    else hi = mid;
  }
  let strong: PhraseMatch | undefined;
  let han = 0;
  let covered = 0;
  let m = lo;
  for (let i = span.from; i < span.to; i++) {
    while (m < matches.length && matches[m]!.to <= i) m++;
    const cur = matches[m];
    if (!strong && cur?.strong && cur.from >= span.from && cur.to <= span.to) strong = cur;
    if (!isHan(text.charCodeAt(i))) continue;
    han++;
    if (cur && cur.from <= i && i < cur.to) covered++;
  }
  if (!strong) return undefined;
  const leftover = han - covered;
  if (leftover > MAX_LEFTOVER && leftover > han * MAX_LEFTOVER_SHARE) return undefined;
  return text.slice(strong.from, strong.to);
}

function trimmed(text: string, span: LocalSpan): LocalSpan {
  let { from, to } = span;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { from, to };
}

/** Finds pasted ads in one paragraph: the whole line, or trailing sentences and bracketed notes. */
export function scanBoilerplate(paragraph: ParagraphAnalysis): BoilerplateFact[] {
  const { text } = paragraph;
  if (paragraph.heading || (STRONG_CHARS && !STRONG_CHARS.mayMatch(text)) || !ANY_STRONG.test(text)) return [];
  const matches = findPhrases(text);
  if (!matches.some((m) => m.strong)) return [];
  const line = trimmed(text, { from: 0, to: text.length });
  const whole = isAd(text, line, matches);
  if (whole) return [{ ...line, wholeLine: true, phrase: whole }];

  const out: BoilerplateFact[] = [];
  const segments: LocalSpan[] = [...paragraph.sentences];
  BRACKETED.lastIndex = 0;
  for (let b = BRACKETED.exec(text); b; b = BRACKETED.exec(text)) segments.push({ from: b.index, to: b.index + b[0].length });
  segments.sort((a, b) => a.from - b.from || b.to - a.to);
  let end = -1;
  for (const seg of segments) {
    if (seg.from < end) continue; // inside a segment already reported
    const span = trimmed(text, seg);
    const phrase = span.to > span.from ? isAd(text, span, matches) : undefined;
    if (!phrase) continue;
    out.push({ ...span, wholeLine: false, phrase });
    end = span.to;
  }
  return out;
}

/** At most this many lines between two ad lines are taken as part of the same pasted block. */
const MAX_BLOCK_GAP = 8;
const MAX_BLOCK_LINE = 40;

/**
 * Short lines sandwiched between two whole-line ads (a site's banner: 仅供学习 禁止外传 … slogans …
 * 会员群：) belong to the same pasted block. Lines that read as report text (a heading, the title,
 * a sentence ending in 。, a long line) break the block.
 */
function linesBetweenAds(paragraphs: readonly Paragraph[], facts: readonly BoilerplateFact[][]): Set<number> {
  const out = new Set<number>();
  let lastAd = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const found = facts[i];
    if (found && found.length > 0 && found.some((f) => f.wholeLine)) {
      if (lastAd >= 0 && i - lastAd > 1 && i - lastAd - 1 <= MAX_BLOCK_GAP) {
        let ok = true;
        for (let k = lastAd + 1; k < i && ok; k++) ok = looksLikeBannerLine(paragraphs[k]!);
        if (ok) for (let k = lastAd + 1; k < i; k++) out.add(k);
      }
      lastAd = i;
    }
  }
  return out;
}

function looksLikeBannerLine(p: Paragraph): boolean {
  const text = p.text.trim();
  return !p.isTitle && !p.analysis.heading && p.hostHeadingLevel === undefined && text.length <= MAX_BLOCK_LINE && !text.includes("。");
}

function sandwichedLine(text: string): BoilerplateFact {
  const span = trimmed(text, { from: 0, to: text.length });
  return { ...span, wholeLine: true, phrase: "" };
}

/** Length of the line break starting at `i` (0 at the end of the text). */
function breakAt(text: string, i: number): number {
  if (text[i] === "\r" && text[i + 1] === "\n") return 2;
  return text[i] === "\n" || text[i] === "\r" || text[i] === "\u2028" || text[i] === "\u2029" ? 1 : 0;
}

function breakBefore(text: string, i: number): number {
  if (text[i - 1] === "\n" && text[i - 2] === "\r") return 2;
  return text[i - 1] === "\n" || text[i - 1] === "\r" || text[i - 1] === "\u2028" || text[i - 1] === "\u2029" ? 1 : 0;
}

/**
 * boilerplate: watermark and advertising text that document sites paste into downloaded reports
 * (仅供学习 禁止外传, 加QQ群, 关注公众号, 本文由…整理, www.*.com). The phrases are data
 * (boilerplate-phrases.ts); a line is flagged only when they make up nearly all of it.
 */
export const boilerplate = defineRule<BoilerplateFact[]>({
  meta: {
    id: "boilerplate",
    category: "boilerplate",
    severity: "warning",
    description: "水印广告：从文档网站复制带入的“仅供学习”“禁止外传”“加QQ群”“关注公众号”等文字",
  },
  scan: scanBoilerplate,
  report(report, facts) {
    const out: Finding[] = [];
    const sandwiched = linesBetweenAds(report.paragraphs, facts);
    for (let i = 0; i < facts.length; i++) {
      const found = facts[i]!;
      if (found.length === 0 && (sandwiched.size === 0 || !sandwiched.has(i))) continue;
      const p = report.paragraphs[i]!;
      const list = sandwiched.has(i) ? [sandwichedLine(p.text)] : found;
      for (const f of list) {
        const finding: Finding = {
          from: p.from + f.from,
          to: p.from + f.to,
          message: f.phrase
            ? `疑似从网上复制带入的水印或广告文字（“${f.phrase}”），请删除`
            : "疑似从网上复制带入的广告文字（位于两行水印广告之间），请删除",
        };
        if (f.wholeLine) {
          // Remove the line with its line break, so no blank line is left behind.
          const after = breakAt(report.text, p.to);
          const before = after ? 0 : breakBefore(report.text, p.from);
          finding.fixes = [{ label: "删除此行", replacement: "", from: p.from - before, to: p.to + after }];
        } else {
          finding.fixes = [{ label: "删除", replacement: "" }];
        }
        out.push(finding);
      }
    }
    return out;
  },
});
