import { defineRule } from "../types";
import type { Finding } from "../types";
import { placeholdersOf, type PlaceholderToken } from "./placeholders";

/**
 * masked-text: a placeholder standing for a name or a phrase (XX镇, *县, X有限公司, 以XXXX为指导).
 * A single 某 before a place suffix (某村) is often deliberate anonymity, so it only gets `info`.
 * Sensitive-word masks (**建工作, 习近平***) are a platform's filter, not a gap: never reported.
 */
export const maskedText = defineRule<PlaceholderToken[]>({
  meta: {
    id: "masked-text",
    category: "masked-text",
    severity: "warning",
    description: "名称未填写：模板中的占位符（XX镇、*县、某某同志等）留在了应填名称的位置",
  },
  // findings only in paragraphs with hits: see Rule.findingsFollowFacts
  findingsFollowFacts: {},
  scan(paragraph) {
    return placeholdersOf(paragraph).filter((t) => t.kind === "name");
  },
  report(report, facts) {
    const out: Finding[] = [];
    for (let i = 0; i < facts.length; i++) {
      const tokens = facts[i]!;
      if (tokens.length === 0) continue;
      const p = report.paragraphs[i]!;
      for (const t of tokens) {
        const shown = p.text.slice(t.from, t.to);
        const finding: Finding = { from: p.from + t.from, to: p.from + t.to, message: message(t, shown) };
        if (t.slot === "vague-name") {
          finding.ruleId = "masked-text/vague";
          finding.severity = "info";
        }
        out.push(finding);
      }
    }
    return out;
  },
});

function message(token: PlaceholderToken, shown: string): string {
  if (token.slot === "phrase") return `此处内容未填写（“${shown}”为占位符），请填入实际内容`;
  if (token.slot === "vague-name") return `此处名称未具体填写（“${shown}”），如非有意隐去，请填入实际名称`;
  return `此处名称未填写（“${shown}”为占位符），请填入实际名称`;
}
