import { ANACHRONISM_TERMS } from "../../data/stale-phrases";
import { defineRule, type Finding } from "../types";
import { activeEntries, ANACHRONISM_MATCH, familyMatches } from "./compile";
import { addDays } from "./context";
import type { ReportPeriod } from "../../model/types";

const terms = ANACHRONISM_TERMS.map((t) => ({ term: t, pattern: new RegExp(t.pattern, "g") }));

/**
 * Reports are written after their period ends (an annual summary in January, a half-year one in
 * July). Without a signature date, a term that appeared this soon after the period's end may
 * have been current when the text was written.
 */
const WRITING_GRACE_DAYS = 61;

/** The latest date the report can have been written: its signature date, else the period's end plus the grace. */
function latestWritingDate(period: ReportPeriod): string {
  return period.dated ?? addDays(period.end, WRITING_GRACE_DAYS);
}

interface TermHit {
  termId: string;
  from: number;
  to: number;
}

/**
 * stale-phrase/anachronism (info): a term used in a report written before the term existed
 * (新质生产力 in a 2022 summary). Usually a recycled template or a mis-dated report.
 */
export const anachronismRule = defineRule<TermHit[]>({
  meta: {
    id: "stale-phrase/anachronism",
    category: "stale-phrase",
    severity: "info",
    description: "检查报告所属时期之后才出现的提法（可能套用了新模板或年份有误）",
  },
  // findings only in paragraphs with hits: see Rule.findingsFollowFacts
  findingsFollowFacts: {},
  scan(analysis, ctx) {
    if ((familyMatches(activeEntries(ctx.options.stalePhrases), analysis) & ANACHRONISM_MATCH) === 0) return [];
    const out: TermHit[] = [];
    for (const { term, pattern } of terms) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(analysis.text); m; m = pattern.exec(analysis.text)) {
        out.push({ termId: term.id, from: m.index, to: m.index + m[0].length });
      }
    }
    return out;
  },
  report(report, facts) {
    // A period taken from the reference date says nothing about when the text was written.
    if (report.period.source === "reference") return [];
    const byId = new Map(ANACHRONISM_TERMS.map((t) => [t.id, t]));
    const writtenBy = latestWritingDate(report.period);
    const out: Finding[] = [];
    for (let i = 0; i < facts.length; i++) {
      const hits = facts[i];
      if (!hits || hits.length === 0) continue;
      const p = report.paragraphs[i]!;
      for (const hit of hits) {
        const term = byId.get(hit.termId);
        if (!term || writtenBy >= term.notBefore) continue;
        const [y, m] = term.notBefore.split("-");
        out.push({
          ruleId: "stale-phrase/anachronism",
          from: p.from + hit.from,
          to: p.from + hit.to,
          severity: "info",
          message: `“${p.text.slice(hit.from, hit.to)}”是${y}年${+m!}月以后才出现的提法，与报告期${report.period.label}不符，请核对报告年份。`,
        });
      }
    }
    return out;
  },
});
