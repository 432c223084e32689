import { ANACHRONISM_TERMS } from "../../data/stale-phrases";
import { defineRule, type Finding } from "../types";
import { activeEntries, ANACHRONISM_MATCH, familyMatches } from "./compile";

const terms = ANACHRONISM_TERMS.map((t) => ({ term: t, pattern: new RegExp(t.pattern, "g") }));

interface TermHit {
  termId: string;
  from: number;
  to: number;
}

/**
 * stale-phrase/anachronism (info): a term used in a report whose whole period lies before the term
 * existed (新质生产力 in a 2022 summary). Usually a recycled template or a mis-dated report.
 */
export const anachronismRule = defineRule<TermHit[]>({
  meta: {
    id: "stale-phrase/anachronism",
    category: "stale-phrase",
    severity: "info",
    description: "检查报告所属时期之后才出现的提法（可能套用了新模板或年份有误）",
  },
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
    const out: Finding[] = [];
    for (let i = 0; i < facts.length; i++) {
      const hits = facts[i];
      if (!hits || hits.length === 0) continue;
      const p = report.paragraphs[i]!;
      for (const hit of hits) {
        const term = byId.get(hit.termId);
        if (!term || report.period.end >= term.notBefore) continue;
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
