import type { Category, CheckOptions, FigureLookup, Fix, RelatedLocation, Severity } from "../types";
import type { ParagraphAnalysis, ReportModel } from "../model/types";

/** What settings pages and docs show about a rule. */
export interface RuleMeta {
  /** Stable id; diagnostics may use sub-ids below it, e.g. "stale-phrase/19th-congress". */
  id: string;
  category: Category;
  severity: Severity;
  /** Chinese, one line, shown in the options page. */
  description: string;
}

/** A rule's finding in whole-text offsets. The engine adds `text`, settles severity and category. */
export interface Finding {
  /** Defaults to the rule's meta.id. */
  ruleId?: string;
  from: number;
  to: number;
  message: string;
  severity?: Severity;
  section?: string;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

/** Everything a rule may read besides the report. */
export interface RuleContext {
  options: CheckOptions;
  referenceDate: string;
  figures?: FigureLookup;
}

/**
 * A rule in two steps. `scan` looks at one paragraph and returns facts that depend only on the
 * paragraph's text (and the checker's fixed options): the engine caches them by text, so a re-check
 * after an edit re-scans only the edited paragraphs. `report` turns the facts of every paragraph
 * (facts[i] belongs to report.paragraphs[i]) into findings, with whole-text offsets.
 *
 * A checker reuses its arrays and paragraph objects on the next check (the edited range is spliced
 * in, kept paragraphs get their new index and offsets): a rule may cache what it derives from a
 * per-paragraph facts or analysis object, but must not keep the `facts` array, `report.paragraphs`
 * or a Paragraph's offsets beyond one call. Empty facts arrays are all one shared frozen array.
 *
 * Scan order: the engine scans the new paragraphs category by category (a rule's tables stay in
 * the caches), and within one category paragraph by paragraph, all the category's rules on one
 * paragraph before the next: rules of one category may share per-paragraph work through a cache
 * of the last paragraph seen. Scans must not depend on that order otherwise.
 */
export interface Rule<F = unknown> {
  meta: RuleMeta;
  scan?(paragraph: ParagraphAnalysis, ctx: RuleContext): F;
  report(report: ReportModel, facts: readonly F[], ctx: RuleContext): Finding[];
  /**
   * Set when `report` reads only the paragraphs whose facts are not empty (an empty array, or
   * `emptyFacts`), the headings, the title, and the report's period and kind, and places every
   * finding inside such a paragraph. A checker's re-check whose edit replaced only paragraphs
   * without facts and without headings then moves the last findings instead of calling `report`
   * (typing in an ordinary sentence leaves the placeholder, stale-phrase and numbering passes alone).
   */
  findingsFollowFacts?: { emptyFacts?: F };
}

/** Helps TypeScript infer F for a rule literal. */
export function defineRule<F>(rule: Rule<F>): Rule<F> {
  return rule;
}
