import { check, type CheckOptions, type Diagnostic } from "@tally/shared";

const OTHER_CATEGORIES = ["masked-number", "masked-text", "stale-phrase", "missing-section", "numbering", "duplicate", "boilerplate"];

/** Figure-consistency diagnostics of a text, other categories switched off. */
export function figureDiagnostics(text: string, options: CheckOptions = {}): Diagnostic[] {
  const rules = Object.fromEntries(OTHER_CATEGORIES.map((c) => [c, "off" as const]));
  return check(text, { referenceDate: "2026-11-23", ...options, rules: { ...rules, ...options.rules } }).filter(
    (d) => d.category === "figure-consistency",
  );
}

/** Diagnostics of one rule. */
export function ruleDiagnostics(ruleId: string, text: string, options: CheckOptions = {}): Diagnostic[] {
  return figureDiagnostics(text, options).filter((d) => d.ruleId === ruleId);
}

/** A report around some body paragraphs, titled with its period. */
export function report(title: string, ...body: string[]): string {
  return [title, "", ...body].join("\n");
}
