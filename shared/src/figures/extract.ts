/**
 * Figure extraction: every number with a unit in a text, with what it measures (indicator), the
 * period and scope its words give, and the role it plays (a level, a change, a baseline, a share).
 *
 * One left-to-right pass; every look-back and look-ahead is bounded, so the cost is linear in the
 * text. Offsets are relative to the text given (a paragraph, for the engine).
 */
import { KEPT_NAME_LENGTH } from "./format";
import { parseArabic, parseChinese, roundFloat } from "./numbers";
import { findPeriodEvents, type PeriodSpec } from "./period";
import { MAGNITUDES, UNIT_WORDS, unitInfo } from "./units";
import { alternativesOf, plainSource, PrefixWords, SuffixWords } from "./word-tables";
import {
  ACTION_VERBS,
  CHANGE_TAIL,
  DOWN_WORDS,
  INDICATOR_LEAD,
  INDICATOR_TAIL,
  NEUTRAL_NUMBER_FIRST_VERBS,
  NUMBER_FIRST_VERBS,
  TARGET_WORDS,
} from "./words";

export type FigureRole =
  | "level" //     a value of the indicator itself
  | "change" //    增长5% · 增加120人 · 下降3个百分点
  | "baseline" //  较去年同期的452万元 · 上年120万元
  | "from" //      由120万元 (增加到150万元)
  | "to" //        增加到150万元, after a "from"
  | "share" //     占38%
  | "standard"; // 每人每月820元

/**
 * above: 3万余 (up to the next step) · below: 近3万 (down to the step below) · around: 约3万 ·
 * at-least: 95%以上, 超过3万 (no upper bound) · at-most: 不足2人, 3%以内 · range: 3至5个
 */
export type Approximation = "above" | "below" | "around" | "at-least" | "at-most" | "range";

/** A figure as the engine's rules see it (paragraph-relative offsets, period not yet resolved). */
export interface FigureFact {
  from: number;
  to: number;
  /** text.slice(from, to): the number and its unit, with a sign or range start if written. */
  raw: string;
  /** The value in the unit as written (3.2 for 3.2亿元). */
  value: number;
  /** The unit as written, magnitude included (亿元, 万人, %, 个百分点); "" when none. */
  unit: string;
  normalized: { value: number; unit: string };
  /** The interval of normalised values the written figure allows (rounding, 余, 近, ranges). */
  low: number;
  high: number;
  /** Decimal places as written. */
  decimals: number;
  approximate: boolean;
  approximation?: Approximation;
  /** Cleaned name of what the figure measures; undefined when the text does not say clearly. */
  indicator?: string;
  /** The indicator starts with an action (排查、发放、新建…): an activity count, not a statistic. */
  activity: boolean;
  role: FigureRole;
  /** For changes and to-values: the direction the words give. */
  direction?: "up" | "down";
  /** A target, plan or estimate (力争、预计、计划…), not an achieved value. */
  target: boolean;
  /** The period the figure's own words give; undefined: the report's period. */
  periodSpec?: PeriodSpec;
  /** Multi-year or otherwise unclear period (近五年、2021年以来): never compared. */
  periodUncertain: boolean;
  /** Named scope (高龙村、城北社区) or undefined for the whole area of the report. */
  scope?: string;
  /** Scope words that leave the scope unclear (各村、该村、村均). */
  scopeUncertain: boolean;
  /** Part of a 分别 list: attribution too loose to use. */
  listed: boolean;
  /** Index of the sentence (。！？；or line) within the text. */
  sentence: number;
  /** Set on figures after 其中/包括 in the same sentence: the id of that parts list. */
  partsGroup?: number;
  /** True when the indicator is copied from the figure just before (468户1572人). */
  inherited: boolean;
  /** 合计/共计 after other figures of the sentence: the sum of those before it. */
  closesList: boolean;
}

const CLAUSE_SEPARATORS = new Set([..."，,；;。！？!?：:、（）()\n\r【】[]《》"]);
const SENTENCE_SEPARATORS = new Set([..."。！？!?；;\n\r"]);

/** Characters that, right after a one-character unit, make it the start of another word (个月, 项目, 人民). */
const UNIT_GUARDS: Record<string, string> = {
  个: "月别体性人案",
  米: "粮面",
  处: "理置罚室级长",
  起: "来到草步",
  项: "目",
  所: "属有在以需",
  家: "庭属乡",
  户: "籍口外",
  门: "类户店",
  本: "地级",
  支: "部出付持",
  台: "账",
  间: "隔",
  层: "级面",
  期: "间限",
  条: "件例",
  元: "旦素",
  人: "民大员才工",
};
const ARABIC = "[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?";
const CHINESE = "[零〇一二两三四五六七八九十百千万亿]+";
/** number · 余/多 · magnitude · 余/多 · unit */
const CHINESE_CHARS = "零〇一二两三四五六七八九十百千万亿";
/** What may follow a Chinese numeral that is a figure: a magnitude, 余/多, or a unit's first character. */
const CHINESE_FOLLOW = [...new Set(["余", "多", ...UNIT_WORDS.map((u) => u.charAt(0))])].join("");
/** Characters a unit, magnitude or 余/多 can start with: numbers followed by anything else are skipped at once. */
const AFTER_NUMBER: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of ["万", "亿", "千", "百", "余", "多", ...UNIT_WORDS.map((u) => u.charAt(0))]) table[ch.charCodeAt(0)] = 1;
  return table;
})();
const RANGE_START_RE = new RegExp(`(${ARABIC}|${CHINESE})(万亿|千万|百万|万|亿)?\\s?[至到~～\\-—–－]\\s?$`);
const WHOLE_SCOPE_RE = /全(?:镇|县|市|区|乡|街道|省|州|旗|局|系统|域|委)|本(?:镇|县|市|区|乡)|我(?:镇|县|市|区|乡|局|委)/g;
const UNCERTAIN_SCOPE_RE = /(?:该|此|这个|各|每个|每|(?:其余|其他|剩余|剩下)[\d一二三四五六七八九十两]{0,3}个?)(?:村|社区|单位|企业|乡镇|镇|街道|学校|公司|项目)|(?:其余|其他|剩余|剩下)$|村均|户均|平均每/;
/**
 * NAMED_SCOPE, read by hand in lastNamedScope: /([\u4e00-\u9fa5]{2,6}?)(村|社区|居委会|街道|公司|合作社|镇|乡)(?!guard)/g,
 * a name of 2 to 6 Han characters, a unit word, and none of these characters after it (村委, 镇政府).
 */
export const SCOPE_GUARD_CHARS = "委民级务干组规集两庄镇（(政党内区域长机街直属财纪人办村容貌居";
const SCOPE_UNIT_GUARD = charSet(SCOPE_GUARD_CHARS);
export const GENERIC_SCOPE_HEAD = /(?:行政|自然|各|每|全|贫困|农|乡|建制|重点|示范|试点|空壳|薄弱|该|本|此|城乡|农村|城市|乡村|社区|镇|个|涉|到|进|驻|和|及|与|等|、|美丽|文明|省级|市级|县级|边缘|脱贫|软弱|后进|集体|合并|易地|搬迁|中心|城中|城郊|有限|分|子|母|控股|城|集|小城|特色|中心|各乡|乡|村|街|建制|重点|一|全|两|旅游|古|名|强|卫生|文明|生态|森林)$/;
const CLOSING_SUM = /^[\s，,、]*(?:两者|二者|三者|以上各项|上述)?(?:合计|共计|总计|总共|一共)/;
const QUALIFIER_AFTER_FIGURE = /^(?:以上|以下|以内|左右|上下|之间|的|之|及|和|与|或|至|到)/;
/** The counted noun of the figure before and 的 (9个行政村的14个项目): it owns the next figure, it names nothing. */
const POSSESSOR_AFTER_FIGURE = /^[\u4e00-\u9fa5]{1,6}的$/;
const SHARE_TAIL = /(仅占|约占|占到|占比为|占比达|占比|比重为|比重|比例为|比例|占)$/;
const STANDARD_RE = /每(?:人|户|月|年|亩|吨|平方米|天|名)|标准/;
const BASELINE_TAIL = /(较|比|与|对比|相比)(去年同期|上年同期|去年|上年|同期|上一年)(的|相比)?$/;
const FROM_DATED_TAIL = /(?:由|从)(?:\d{4}年(?:底|末|初)?|上年底?|去年底?|年初)的$/;
const TO_HEAD = /^(增加|增长|提高|提升|上升|下降|减少|降低|回落|扩大|缩小|增|降|减)(到|至)$/;

/**
 * The characters a word regex's match must start or end with, for a one-character test before the
 * regex runs. Read from a plain alternation group: `^(a|b|c)…` (first) or `(a|b|c)$` (last).
 */
function edgeCharsOf(re: RegExp, edge: "first" | "last"): Set<number> {
  const source = plainSource(re);
  const group = /\(([^()]*)\)/.exec(source)?.[1];
  const anchored = edge === "first" ? source.startsWith(`^(${group})`) : source === `(${group})$`;
  if (group === undefined || !anchored || /[\\[\]?*+{}.^$]/.test(group)) throw new Error(`not a plain alternation: ${source}`);
  return new Set(group.split("|").map((w) => w.charCodeAt(edge === "first" ? 0 : w.length - 1)));
}

/** First and last code units, -1 for an empty string (an out-of-range read would slow later reads down). */
function firstCodeOf(s: string): number {
  return s.length > 0 ? s.charCodeAt(0) : -1;
}
function lastCodeOf(s: string): number {
  return s.length > 0 ? s.charCodeAt(s.length - 1) : -1;
}

function charSet(chars: string): Set<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

/** INDICATOR_LEAD's words; the regex's lookahead (two Han characters follow) is tested by hand. */
const LEAD_WORDS = new PrefixWords(alternativesOf(INDICATOR_LEAD, "^()", "(?=[\u4e00-\u9fa5]{2})"));
/** INDICATOR_TAIL as cleanIndicator ran it, on the last 6 characters. */
const TAIL_WORDS = new SuffixWords(INDICATOR_TAIL, 6);
const ACTION_WORDS = PrefixWords.of(ACTION_VERBS);
/** NUMBER_FIRST_VERBS as attribute ran it, on the last 4 characters. */
const NUMBER_FIRST_WORDS = new SuffixWords(NUMBER_FIRST_VERBS, 4);
const NEUTRAL_VERBS = new Set(alternativesOf(NEUTRAL_NUMBER_FIRST_VERBS, "^()$"));
const SHARE_ENDS = edgeCharsOf(SHARE_TAIL, "last");
/** Last characters of CHANGE_TAIL: of its direction words, 了, and 为/达到/达/约. */
const CHANGE_ENDS = charSet("长加降少高低升落大小窄滑幅速跌涨增减了为到达约");
/** Last characters of BASELINE_TAIL: 同期/去年/上年/上一年, 的, 相比. */
const BASELINE_ENDS = charSet("期年的比");


/**
 * Extracts every figure of a text with its attribution. Never throws; offsets are UTF-16 into
 * `text` and `raw === text.slice(from, to)`.
 */
export function extractFigureFacts(text: string): FigureFact[] {
  const out: FigureFact[] = [];
  let sentence = 0;
  let scanFrom = 0; // where the last gap scan stopped (separators and period words are scanned once)
  let carried: PeriodSpec | undefined; // period words carry on through the paragraph
  let sentenceBaseline = false;
  let sentenceUncertain = false;
  // 五年来，…；…；…: an uncertain period opening the paragraph covers it until a period of its own
  let paragraphUncertain = false;
  let sentenceTarget = false;
  let sentenceScopeUncertain = false;
  let sentenceScope: string | undefined;
  let sentenceHasPeriod = false;
  let partsGroup: number | undefined;
  let nextGroup = 0;
  let sentenceStart = 0;
  let clauseStart = 0;
  let clauseBaseline = false;
  let clauseCurrent = false; // the clause names its own (current) period

  const length = text.length;
  for (let pos = 0; pos < length; ) {
    // the next number: an Arabic number, or a run of Chinese numerals followed by a unit's first character
    const start = nextNumberStart(text, pos);
    if (start < 0) break;
    const isChinese = NUMBER_CHAR[text.charCodeAt(start)] === CHINESE_NUMERAL;
    const numberEnd = isChinese ? chineseRunEnd(text, start) : arabicEnd(text, start);
    pos = numberEnd;
    if (isChinese && AFTER_CHINESE[text.charCodeAt(numberEnd)] !== 1) continue;
    const nextCode = text.charCodeAt(numberEnd);
    const endsInMagnitude = isChinese && isWanOrYi(text.charCodeAt(numberEnd - 1));
    if (AFTER_NUMBER[nextCode] !== 1 && !endsInMagnitude) continue;
    // Chinese numerals are parsed from a string; Arabic numbers are read in place
    const numberText = isChinese ? text.slice(start, numberEnd) : "";
    let end = readTail(text, numberEnd);
    const tailApproximate = tailApprox;
    const magnitudeRaw = tailMagnitude;
    const unitWord = tailUnit;

    // --- the number itself -------------------------------------------------------------------
    let magnitude = magnitudeRaw ?? "";
    let numberWritten = numberText;
    if (endsInMagnitude && magnitude === "" && numberText.length > 1) {
      magnitude = numberText.slice(-1);
      numberWritten = numberText.slice(0, -1);
    }
    if (!unitWord && !(magnitude && !isChinese)) continue;
    if (!acceptableStart(text, start, isChinese, numberWritten)) continue;
    let parsedValue: number;
    let parsedDecimals = 0;
    if (isChinese) {
      const chinese = parseChinese(numberWritten);
      if (chinese === undefined) continue;
      parsedValue = chinese;
    } else {
      if (!readArabic(text, start, numberEnd)) continue;
      parsedValue = arabicRead[0]!;
      parsedDecimals = arabicRead[1]!;
    }
    // 八项规定 · 四个意识 · 三项制度: small Chinese numbers glued to a noun name a slogan
    if (isChinese && parsedValue <= 10 && isCjk(text.charCodeAt(end))) continue;
    const unit = magnitude + (unitWord ?? "");
    const info = unitInfo(unit);
    if (!info) continue;

    // --- advance the gap: sentence ends, clause ends, period words, 其中 -----------------------
    // the hint characters seen on the way decide which word regexes below need to run
    const gapFrom = scanFrom;
    let gapHasPeriod = false;
    let lastTargetHint = -1;
    let lastUncertainHint = -1;
    let lastScopeHint = -1;
    let lastPartsMarker = -1;
    for (let i = gapFrom; i < start; i++) {
      const code = text.charCodeAt(i);
      const kind = SEPARATOR_KIND[code]!;
      if (kind === 0) continue;
      if (kind & HINTS) {
        if (kind & PERIOD_HINT) gapHasPeriod = true;
        if (kind & TARGET_HINT) lastTargetHint = i;
        if (kind & UNCERTAIN_HINT) lastUncertainHint = i;
        if (kind & SCOPE_HINT) lastScopeHint = i;
        if (kind & PARTS_HINT && i > gapFrom && isPartsMarker(text.charCodeAt(i - 1), code)) lastPartsMarker = i - 1;
        if ((kind & SEPARATORS) === 0) continue;
      }
      if (kind & SENTENCE_END) {
        sentence++;
        sentenceStart = i + 1;
        sentenceBaseline = false;
        sentenceUncertain = false;
        sentenceTarget = false;
        sentenceScopeUncertain = false;
        sentenceScope = undefined;
        sentenceHasPeriod = false;
        partsGroup = undefined;
      }
      if (kind & CLAUSE_END) {
        clauseStart = i + 1;
        clauseBaseline = false;
        clauseCurrent = false;
        if (kind & CLOSE_PAREN) partsGroup = undefined;
      }
    }
    if (gapHasPeriod) {
      for (const ev of findPeriodEvents(text.slice(gapFrom, start), gapFrom)) {
        if (ev.index < sentenceStart && ev.kind !== "current") continue;
        if (ev.kind === "current") {
          paragraphUncertain = false;
          carried = ev.spec;
          if (ev.index >= sentenceStart) sentenceHasPeriod = true;
          if (ev.index >= clauseStart) clauseCurrent = true;
        }
        else if (ev.kind === "uncertain") {
          sentenceUncertain = true;
          if (out.length === 0 && sentence === 0 && /^[，,]/.test(text.charAt(ev.end))) paragraphUncertain = true;
        }
        else if (ev.sentenceWide || ev.index === sentenceStart) sentenceBaseline = true; // 去年同期，… / 去年同期发生…、…: the whole sentence
        else if (ev.index >= clauseStart) clauseBaseline = true;
      }
    }
    // the stretch of the sentence not read yet: from the sentence start or the previous figure
    const partStart = sentenceStart > gapFrom ? sentenceStart : gapFrom;
    const testTarget = !sentenceTarget && lastTargetHint >= partStart;
    const testUncertain = !sentenceScopeUncertain && lastUncertainHint >= partStart;
    if (testTarget || testUncertain) {
      const sentencePart = text.slice(partStart, start);
      if (testTarget && TARGET_WORDS.test(sentencePart)) sentenceTarget = true;
      if (testUncertain && UNCERTAIN_SCOPE_RE.test(sentencePart)) sentenceScopeUncertain = true;
    }
    // a named unit has 2 characters of name before its unit word, which ends at a scope hint
    if (lastScopeHint >= partStart + 2) sentenceScope = lastNamedScopeIn(text, partStart, start) ?? sentenceScope;
    if (lastPartsMarker >= partStart) partsGroup = nextGroup++;
    scanFrom = start;

    // --- sign, range and approximate words ---------------------------------------------------
    let from = start;
    let negative = false;
    let approximation: Approximation | undefined;
    let rangeLow: number | undefined;
    const rangeMatch = mayEndRangeStart(text, start) ? RANGE_START_RE.exec(text.slice(Math.max(0, start - 14), start)) : null;
    if (rangeMatch && !isChinese === !/[零〇一二两三四五六七八九十百千]/.test(rangeMatch[1]!)) {
      const first = /[0-9０-９]/.test(rangeMatch[1]!) ? parseArabic(rangeMatch[1]!) : chineseNumber(rangeMatch[1]!);
      const rangeFrom = start - rangeMatch[0].length;
      if (first && !hasBit(text, rangeFrom - 1, DIGIT_LIKE) && first.value < parsedValue) {
        const firstFactor = rangeMatch[2] ? MAGNITUDES[rangeMatch[2]]! : magnitude ? MAGNITUDES[magnitude]! : 1;
        rangeLow = (first.value * firstFactor * info.factor) / (magnitude ? MAGNITUDES[magnitude]! : 1);
        approximation = "range";
        from = rangeFrom;
        // 3万-5万人: the low end was read as a figure of its own (3万); it is part of this one
        while (out.length > 0 && out[out.length - 1]!.to > from) out.pop();
      }
    }
    if (from === start && hasBit(text, start - 1, MINUS) && !hasBit(text, start - 2, DIGIT_LIKE)) {
      negative = true;
      from = start - 1;
    }
    const approxBefore = approxWordBefore(text, from);
    if (!approximation && approxBefore !== undefined) approximation = approxKind(approxBefore);
    if (!approximation && tailApproximate) approximation = "above";
    const afterWord = approxWordAfter(text, end);
    if (!approximation && afterWord !== undefined) approximation = approxKind(afterWord);
    if (afterWord === "多" || afterWord === "余") end += 1;

    const value = negative ? -parsedValue : parsedValue;
    const normalizedValue = info.factor === 1 ? value : roundFloat(value * info.factor);
    const percentLike = info.base === "%" || info.base === "个百分点";
    interval(text, start, numberEnd, parsedDecimals, value, info.factor, approximation, rangeLow, isChinese, percentLike);
    const low = intervalRead[0]!;
    const high = intervalRead[1]!;

    // --- attribution ---------------------------------------------------------------------------
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    const prefixStart = Math.max(clauseStart, prev && prev.sentence === sentence ? prev.to : 0, start - 40);
    const prefixEnd = from - (approxBefore !== undefined && !rangeMatch ? approxBefore.length : 0);
    const prefixTo = Math.max(prefixStart, prefixEnd);
    const rawPrefix = text.slice(prefixStart, prefixTo);
    // which characters the prefix holds decides which of the word tests below can match at all
    const prefixChars = prefixCharsOf(text, prefixStart, prefixTo);

    const fact: FigureFact = {
      from,
      to: end,
      raw: text.slice(from, end),
      value,
      unit,
      normalized: { value: normalizedValue, unit: info.base },
      low,
      high,
      decimals: parsedDecimals,
      approximate: approximation !== undefined,
      approximation,
      indicator: undefined,
      activity: false,
      role: "level",
      direction: undefined,
      target: sentenceTarget,
      periodSpec: carried,
      // 累计 with no period in its sentence: a running total over years, and so is the rest of its sentence
      // (累计发放贷款12.6亿元，扶持创业6800人)
      periodUncertain: sentenceUncertain || (paragraphUncertain && !sentenceHasPeriod) || (!sentenceHasPeriod && (((prefixChars & RUNNING_TOTAL_HEAD) !== 0 && /累计|历年|总计/.test(rawPrefix)) || (prev?.periodUncertain === true && prev.sentence === sentence))),
      scope: undefined,
      scopeUncertain: false,
      listed: ((prefixChars & FEN) !== 0 && rawPrefix.includes("分别")) || (prev?.listed === true && prev.sentence === sentence && (prefixChars & NOT_LIST_JOINER) === 0),
      sentence,
      partsGroup,
      inherited: false,
      closesList: prev !== undefined && prev.sentence === sentence && (prefixChars & SUM_WORD_CHAR) !== 0 && CLOSING_SUM.test(rawPrefix),
    };

    if (prev && prev.sentence === sentence && prev.to >= prefixStart - 1 && prev.normalized.unit !== info.base && (prefixChars & NOT_DUN_OR_SPACE) === 0) {
      inheritFrom(fact, prev);
    } else {
      attribute(fact, rawPrefix, prefixChars, text, end, clauseBaseline || (sentenceBaseline && !clauseCurrent), prev, sentence);
      // 10万元以上的村186个: words right after another figure qualify that figure, they name nothing
      if (fact.role === "level" && prev && prefixStart === prev.to && QUALIFIER_AFTER_FIGURE.test(rawPrefix)) {
        fact.indicator = undefined;
      } else if (fact.role === "level" && prev && prefixStart === prev.to && POSSESSOR_AFTER_FIGURE.test(rawPrefix)) {
        // 9个行政村的14个项目: the noun before 的 is what the figure before counts; this one counts
        // the noun after it, when that noun closes its clause, or nothing said
        fact.indicator = followingNoun(text, end);
        fact.activity = false;
      }
    }
    // Scope: whole-area words in the clause win; a named unit earlier in the sentence narrows it.
    WHOLE_SCOPE_RE.lastIndex = 0;
    if ((prefixChars & AREA_WORD_HEAD) === 0 || !WHOLE_SCOPE_RE.test(rawPrefix)) {
      fact.scopeUncertain = sentenceScopeUncertain;
      fact.scope = sentenceScope;
    }
    if (fact.role === "baseline") fact.periodSpec = fact.periodSpec ? { ...fact.periodSpec, yearOffset: -1 } : { yearOffset: -1, span: { kind: "report" } };
    out.push(fact);
    pos = end;
  }
  // a copy of the exact size: the figures are kept as long as their paragraph, and push leaves room for more
  return out.length === 0 ? out : out.slice();
}

const MAGNITUDE_WORDS = ["万亿", "千万", "百万", "万", "亿"] as const;
/** Unit words by their first character, longest first (the order the unit alternation tried them). */
const UNITS_BY_FIRST: Map<number, { word: string; guard: string }[]> = (() => {
  const byFirst = new Map<number, { word: string; guard: string }[]>();
  for (const word of UNIT_WORDS) {
    const code = word.charCodeAt(0);
    let list = byFirst.get(code);
    if (!list) byFirst.set(code, (list = []));
    list.push({ word, guard: UNIT_GUARDS[word] ?? "" });
  }
  return byFirst;
})();

/** What readTail read; module state instead of a result object per number. */
let tailApprox = false;
let tailMagnitude: string | undefined;
let tailUnit: string | undefined;

/**
 * Reads 余/多 · magnitude · 余/多 · unit after a number at `pos` (each part optional, first listed
 * alternative wins); returns where the tail ends and leaves the parts in tailApprox/tailMagnitude/tailUnit.
 */
function readTail(text: string, pos: number): number {
  let i = pos;
  tailApprox = false;
  tailMagnitude = undefined;
  tailUnit = undefined;
  let c = text.charCodeAt(i);
  if (c === 0x591a /* 多 */ || c === 0x4f59 /* 余 */) {
    tailApprox = true;
    c = text.charCodeAt(++i);
  }
  if (c === 0x4e07 /* 万 */ || c === 0x5343 /* 千 */ || c === 0x767e /* 百 */ || c === 0x4ebf /* 亿 */) {
    for (const word of MAGNITUDE_WORDS) {
      if (text.startsWith(word, i)) {
        tailMagnitude = word;
        i += word.length;
        c = text.charCodeAt(i);
        break;
      }
    }
  }
  if (c === 0x591a || c === 0x4f59) {
    tailApprox = true;
    c = text.charCodeAt(++i);
  }
  const candidates = UNITS_BY_FIRST.get(c);
  if (candidates) {
    for (let k = 0; k < candidates.length; k++) {
      const { word, guard } = candidates[k]!;
      if (!text.startsWith(word, i)) continue;
      const after = i + word.length;
      if (guard !== "" && after < text.length && includesCode(guard, text.charCodeAt(after))) continue;
      tailUnit = word;
      i = after;
      break;
    }
  }
  return i;
}

/** `chars.includes(String.fromCharCode(code))` without making the one-character string. */
function includesCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

const ARABIC_DIGIT = 1;
const CHINESE_NUMERAL = 2;
/** Digit class by UTF-16 code unit: 1 for 0-9 and ０-９, 2 for Chinese numerals. */
const NUMBER_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 48; c <= 57; c++) table[c] = ARABIC_DIGIT;
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = ARABIC_DIGIT;
  for (const ch of CHINESE_CHARS) table[ch.charCodeAt(0)] = CHINESE_NUMERAL;
  return table;
})();
/** What may follow a Chinese numeral run for it to be read as a figure (CHINESE_FOLLOW as a table). */
const AFTER_CHINESE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of CHINESE_FOLLOW) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Where the next number starts at or after `pos`: a digit, or a Chinese numeral that starts a run
 * (one inside a run is never a start, so each run is read once); -1 when none. The hand-written
 * scan replaces a global regex whose per-match cost dominated extraction.
 */
function nextNumberStart(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const kind = NUMBER_CHAR[text.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind === ARABIC_DIGIT) return i;
    if (i === 0 || NUMBER_CHAR[text.charCodeAt(i - 1)] !== CHINESE_NUMERAL) return i;
  }
  return -1;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** End of the Arabic number starting at `start`: digits, ",ddd" groups, then a decimal part (the ARABIC pattern). */
function arabicEnd(text: string, start: number): number {
  let i = start;
  while (NUMBER_CHAR[text.charCodeAt(i)] === ARABIC_DIGIT) i++;
  while (text.charCodeAt(i) === 44 && isAsciiDigit(text.charCodeAt(i + 1)) && isAsciiDigit(text.charCodeAt(i + 2)) && isAsciiDigit(text.charCodeAt(i + 3))) i += 4;
  const dot = text.charCodeAt(i);
  if ((dot === 46 || dot === 0xff0e) && NUMBER_CHAR[text.charCodeAt(i + 1)] === ARABIC_DIGIT) {
    i += 2;
    while (NUMBER_CHAR[text.charCodeAt(i)] === ARABIC_DIGIT) i++;
  }
  return i;
}

function chineseRunEnd(text: string, start: number): number {
  let i = start + 1;
  while (NUMBER_CHAR[text.charCodeAt(i)] === CHINESE_NUMERAL) i++;
  return i;
}

const SENTENCE_END = 1;
const CLAUSE_END = 2;
const CLOSE_PAREN = 4;
const SEPARATORS = SENTENCE_END | CLAUSE_END | CLOSE_PAREN;
/** A character every period phrase holds (findPeriodEvents). */
const PERIOD_HINT = 8;
/** A first character of TARGET_WORDS. */
const TARGET_HINT = 16;
/** A first character of UNCERTAIN_SCOPE_RE. */
const UNCERTAIN_HINT = 32;
/** The last character of every unit name lastNamedScope reads (村, 社区, 居委会, 街道, 公司, 合作社, 镇, 乡). */
const SCOPE_HINT = 64;
/** The second character of 其中/包括/包含/含：/含:. */
const PARTS_HINT = 128;
const HINTS = PERIOD_HINT | TARGET_HINT | UNCERTAIN_HINT | SCOPE_HINT | PARTS_HINT;
/** Separator kind and hint bits by UTF-16 code unit: a flat table keeps the per-character scan cheap. */
const SEPARATOR_KIND: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: Iterable<string>, bit: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)]! |= bit;
  };
  mark(CLAUSE_SEPARATORS, CLAUSE_END);
  mark(SENTENCE_SEPARATORS, SENTENCE_END);
  mark("）)", CLOSE_PAREN);
  mark("年月季期原五目来假周", PERIOD_HINT);
  mark(plainSource(TARGET_WORDS).split("|").map((word) => word.charAt(0)), TARGET_HINT);
  mark("该此这各每村户平其剩", UNCERTAIN_HINT);
  mark("村区会道司社镇乡", SCOPE_HINT);
  mark("中括含：:", PARTS_HINT);
  return table;
})();

function isPartsMarker(first: number, second: number): boolean {
  switch (second) {
    case 0x4e2d /* 中 */:
      return first === 0x5176 /* 其 */;
    case 0x62ec /* 括 */:
    case 0x542b /* 含 */:
      return first === 0x5305 /* 包 */;
    default: // ： or :
      return first === 0x542b /* 含 */;
  }
}

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}


function chineseNumber(written: string): { value: number; decimals: number } | undefined {
  const value = parseChinese(written);
  return value === undefined ? undefined : { value, decimals: 0 };
}


/** Rejects ordinals, codes and the fixed phrases Chinese numerals form (四个意识, 一户一策). */
function acceptableStart(text: string, start: number, isChinese: boolean, numberWritten: string): boolean {
  const prevCode = text.charCodeAt(start - 1);
  if (hasBit(text, start - 1, NOT_BEFORE_NUMBER)) return false;
  if (prevCode === 0x7b2c /* 第 */ || prevCode === 35 /* # */) return false;
  if (!isChinese) return true;
  if (numberWritten.length === 1) {
    const c = numberWritten.charCodeAt(0);
    // a lone 百/千/万/亿, 一 or 两 (十 alone is a number)
    if (c === 0x767e || c === 0x5343 || c === 0x4e07 || c === 0x4ebf || c === 0x4e00 || c === 0x4e24) return false;
  }
  if (hasBit(text, start - 1, NOT_BEFORE_CHINESE)) return false;
  // inside quotes: a slogan (“四个一”, “两个维护”): the last quote mark within 12 characters opens one
  for (let i = start - 1; i >= Math.max(0, start - 12); i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201c /* “ */ || c === 0x300c /* 「 */ || c === 34 /* " */) return false;
    if (c === 0x201d /* ” */ || c === 0x300d /* 」 */) return true;
  }
  return true;
}

/**
 * Prefix character classes: which of these a figure's prefix holds is read in one pass
 * (`prefixCharsOf`), and a word test runs only when its first character is there. The NOT_ bits
 * are set on every character outside a class, so "every character is in it" is one bit test.
 */
const FEN = 1; //                分 (分别)
const RUNNING_TOTAL_HEAD = 2; // 累 历 总 (累计 历年 总计)
const SUM_WORD_CHAR = 4; //      计 共: every CLOSING_SUM word holds one
const AREA_WORD_HEAD = 8; //     全 本 我 (WHOLE_SCOPE_RE)
const STANDARD_HEAD = 16; //     每 标 (STANDARD_RE)
const SPACE = 32; //             \s
const NOT_LIST_JOINER = 64; //   outside [和、及与,，\s]
const NOT_DUN_OR_SPACE = 128; // outside [、\s]
const PERIOD_CHAR = 256; //      年月季期原五目来假周 (every period phrase holds one)
/** The code units /\s/ matches (ECMAScript WhiteSpace and LineTerminator). */
export const WHITESPACE_CHARS = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const PREFIX_CLASS: Uint16Array = (() => {
  const table = new Uint16Array(0x10000).fill(NOT_LIST_JOINER | NOT_DUN_OR_SPACE);
  const mark = (chars: string, bit: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)]! |= bit;
  };
  const unmark = (chars: string, bit: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)]! &= ~bit;
  };
  mark("分", FEN);
  mark("累历总", RUNNING_TOTAL_HEAD);
  mark("计共", SUM_WORD_CHAR);
  mark("全本我", AREA_WORD_HEAD);
  mark("每标", STANDARD_HEAD);
  mark("年月季期原五目来假周", PERIOD_CHAR);
  mark(WHITESPACE_CHARS, SPACE);
  unmark("和、及与,，" + WHITESPACE_CHARS, NOT_LIST_JOINER);
  unmark("、" + WHITESPACE_CHARS, NOT_DUN_OR_SPACE);
  return table;
})();

/** Every PREFIX_CLASS bit: for a text whose characters are not known. */
const ALL_PREFIX_CLASSES = 0xffff;

/** The PREFIX_CLASS bits of the characters in text[from, to). */
function prefixCharsOf(text: string, from: number, to: number): number {
  let bits = 0;
  for (let i = from; i < to; i++) bits |= PREFIX_CLASS[text.charCodeAt(i)]!;
  return bits;
}

const RANGE_MARK = 1;
const MINUS = 2;
const DIGIT_LIKE = 4;
const NOT_BEFORE_NUMBER = 8;
const NOT_BEFORE_CHINESE = 16;
const NOUN_CHAR = 32;
const NOUN_END = 64;
/** A character every period phrase holds (findPeriodEvents): 年月季期原五目来假周. */
const PERIOD_HINT_CHAR = 128;
/** The first character of a whole-area word (WHOLE_SCOPE_RE): 全本我. */
const AREA_HEAD = 256;
/** Character classes by UTF-16 code unit, one bit per class: single-character tests without a regex call. */
const CHAR_CLASS: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  const mark = (chars: string, bit: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)]! |= bit;
  };
  const latin = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const digits = "0123456789０１２３４５６７８９";
  mark("至到~～-—–－", RANGE_MARK);
  mark("-−－", MINUS);
  mark(digits + ".．" + latin + "零〇一二两三四五六七八九十百千万亿", DIGIT_LIKE);
  mark(digits + latin + ".．_", NOT_BEFORE_NUMBER);
  mark("每逐初周星期前后同单唯统专万", NOT_BEFORE_CHINESE);
  for (let c = 0x4e00; c <= 0x9fa5; c++) table[c]! |= NOUN_CHAR;
  mark(latin, NOUN_CHAR);
  for (const ch of "的中于在已均全都被将和及与并等共分其是为有达占") table[ch.charCodeAt(0)]! &= ~NOUN_CHAR;
  mark("，,。；;、：:（）()中全均都已共\n", NOUN_END);
  mark("年月季期原五目来假周", PERIOD_HINT_CHAR);
  mark("全本我", AREA_HEAD);
  return table;
})();

/**
 * Whether RANGE_START_RE can match right before `start`: it ends in a range mark (至到~-…) with an
 * optional space after it, and a number (with an optional space) comes before the mark.
 */
function mayEndRangeStart(text: string, start: number): boolean {
  let mark = start - 1;
  if (mark >= 0 && !hasBit(text, mark, RANGE_MARK)) {
    if (!isSpaceAt(text, mark)) return false;
    mark--;
    if (!hasBit(text, mark, RANGE_MARK)) return false;
  }
  if (mark < 1) return false;
  const before = mark - 1;
  return NUMBER_CHAR[text.charCodeAt(before)] !== 0 || (before >= 1 && isSpaceAt(text, before) && NUMBER_CHAR[text.charCodeAt(before - 1)] !== 0);
}

function isSpaceAt(text: string, index: number): boolean {
  return index >= 0 && (PREFIX_CLASS[text.charCodeAt(index)]! & SPACE) !== 0;
}

/** Whether the character at `index` (which may be out of range) is in a class. */
function hasBit(text: string, index: number, bit: number): boolean {
  return index >= 0 && index < text.length && (CHAR_CLASS[text.charCodeAt(index)]! & bit) !== 0;
}

function isWanOrYi(code: number): boolean {
  return code === 0x4e07 || code === 0x4ebf;
}

/** Two-character approximation words written before a figure, by their two codes. */
const APPROX_BEFORE_PAIRS: Map<number, string> = pairMap(["将近", "接近", "大约", "超过", "超出", "不足", "不到", "高于", "低于", "多于", "少于"]);
const APPROX_BEFORE_SINGLE: Map<number, string> = new Map([..."近约逾超"].map((ch) => [ch.charCodeAt(0), ch]));
const APPROX_AFTER_PAIRS: Map<number, string> = pairMap(["以上", "左右", "上下", "以下", "以内"]);

function pairMap(words: string[]): Map<number, string> {
  return new Map(words.map((w) => [w.charCodeAt(0) * 0x10000 + w.charCodeAt(1), w]));
}

/** 将近/接近/近/大约/约/超过/超出/逾/超/不足/不到/高于/低于/多于/少于 ending right at `from`. */
function approxWordBefore(text: string, from: number): string | undefined {
  if (from >= 2) {
    const pair = APPROX_BEFORE_PAIRS.get(text.charCodeAt(from - 2) * 0x10000 + text.charCodeAt(from - 1));
    if (pair !== undefined) return pair;
  }
  return from >= 1 ? APPROX_BEFORE_SINGLE.get(text.charCodeAt(from - 1)) : undefined;
}

/** 以上/左右/上下/以下/以内/多/余 starting at `end`. */
function approxWordAfter(text: string, end: number): string | undefined {
  if (end + 2 <= text.length) {
    const pair = APPROX_AFTER_PAIRS.get(text.charCodeAt(end) * 0x10000 + text.charCodeAt(end + 1));
    if (pair !== undefined) return pair;
  }
  const c = text.charCodeAt(end);
  return c === 0x591a ? "多" : c === 0x4f59 ? "余" : undefined;
}

function approxKind(word: string): Approximation {
  if (/不足|不到|以下|以内|低于|少于/.test(word)) return "at-most";
  if (/以上|超过|超出|逾|超|高于|多于/.test(word)) return "at-least";
  if (/将近|接近|近/.test(word)) return "below";
  if (/约|左右|上下/.test(word)) return "around";
  return "above";
}

/**
 * What readArabic read: module state instead of a result object per number, in a typed array
 * because a module variable holding a fraction boxes it anew at every write.
 */
const arabicRead = new Float64Array(2); // value, decimals
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * parseArabic(text.slice(from, to)) into arabicRead; false when malformed. Plain
 * ASCII digits (at most 15, one inner point) are read without a string: the digits make an exact
 * integer, and dividing it by an exact power of ten rounds once, as Number() of the text does.
 */
function readArabic(text: string, from: number, to: number): boolean {
  let digits = 0;
  let point = -1;
  let whole = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0 && i > from && i < to - 1) point = i;
    else {
      digits = Infinity; // full-width digits or thousands separators: parseArabic
      break;
    }
  }
  if (digits <= 15) {
    const decimals = point < 0 ? 0 : to - point - 1;
    arabicRead[0] = whole / POWERS_OF_TEN[decimals]!;
    arabicRead[1] = decimals;
    return true;
  }
  const parsed = parseArabic(text.slice(from, to));
  if (!parsed) return false;
  arabicRead[0] = parsed.value;
  arabicRead[1] = parsed.decimals;
  return true;
}

/** What interval computed (low, high): module state instead of a pair per figure, unboxed as in arabicRead. */
const intervalRead = new Float64Array(2);

/** The normalised interval a written figure allows, left in intervalRead. */
function interval(
  text: string,
  numberFrom: number,
  numberTo: number,
  decimals: number,
  value: number,
  factor: number,
  approximation: Approximation | undefined,
  rangeLow: number | undefined,
  isChinese: boolean,
  percentLike: boolean,
): void {
  const v = value * factor;
  let step: number;
  if (decimals > 0) step = 10 ** -decimals;
  else if (isChinese) step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value) || 1)) - 1);
  else {
    let digits = 0;
    let zeros = 0;
    for (let i = numberFrom; i < numberTo; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) {
        digits++;
        zeros = c === 48 || c === 0xff10 ? zeros + 1 : 0;
      }
    }
    step = 10 ** Math.min(zeros, Math.max(0, digits - 1));
  }
  step *= factor;
  // a whole number of a base unit (36所, 12180人, 820元) is exact; 3.2亿元 or 87% may be rounded
  const half = decimals === 0 && factor === 1 && !isChinese && !percentLike ? 0 : (decimals > 0 ? 10 ** -decimals : 1) * factor * 0.5;
  const eps = Math.abs(v) * 1e-12;
  let low: number;
  let high: number;
  switch (approximation) {
    case "at-least":
      low = v - eps;
      high = Infinity;
      break;
    case "at-most":
      low = -Infinity;
      high = v + eps;
      break;
    case "above":
      low = v - eps;
      high = v + step + eps;
      break;
    case "below":
      low = v - step - eps;
      high = v + eps;
      break;
    case "around":
      low = v - step - eps;
      high = v + step + eps;
      break;
    case "range":
      low = Math.min(rangeLow ?? v, v) - eps;
      high = v + eps;
      break;
    default:
      low = v - half - eps;
      high = v + half + eps;
  }
  intervalRead[0] = low;
  intervalRead[1] = high;
}

function inheritFrom(fact: FigureFact, prev: FigureFact): void {
  if (prev.indicator !== undefined) fact.indicator = prev.indicator;
  fact.activity = prev.activity;
  fact.role = prev.role;
  if (prev.direction) fact.direction = prev.direction;
  fact.target = prev.target || fact.target;
  fact.listed = prev.listed;
  fact.inherited = true;
  if (prev.periodSpec) fact.periodSpec = prev.periodSpec;
}

/** Role, direction and indicator from the words before the figure (and after it, for 2680张床位). */
function attribute(
  fact: FigureFact,
  rawPrefix: string,
  prefixChars: number,
  text: string,
  end: number,
  baseline: boolean,
  prev: FigureFact | undefined,
  sentence: number,
): void {
  let p = (prefixChars & SPACE) !== 0 ? rawPrefix.replace(/\s+/g, "") : rawPrefix;
  // the role words end the prefix: match them on its last characters only
  const cut = Math.max(0, p.length - 12);
  const tail = () => (cut > 0 ? p.slice(cut) : p);
  let m: RegExpExecArray | null;
  // each word regex below runs only when the character it must end with is there
  const lastCode = lastCodeOf(p);
  if ((p.length === 2 || p.length === 3) && (lastCode === 0x5230 /* 到 */ || lastCode === 0x81f3 /* 至 */) && (m = TO_HEAD.exec(p)) && prev && prev.role === "from" && prev.sentence === sentence) {
    fact.role = "to";
    fact.direction = DOWN_WORDS.test(m[1]!) ? "down" : "up";
    if (prev.indicator !== undefined) fact.indicator = prev.indicator;
    fact.activity = prev.activity;
    return;
  }
  const lastChar = p.charAt(p.length - 1);
  if (lastChar === "到" || lastChar === "至") {
    // 提高到820元: a level reached, not a change
  } else if (CHANGE_ENDS.has(lastCode) && (m = CHANGE_TAIL.exec(tail()))) {
    fact.role = "change";
    fact.direction = DOWN_WORDS.test(m[2]!) ? "down" : "up";
    if (m[1] !== undefined && m[1].includes("均")) fact.periodUncertain = true; // 年均增长: not one period's change
    p = p.slice(0, cut + m.index);
  } else if (SHARE_ENDS.has(lastCode) && (m = SHARE_TAIL.exec(tail()))) {
    fact.role = "share";
    p = p.slice(0, cut + m.index);
  } else if ((m = BASELINE_ENDS.has(lastCode) ? BASELINE_TAIL.exec(tail()) : null) || baseline) {
    fact.role = "baseline";
    if (m) p = p.slice(0, cut + m.index);
  } else if (lastChar === "由" || lastChar === "从" || (lastChar === "的" && FROM_DATED_TAIL.test(tail()))) {
    // 由120万元, 由2025年的1.98万元
    fact.role = "from";
    p = lastChar === "的" ? p.slice(0, p.search(FROM_DATED_TAIL)) : p.slice(0, -1);
  }
  if (fact.role === "level" && (prefixChars & STANDARD_HEAD) !== 0 && (p.includes("每") || p.includes("标准")) && STANDARD_RE.test(p)) fact.role = "standard";
  if (fact.listed) return;

  const cleaned = cleanName(p, prefixChars);
  const verb = NUMBER_FIRST_WORDS.longestSuffix(cleaned);
  const numberFirst = cleaned === "" || verb !== undefined;
  if (numberFirst && (fact.role === "level" || fact.role === "standard")) {
    const noun = followingNoun(text, end);
    if (noun) {
      const keepVerb = verb !== undefined && !NEUTRAL_VERBS.has(verb) ? verb : "";
      fact.indicator = keepVerb + noun;
      fact.activity = keepVerb !== "" && ACTION_WORDS.firstPrefix(keepVerb) !== undefined;
      return;
    }
  }
  if (cleaned.length > 1) {
    fact.indicator = cleaned;
    fact.activity = ACTION_WORDS.firstPrefix(cleaned) !== undefined;
  } else if (fact.role === "change" || fact.role === "baseline" || fact.role === "share") {
    // 完成固定资产投资1.46亿元，同比下降4.8%: the change belongs to the figure before it
    if (prev && prev.sentence === sentence && prev.indicator !== undefined) {
      fact.indicator = prev.indicator;
      fact.activity = prev.activity;
    }
  }
}

/** Strips period, scope, connectors and verbs of accomplishment around an indicator's name. */
export function cleanIndicator(prefix: string): { text: string; activity: boolean } {
  const text = cleanName(prefix, ALL_PREFIX_CLASSES);
  return { text, activity: ACTION_WORDS.firstPrefix(text) !== undefined };
}

/** cleanIndicator's text alone (attribution asks for the activity only of names it keeps). */
function cleanName(prefix: string, prefixChars: number): string {
  let p = prefix;
  // the prefix classes of a text the prefix was cut from tell which characters it cannot hold
  if ((prefixChars & PERIOD_CHAR) !== 0 && hasCharOf(p, PERIOD_HINT_CHAR)) for (const ev of findPeriodEvents(p).reverse()) p = p.slice(0, ev.index) + p.slice(ev.end);
  if ((prefixChars & AREA_WORD_HEAD) !== 0 && hasCharOf(p, AREA_HEAD)) {
    WHOLE_SCOPE_RE.lastIndex = 0;
    p = p.replace(WHOLE_SCOPE_RE, "");
  }
  // keep the trailing run of name characters (CJK, Latin letters)
  let i = p.length;
  let quoted = false;
  while (i > 0 && isNameChar(p.charCodeAt(i - 1))) {
    const c = p.charCodeAt(--i);
    if (c === 0x201c || c === 0x201d || c === 34) quoted = true;
  }
  p = p.slice(i);
  if (quoted) p = p.replace(/[“”"]/g, "");
  for (let k = 0; k < 6; k++) {
    const before = p;
    p = withoutLeadWord(p);
    const tail = TAIL_WORDS.longestSuffix(p);
    if (tail !== undefined) p = p.slice(0, p.length - tail.length);
    if (p === before) break;
  }
  if (p.length > KEPT_NAME_LENGTH) p = p.slice(-KEPT_NAME_LENGTH);
  return p;
}

/** `p.replace(INDICATOR_LEAD, "")`: the first lead word (in written order) followed by two Han characters, removed. */
function withoutLeadWord(p: string): string {
  if (p.length < 3) return p;
  const words = LEAD_WORDS.startingWith(p.charCodeAt(0));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (p.length >= w.length + 2 && p.startsWith(w) && isCjk(p.charCodeAt(w.length)) && isCjk(p.charCodeAt(w.length + 1))) return p.slice(w.length);
  }
  return p;
}

/** Whether any character of `s` has a CHAR_CLASS bit. */
function hasCharOf(s: string, bit: number): boolean {
  for (let i = 0; i < s.length; i++) if ((CHAR_CLASS[s.charCodeAt(i)]! & bit) !== 0) return true;
  return false;
}

function isNameChar(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fa5) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x201c || code === 0x201d || code === 34;
}


/** The noun right after a figure (全县2680张养老机构床位中 → 养老机构床位), bounded to 12 characters. */
function followingNoun(text: string, figureEnd: number): string | undefined {
  const end = text.charAt(figureEnd) === "的" ? figureEnd + 1 : figureEnd;
  let i = end;
  const limit = Math.min(text.length, end + 12);
  while (i < limit && (CHAR_CLASS[text.charCodeAt(i)]! & NOUN_CHAR) !== 0) i++;
  const noun = text.slice(end, i);
  if (noun.length < 2) return undefined;
  // only a noun phrase that closes its clause (…2680张养老机构床位中 / …7个党支部。), not the subject
  // of a predicate (2个党支部被评为…), whose end cannot be told
  if (i < text.length && !hasBit(text, i, NOUN_END)) return undefined;
  return noun;
}

/** The last named unit (东岭村, 城北社区, 石桥镇) in a stretch of text, as a scope key. */
export function lastNamedScope(sentencePrefix: string): string | undefined {
  return lastNamedScopeIn(sentencePrefix, 0, sentencePrefix.length);
}

/** lastNamedScope of text[from, to), without slicing it out. */
function lastNamedScopeIn(s: string, from: number, to: number): string | undefined {
  // Finds the matches of NAMED_SCOPE (2 to 6 Han characters, fewest first, then a unit word whose
  // guard lets it end a name) left to right as the regex would, without trying it at every position:
  // every match ends at a unit word, and the first unit word with 2 or more Han characters before it
  // (at most 6, none before the previous match's end) gives the leftmost match and its shortest name.
  let found: string | undefined;
  let resume = from; // where the regex would go on: the end of the previous match
  // a unit word needs two characters of name before it
  for (let q = from + 2; q < to; q++) {
    if (SCOPE_UNIT_HEAD[s.charCodeAt(q)] !== 1) continue;
    const unitLength = scopeUnitAt(s, q, to);
    if (unitLength === 0) continue;
    // the name: the run of Han characters right before q, at most 6, none before `resume`
    const lowest = Math.max(resume, q - 6);
    let nameStart = q;
    while (nameStart > lowest && isCjk(s.charCodeAt(nameStart - 1))) nameStart--;
    if (q - nameStart < 2) continue;
    resume = q + unitLength;
    const name = s.slice(nameStart, q);
    if (GENERIC_SCOPE_HEAD.test(name) || /[个各每全等和及与、]/.test(name)) continue;
    const unit = s.slice(q, resume);
    found = name.slice(unitLength === 1 || unit === "社区" ? -2 : -4) + unit;
  }
  return found;
}

/** First characters of NAMED_SCOPE's unit words: 村镇乡社街公居合. */
const SCOPE_UNIT_HEAD: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of "村镇乡社街公居合") table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** Length of NAMED_SCOPE's unit word at q (ending by `to`) if its guard lets it end a name there, else 0. */
function scopeUnitAt(s: string, q: number, to: number): number {
  const next = q + 1 < to ? s.charCodeAt(q + 1) : -1;
  let length: number;
  switch (s.charCodeAt(q)) {
    case 0x6751: // 村
    case 0x9547: // 镇
    case 0x4e61: // 乡
      length = 1;
      break;
    case 0x793e: // 社区
      length = next === 0x533a ? 2 : 0;
      break;
    case 0x8857: // 街道
      length = next === 0x9053 ? 2 : 0;
      break;
    case 0x516c: // 公司
      length = next === 0x53f8 ? 2 : 0;
      break;
    case 0x5c45: // 居委会
      length = next === 0x59d4 && q + 2 < to && s.charCodeAt(q + 2) === 0x4f1a ? 3 : 0;
      break;
    case 0x5408: // 合作社
      length = next === 0x4f5c && q + 2 < to && s.charCodeAt(q + 2) === 0x793e ? 3 : 0;
      break;
    default:
      return 0;
  }
  if (length === 0) return 0;
  const after = q + length;
  return after < to && SCOPE_UNIT_GUARD.has(s.charCodeAt(after)) ? 0 : length;
}
