/**
 * @tally/editor-plugin — Tally for Tiptap v3: inline warnings on Chinese work reports, fixes,
 * figure insertion, and React panels for the issue list and the saved figures.
 */
export { TallyChecker } from "./extension";
export { tallyPluginKey, buildDecorations, updateDecorations } from "./plugin";
export type { TallyCheckerOptions, TallyCheckerStorage, TallyPluginState, FigureSuggestionContext, IgnoredSpot } from "./plugin";
export type { TallyDiagnostic } from "./diagnostics";
export { assignIds, mapDiagnostic, toEditorDiagnostics } from "./diagnostics";
export { documentText, textOffsetToPos } from "./text-map";
export type { DocumentText, TextBlockSpan } from "./text-map";
export {
  formatFigureText,
  formatNumber,
  formatPeriod,
  figureTextForPlaceholder,
  matchFiguresByContext,
  convertToUnit,
} from "./figures";
export type { FigureFormat } from "./figures";
export { CATEGORY_LABELS, SEVERITY_LABELS, SECTION_LABELS, categoryLabel } from "./labels";
export { diagnosticsToCsv, diagnosticsToMarkdown } from "./export";
export { TallyIssuesPanel } from "./react/TallyIssuesPanel";
export type { TallyIssuesPanelProps } from "./react/TallyIssuesPanel";
export { TallyFiguresPanel } from "./react/TallyFiguresPanel";
export type { TallyFiguresPanelProps, FiguresPanelStore } from "./react/TallyFiguresPanel";
export { useTallyDiagnostics } from "./react/use-tally-diagnostics";
export { captureFigureDrafts } from "./capture";
export type { FigureDraft } from "./capture";
