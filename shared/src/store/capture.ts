/**
 * Capture: a text the user selected (「1-10月完成固定资产投资3.2亿元，同比增长12.3%」) → figure
 * drafts for the save form, using the engine's own extraction so that what is saved is read the
 * way the checker later reads the report. A draft is a proposal: it says what is missing
 * (name, period) and never guesses a value the text does not state exactly.
 */
import { extractFigureFacts, extractFigures, type ExtractedFigure, type FigureFact } from "../figures";
import { parsePeriodInput } from "./period-input";
import { cleanNumber } from "./units";

/** What part the figure plays in its sentence (from the engine's extraction). */
export type DraftRole = "level" | "change" | "share" | "standard";

/** A proposed saved figure, with where it was found and what the user still has to fill in. */
export interface FigureDraft {
  /** Suggested indicator name; "" when the text does not name one. */
  name: string;
  value: number;
  unit: string;
  /** Period key from the text's words or `options.period`; undefined when unknown. */
  period?: string;
  region?: string;
  source?: string;
  role: DraftRole;
  /** 约、近、余、以上 or a range: not an exact value. */
  approximate: boolean;
  /** A target or plan (力争、预计), not an achieved value. */
  target: boolean;
  /** Offsets into the captured text, and the figure as written. */
  from: number;
  to: number;
  raw: string;
  /** Chinese notes on what must be checked or filled in before saving; empty when ready. */
  problems: string[];
}

export interface CaptureOptions {
  /** The year relative period words refer to (上半年, 1-10月); default the current year. */
  year?: number;
  /** The period (key or typed, 2026年上半年) for figures whose words give none, e.g. the report's. */
  period?: string;
  /** Region or organisation for figures without a named scope. */
  region?: string;
  /** Source to record (e.g. the report's title). */
  source?: string;
}

function roleOf(fact: FigureFact | undefined): DraftRole | "skip" {
  switch (fact?.role) {
    case undefined:
    case "level":
    case "to":
      return "level";
    case "change":
      return "change";
    case "share":
      return "share";
    case "standard":
      return "standard";
    // Last year's value or a starting point: not a figure of the period being reported.
    case "baseline":
    case "from":
      return "skip";
    default:
      return "level";
  }
}

/** The name a change or share is saved under: 固定资产投资 + 增速 / 增量 / 占比. */
function draftName(indicator: string, role: DraftRole, unit: string): string {
  if (!indicator) return "";
  if (role === "share") return `${indicator}占比`;
  if (role === "change") return unit === "%" ? `${indicator}增速` : unit.endsWith("百分点") ? `${indicator}增速变化` : `${indicator}增量`;
  return indicator;
}

/** Drops a leading scope from an indicator: 城北社区新建文化广场 → 新建文化广场 (the scope becomes the region). */
function withoutScope(indicator: string, scope: string | undefined): string {
  if (scope && indicator.startsWith(scope) && indicator.length > scope.length) return indicator.slice(scope.length);
  return indicator;
}

function toDraft(figure: ExtractedFigure, fact: FigureFact | undefined, options: CaptureOptions): FigureDraft | undefined {
  const role = roleOf(fact);
  if (role === "skip") return undefined;
  const indicator = withoutScope(figure.indicator ?? "", figure.scope);
  const down = role === "change" && fact?.direction === "down";
  const draft: FigureDraft = {
    name: draftName(indicator, role, figure.unit),
    value: down ? cleanNumber(-figure.value) : figure.value,
    unit: figure.unit,
    role,
    approximate: figure.approximate,
    target: fact?.target ?? false,
    from: figure.from,
    to: figure.to,
    raw: figure.raw,
    problems: [],
  };
  const period = figure.period ?? (options.period ? parsePeriodInput(options.period, options.year === undefined ? {} : { year: options.year }) : undefined);
  if (period) draft.period = period;
  const region = figure.scope ?? options.region;
  if (region) draft.region = region;
  if (options.source) draft.source = options.source;
  if (!draft.name) draft.problems.push("文中未写明指标名称，请填写");
  if (!draft.period) draft.problems.push("文中未写明期间，请填写");
  if (draft.approximate) draft.problems.push(`“${figure.raw}”是约数，请核实确切数值`);
  if (draft.target) draft.problems.push("这是目标或预计值，不是完成值");
  return draft;
}

/** Figure drafts for every figure of the selected text, in text order. */
export function captureFigures(text: string, options: CaptureOptions = {}): FigureDraft[] {
  const extracted = extractFigures(text, options.year === undefined ? {} : { year: options.year });
  // The public extraction has no role; the facts (same pass, same offsets) say whether a figure
  // is a level, a change or last year's baseline.
  const facts = new Map(extractFigureFacts(text).map((f) => [f.from, f]));
  const drafts: FigureDraft[] = [];
  for (const figure of extracted) {
    const draft = toDraft(figure, facts.get(figure.from), options);
    if (draft) drafts.push(draft);
  }
  return drafts;
}
