import { defineRule } from "../types";
import type { Finding } from "../types";
import { placeholdersOf, type PlaceholderToken } from "./placeholders";

/** Message per slot: a date or an ordinal asks for a different thing than a quantity. */
function message(token: PlaceholderToken, shown: string): string {
  switch (token.slot) {
    case "date":
      return `此处日期未填写（“${shown}”为占位符），请填入实际日期`;
    case "ordinal":
      return `此处届次或序号未填写（“${shown}”为占位符），请填入实际届次或序号`;
    default:
      return `此处数字未填写（“${shown}”为占位符），请填入实际数值`;
  }
}

/**
 * masked-number: a placeholder left where a number belongs (现有户籍人口*户, 增长xx%, 1至XX月,
 * 十九届X中全会). Forgotten figures are the most embarrassing slip of a template report.
 */
export const maskedNumber = defineRule<PlaceholderToken[]>({
  meta: {
    id: "masked-number",
    category: "masked-number",
    severity: "warning",
    description: "数字未填写：模板中的占位符（*、xx、XX、××、□□等）留在了应填数字的位置",
  },
  // findings only in paragraphs with hits: see Rule.findingsFollowFacts
  findingsFollowFacts: {},
  scan(paragraph) {
    return placeholdersOf(paragraph).filter((t) => t.kind === "number");
  },
  report(report, facts) {
    const out: Finding[] = [];
    for (let i = 0; i < facts.length; i++) {
      const tokens = facts[i]!;
      if (tokens.length === 0) continue;
      const p = report.paragraphs[i]!;
      for (const t of tokens) {
        out.push({ from: p.from + t.from, to: p.from + t.to, message: message(t, p.text.slice(t.from, t.to)) });
      }
    }
    return out;
  },
});
