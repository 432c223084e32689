import { isHeadingParagraph } from "../../model/build";
import { headingOf } from "../../model/headings";
import { lowerBound } from "../../model/lower-bound";
import type { Paragraph, ParagraphAnalysis, ReportModel } from "../../model/types";
import { requiredCharsFilterGroup, type CharFilterGroup } from "../required-chars";
import type { CompiledSection, CompiledTemplate } from "./templates";

/** Heading titles are compared on their first characters: synonyms sit at the start. */
const TITLE_WINDOW = 30;
/** Content cues look at the start of a sentence only. */
const SENTENCE_WINDOW = 120;
/** 一是, （一）, 1. or 首先， before a sentence do not hide its cue. */
const ITEM_PREFIX = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]|[一二三四五六七八九十\d]{1,3}[、.．]|首先|其次|再次|最后)[，,：:\s\u3000]*/;

/** Decorations some writers put before an unnumbered heading: 【存在问题】, ★下步打算, 二：… */
const HEADING_DECORATION = /^[\s\u3000]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:[【\[★☆●■◆▲]|[一二三四五六七八九十]{1,3}[：:]|第[一二三四五六七八九十]{1,3}[，,、：:]?)?[\s\u3000]*/;
const UNNUMBERED_HEADING_MAX = 25;
const TRAILING_MARK = new Set(["】", "]", "：", ":", "*", " ", "\t", "\u3000"]);
const SENTENCE_MARK = /[。；;！？!?]/;

/**
 * A short line without a number that stands alone (no sentence end) reads as a heading too:
 * 存在的问题 / 【下步打算】 / 二：工作打算.
 */
export function unnumberedHeadingTitle(text: string): string | undefined {
  // A heading line is short; the bound also keeps the trailing-mark regex below linear.
  if (text.length > UNNUMBERED_HEADING_MAX * 4) return undefined;
  // A sentence end stays in the title (neither the decoration nor the trailing marks hold one): most
  // body lines are rejected here, before the regex and the copies.
  if (SENTENCE_MARK.test(text)) return undefined;
  let t = text.replace(HEADING_DECORATION, "");
  let end = t.length;
  while (end > 0 && TRAILING_MARK.has(t[end - 1]!)) end--;
  t = t.slice(0, end);
  if (t.length === 0 || t.length > UNNUMBERED_HEADING_MAX || /[。；;！？!?，,]/.test(t)) return undefined;
  return t;
}

/** What one paragraph's text says about sections (cached by the engine by paragraph text). */
export interface SectionFacts {
  /** The title of the paragraph's numbered heading, or of a short unnumbered heading line. */
  title?: string;
  /** Keys (CompiledSection.key) whose content cues match a sentence start, with the sentence's local span. */
  cues: { key: string; from: number; to: number }[];
}

/** True when a heading title names the section. */
export function headingMatches(section: CompiledSection, title: string, nextYear: number): boolean {
  const t = title.slice(0, TITLE_WINDOW);
  return section.headingsFor(nextYear).some((re) => re.test(t)) && !section.notHeadings.some((re) => re.test(t));
}

const distinctByList = new WeakMap<readonly CompiledTemplate[], CompiledSection[]>();

/** The distinct sections of all templates (sections with equal patterns are checked once). */
export function distinctSections(templates: readonly CompiledTemplate[]): CompiledSection[] {
  let list = distinctByList.get(templates);
  if (list) return list;
  const byKey = new Map<string, CompiledSection>();
  for (const t of templates) for (const s of t.sections) if (!byKey.has(s.key)) byKey.set(s.key, s);
  list = [...byKey.values()];
  distinctByList.set(templates, list);
  return list;
}

/** A sentence's words as cues see them: item markers (一是，) and leading spaces dropped. */
function cueText(paragraph: string, from: number, to: number): string {
  let text = paragraph.slice(from, to);
  const prefix = ITEM_PREFIX.exec(text);
  if (prefix) text = text.slice(prefix[0].length);
  return text.replace(/^[\s\u3000]+/, "");
}

/** The sections that have content cues, with one character filter for all their cues. */
interface CueScan {
  sections: CompiledSection[];
  /** Bit i clear: section i's cues cannot match the text range. */
  filter: CharFilterGroup;
}

const cueScans = new WeakMap<readonly CompiledSection[], CueScan>();

function cueScanOf(sections: readonly CompiledSection[]): CueScan {
  let scan = cueScans.get(sections);
  if (!scan) {
    const withCues = sections.filter((s) => s.cues.length > 0);
    scan = { sections: withCues, filter: requiredCharsFilterGroup(withCues.map((s) => s.section.contentCues ?? [])) };
    cueScans.set(sections, scan);
  }
  return scan;
}

/** The facts of every paragraph with neither a heading title nor a cue (shared: reports skip them unread). */
export const NO_SECTION_FACTS: SectionFacts = Object.freeze({ cues: [] });

/** Finds a paragraph's heading title and the content cues of its sentences. */
export function scanSections(a: ParagraphAnalysis, sections: readonly CompiledSection[]): SectionFacts {
  const h = a.heading;
  const title = h ? a.text.slice(h.title.from, h.title.to) : unnumberedHeadingTitle(a.text);
  const cues = findCues(a, sections);
  if (title === undefined && cues === undefined) return NO_SECTION_FACTS;
  // Built directly, not by spreading: this runs for many paragraphs.
  return title !== undefined ? { title, cues: cues ?? [] } : { cues: cues! };
}

/** The content cues of a paragraph's sentences; undefined when there are none (most paragraphs). */
function findCues(a: ParagraphAnalysis, sections: readonly CompiledSection[]): SectionFacts["cues"] | undefined {
  const h = a.heading;
  let cues: SectionFacts["cues"] | undefined;
  const { sections: withCues, filter } = cueScanOf(sections);
  if (withCues.length === 0) return undefined;
  for (const sentence of a.sentences) {
    let from = sentence.from;
    // The heading's marker is not part of the sentence's wording.
    if (h && from <= h.marker.from) from = h.marker.to;
    const windowEnd = Math.min(sentence.to, from + SENTENCE_WINDOW);
    // Most sentences lack the characters every cue needs: skip the slicing and the regexes.
    const may = filter.mayMatch(a.text, from, windowEnd);
    if (may === 0) continue;
    let text: string | undefined;
    for (let i = 0; i < withCues.length; i++) {
      const s = withCues[i]!;
      if (i < 31 && (may & (1 << i)) === 0) continue;
      if (cues?.some((c) => c.key === s.key)) continue;
      text ??= cueText(a.text, from, windowEnd);
      const t = text;
      if (s.cues.some((re) => re.test(t))) (cues ??= []).push({ key: s.key, from: sentence.from, to: sentence.to });
    }
  }
  return cues;
}

/** Where a section was found. */
export interface FoundSection {
  paragraphIndex: number;
  /** Whole-text range to point at when a missing section belongs before this one. */
  from: number;
  to: number;
  /** What to name in a message: the heading line, or the sentence's first words. */
  label: string;
  via: "heading" | "cue" | "body";
}

const BODY_BEFORE_MIN = 150;

/** Where the main pass found each section (by index in the template), and what it read. */
interface NamedSections {
  bests: (FoundSection | undefined)[];
  /** Indices of the paragraphs the pass read (headings, paragraphs with a title or cues), ascending. */
  read: number[];
  /** Every section was found before the pass reached the end. */
  allFound: boolean;
  /** Where the pass stopped (the index after the last paragraph read when allFound). */
  stop: number;
}

/** The main pass of the last report located with a report given, for the next check of the same checker. */
let lastNamed: (NamedSections & { report: ReportModel; template: CompiledTemplate; nextYear: number }) | undefined;

/**
 * The last report's main pass moved to this report, when report.edit shows the edit touched no
 * paragraph the pass read nor added one it would read (no heading, no title or cue): then every
 * section is found where it was, moved with the edit.
 */
function carriedOver(report: ReportModel, template: CompiledTemplate, facts: readonly SectionFacts[], nextYear: number, nothing: SectionFacts): NamedSections | undefined {
  const edit = report.edit;
  const last = lastNamed;
  if (!edit || !last || last.report !== edit.previous || last.template !== template || last.nextYear !== nextYear || report.title !== edit.previous.title) return undefined;
  const removedEnd = edit.head + edit.removed.length;
  if (!(last.allFound && edit.head >= last.stop)) {
    const k = lowerBound(last.read.length, (i) => last.read[i]! < edit.head);
    if (k < last.read.length && last.read[k]! < removedEnd) return undefined;
    for (let i = edit.head; i < edit.head + edit.inserted; i++) {
      const p = report.paragraphs[i]!;
      if (facts[i] !== nothing || isHeadingParagraph(p) || p.isTitle) return undefined;
    }
  }
  const shift = edit.inserted - edit.removed.length;
  const delta = report.text.length - edit.previous.text.length;
  const bests = last.bests.map((f) =>
    f === undefined || f.paragraphIndex < removedEnd ? f : { ...f, paragraphIndex: f.paragraphIndex + shift, from: f.from + delta, to: f.to + delta },
  );
  const read = last.read.map((i) => (i < removedEnd ? i : i + shift));
  const stop = !last.allFound ? report.paragraphs.length : last.stop < removedEnd ? last.stop : last.stop + shift;
  return { bests, read, allFound: last.allFound, stop };
}

/**
 * One pass in document order: each section is found at the first paragraph whose heading names it
 * or, failing that, one of whose sentences opens with its cue. Most paragraphs have neither.
 */
function nameSections(
  template: CompiledTemplate,
  paragraphs: readonly Paragraph[],
  facts: readonly SectionFacts[],
  nextYear: number,
  headings: readonly number[] | undefined,
  nothing: SectionFacts | undefined,
): NamedSections {
  const sections = template.sections;
  const bests: (FoundSection | undefined)[] = new Array(sections.length);
  const read: number[] = [];
  let left = sections.length;
  let nextHeading = 0;
  let i = 0;
  for (; i < paragraphs.length && left > 0; i++) {
    const f = facts[i];
    if (headings) {
      const isHeading = headings[nextHeading] === i;
      if (isHeading) nextHeading++;
      else if (f === nothing) continue;
    }
    read.push(i);
    const p = paragraphs[i]!;
    if (p.isTitle) continue;
    const h = headingOf(p);
    const host = h?.style === "host";
    const title = host ? p.text.slice(h.title.from, h.title.to) : f?.title;
    if (title === undefined && !(f && f.cues.length > 0)) continue;
    const memo = title !== undefined && !host && f ? titleMatchesOf(f, template, nextYear) : undefined;
    for (let s = 0; s < sections.length; s++) {
      if (bests[s]) continue;
      const cs = sections[s]!;
      let named = false;
      if (title !== undefined) {
        if (memo === undefined) named = headingMatches(cs, title, nextYear);
        else named = memo[s] ??= headingMatches(cs, title, nextYear);
      }
      if (named) {
        const lead = p.text.length - p.text.trimStart().length;
        const from = h ? h.marker.from : lead;
        const to = h ? h.title.to : p.text.trimEnd().length;
        bests[s] = { paragraphIndex: i, from: p.from + from, to: p.from + to, label: p.text.slice(from, to).trim(), via: "heading" };
        left--;
        continue;
      }
      const cue = f?.cues.find((c) => c.key === cs.key);
      if (cue) {
        const to = Math.min(cue.to, cue.from + 20);
        const words = p.text.slice(cue.from, cue.to);
        const label = words.length > 12 ? words.slice(0, 12) + "…" : words;
        bests[s] = { paragraphIndex: i, from: p.from + cue.from, to: p.from + to, label, via: "cue" };
        left--;
      }
    }
  }
  return { bests, read, allFound: left === 0, stop: i };
}

/**
 * Locates each section of the template: by heading first (numbered, host-marked, inline 小标题,
 * short unnumbered lines), then by content cues. A heading naming two sections (存在问题及下步打算)
 * counts for both.
 */
export function locateSections(
  template: CompiledTemplate,
  paragraphs: readonly Paragraph[],
  facts: readonly SectionFacts[],
  nextYear: number,
  headings?: readonly number[],
  /** Facts standing for "no title, no cue": such paragraphs are skipped unless they are headings. */
  nothing?: SectionFacts,
  /** The report the paragraphs are of: a checker's next report may then reuse this pass (see `carriedOver`). */
  report?: ReportModel,
): Map<string, FoundSection> {
  const sections = template.sections;
  let named = report && headings && nothing ? carriedOver(report, template, facts, nextYear, nothing) : undefined;
  named ??= nameSections(template, paragraphs, facts, nextYear, headings, nothing);
  if (report && headings && nothing) lastNamed = { ...named, report, template, nextYear };
  const bests = named.bests;
  const found = new Map<string, FoundSection>();
  sections.forEach((cs, s) => {
    const best = bests[s];
    if (best) found.set(cs.section.id, best);
  });
  // Work done is often written under topic headings that name no section: body text before the
  // later sections (or, with none, anywhere) stands for it.
  sections.forEach((cs, index) => {
    if (!cs.section.presentIfBodyBefore || found.has(cs.section.id)) return;
    let end = paragraphs.length;
    for (const later of sections.slice(index + 1)) {
      const f = found.get(later.section.id);
      if (f && f.paragraphIndex < end) end = f.paragraphIndex;
    }
    let body = 0;
    let first: Paragraph | undefined;
    for (let i = 0; i < end && body < BODY_BEFORE_MIN; i++) {
      const p = paragraphs[i]!;
      if (p.isTitle) continue;
      body += p.text.trim().length;
      first ??= p;
    }
    if (body >= BODY_BEFORE_MIN && first) found.set(cs.section.id, { paragraphIndex: first.index, from: first.from, to: first.from + 1, label: "", via: "body" });
  });
  return found;
}

/**
 * Whether a paragraph's heading title names each section of a template (by index; undefined until
 * asked), kept with its (cached) facts per template and year: one lookup per heading and check.
 */
const titleMatchesByFacts = new WeakMap<SectionFacts, { nextYear: number; template: CompiledTemplate; matches: (boolean | undefined)[] }>();

function titleMatchesOf(facts: SectionFacts, template: CompiledTemplate, nextYear: number): (boolean | undefined)[] {
  let memo = titleMatchesByFacts.get(facts);
  if (!memo || memo.nextYear !== nextYear || memo.template !== template) {
    memo = { nextYear, template, matches: new Array<boolean | undefined>(template.sections.length) };
    titleMatchesByFacts.set(facts, memo);
  }
  return memo.matches;
}
