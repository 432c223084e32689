/**
 * The DOM layer of Tally: finding editors, reading them as text, drawing highlights over them,
 * the card, and writing back through each editor's input path. Knows nothing of rules or of the
 * extension's messaging, so it can also run in a plain page.
 */
export { TallyController } from "./controller";
export type { EditorIssues, IssueSummary, TallyOptions } from "./controller";
export { adapterFor, isOptedOut, RichTextAdapter, TextareaAdapter } from "./adapters";
export type { EditorAdapter, EditorKind, TextSelection } from "./adapters";
export { TextMap } from "./text-map";
export { figureLookup, figuresBefore } from "./figures";
export { figureInsertText } from "./card";
export { guard, logError } from "./guard";
export { categoryStyle, highlightName, CATEGORY_STYLES } from "./categories";
