/**
 * The report model that rules read: paragraphs, sentences, headings, enumerations, the report's
 * period and kind. Per-paragraph parts use offsets relative to the paragraph (they are cached by
 * paragraph text); `Paragraph.from` turns them into offsets into the whole text.
 */

/** A range relative to its paragraph. */
export interface LocalSpan {
  from: number;
  to: number;
}

/** Heading numbering styles, by the GB/T 9704 hierarchy plus the forms reports use besides it. */
export type HeadingStyle =
  | "chinese" //        一、
  | "paren-chinese" //  （一）
  | "arabic" //         1. or 1、 or 1．
  | "paren-arabic" //   （1）
  | "circled" //        ①
  | "part" //           第一部分 / 第一章
  | "host"; //          a heading the host editor marks as such, with no number

export interface HeadingMarker {
  style: HeadingStyle;
  /** Conventional level: 1 一、 · 2 （一） · 3 1. · 4 （1） · 5 ①; part = 0; host = the host's level. */
  level: number;
  /** 1-based number the marker carries; 0 for host headings without one. */
  ordinal: number;
  /** The marker itself, e.g. "一、" or "（三）". */
  marker: LocalSpan;
  /** The heading's title text (up to the first 。 or the end of the line). */
  title: LocalSpan;
  /** True when body text follows the title on the same line (小标题+正文 style). */
  inline: boolean;
  /** Deviations from the standard form, e.g. half-width brackets, 一. instead of 一、 */
  variant?: "half-width-paren" | "dot" | "comma" | "ideographic-comma" | "fullwidth-dot";
}

/** An inline enumeration item: 一是 / 二是 …, 首先 / 其次 / 最后, 第一， / 第二， */
export interface Enumerator {
  kind: "shi" | "sequence-word" | "di";
  /** 1-based; for 首先/其次/再次/最后, 最后 = -1 (it closes the run whatever its count). */
  ordinal: number;
  span: LocalSpan;
}

/** Everything about one paragraph that depends only on its text (cacheable). */
export interface ParagraphAnalysis {
  text: string;
  sentences: LocalSpan[];
  heading?: HeadingMarker;
  enumerators: Enumerator[];
}

export interface Paragraph {
  index: number;
  /** Offset of the first character in the whole text. */
  from: number;
  /** Offset after the last character (line terminator excluded). */
  to: number;
  text: string;
  analysis: ParagraphAnalysis;
  /** The document title (first short paragraph naming the report). */
  isTitle: boolean;
  /** The host says this block is a heading (level as the host numbers it). */
  hostHeadingLevel?: number;
}

/** The period a report covers, inclusive, as ISO dates. */
export interface ReportPeriod {
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD
  /** How it was found: the title, the body text, or the fallback reference date. */
  source: "title" | "text" | "reference";
  /** Human label, e.g. 2026年1—10月 */
  label: string;
  /** YYYY-MM-DD of the date line (the signature), when the text has one: when it was written. */
  dated?: string;
}

export type ReportKind =
  | "summary" //          工作总结
  | "half-year-plan" //   上半年工作总结和下半年工作计划
  | "report" //           工作汇报 / 情况报告
  | "duty" //             述职报告 / 述责述廉
  | "research" //         调研报告
  | "government" //       政府工作报告
  | "plan" //             工作计划 / 要点
  | "special" //          请示, 通知, 讲话稿, 事故/灾情/整改情况的报告: no review skeleton
  | "unknown";

export interface ReportModel {
  text: string;
  paragraphs: Paragraph[];
  title?: Paragraph;
  period: ReportPeriod;
  kind: ReportKind;
  /** YYYY-MM-DD the checker treats as "now". */
  referenceDate: string;
  /**
   * How this report differs from the previous check of the same checker, when only a run of
   * paragraphs changed (absent on a first check, a fresh `check`, or when host headings moved).
   * Rules may use it to update document-level work instead of redoing it; results must not change.
   */
  edit?: ReportEdit;
}

/**
 * One replaced run of paragraphs: report.paragraphs[head, head + inserted) are new, in place of
 * `removed`; the paragraphs before are the previous check's objects unchanged, those after are the
 * previous check's objects with their index and offsets moved.
 */
export interface ReportEdit {
  previous: ReportModel;
  head: number;
  removed: readonly Paragraph[];
  inserted: number;
}
