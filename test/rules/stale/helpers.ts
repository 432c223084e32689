import { check, type CheckOptions, type Diagnostic } from "@tally/shared";

/** The stale-phrase diagnostics of a text, reduced to what the tests compare. */
export function stale(text: string, options: CheckOptions = {}): { ruleId: string; text: string; severity: Diagnostic["severity"] }[] {
  return check(text, { referenceDate: "2026-11-23", ...options })
    .filter((d) => d.category === "stale-phrase")
    .map((d) => ({ ruleId: d.ruleId, text: d.text, severity: d.severity }));
}

/** A one-paragraph report body under a title that dates it. */
export const report = (title: string, body: string) => `${title}\n${body}`;

export const Y2026 = "东湖镇2026年工作总结";
