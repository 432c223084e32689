import { PLAN_YEAR_MARKERS } from "../../data/stale-phrases";
import { defineRule, type Finding } from "../types";
import { activeEntries, familyMatches, PLAN_YEAR_MATCH } from "./compile";
import { paragraphLooksBack, surroundings, yearOf } from "./context";

const markers = PLAN_YEAR_MARKERS.map((m) => ({ marker: m, pattern: new RegExp(m.pattern, "g") }));

interface YearPhrase {
  markerId: string;
  from: number;
  to: number;
  /** The year the sentence points at before the phrase: explicit, or relative (offset from the report's year). */
  explicitYear?: number;
  relative?: number;
  historical: boolean;
}

const RELATIVE: [RegExp, number][] = [
  [/(?:今年|本年|当年|本年度)/, 0],
  [/(?:去年|上年|上一年)/, -1],
  [/前年/, -2],
  [/(?:明年|来年|下一年|新的一年)/, 1],
];

/**
 * stale-phrase/plan-year: phrases that belong to one year (十四五开局之年 = 2021, 十五五开局之年 =
 * 2026, 建党100周年 = 2021) compared with the year the sentence speaks of. With 今年 / 2025年 … in
 * the sentence the year must match; without one, only a report two or more years away is flagged
 * (a summary's plans speak of next year, its review may recall last year).
 */
export const planYearRule = defineRule<YearPhrase[]>({
  meta: {
    id: "stale-phrase/plan-year",
    category: "stale-phrase",
    severity: "warning",
    description: "检查“开局之年”“收官之年”“建党××周年”等提法与报告年份是否一致",
  },
  // findings only in paragraphs with hits: see Rule.findingsFollowFacts
  findingsFollowFacts: {},
  scan(analysis, ctx) {
    if ((familyMatches(activeEntries(ctx.options.stalePhrases), analysis) & PLAN_YEAR_MATCH) === 0) return [];
    const out: YearPhrase[] = [];
    const paragraphBack = paragraphLooksBack(analysis);
    for (const { marker, pattern } of markers) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(analysis.text); m; m = pattern.exec(analysis.text)) {
        const from = m.index;
        const to = from + m[0].length;
        const around = surroundings(analysis, from, to, paragraphBack);
        const phrase: YearPhrase = { markerId: marker.id, from, to, historical: around.historical };
        const years = around.yearsBefore;
        if (years.length) phrase.explicitYear = years[years.length - 1]!;
        else {
          const clause = around.before.slice(-16);
          for (const [re, offset] of RELATIVE) if (re.test(clause)) phrase.relative = offset;
        }
        out.push(phrase);
      }
    }
    return out;
  },
  report(report, facts) {
    const reportYear = yearOf(report.period.start);
    const byId = new Map(PLAN_YEAR_MARKERS.map((m) => [m.id, m]));
    const out: Finding[] = [];
    for (let i = 0; i < facts.length; i++) {
      const hits = facts[i];
      if (!hits || hits.length === 0) continue;
      const p = report.paragraphs[i]!;
      for (const ph of hits) {
        const marker = byId.get(ph.markerId);
        if (!marker || ph.historical) continue;
        let spokenOf: number | undefined;
        if (ph.explicitYear !== undefined) spokenOf = ph.explicitYear;
        else if (ph.relative !== undefined) spokenOf = reportYear + ph.relative;
        if (spokenOf === undefined) {
          if (marker.needsCurrentYearCue || Math.abs(reportYear - marker.year) < 2) continue;
          spokenOf = reportYear;
        }
        if (spokenOf === marker.year) continue;
        out.push({
          ruleId: "stale-phrase/plan-year",
          from: p.from + ph.from,
          to: p.from + ph.to,
          severity: marker.severity,
          message: `${marker.label}是${marker.year}年，与所述的${spokenOf}年不符，请核对年份或改用当年的提法。`,
        });
      }
    }
    return out;
  },
});
