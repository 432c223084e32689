import {
  AMBIGUOUS_SUFFIXES,
  ANONYMOUS_PARTIES,
  CHECKBOX_LABELS,
  COLLECTIVE_NOUNS,
  COUNT_LEADERS,
  COUNTED_PLACE_SUFFIXES,
  DATE_WORDS,
  LABELS_BEFORE_LONE_X,
  LATIN_UNIT_WORDS,
  LATIN_X_WORDS_AFTER,
  MOU_NAME_SUFFIXES,
  MOU_ORDINARY_WORDS,
  NAME_SUFFIXES,
  NAME_WORDS_LIKE_UNITS,
  NUMBERED_UNITS,
  PERSON_TITLES,
  QUANTITY_WORDS,
  SENSITIVE_MASK_FOLLOWERS,
  SENSITIVE_MASK_LEADERS,
  STRICT_COUNT_LEADERS,
  STRONG_QUANTITY_WORDS,
  SURNAMES,
  UNIT_WORDS,
  WORDS_STARTING_WITH_SUFFIX,
} from "./context-words";
import type { ParagraphAnalysis } from "../../model/types";
import { wordSet } from "./word-match";

/**
 * Finds placeholders left in template reports (*, xx, XX, ××, □□, ○○, 某某 …) and tells whether
 * each stands for a number or a name, from its neighbours (shared/domain/stale-phrases.md §6).
 * One left-to-right pass with bounded look-around: linear in the paragraph's length whatever it
 * holds (100k asterisks, "xX" repeated, a 1M-character line).
 */

/** What a placeholder stands for. `masked-word` is a sensitive-word filter's mask, not a gap. */
export type PlaceholderKind = "number" | "name" | "masked-word";

/** Finer grain, used to word the message. */
export type PlaceholderSlot =
  | "quantity" //    投资xx万元
  | "date" //        X月X日, 20XX年
  | "ordinal" //     党的XX大, 十九届X中全会, “xx五”
  | "name" //        XX镇, *县, X有限公司
  | "phrase" //      以XXXX为指导
  | "vague-name" //  某村 (a single 某 before a place suffix: often deliberate)
  | "masked-word"; // **建工作, 习近平***

/** A placeholder in paragraph-relative offsets; [from, to) covers the placeholder characters only. */
export interface PlaceholderToken {
  from: number;
  to: number;
  kind: PlaceholderKind;
  slot: PlaceholderSlot;
}

type Family = "latin" | "times" | "star" | "box" | "circle" | "mou";

interface Candidate {
  from: number;
  to: number;
  family: Family;
  kind: PlaceholderKind | "ambiguous";
  slot: PlaceholderSlot;
}

const TRIGGER = /[XxＸｘ×*＊□○〇◯某]/;
const MAX_RUN: Record<Family, number> = { latin: 16, times: 8, star: 6, box: 8, circle: 8, mou: 4 };

const UNITS = wordSet(UNIT_WORDS);
const LATIN_UNITS = wordSet(LATIN_UNIT_WORDS);
const DATES = wordSet(DATE_WORDS);
const NAME_LIKE_UNITS = wordSet(NAME_WORDS_LIKE_UNITS);
const NAME_ENDINGS = wordSet(NAME_SUFFIXES);
const AMBIGUOUS_ENDINGS = wordSet(AMBIGUOUS_SUFFIXES);
const QUANTITY = wordSet(QUANTITY_WORDS);
const STRONG_QUANTITY = wordSet(STRONG_QUANTITY_WORDS);
const SENSITIVE_AFTER = wordSet(SENSITIVE_MASK_FOLLOWERS);
const SENSITIVE_BEFORE = wordSet(SENSITIVE_MASK_LEADERS);
const X_WORDS = wordSet(LATIN_X_WORDS_AFTER);
const X_LABELS = wordSet(LABELS_BEFORE_LONE_X);
const MOU_SUFFIXES = wordSet(MOU_NAME_SUFFIXES);
const MOU_ORDINARY = wordSet(MOU_ORDINARY_WORDS);
const CHECKBOXES = wordSet(CHECKBOX_LABELS);
const ORDINARY_AFTER_SUFFIX = wordSet([...MOU_ORDINARY_WORDS, ...WORDS_STARTING_WITH_SUFFIX]);
const PARTY_OF = wordSet(["党的"]);
const COUNT_LEADING = wordSet(COUNT_LEADERS);
const STRICT_COUNT_LEADING = wordSet(STRICT_COUNT_LEADERS);
const COLLECTIVES = wordSet(COLLECTIVE_NOUNS);
const NOT_COUNT_LEADING = wordSet(["中共", "公共"]);
const COUNTED_PLACES = wordSet(COUNTED_PLACE_SUFFIXES);
const NUMBERED = wordSet(NUMBERED_UNITS);
const ORDINAL_MARK = wordSet(["第"]);
const TITLES = wordSet(PERSON_TITLES);
const ANONYMOUS = wordSet(ANONYMOUS_PARTIES);
const SURNAME_CHARS = new Set(SURNAMES);

const DIMENSION_WORDS = new Set(["长", "宽", "高", "厚", "深"]);
const CHINESE_NUMERALS = new Set([..."一二三四五六七八九十零〇○◯两百千万壹贰叁肆伍陆柒捌玖拾"]);
/** Words after 「*号」 that explain the mark (*号为约束性指标, *号表示…). */
const MARK_EXPLAINED = wordSet(["为", "表示", "代表", "指", "的", "标注", "标记"]);
/** Verbs for putting a mark in a box: 打×, 画×. */
const MARKING_VERBS = new Set(["打", "画", "划"]);
const DASHED_DATE = /^[XxＸｘ×*＊□○]{2,4}[-./．／][XxＸｘ×*＊□○0-9]{1,2}[-./．／][XxＸｘ×*＊□○0-9]{1,2}/;
const LABEL_JOINERS = new Set(["-", "－", "—", "–"]);
const OPEN_BRACKETS = new Set(["（", "(", "［", "["]);
const CLOSE_BRACKETS = new Set(["）", ")", "］", "]"]);
const OPEN_QUOTES = new Set(["“", "\"", "‘", "'", "「", "《", "『", "【", "["]);
const CLOSE_QUOTES = new Set(["”", "\"", "’", "'", "」", "》", "』", "】", "]"]);
const URL_JOINERS = new Set([".", "/", "@", "_", "-", ":", "#", "&", "=", "?", "\\"]);
const RANGE_SIGNS = new Set(["-", "—", "–", "~", "～", "至", "到"]);
const NAME_LIST_JOINERS = new Set(["、", "和", "及", "与"]);
const LIST_JOINERS = new Set(["、", "，", ",", "和", "及", "与"]);
const LIST_GAP = /^[\s\u3000、，,和及与至到\-—–~～/]{1,3}$/;
const MAX_EMPHASIS = 120;
/** Nouns that are counted more often than named: a bare placeholder after them is left alone. */
const COUNTED_NOUNS = wordSet([
  "党员", "干部", "群众", "学生", "教师", "男性", "女性", "职工", "农户", "村民", "居民", "人员", "老人",
  "儿童", "患者", "对象", "企业", "个体户", "其中",
]);

const byAnalysis = new WeakMap<ParagraphAnalysis, PlaceholderToken[]>();
const NO_TOKENS: readonly PlaceholderToken[] = Object.freeze([]);

/**
 * The placeholders of an analysed paragraph, scanned once for both masked rules (the engine hands
 * every rule the same analysis object; the weak map lets it go with the analysis).
 */
export function placeholdersOf(paragraph: ParagraphAnalysis): readonly PlaceholderToken[] {
  // Most paragraphs hold no placeholder character: answer those without touching the weak map.
  if (!TRIGGER.test(paragraph.text)) return NO_TOKENS;
  let tokens = byAnalysis.get(paragraph);
  if (!tokens) {
    tokens = scanPlaceholders(paragraph.text);
    byAnalysis.set(paragraph, tokens);
  }
  return tokens;
}

/** Scans one paragraph. Tokens come in text order and never overlap. */
export function scanPlaceholders(text: string): PlaceholderToken[] {
  if (!TRIGGER.test(text)) return [];
  const lead = leadingSpaces(text);
  const para: ParagraphFacts = {
    emphasis: findEmphasisStars(text),
    formHasMarks: /[☑☒■√✓]/.test(text),
    lead,
    hasEquals: /[=＝]/.test(text),
  };
  const found: Candidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const family = familyOf(text[i]);
    if (!family) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && familyOf(text[e]) === family) e++;
    const c = consider(text, i, e, family, para);
    if (c) found.push(c);
    i = Math.max(e, c ? c.to : e);
  }
  resolveTableCells(text, found);
  resolveCountedLists(text, found);
  resolveLists(text, found);
  for (const c of found) if (c.kind === "ambiguous" && ambiguousReadsAsName(text, c, lead)) Object.assign(c, NAME);
  resolveNameLists(text, found);
  const out: PlaceholderToken[] = [];
  for (const c of found) if (c.kind !== "ambiguous") out.push({ from: c.from, to: c.to, kind: c.kind, slot: c.slot });
  return out;
}

function familyOf(ch: string | undefined): Family | undefined {
  switch (ch) {
    case "X":
    case "x":
    case "Ｘ":
    case "ｘ":
      return "latin";
    case "×":
      return "times";
    case "*":
    case "＊":
      return "star";
    case "□":
      return "box";
    case "○":
    case "〇":
    case "◯":
      return "circle";
    case "某":
      return "mou";
    default:
      return undefined;
  }
}

function consider(
  text: string,
  s: number,
  e: number,
  family: Family,
  para: ParagraphFacts,
): Candidate | undefined {
  const len = e - s;
  if (len > MAX_RUN[family]) return undefined;
  if (isMarkedPseudonym(text, e)) return undefined;
  switch (family) {
    case "latin":
      if (!latinStandsAlone(text, s, e) || isModelCode(text, e) || isQuotedMark(text, s, e)) return undefined;
      break;
    case "times":
      if (isMultiplication(text, s, e) || isFormulaSign(text, s, e, para) || isModelCode(text, e) || isQuotedMark(text, s, e)) return undefined;
      break;
    case "star":
      if (para.emphasis.has(s) || isListMarkerOrNote(text, s, e, para.lead)) return undefined;
      if (isSensitiveMask(text, s, e)) return { from: s, to: e, family, kind: "masked-word", slot: "masked-word" };
      if (isMultiplication(text, s, e) || isFormulaSign(text, s, e, para)) return undefined;
      break;
    case "box":
      if (len === 1 && isCheckbox(text, e, para.formHasMarks)) return undefined;
      break;
    case "circle":
      if (len < 2 || CHINESE_NUMERALS.has(text[s - 1] ?? "") || CHINESE_NUMERALS.has(text[e] ?? "")) return undefined;
      if (s === para.lead && isSpace(text[e])) return undefined; // ○○ 计划: a bullet
      if (len === 2 && text[e] === "后") return undefined; // 〇〇后青年: the generation born in the 2000s
      break;
    case "mou":
      if (len === 1) return singleMouName(text, s, e, para);
      if (isAnonymisedPerson(text, s, e)) return undefined;
      break;
  }
  // XXXX-XX-XX, 20XX.XX.XX: a date written with separators is one token.
  const dated = DASHED_DATE.exec(text.slice(s, s + 16));
  const datedEnd = dated ? s + dated[0].length : s;
  if (dated && !isLatinLetter(text[datedEnd]) && !isDigit(text[datedEnd])) return { from: s, to: datedEnd, family, ...DATE };
  // X.X亿元: the figure's whole mask is one token.
  let to = e;
  if ((text[to] === "." || text[to] === "．") && familyOf(text[to + 1]) === family) {
    to += 2;
    while (to < text.length && familyOf(text[to]) === family && to - s <= 2 * MAX_RUN[family]) to++;
  }
  let verdict = classify(text, s, to, family);
  // X.X in a table cell: a decimal point makes it a figure, whatever stands around it.
  if (to > e && (verdict === undefined || verdict.kind === "ambiguous")) verdict = NUMBER;
  return verdict ? { from: s, to, family, ...verdict } : undefined;
}

/** What the scan knows about the whole paragraph before looking at a run. */
interface ParagraphFacts {
  emphasis: ReadonlySet<number>;
  formHasMarks: boolean;
  /** Index of the first non-space character. */
  lead: number;
  /** Whether an = appears anywhere (a formula may multiply with × or *). */
  hasEquals: boolean;
  /** Where the paragraph hides a party on purpose (王某某, 某公司), read once when first needed. */
  anonymity?: AnonymityMarks;
}

function leadingSpaces(text: string): number {
  let k = 0;
  while (k < text.length && isSpace(text[k])) k++;
  return k;
}

type Verdict = { kind: PlaceholderKind | "ambiguous"; slot: PlaceholderSlot };

const NUMBER: Verdict = { kind: "number", slot: "quantity" };
const DATE: Verdict = { kind: "number", slot: "date" };
const ORDINAL: Verdict = { kind: "number", slot: "ordinal" };
const NAME: Verdict = { kind: "name", slot: "name" };
const AMBIGUOUS: Verdict = { kind: "ambiguous", slot: "name" };

/**
 * Measure words that are common words too (口 a mouth or a pass, 对 a preposition), so they are not in
 * UNIT_WORDS: a placeholder before one counts only when what it counts or a clause end follows
 * (XX口山塘, 婚姻登记XXX对。), not in XX口镇 or XX对接.
 */
const COMMON_WORD_MEASURE = /^(?:口(?:山塘|塘|井|水井|机井|池塘|鱼塘|水窖|堰塘|[，。；、）)])|对(?:[，。；、）)]|新人|夫妻|夫妇))/;

/** The number-or-name test of §6.2, on the placeholder [s, e). */
function classify(text: string, s: number, e: number, family: Family): Verdict | undefined {
  const after = skipSpacesForward(text, e);
  const before = skipSpacesBackward(text, s);
  const quantityBefore = followsQuantityWord(text, before);

  // Touching digits: 20XX年, 201x年, xx0.9%, xx458元. Without a unit after the figure it is a code (x86).
  if (isDigit(text[e]) || isDigit(text[s - 1]) || (isDot(text[e]) && isDigit(text[e + 1]))) {
    if (e - s === 1 && isDigit(text[s - 1]) && isDigit(text[e])) return undefined; // 3x4, 3*4
    let j = e;
    while (j < text.length && j - e < 24 && (isDigit(text[j]) || isDot(text[j]) || familyOf(text[j]) === family)) j++;
    // 20XX-20XX年: a range of figures takes the unit of its end.
    if (RANGE_SIGNS.has(text[j] ?? "") && (isDigit(text[j + 1]) || familyOf(text[j + 1]) === family)) {
      const rangeEnd = j + 1;
      j = rangeEnd;
      while (j < text.length && j - rangeEnd < 24 && (isDigit(text[j]) || isDot(text[j]) || familyOf(text[j]) === family)) j++;
    }
    let k = s;
    while (k > 0 && s - k < 24 && (isDigit(text[k - 1]) || isDot(text[k - 1]))) k--;
    const unitAt = skipSpacesForward(text, j);
    if (DATES.startsAt(text, unitAt) && !NAME_LIKE_UNITS.startsAt(text, unitAt)) return DATE;
    if ((UNITS.startsAt(text, unitAt) && !NAME_LIKE_UNITS.startsAt(text, unitAt)) || latinUnitAt(text, unitAt)) return NUMBER;
    if (isLatinLetter(text[j])) return undefined;
    // 增长12.5*： a mark after a figure is a footnote, not a partly masked number.
    if (j === e) return undefined;
    // 配备x86服务器, 采购X5型: a letter that opens a figure with no unit is a model code.
    if (family === "latin" && !isDigit(text[s - 1])) return undefined;
    if (followsQuantityWord(text, skipSpacesBackward(text, k))) return NUMBER;
    return undefined;
  }

  // Ordinals that date the report: 十九届X中全会, X中X会, 党的XX大, xx届, “xx五”.
  if (text.startsWith("中全会", after) || /^中[XxＸｘ×*＊]{1,2}全?会/.test(text.slice(after, after + 5))) return ORDINAL;
  const masksPlenum = familyOf(text[before - 2]) === family || CHINESE_NUMERALS.has(text[before - 2] ?? "");
  if (text[before - 1] === "中" && masksPlenum && (text.startsWith("全会", after) || text[after] === "会")) return ORDINAL;
  if (text[after] === "大" && PARTY_OF.endsAt(text, before) > 0) return ORDINAL;
  if (text[after] === "届") return ORDINAL;
  if (text[after] === "五" && (OPEN_QUOTES.has(text[before - 1] ?? "") || /^五(?:[”"’」]|规划|时期|期间)/.test(text.slice(after, after + 3)))) {
    return ORDINAL;
  }

  // 第XX村民小组, 第X网格: the unit's number in a sequence.
  if (ORDINAL_MARK.endsAt(text, before) > 0 && NUMBERED.startsAt(text, after) > 0) return ORDINAL;
  // 第X条第X款: after 第, anything but a name (第XX中学) is the number in a sequence.
  if (
    ORDINAL_MARK.endsAt(text, before) > 0 &&
    isHan(text[after]) &&
    NAME_ENDINGS.startsAt(text, after) === 0 &&
    NAME_LIKE_UNITS.startsAt(text, after) === 0
  ) {
    return ORDINAL;
  }
  if (countsUnits(text, before, after)) return NUMBER;
  if (COMMON_WORD_MEASURE.test(text.slice(after, after + 4))) return NUMBER;
  // （XX）个项目: a slot in brackets before its unit.
  if (OPEN_BRACKETS.has(text[s - 1] ?? "") && CLOSE_BRACKETS.has(text[e] ?? "")) {
    if (DATES.startsAt(text, e + 1) > 0 && NAME_LIKE_UNITS.startsAt(text, e + 1) === 0) return DATE;
    if (UNITS.startsAt(text, e + 1) > 0 && NAME_LIKE_UNITS.startsAt(text, e + 1) === 0) return NUMBER;
  }

  const nameLike = NAME_LIKE_UNITS.startsAt(text, after);
  if (nameLike > 0 && nameLike >= UNITS.startsAt(text, after)) return NAME;
  if (DATES.startsAt(text, after) > 0 && UNITS.startsAt(text, after) <= 1) return DATE; // not X年级
  if (UNITS.startsAt(text, after) > 0 || latinUnitAt(text, after) > 0) return NUMBER;
  // XX（万元）: the unit in brackets.
  if ((text[after] === "（" || text[after] === "(") && UNITS.startsAt(text, after + 1) > 0) return NUMBER;

  const next = text[after];
  // XX:XX, a time of day.
  const timeBefore = isColon(text[s - 1]) && (familyOf(text[s - 2]) === family || isDigit(text[s - 2]));
  const timeAfter = isColon(text[e]) && (familyOf(text[e + 1]) === family || isDigit(text[e + 1]));
  if (timeBefore || timeAfter) return DATE;
  // XX至XX万元: a range takes its kind from the other end.
  if (RANGE_SIGNS.has(next ?? "") && (familyOf(text[after + 1]) === family || isDigit(text[after + 1]))) return AMBIGUOUS;
  if (isHan(next)) {
    // 以XXXX为指导: a masked phrase.
    if (text[before - 1] === "以" && next === "为") return { kind: "name", slot: "phrase" };
    const ambiguousLen = AMBIGUOUS_ENDINGS.startsAt(text, after);
    if (ambiguousLen > 0 && NAME_ENDINGS.startsAt(text, after) <= ambiguousLen) return quantityBefore ? NUMBER : NAME;
    if (NAME_ENDINGS.startsAt(text, after) > 0) return NAME;
    if (STRONG_QUANTITY.endsAt(text, withoutLe(text, before)) > 0) return NUMBER;
    // One or two asterisks before an ordinary word are as likely a filtered word as a gap.
    if (family === "star" && e - s < 3) return undefined;
    return NAME;
  }
  if (quantityBefore) return NUMBER;
  if (OPEN_QUOTES.has(text[before - 1] ?? "") && CLOSE_QUOTES.has(next ?? "")) return NAME;
  return AMBIGUOUS;
}

/**
 * 全县XX乡镇, 共XX村民小组, 辖XX村: after a word that introduces a count, a placeholder before a
 * kind of unit says how many units there are. 乡镇 or 村民小组 after 全县 is counted; a single place
 * suffix (村, 社区) only after a strict count word (辖, 共), since 全县XX镇 may name one town.
 */
function countsUnits(text: string, before: number, after: number): boolean {
  if (NOT_COUNT_LEADING.endsAt(text, before) > 0) return false; // 中共XX镇委员会
  if (COUNT_LEADING.endsAt(text, before) > 0 && COLLECTIVES.startsAt(text, after) > 0) return true;
  return (
    STRICT_COUNT_LEADING.endsAt(text, before) > 0 &&
    COUNTED_PLACES.startsAt(text, after) > 0 &&
    ORDINARY_AFTER_SUFFIX.startsAt(text, after) === 0
  );
}

const CELL_REACH = 40;
/** Labels of a person's or a unit's field in a form row (联系人, 姓名, 单位名称): the cell after holds a name. */
const PERSON_FIELDS = wordSet(["人", "姓名", "名称", "单位", "地址", "书记", "主任", "队长", "组长", "站长", "所长", "校长", "院长", "代表", "法人"]);
/** Seven digits or more in a row: a phone, an ID or a code, not a figure of the table. */
const LONG_DIGITS = /[0-9０-９]{7}/;
const FIGURE_CELL = /^[+\-－]?[0-9０-９][0-9０-９,，.．]*[%％‰]?$/;

/** Whether `ch` separates table cells in a plain-text row (tab, pipe) or may (a space). */
function isCellSpace(ch: string | undefined): boolean {
  return ch === "\t" || ch === "|" || ch === "｜" || isSpace(ch);
}

/** A cell of a plain-text table row: where its text lies, and whether it opens the line. */
interface Cell {
  from: number;
  to: number;
  first: boolean;
}

/**
 * The gap at `i` going in direction `step`, if it separates cells (a tab, a pipe or two spaces):
 * the index just past it, else -1. A gap that reaches the line's edge returns that edge.
 */
function cellGap(text: string, i: number, step: 1 | -1): number {
  let k = i;
  let spaces = 0;
  let hard = false;
  while (k - i < CELL_REACH && i - k < CELL_REACH) {
    const ch = step === 1 ? text[k] : text[k - 1];
    if (!isCellSpace(ch)) break;
    if (ch === "\t" || ch === "|" || ch === "｜") hard = true;
    else spaces++;
    k += step;
  }
  const edge = step === 1 ? k >= text.length || text[k] === "\n" : k <= 0 || text[k - 1] === "\n";
  if (edge) return k;
  return hard || spaces >= 2 ? k : -1;
}

/** The cell whose near edge is `edge`, read in direction `step`; its ends are trimmed of spaces. */
function cellFrom(text: string, edge: number, step: 1 | -1): Cell | undefined {
  let k = edge;
  while (k - edge < CELL_REACH && edge - k < CELL_REACH) {
    const ch = step === 1 ? text[k] : text[k - 1];
    if (ch === undefined || ch === "\n" || ch === "\t" || ch === "|" || ch === "｜") break;
    if (isSpace(ch) && isSpace(step === 1 ? text[k + 1] : text[k - 2])) break;
    k += step;
  }
  let from = Math.min(edge, k);
  let to = Math.max(edge, k);
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  return from < to ? { from, to, first: isLineStart(text, from) } : undefined;
}

function isLineStart(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < CELL_REACH && isSpace(text[k - 1])) k--;
  return k === 0 || text[k - 1] === "\n";
}

/**
 * 固定资产投资    54000    XX    XX: a placeholder standing alone in a cell of a plain-text table
 * row, beside a cell that holds a figure, a unit or another placeholder, is a figure. A first cell
 * holding a serial number (1  XXX  男) says nothing: the row may list people.
 */
function resolveTableCells(text: string, found: Candidate[]): void {
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.kind !== "ambiguous") continue;
    const prevEdge = cellGap(text, c.from, -1);
    const nextEdge = cellGap(text, c.to, 1);
    if (prevEdge < 0 || nextEdge < 0 || isLineStart(text, c.from)) continue;
    const prev = cellFrom(text, prevEdge, -1);
    if (!prev) continue;
    const prevText = text.slice(prev.from, prev.to);
    const prevIsFigure = FIGURE_CELL.test(prevText);
    if (prevIsFigure && prev.first) continue;
    const prevToken = i > 0 && found[i - 1]!.from === prev.from && found[i - 1]!.to === prev.to ? found[i - 1] : undefined;
    const next = cellFrom(text, nextEdge, 1);
    const nextText = next ? text.slice(next.from, next.to) : "";
    const nextToken = i + 1 < found.length && next && found[i + 1]!.from === next.from && found[i + 1]!.to === next.to ? found[i + 1] : undefined;
    // 联系人  XXX  13800000000: a person's field and a phone number, not a row of figures.
    if (!prevIsFigure && PERSON_FIELDS.endsAt(prevText, prevText.length) > 0) continue;
    if (LONG_DIGITS.test(nextText)) continue;
    const prevSays = prevIsFigure || UNITS.startsAt(prevText, 0) === prevText.length || prevToken?.kind === "number";
    const nextSays = FIGURE_CELL.test(nextText) || (nextToken !== undefined && nextToken.kind !== "name");
    if (prevSays || nextSays) Object.assign(c, NUMBER);
  }
}

/**
 * 辖XX村、X社区: a place suffix in a list that goes on from a count of places is counted too
 * (the leader 辖 reaches the whole list).
 */
function resolveCountedLists(text: string, found: Candidate[]): void {
  for (let i = 1; i < found.length; i++) {
    const c = found[i]!;
    const p = found[i - 1]!;
    if (c.kind !== "name" || c.slot !== "name" || p.kind !== "number") continue;
    if (COUNTED_PLACES.startsAt(text, c.to) === 0 && COLLECTIVES.startsAt(text, c.to) === 0) continue;
    let k = p.to;
    if (text[k] === "个") k++;
    const noun = Math.max(COUNTED_PLACES.startsAt(text, k), COLLECTIVES.startsAt(text, k));
    if (noun === 0 || c.from - (k + noun) !== 1 || !LIST_JOINERS.has(text[k + noun]!)) continue;
    Object.assign(c, NUMBER);
  }
}

/** 对XX、XX、XX等企业: an undecided token listed with 、 (or 和/及/与) beside a name is a name too. */
function resolveNameLists(text: string, found: Candidate[]): void {
  const joins = (a: Candidate, b: Candidate) => b.from - a.to === 1 && NAME_LIST_JOINERS.has(text[a.to]!);
  for (let i = 1; i < found.length; i++) {
    const c = found[i]!;
    if (c.kind === "ambiguous" && found[i - 1]!.kind === "name" && joins(found[i - 1]!, c)) Object.assign(c, NAME);
  }
  for (let i = found.length - 2; i >= 0; i--) {
    const c = found[i]!;
    if (c.kind === "ambiguous" && found[i + 1]!.kind === "name" && joins(c, found[i + 1]!)) Object.assign(c, NAME);
  }
}

/** A run of figures (*、*、*; 分别为xx、xx): an undecided token next to a number is a number. */
function resolveLists(text: string, found: Candidate[]): void {
  const joins = (a: Candidate, b: Candidate) => LIST_GAP.test(text.slice(a.to, b.from));

  for (let i = 1; i < found.length; i++) {
    const c = found[i]!;
    const p = found[i - 1]!;
    if (c.kind === "ambiguous" && p.kind === "number" && joins(p, c)) Object.assign(c, NUMBER);
  }
  for (let i = found.length - 2; i >= 0; i--) {
    const c = found[i]!;
    const q = found[i + 1]!;
    if (c.kind === "ambiguous" && q.kind === "number" && joins(c, q)) Object.assign(c, NUMBER);
  }
}

/**
 * An undecided token (a placeholder before punctuation, with no unit or quantity word around it) is
 * a name after a word (研在xx、, 扮靓XX), a colon (负责人：***) or an opening quote, or when it opens
 * a line (XXX，男). After a noun that is usually counted (党员XX，女性XX) it could be a count as
 * well: then nothing is said.
 */
function ambiguousReadsAsName(text: string, c: Candidate, lead: number): boolean {
  const len = c.to - c.from;
  const long = c.family === "star" ? len >= 3 : len >= 2 || c.family === "mou";
  if (!long) return false;
  if (c.from === lead) {
    // XXX，男，汉族 opens a line as a name; a line (or table cell) holding nothing else is unclear.
    return c.family !== "star" && text.slice(c.to).trim() !== "";
  }
  const end = skipSpacesBackward(text, c.from);
  const prev = text[end - 1] ?? "";
  if (isHan(prev)) return COUNTED_NOUNS.endsAt(text, end) === 0;
  return isColon(prev) || OPEN_QUOTES.has(prev);
}

function latinStandsAlone(text: string, s: number, e: number): boolean {
  const prev = text[s - 1];
  const next = text[e];
  if (isLatinLetter(prev) || (isLatinLetter(next) && latinUnitAt(text, e) === 0)) return false; // XL, MAX
  // iPhone X, X Window: a Latin word one space away (another placeholder, as in a table row
  // "XX XX XX%", is no word).
  const after = skipSpacesForward(text, e);
  const before = skipSpacesBackward(text, s);
  if (after > e && isLatinLetter(text[after]) && !isPlaceholderWord(text, after, 1)) return false;
  if (before < s && isLatinLetter(text[before - 1]) && !isPlaceholderWord(text, before - 1, -1)) return false;
  // URLs, e-mail addresses, code: joined to Latin text.
  if (next !== undefined && URL_JOINERS.has(next) && isLatinLetter(text[e + 1]) && familyOf(text[e + 1]) !== "latin") return false;
  if (prev !== undefined && URL_JOINERS.has(prev) && isLatinLetter(text[s - 2]) && familyOf(text[s - 2]) !== "latin") return false;
  if (prev === "@" || next === "@") return false;
  if (prev === "+" || next === "+" || prev === "＋" || next === "＋") return false; // 1+X证书, X+N模式
  if (prev === "[" && next === "]" && e - s === 1) return false; // markdown checkbox [x]
  if (e - s === 1) {
    if (X_WORDS.startsAt(text, e) > 0 || X_LABELS.endsAt(text, s) > 0) return false;
    // 图X.X, 表X-X: the part after the dot or dash of a label whose first part was left alone
    if (isDot(prev) && familyOf(text[s - 2]) === "latin") return false;
    if (LABEL_JOINERS.has(prev ?? "") && familyOf(text[s - 2]) === "latin" && X_LABELS.endsAt(text, s - 2) > 0) return false;
    if (isMultiplication(text, s, e)) return false;
  }
  return true;
}

/** Length of a Latin unit (km, kW) at `i` that ends the word there, or 0. */
function latinUnitAt(text: string, i: number): number {
  const len = LATIN_UNITS.startsAt(text, i);
  return len > 0 && !isLatinLetter(text[i + len]) ? len : 0;
}

/** Whether the Latin word starting at `i` (reading in direction `step`) is a short run of X only. */
function isPlaceholderWord(text: string, i: number, step: 1 | -1): boolean {
  let k = i;
  for (let n = 0; n <= MAX_RUN.latin; n++, k += step) {
    const ch = text[k];
    if (!isLatinLetter(ch)) return n > 0;
    if (familyOf(ch) !== "latin") return false;
  }
  return false;
}

/** 3×4, 3 x 4, 长×宽: a single sign between two figures or two dimensions. */
function isMultiplication(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const prev = text[skipSpacesBackward(text, s) - 1];
  const next = text[skipSpacesForward(text, e)];
  // 6×8, 5米×4米, 3 x 4: a figure (with its unit) before and a figure after.
  if (isDigit(next)) for (let k = Math.max(0, s - 4); k < s; k++) if (isDigit(text[k])) return true;
  return DIMENSION_WORDS.has(prev ?? "") && DIMENSION_WORDS.has(next ?? "");
}

const FORMULA_REACH = 40;

/**
 * 完成率=完成数/目标数×100%, 得分=基础分×权重: one × or * before a figure, or inside a sentence
 * that is a formula (has =), multiplies.
 */
function isFormulaSign(text: string, s: number, e: number, para: ParagraphFacts): boolean {
  if (e - s !== 1) return false;
  if (isDigit(text[skipSpacesForward(text, e)])) return true;
  if (!para.hasEquals) return false;
  for (let k = s - 1; k >= 0 && s - k <= FORMULA_REACH && !SENTENCE_ENDS.has(text[k]!); k--) if (isEquals(text[k])) return true;
  for (let k = e; k < text.length && k - e <= FORMULA_REACH && !SENTENCE_ENDS.has(text[k]!); k++) if (isEquals(text[k])) return true;
  return false;
}

function isEquals(ch: string | undefined): boolean {
  return ch === "=" || ch === "＝";
}

/** A line-start bullet (* 项目), a note mark (*注, *号为…), or bold that opens a heading (**一、…). */
function isListMarkerOrNote(text: string, s: number, e: number, lead: number): boolean {
  if (noteMark(text, s, e)) return true;
  if (s !== lead) return false;
  if (e >= text.length || isSpace(text[e])) return true;
  const startsGap =
    UNITS.startsAt(text, e) > 0 || DATES.startsAt(text, e) > 0 || NAME_ENDINGS.startsAt(text, e) > 0 || NAME_LIKE_UNITS.startsAt(text, e) > 0;
  return !startsGap;
}

/** 注*, *注, 带*号的指标, *号为约束性指标: the asterisk is a mark the text talks about. */
function noteMark(text: string, s: number, e: number): boolean {
  if (text[s - 1] === "注" || text[e] === "注") return true;
  if (text[e] !== "号") return false;
  return "带标加打有".includes(text[s - 1] ?? "-") || MARK_EXPLAINED.startsAt(text, e + 1) > 0;
}

/** 打“×”, 表中“X”表示未完成: one cross in quotes, or after a word for marking, is a tick-box mark. */
function isQuotedMark(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  if (OPEN_QUOTES.has(text[s - 1] ?? "") && CLOSE_QUOTES.has(text[e] ?? "")) return true;
  return MARKING_VERBS.has(text[s - 1] ?? "") && UNITS.startsAt(text, e) === 0;
}

function isSensitiveMask(text: string, s: number, e: number): boolean {
  if (e - s > 3) return false;
  return SENSITIVE_AFTER.startsAt(text, e) > 0 || SENSITIVE_BEFORE.endsAt(text, s) > 0;
}

/** □是 □否: a form's checkbox. A lone □ is a placeholder only before a unit or a date word. */
function isCheckbox(text: string, e: number, formHasMarks: boolean): boolean {
  if (formHasMarks) return true;
  const after = skipSpacesForward(text, e);
  if (CHECKBOXES.startsAt(text, after) > 0) return true;
  return !(UNITS.startsAt(text, after) > 0 || DATES.startsAt(text, after) > 0);
}

function singleMouName(text: string, s: number, e: number, para: ParagraphFacts): Candidate | undefined {
  if (MOU_SUFFIXES.startsAt(text, e) === 0 || MOU_ORDINARY.startsAt(text, e) > 0) return undefined;
  para.anonymity ??= findAnonymityMarks(text);
  if (tellsAnonymisedCase(para.anonymity, s)) return undefined;
  return { from: s, to: e, family: "mou", kind: "name", slot: "vague-name" };
}

/**
 * 王某某, 李某: a surname before 某 is a person hidden on purpose in a case write-up (村民王某某因…),
 * the way courts and petition offices write. Only before a title (王某某同志) is it a slot to fill.
 */
function isAnonymisedPerson(text: string, s: number, e: number): boolean {
  return SURNAME_CHARS.has(text[s - 1] ?? "") && TITLES.startsAt(text, e) === 0;
}

const SENTENCE_ENDS = new Set(["。", "！", "？", "；", "\n", "!", "?", ";"]);
const CASE_REACH = 60;

/** Sorted positions of deliberate anonymity (王某某, 某公司) and of sentence ends in a paragraph. */
interface AnonymityMarks {
  marks: number[];
  sentenceEnds: number[];
}

/** One pass over the paragraph's 某 and sentence ends. */
function findAnonymityMarks(text: string): AnonymityMarks {
  const marks: number[] = [];
  const sentenceEnds: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (SENTENCE_ENDS.has(ch)) sentenceEnds.push(k);
    else if (ch === "某" && (SURNAME_CHARS.has(text[k - 1] ?? "") || ANONYMOUS.startsAt(text, k) > 0)) marks.push(k);
  }
  return { marks, sentenceEnds };
}

/** How many items of a sorted list are below `x`. */
function countBelow(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the sentence around the 某 at `at` hides its parties on purpose: then 某镇 does too. */
function tellsAnonymisedCase(found: AnonymityMarks, at: number): boolean {
  const sentence = countBelow(found.sentenceEnds, at);
  for (let j = countBelow(found.marks, at - CASE_REACH); j < found.marks.length; j++) {
    const mark = found.marks[j]!;
    if (mark > at + CASE_REACH) break;
    if (mark !== at && countBelow(found.sentenceEnds, mark) === sentence) return true;
  }
  return false;
}

const PSEUDONYM_NOTE = /^\s?等?[（(]\s?(?:以上|上述|文中)?(?:人名|姓名|人员)?(?:均为|均系|均是|都是|皆为|系|为)?化名/;
/**
 * The rest of a list of names closed by a note: 、李××（均为化名） · 、李×× 和王××等（以上均系化名）.
 * One note after a list covers the list. Only masked names (a surname or two and the placeholder)
 * joined by 、和与及 may come between, so that the note reaches back over its own list and no further.
 */
const LISTED_PSEUDONYMS = /^(?:[、和与及]\s?[\u4e00-\u9fa5]{1,2}[×XxＸｘ*＊○□某]{1,3}){1,8}等?\s?[（(]\s?(?:以上|上述|文中)?(?:人名|姓名|人员)?(?:均为|均系|均是|都是|皆为|系|为)?化名/;

/** 赵××（化名）, 张××、李××（均为化名）: the text says itself that the name is hidden on purpose. */
function isMarkedPseudonym(text: string, e: number): boolean {
  return PSEUDONYM_NOTE.test(text.slice(e, e + 14)) || (NAME_LIST_JOINERS.has(text.charAt(e)) && LISTED_PSEUDONYMS.test(text.slice(e, e + 64)));
}

const MODEL_CODE_CHARS = /[A-Za-z0-9ＸｘＡ-Ｚａ-ｚ０-９×\-－—_/]/;

/**
 * XX-XX型号, XX型: a model designation, which industry reports hide on purpose (某型号), not a gap.
 */
function isModelCode(text: string, e: number): boolean {
  let k = e;
  while (k < text.length && k - e < 12 && MODEL_CODE_CHARS.test(text[k]!)) k++;
  return text[k] === "型";
}

/**
 * Asterisk runs that are markdown emphasis around real text (**一、总体情况**, *注意*). A pair whose
 * inside starts with a unit or a suffix (**县**乡, *个村、*) is two placeholders, not emphasis.
 */
function findEmphasisStars(text: string): Set<number> {
  const out = new Set<number>();
  if (text.indexOf("*") < 0 && text.indexOf("＊") < 0) return out;
  const runs: { from: number; to: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (familyOf(text[i]) !== "star") continue;
    let e = i + 1;
    while (e < text.length && familyOf(text[e]) === "star") e++;
    runs.push({ from: i, to: e });
    i = e - 1;
  }
  for (let r = 0; r + 1 < runs.length; r++) {
    const open = runs[r]!;
    const close = runs[r + 1]!;
    const len = open.to - open.from;
    if (len > 3 || close.to - close.from !== len) continue;
    const inner = close.from - open.to;
    if (inner < 1 || inner > MAX_EMPHASIS) continue;
    const first = text[open.to];
    if (isSpace(first) || isSpace(text[close.from - 1]) || isPunctuation(first)) continue;
    if (
      UNITS.startsAt(text, open.to) > 0 ||
      DATES.startsAt(text, open.to) > 0 ||
      (NAME_ENDINGS.startsAt(text, open.to) > 0 && ORDINARY_AFTER_SUFFIX.startsAt(text, open.to) === 0) ||
      NAME_LIKE_UNITS.startsAt(text, open.to) > 0 ||
      AMBIGUOUS_ENDINGS.startsAt(text, open.to) > 0 ||
      SENSITIVE_AFTER.startsAt(text, open.to) > 0
    ) {
      continue;
    }
    const openFree = open.from === 0 || !isWordChar(text[open.from - 1]);
    const closeFree = close.to >= text.length || !isWordChar(text[close.to]);
    // Chinese markdown often sets bold right against the words around it (开展**专题学习**3次):
    // a doubled pair around a short run of words with no punctuation is emphasis all the same.
    const boldPhrase = len >= 2 && inner >= 2 && inner <= 30 && isWordRun(text, open.to, close.from);
    if (len === 1 ? !(openFree && closeFree) : !(openFree || closeFree || boldPhrase)) continue;
    out.add(open.from);
    out.add(close.from);
    r++;
  }
  return out;
}

/** Whether [from, to) holds only Han characters, letters and digits. */
function isWordRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWordChar(text[k])) return false;
  return true;
}

function skipSpacesForward(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < 2 && isSpace(text[k])) k++;
  return k;
}

function skipSpacesBackward(text: string, i: number): number {
  let k = i;
  while (k > 0 && i - k < 2 && isSpace(text[k - 1])) k--;
  return k;
}

/** After a quantity word, directly or through 为/是 (总人口为XX, 面积是XX). */
function followsQuantityWord(text: string, end: number): boolean {
  const e = withoutLe(text, end);
  if (QUANTITY.endsAt(text, e) > 0) return true;
  return (text[e - 1] === "为" || text[e - 1] === "是") && QUANTITY.endsAt(text, e - 1) > 0;
}

/** 增长了xx%, 联系电话：XXXX: the 了 or the colon does not hide the word before. */
function withoutLe(text: string, end: number): number {
  const c = text[end - 1];
  return c === "了" || c === "：" || c === ":" ? end - 1 : end;
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0";
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "0" && ch <= "9") || (ch >= "０" && ch <= "９"));
}

function isColon(ch: string | undefined): boolean {
  return ch === ":" || ch === "：";
}

function isDot(ch: string | undefined): boolean {
  return ch === "." || ch === "．";
}

function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z") || (ch >= "Ａ" && ch <= "Ｚ") || (ch >= "ａ" && ch <= "ｚ"));
}

function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isWordChar(ch: string | undefined): boolean {
  return isHan(ch) || isLatinLetter(ch) || isDigit(ch);
}

function isPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && !isWordChar(ch) && !isSpace(ch);
}
