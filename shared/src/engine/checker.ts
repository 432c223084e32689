import { analyzeParagraph } from "../model/analyze";
import { buildReport } from "../model/build";
import { splitParagraphsAfterEdit, type RawParagraph } from "../model/paragraphs";
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
  // One cache entry per distinct paragraph text: its analysis and every rule's facts. A re-check
  // hashes each paragraph's text once; rules then read their facts by position, not by text.
  // Two generations: entries used by the last check survive the next one; the rest are dropped,
  // so the cache never outgrows two versions of the document.
  let entries = new Map<string, ParagraphEntry>();
  let lastText = "";
  let lastRaw: RawParagraph[] = [];

  return {
    check(text, overrides) {
      const referenceDate = options.referenceDate ?? today();
      const ctx: RuleContext = { options, referenceDate, ...(options.figures ? { figures: options.figures } : {}) };
      const raw = splitParagraphsAfterEdit(lastText, lastRaw, text);
      lastText = text;
      lastRaw = raw;
      const next = new Map<string, ParagraphEntry>();
      const paragraphEntries: ParagraphEntry[] = new Array(raw.length);
      for (let i = 0; i < raw.length; i++) {
        const key = raw[i]!.text;
        let entry = next.get(key) ?? entries.get(key);
        if (!entry) entry = { analysis: analyzeParagraph(key), facts: new Array(active.length), scanned: 0 };
        next.set(key, entry);
        paragraphEntries[i] = entry;
      }
      entries = next;
      const analyses = paragraphEntries.map((e) => e.analysis);
      const report = buildReport(text, raw, analyses, referenceDate, overrides?.blocks ?? options.blocks);

      const out: Diagnostic[] = [];
      for (let r = 0; r < active.length; r++) {
        const rule = active[r]!;
        let ruleFacts: unknown[] = [];
        if (rule.scan) {
          const bit = 2 ** r;
          ruleFacts = new Array(paragraphEntries.length);
          for (let i = 0; i < paragraphEntries.length; i++) {
            const entry = paragraphEntries[i]!;
            // `scanned` marks which rules have facts for this entry (facts may legitimately be undefined).
            if (Math.floor(entry.scanned / bit) % 2 === 0) {
              entry.facts[r] = rule.scan(entry.analysis, ctx);
              entry.scanned += bit;
            }
            ruleFacts[i] = entry.facts[r];
          }
        }
        for (const finding of rule.report(report, ruleFacts, ctx)) {
          const d = toDiagnostic(rule, finding, text, options);
          if (d) out.push(d);
        }
      }
      return sortDiagnostics(out);
    },
  };
}

/** What the checker keeps about one distinct paragraph text. */
interface ParagraphEntry {
  analysis: ParagraphAnalysis;
  /** facts[r] belongs to the r-th active rule. */
  facts: unknown[];
  /** Bit r set when facts[r] has been computed. */
  scanned: number;
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
