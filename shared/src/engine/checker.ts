import { analyzeParagraph } from "../model/analyze";
import { assembleReport, hostLevelAt, hostLevelsOf, isHeadingParagraph, newParagraph, setHeadingIndices } from "../model/build";
import { diffParagraphs, splitParagraphs } from "../model/paragraphs";
import type { Paragraph, ParagraphAnalysis, ReportModel } from "../model/types";
import { builtinRules } from "../rules";
import type { Finding, Rule, RuleContext } from "../rules/types";
import type { CheckOptions, Diagnostic, HostBlockHint } from "../types";
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
  const active = activeRules(options);
  const runs = categoryRuns(active);
  // One cache entry per distinct paragraph text: its analysis and every rule's facts. A re-check
  // looks up only the paragraphs of the edited region; the paragraphs before and after it keep
  // their model objects and their facts (moved to their new index and offsets).
  // Entries no paragraph uses any more survive one more check (an undo finds them), then go.
  const entries = new Map<string, ParagraphEntry>();
  let retired: ParagraphEntry[] = [];
  let lastText = "";
  let lastParagraphs: Paragraph[] = [];
  let lastEntries: ParagraphEntry[] = [];
  let lastFacts: unknown[][] = active.map(() => []);
  let lastBlocks: readonly HostBlockHint[] | undefined;
  let lastTitle: Paragraph | undefined;
  let lastHeadings: number[] = [];
  let lastReport: ReportModel | undefined;
  // Each rule's findings of the last check, for rules whose findings follow their facts.
  const lastFindings: (Finding[] | undefined)[] = active.map(() => undefined);

  // Entries made by this check, analysed at once and scanned after the split (see scanEntries).
  const unscanned: ParagraphEntry[] = [];
  const entryFor = (text: string): ParagraphEntry => {
    let entry = entries.get(text);
    if (!entry) {
      entry = { text, analysis: analyzeParagraph(text), facts: new Array<unknown>(active.length), uses: 0 };
      entries.set(text, entry);
      unscanned.push(entry);
    }
    entry.uses++;
    return entry;
  };

  /** Scans the new entries (see scanInOrder) and stores each rule's facts with its entry. */
  const scanEntries = (ctx: RuleContext): void => {
    const factsByRule = active.map(() => new Array<unknown>(unscanned.length));
    scanInOrder(active, runs, unscanned.map((entry) => entry.analysis), factsByRule, ctx);
    for (let r = 0; r < active.length; r++) {
      if (!active[r]!.scan) continue;
      const facts = factsByRule[r]!;
      for (let k = 0; k < unscanned.length; k++) unscanned[k]!.facts[r] = facts[k];
    }
    unscanned.length = 0;
  };

  return {
    check(text, overrides) {
      const referenceDate = options.referenceDate ?? today();
      const ctx = contextOf(options, referenceDate);
      const blocks = overrides?.blocks ?? options.blocks;
      const { head, tail, delta, inserted } = diffParagraphs(lastText, lastParagraphs, text);
      // where the edit starts in the last text: findings from there on move by delta
      const editStart = head < lastParagraphs.length ? lastParagraphs[head]!.from : lastText.length;
      const hostLevels = blocks || lastBlocks ? hostLevelsOf(blocks) : undefined;

      // Paragraphs: the kept head as is, the new ones, the kept tail moved to its new place. The
      // arrays of the last check are edited in place (the last report is not used any more).
      const newEntries: ParagraphEntry[] = [];
      const newParagraphs: Paragraph[] = [];
      for (const raw of inserted) {
        const entry = entryFor(raw.text);
        newEntries.push(entry);
        newParagraphs.push(newParagraph(raw, head + newParagraphs.length, entry.analysis, hostLevels && hostLevelAt(hostLevels, raw)));
      }
      scanEntries(ctx);
      const shift = head + inserted.length - tail;
      if (shift !== 0 || delta !== 0) {
        for (let i = tail; i < lastParagraphs.length; i++) {
          const p = lastParagraphs[i]!;
          p.index += shift;
          p.from += delta;
          p.to += delta;
        }
      }
      const removed = lastEntries.slice(head, tail);
      const removedParagraphs = lastParagraphs.slice(head, tail);
      const paragraphs = replaceRange(lastParagraphs, head, tail, newParagraphs);
      const paragraphEntries = replaceRange(lastEntries, head, tail, newEntries);
      for (const entry of removed) entry.uses--;
      for (const entry of retired) if (entry.uses === 0 && entries.get(entry.text) === entry) entries.delete(entry.text);
      retired = removed.filter((e) => e.uses === 0);
      // Whether only [head, head + inserted) differs from the last check's paragraphs.
      let oneRun = lastReport !== undefined;
      if (hostLevels) {
        // Host headings come with the blocks of each call: settle every paragraph's level again.
        for (let i = 0; i < paragraphs.length; i++) {
          const p = paragraphs[i]!;
          const level = hostLevelAt(hostLevels, p);
          if (level !== p.hostHeadingLevel) {
            paragraphs[i] = newParagraph(p, i, p.analysis, level);
            if (i < head || i >= head + inserted.length) oneRun = false;
          }
        }
      }
      // Heading indices: the kept ones, the edited region's, the tail's moved.
      const headings: number[] = [];
      if (hostLevels) {
        for (let i = 0; i < paragraphs.length; i++) if (isHeadingParagraph(paragraphs[i]!)) headings.push(i);
      } else {
        for (const h of lastHeadings) {
          if (h >= head) break;
          headings.push(h);
        }
        for (let i = head; i < head + inserted.length; i++) if (isHeadingParagraph(paragraphs[i]!)) headings.push(i);
        for (const h of lastHeadings) if (h >= tail) headings.push(h + shift);
      }
      lastHeadings = headings;
      if (lastTitle) lastTitle.isTitle = false;
      const report = assembleReport(text, paragraphs, referenceDate);
      setHeadingIndices(report, headings);
      if (oneRun) report.edit = { previous: lastReport!, head, removed: removedParagraphs, inserted: inserted.length };
      // the previous report is only needed by this one's rules: drop the chain
      if (lastReport?.edit) lastReport.edit = undefined;
      lastReport = report;
      lastTitle = report.title;
      lastText = text;
      lastParagraphs = paragraphs;
      lastEntries = paragraphEntries;
      lastBlocks = blocks;

      for (let r = 0; r < active.length; r++) {
        lastFacts[r] = replaceRange(
          lastFacts[r]!,
          head,
          tail,
          newEntries.map((entry) => entry.facts[r]),
        );
      }
      const previous = report.edit?.previous;
      const sameContext = previous !== undefined && sameReportContext(previous, report) && !removedParagraphs.some(isHeadingParagraph) && !newParagraphs.some(isHeadingParagraph);
      return reportAll(active, report, lastFacts, ctx, (r) => {
        const rule = active[r]!;
        const last = lastFindings[r];
        let findings: Finding[];
        if (rule.findingsFollowFacts && last !== undefined && sameContext && allEmpty(rule, r, removed) && allEmpty(rule, r, newEntries)) {
          findings = delta === 0 ? last : last.map((f) => moveFinding(f, editStart, delta));
        } else findings = rule.report(report, lastFacts[r]!, ctx);
        if (rule.findingsFollowFacts) lastFindings[r] = findings;
        return findings;
      });
    },
  };
}

/** The rules the options leave on; validates the options a checker keeps. */
function activeRules(options: CheckOptions): Rule<any>[] {
  if (options.referenceDate !== undefined && !isIsoDate(options.referenceDate)) {
    throw new RangeError(`referenceDate must be YYYY-MM-DD, got "${options.referenceDate}"`);
  }
  return builtinRules.filter((r) => !isRuleOff(options.rules, r.meta.id, r.meta.category));
}

function contextOf(options: CheckOptions, referenceDate: string): RuleContext {
  return { options, referenceDate, ...(options.figures ? { figures: options.figures } : {}) };
}

/** [from, to) ranges of consecutive active rules of one category. */
function categoryRuns(active: readonly Rule<any>[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let from = 0; from < active.length; ) {
    const category = active[from]!.meta.category;
    let to = from + 1;
    while (to < active.length && active[to]!.meta.category === category) to++;
    runs.push([from, to]);
    from = to;
  }
  return runs;
}

/**
 * Fills factsByRule[r][k] with active[r].scan(analyses[k]) for every rule with a scan, category by
 * category rather than paragraph by paragraph: a rule's lookup tables and compiled regexes stay in
 * the caches over a whole report. Within a category the order stays paragraph by paragraph (the
 * figure rules share one scan of each paragraph, asked in a row; so do the stale-phrase rules).
 */
function scanInOrder(
  active: readonly Rule<any>[],
  runs: readonly [number, number][],
  analyses: readonly ParagraphAnalysis[],
  factsByRule: unknown[][],
  ctx: RuleContext,
): void {
  for (const [from, to] of runs) {
    if (to - from === 1) {
      // One rule in the category: a plain loop.
      const rule = active[from]!;
      if (!rule.scan) continue;
      const facts = factsByRule[from]!;
      for (let k = 0; k < analyses.length; k++) facts[k] = normalizeFacts(rule.scan(analyses[k]!, ctx));
      continue;
    }
    for (let k = 0; k < analyses.length; k++) {
      for (let r = from; r < to; r++) {
        const rule = active[r]!;
        if (rule.scan) factsByRule[r]![k] = normalizeFacts(rule.scan(analyses[k]!, ctx));
      }
    }
  }
}

/** Whether the rule's facts of every entry are empty (see Rule.findingsFollowFacts). */
function allEmpty(rule: Rule<any>, r: number, entries: readonly ParagraphEntry[]): boolean {
  const empty = rule.findingsFollowFacts?.emptyFacts;
  for (const entry of entries) {
    const facts = entry.facts[r];
    if (facts !== NO_FACTS && facts !== undefined && (empty === undefined || facts !== empty)) return false;
  }
  return true;
}

/** Whether two reports have the same title, period, kind and reference date. */
function sameReportContext(a: ReportModel, b: ReportModel): boolean {
  const p = a.period;
  const q = b.period;
  return (
    a.title === b.title &&
    a.kind === b.kind &&
    a.referenceDate === b.referenceDate &&
    p.start === q.start &&
    p.end === q.end &&
    p.source === q.source &&
    p.label === q.label &&
    p.dated === q.dated
  );
}

/** A finding of the last text moved to the new one: offsets at or after `from` move by `delta`. */
function moveFinding(f: Finding, from: number, delta: number): Finding {
  const move = (offset: number) => (offset >= from ? offset + delta : offset);
  let moves = f.to > from;
  if (!moves) for (const r of f.related ?? []) moves ||= r.to > from;
  if (!moves) for (const x of f.fixes ?? []) moves ||= x.to !== undefined && x.to > from;
  if (!moves) return f;
  // One shape for every moved finding (absent fields stay undefined): spreading each finding
  // into a copy costs more than the rest of a re-check's moving.
  return {
    ruleId: f.ruleId,
    from: move(f.from),
    to: move(f.to),
    message: f.message,
    severity: f.severity,
    section: f.section,
    related: f.related?.map((r) => ({ from: move(r.from), to: move(r.to), message: r.message })),
    fixes: f.fixes?.map((x) => (x.from === undefined ? x : { ...x, from: move(x.from), to: move(x.to!) })),
  };
}

/** Empty facts arrays become the shared NO_FACTS. */
function normalizeFacts(value: unknown): unknown {
  return Array.isArray(value) && value.length === 0 ? NO_FACTS : value;
}

/**
 * Every rule's findings over the report as sorted diagnostics; factsByRule[r] belongs to active[r].
 * `findingsOf` may give a rule's findings another way (the checker's moved findings).
 */
function reportAll(
  active: readonly Rule<any>[],
  report: ReportModel,
  factsByRule: readonly unknown[][],
  ctx: RuleContext,
  findingsOf: (r: number) => Finding[] = (r) => active[r]!.report(report, factsByRule[r]!, ctx),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let r = 0; r < active.length; r++) {
    const rule = active[r]!;
    for (const finding of findingsOf(r)) {
      const d = toDiagnostic(rule, finding, report.text, ctx.options);
      if (d) out.push(d);
    }
  }
  return sortDiagnostics(out);
}

/**
 * `list` with [head, tail) replaced by `middle`, edited in place when that is cheap: splice moves
 * the kept tail natively, where copying element by element costs microseconds per rule.
 */
function replaceRange<T>(list: T[], head: number, tail: number, middle: T[]): T[] {
  if (head === 0 && tail === list.length) return middle;
  // Spreading passes every element as an argument: keep it to modest counts.
  if (middle.length <= 4096) {
    list.splice(head, tail - head, ...middle);
    return list;
  }
  return list.slice(0, head).concat(middle, list.slice(tail));
}

/**
 * Stands for every empty facts array: the reports of most rules skip most paragraphs, and testing
 * one shared (always cached) array is much cheaper than reaching a thousand scattered empty ones.
 */
const NO_FACTS: readonly never[] = Object.freeze([]);

/** What the checker keeps about one distinct paragraph text. */
interface ParagraphEntry {
  text: string;
  analysis: ParagraphAnalysis;
  /** facts[r] belongs to the r-th active rule (undefined for rules without a scan). */
  facts: unknown[];
  /** How many paragraphs of the last check have this text. */
  uses: number;
}

/**
 * Checks a text once. The direct path of a first check: no cache by paragraph text and no edit
 * bookkeeping; the same model and rule calls as `createChecker(options).check(text)`, so the same result.
 */
export function check(text: string, options: CheckOptions = {}): Diagnostic[] {
  const active = activeRules(options);
  const referenceDate = options.referenceDate ?? today();
  const ctx = contextOf(options, referenceDate);
  const hostLevels = options.blocks ? hostLevelsOf(options.blocks) : undefined;
  const raw = splitParagraphs(text);
  const paragraphs: Paragraph[] = new Array(raw.length);
  const headings: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const p = raw[i]!;
    const paragraph = newParagraph(p, i, analyzeParagraph(p.text), hostLevels && hostLevelAt(hostLevels, p));
    paragraphs[i] = paragraph;
    if (isHeadingParagraph(paragraph)) headings.push(i);
  }
  const report = assembleReport(text, paragraphs, referenceDate);
  setHeadingIndices(report, headings);
  // Rules without a scan get facts of undefined, one per paragraph, as from the checker.
  const factsByRule = active.map(() => new Array<unknown>(paragraphs.length).fill(undefined));
  scanInOrder(active, categoryRuns(active), paragraphs.map((p) => p.analysis), factsByRule, ctx);
  return reportAll(active, report, factsByRule, ctx);
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
