/**
 * @tally/shared — the Tally rule engine. Pure TypeScript, no DOM.
 *
 * `check(text, options)` returns the diagnostics of a report; `createChecker(options)` keeps
 * per-paragraph work between calls for editors that re-check on every change.
 */
export { check, createChecker } from "./engine/checker";
export type { Checker } from "./engine/checker";
export { CATEGORIES } from "./types";
export type {
  Category,
  CheckOptions,
  Diagnostic,
  FigureLookup,
  Fix,
  HostBlockHint,
  RelatedLocation,
  RuleSetting,
  SavedFigure,
  Severity,
} from "./types";
export { builtinRules } from "./rules";
export type { Finding, Rule, RuleContext, RuleMeta } from "./rules";
export type { ReportModel, ReportPeriod, ReportKind, Paragraph, ParagraphAnalysis, HeadingMarker } from "./model/types";
export { analyzeReport } from "./model/report";
export { toPeriodKey, parsePeriodKey, normalizePeriodKey } from "./model/period-key";
export type { PeriodRange } from "./model/period-key";
export { BUILTIN_TEMPLATES, BUILTIN_TEMPLATE_IDS } from "./data/templates";
export type { ReportTemplate, SectionTemplate } from "./data/templates";
export { validateTemplate } from "./rules/structure/templates";
export { outlineOf, headingOf, detectHeading } from "./model/headings";
export type { OutlineEntry } from "./model/headings";
export { STALE_PHRASES } from "./data/stale-phrases";
export { validateStalePhrase } from "./rules/stale/entry";
export type { StalePhraseEntry, StalePhraseValidation } from "./rules/stale/entry";
export { extractFigures, formatValue, formatInUnit, normalize, unitInfo } from "./figures";
export type { ExtractedFigure, UnitInfo } from "./figures";
