/** The categories Tally reports; fixed by DESIGN.md. */
export const CATEGORIES = [
  "masked-number",
  "masked-text",
  "stale-phrase",
  "missing-section",
  "figure-consistency",
  "numbering",
  "duplicate",
  "boilerplate",
] as const;

export type Category = (typeof CATEGORIES)[number];

export type Severity = "error" | "warning" | "info";

/** A rule setting: off, or a severity that overrides the rule's default. */
export type RuleSetting = "off" | Severity;

/** A replacement the user can apply with one click. Without from/to it replaces the flagged range. */
export interface Fix {
  label: string;
  replacement: string;
  from?: number;
  to?: number;
}

/** Another place that takes part in the same problem (e.g. the other figure of a conflict). */
export interface RelatedLocation {
  from: number;
  to: number;
  message: string;
}

/** One finding. Offsets are UTF-16 code units into the checked text. Contract: DESIGN.md. */
export interface Diagnostic {
  ruleId: string;
  category: Category | string;
  severity: Severity;
  from: number;
  to: number;
  /** Always `text.slice(from, to)` of the checked text. */
  text: string;
  /** Chinese, one sentence: what is wrong and what would be right. */
  message: string;
  /** missing-section only: which section is absent. */
  section?: "achievements" | "problems" | "plans" | string;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

/** A saved indicator value, as kept by the figure store. */
export interface SavedFigure {
  id?: number;
  name: string;
  value: number;
  unit: string;
  /** Normalised period: 2026 · 2026-H1 · 2026-Q3 · 2026-01..2026-10 · 2026-10 */
  period: string;
  region?: string;
  source?: string;
  aliases?: string[];
  note?: string;
  createdAt?: number;
  updatedAt?: number;
}

/** Synchronous access to saved figures, as the engine needs it while checking. */
export interface FigureLookup {
  lookup(name: string, period?: string): SavedFigure | undefined;
}

/** A heading the host editor knows about (e.g. a Tiptap heading node), given by paragraph start offset. */
export interface HostBlockHint {
  /** Offset of the block's first character in the checked text. */
  from: number;
  kind: "heading" | "table-cell" | "list-item";
  level?: number;
}

export interface CheckOptions {
  /** YYYY-MM-DD; default today. The report's own period, when the text gives one, wins. */
  referenceDate?: string;
  /** Section template id; default inferred from the title. */
  template?: string;
  /** By rule id or category id. A rule id setting wins over its category's. */
  rules?: Record<string, RuleSetting>;
  figures?: FigureLookup;
  /** Extra stale-phrase entries (validated), e.g. the user's own from the options page. */
  stalePhrases?: unknown[];
  /** Extra section templates (validated). */
  templates?: unknown[];
  /** Structure the host knows (headings as such); offsets into the checked text. */
  blocks?: HostBlockHint[];
}
