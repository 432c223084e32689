import { analyzeParagraph } from "../model/analyze";
import { buildReport } from "../model/build";
import { splitParagraphs } from "../model/paragraphs";
import type { ParagraphAnalysis } from "../model/types";
import { builtinRules } from "../rules";
import type { Finding, Rule, RuleContext } from "../rules/types";
import type { CheckOptions, Diagnostic } from "../types";
import { isRuleOff, resolveSeverity } from "./settings";
import { isIsoDate, today } from "./today";

/** A checker that remembers per-paragraph work between calls. */
export interface Checker {
  check(text: string, overrides?: Pick<CheckOptions, "blocks">): Diagnostic[];
}

/**
 * Creates a checker with fixed options. Per-paragraph analyses and each rule's per-paragraph facts
 * are cached by paragraph text, so re-checking after an edit redoes only the edited paragraphs plus
 * the document-level passes over cached facts. Results equal a fresh `check` of the same text.
 */
export function createChecker(options: CheckOptions = {}): Checker {
  if (options.referenceDate !== undefined && !isIsoDate(options.referenceDate)) {
    throw new RangeError(`referenceDate must be YYYY-MM-DD, got "${options.referenceDate}"`);
  }
  const active = builtinRules.filter((r) => !isRuleOff(options.rules, r.meta.id, r.meta.category));
  // Two generations: entries used by the last check survive the next one; the rest are dropped,
  // so the cache never outgrows two versions of the document.
  let analyses = new Map<string, ParagraphAnalysis>();
  let facts = active.map(() => new Map<string, unknown>());

  return {
    check(text, overrides) {
      const referenceDate = options.referenceDate ?? today();
      const ctx: RuleContext = { options, referenceDate, ...(options.figures ? { figures: options.figures } : {}) };
      const raw = splitParagraphs(text);
      const nextAnalyses = new Map<string, ParagraphAnalysis>();
      const paragraphAnalyses = raw.map((p) => {
        let a = nextAnalyses.get(p.text) ?? analyses.get(p.text);
        if (!a) a = analyzeParagraph(p.text);
        nextAnalyses.set(p.text, a);
        return a;
      });
      analyses = nextAnalyses;
      const report = buildReport(text, raw, paragraphAnalyses, referenceDate, overrides?.blocks ?? options.blocks);

      const out: Diagnostic[] = [];
      facts = active.map((rule, i) => {
        const cache = facts[i]!;
        const next = new Map<string, unknown>();
        let ruleFacts: unknown[] = [];
        if (rule.scan) {
          ruleFacts = paragraphAnalyses.map((a) => {
            if (next.has(a.text)) return next.get(a.text);
            const f = cache.has(a.text) ? cache.get(a.text) : rule.scan!(a, ctx);
            next.set(a.text, f);
            return f;
          });
        }
        for (const finding of rule.report(report, ruleFacts, ctx)) {
          const d = toDiagnostic(rule, finding, text, options);
          if (d) out.push(d);
        }
        return next;
      });
      return sortDiagnostics(out);
    },
  };
}

/** Checks a text once. */
export function check(text: string, options: CheckOptions = {}): Diagnostic[] {
  return createChecker(options).check(text);
}

function toDiagnostic(rule: Rule<any>, f: Finding, text: string, options: CheckOptions): Diagnostic | undefined {
  if (!(f.from >= 0 && f.to > f.from && f.to <= text.length)) return undefined;
  const ruleId = f.ruleId ?? rule.meta.id;
  const severity = resolveSeverity(options.rules, ruleId, rule.meta.category, f.severity ?? rule.meta.severity);
  if (!severity) return undefined;
  const d: Diagnostic = {
    ruleId,
    category: rule.meta.category,
    severity,
    from: f.from,
    to: f.to,
    text: text.slice(f.from, f.to),
    message: f.message,
  };
  if (f.section !== undefined) d.section = f.section;
  if (f.related?.length) d.related = f.related;
  if (f.fixes?.length) d.fixes = f.fixes;
  return d;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.from - b.from || a.to - b.to || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
