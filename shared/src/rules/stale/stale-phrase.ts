import { headingIndices } from "../../model/build";
import type { ParagraphAnalysis } from "../../model/types";
import type { Severity } from "../../types";
import { defineRule, type Finding } from "../types";
import { activeEntries, familyMatches, STALE_ENTRY_MATCH, type EntrySet } from "./compile";
import { addDays, lookingBackSections, midpoint, paragraphLooksBack, surroundings, yearOf } from "./context";

/** One occurrence of a stale-phrase entry in a paragraph (paragraph-relative offsets). */
interface PhraseHit {
  entryId: string;
  from: number;
  to: number;
  /** Narration of the past by the words around it. */
  historical: boolean;
  yearsBefore: number[];
  results: boolean;
  /** Presented as ongoing work (深入推进…, 坚决打赢…): what a straddling period is judged by. */
  ongoing: boolean;
  /** The fix text with the pattern's groups filled in. */
  fix?: string;
}

/**
 * stale-phrase: policy phrasing superseded before the report's own period (§0 of the reference).
 * period start ≥ staleFrom → the entry's severity; the period straddles staleFrom → info when most
 * of the period lies after the change and the phrase is presented as ongoing work (深入推进…),
 * nothing otherwise (a review may name what happened before the change); period end < staleFrom →
 * nothing.
 * Historical narration (期间 / 以来 / 回顾 / 原… / an earlier year named before it / a section
 * looking back over past years) is never flagged.
 */
export const stalePhraseRule = defineRule<PhraseHit[]>({
  meta: {
    id: "stale-phrase",
    category: "stale-phrase",
    severity: "warning",
    description: "按报告所属时期检查已过时的政策提法、机构名称和活动名称",
  },
  // findings only in paragraphs with hits: see Rule.findingsFollowFacts
  findingsFollowFacts: {},
  scan(analysis, ctx) {
    return findHits(analysis, activeEntries(ctx.options.stalePhrases));
  },
  report(report, facts, ctx) {
    const entries = entriesById(activeEntries(ctx.options.stalePhrases));
    const { start, end, label } = report.period;
    const startYear = yearOf(start);
    const middle = midpoint(start, end);
    const backSections = lookingBackSections(report.paragraphs, headingIndices(report));
    const out: Finding[] = [];
    for (let i = 0; i < facts.length; i++) {
      const hits = facts[i];
      if (!hits || hits.length === 0) continue;
      if (backSections[i]) continue;
      const p = report.paragraphs[i]!;
      for (const hit of hits) {
        const entry = entries.get(hit.entryId);
        if (!entry || hit.historical) continue;
        if (end < entry.staleFrom) continue;
        if (hit.yearsBefore.some((y) => y < startYear)) continue;
        // 巩固…成果 stays current wording for a year after a campaign ends.
        if (hit.results && start < addDays(entry.staleFrom, 365)) continue;
        let severity: Severity = entry.verified === false ? "info" : entry.severity;
        let message = entry.message;
        if (start < entry.staleFrom) {
          // The period straddles the change: say something only when most of it comes after.
          if (entry.staleFrom > middle || !hit.ongoing) continue;
          severity = "info";
          message = `${entry.message.replace(/[。.]$/, "")}（报告期${label}内发生该变化，请按时间核对）。`;
        }
        const finding: Finding = { ruleId: `stale-phrase/${entry.id}`, from: p.from + hit.from, to: p.from + hit.to, message, severity };
        if (hit.fix !== undefined && hit.fix.length > 0) finding.fixes = [{ label: `改为“${hit.fix}”`, replacement: hit.fix }];
        out.push(finding);
      }
    }
    return out;
  },
});

const byIdOfSet = new WeakMap<EntrySet, Map<string, EntrySet["entries"][number]["entry"]>>();

/** The entries of a set by id, built once per set. */
function entriesById(set: EntrySet): Map<string, EntrySet["entries"][number]["entry"]> {
  let byId = byIdOfSet.get(set);
  if (!byId) {
    byId = new Map(set.entries.map((c) => [c.entry.id, c.entry]));
    byIdOfSet.set(set, byId);
  }
  return byId;
}

/**
 * All hits in one paragraph. Overlapping matches are first reduced to the longest (建档立卡贫困户,
 * not also 贫困户), so that a longer phrase excused by its context does not leave a part behind;
 * then the text-only filters of each entry apply.
 */
function findHits(analysis: ParagraphAnalysis, set: EntrySet): PhraseHit[] {
  const text = analysis.text;
  if ((familyMatches(set, analysis) & STALE_ENTRY_MATCH) === 0) return [];
  const matches: { c: (typeof set.entries)[number]; m: RegExpExecArray; from: number; to: number }[] = [];
  for (const c of set.entriesFor(text)) {
    c.pattern.lastIndex = 0;
    for (let m = c.pattern.exec(text); m; m = c.pattern.exec(text)) {
      if (m[0].length === 0) {
        c.pattern.lastIndex++;
        continue;
      }
      const [from, to] = flaggedSpan(m);
      if (to > from) matches.push({ c, m, from, to });
    }
  }
  matches.sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from));
  const longest: typeof matches = [];
  for (const x of matches) {
    const last = longest[longest.length - 1];
    if (last && x.from < last.to) {
      if (x.to - x.from > last.to - last.from) longest[longest.length - 1] = x;
      continue;
    }
    longest.push(x);
  }
  const hits: PhraseHit[] = [];
  const paragraphBack = paragraphLooksBack(analysis);
  for (const { c, m, from, to } of longest) {
    const around = surroundings(analysis, from, to, paragraphBack);
    const phrase = text.slice(from, to);
    if (phrase.endsWith("局") && BUREAU_CHAR_STARTS_WORD.test(around.after)) continue;
    if (c.unlessBefore?.test(around.before)) continue;
    if (c.unlessAfter?.test(around.after)) continue;
    if (c.unless?.test(around.before + phrase + around.after)) continue;
    if (c.context && !c.context.test(around.before.slice(-20) + phrase + around.after.slice(0, 12))) continue;
    const hit: PhraseHit = {
      entryId: c.entry.id,
      from,
      to,
      historical: around.historical,
      yearsBefore: around.yearsBefore,
      results: around.results,
      ongoing: ONGOING_BEFORE.test(around.before) || ONGOING_START.test(phrase),
    };
    if (c.entry.fix !== undefined) hit.fix = fillGroups(c.entry.fix, m.groups);
    hits.push(hit);
  }
  return hits;
}

/**
 * After a hit ending in 局, a character that makes 局 part of another word: 农业局部受灾 (局部),
 * 旅游局面向好 (局面), 局势. 局 部署 / 面向 / 面对 / 势必 still read as the bureau doing something.
 */
const BUREAU_CHAR_STARTS_WORD = /^(?:部(?!署)|面(?![向对])|势(?!必))/;

/** An ongoing-work verb right before the phrase (深入推进, 扎实开展, 认真贯彻落实 …). */
const ONGOING_BEFORE = /(?:深入|扎实|持续|继续|全面|认真|大力|着力|正在|不断|坚决|全力|进一步)(?:开展|推进|实施|抓好|落实|打好|打赢|推动|贯彻|学习|做好)[^，。；、]{0,6}$/;
/** A phrase that itself starts with such a verb (坚决打赢脱贫攻坚战, 深入开展党史学习教育). */
const ONGOING_START = /^(?:坚决|全力|决战|决胜|深入|扎实|打赢|打好|夺取)/;

/** The part of a match to flag: the first named group called hit… that matched, else the whole match. */
function flaggedSpan(m: RegExpExecArray): [number, number] {
  const groups = m.indices?.groups;
  if (groups) {
    for (const [name, span] of Object.entries(groups)) {
      if (name.startsWith("hit") && span) return span;
    }
  }
  return [m.index, m.index + m[0].length];
}

/** Fills $<name> in a fix with the pattern's named groups (unmatched groups are empty). */
function fillGroups(fix: string, groups: Record<string, string | undefined> | undefined): string {
  return fix.replace(/\$<([A-Za-z_][A-Za-z0-9_]*)>/g, (_, name: string) => groups?.[name] ?? "");
}
