import { formatInUnit } from "../../figures/format";
import { plainNumber } from "../../figures/numbers";
import { shiftKey } from "../../figures/period";
import { defineRule, type Finding } from "../types";
import { lastDigitTolerance, memoSlot, paragraphFindings, relatedOf, sameSentence, scanFigures, type PlacedFigure } from "./figure-facts";

/** Where this rule keeps each paragraph's findings between checks. */
const SLOT = memoSlot();

/**
 * Growth that contradicts its values or its own words: 386万元，较去年同期的452万元增长14.6%
 * (it fell); 由120万元下降到150万元; 增长-5%. Values are taken from the same sentence, or from a sentence
 * near it that gives nothing but the year before's values (see `neighbourBaseline`).
 */
export const growthRule = defineRule({
  meta: {
    id: "figure-consistency/growth",
    category: "figure-consistency",
    severity: "warning",
    description: "增减幅度与前后数值或增减用词矛盾",
  },
  scan: scanFigures,
  report(report, facts) {
    // Values come from the same paragraph: each paragraph's figures are checked on their own.
    // The text is read only within the paragraph of the figures, so the memo stays valid.
    const findings = paragraphFindings(report, facts, SLOT, (figures) => growthFindings(figures, report.text));
    return findings.length === 0 ? findings : findings.filter((f) => !REAL_TERMS.test(sentenceAround(report.text, f.from, f.to)));
  },
});

/**
 * 按可比价格计算增长5.6%, 同口径增长6.8%, 剔除留抵退税因素后增长…: a rate on a comparable basis
 * (prices or one-off items taken out) need not match the nominal values beside it, so such
 * sentences are left alone.
 */
const REAL_TERMS = /可比价|不变价|同口径|可比口径|(?:扣除|剔除)[^，。；]{0,12}(?:因素|影响)/;

const SENTENCE_ENDS = "。！？!?；;\n\r";

/** The sentence of the text holding from..to (bounded to 200 characters each way). */
function sentenceAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && from - start < 200 && !SENTENCE_ENDS.includes(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && end - to < 200 && !SENTENCE_ENDS.includes(text[end]!)) end++;
  return text.slice(start, end);
}

/** The growth findings of one paragraph's figures. */
function growthFindings(figures: PlacedFigure[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (let index = 0; index < figures.length; index++) {
    const f = figures[index]!;
    // only changes and to-values are checked: the sentence before them is gathered for those alone
    if (f.role === "change") {
      const sentence = sentenceBefore(figures, index);
      const finding = checkChange(f, sentence, figures, index, text) ?? directionClash(f, sentence);
      if (finding) findings.push(finding);
    } else if (f.role === "level" && index > 0 && f.normalized.unit === "%" && isSecondRate(figures[index - 1]!, f)) {
      // 分别较上年同期的452.7万人次、35.1亿元增长7.4%和18.4%: the later rates are read as levels
      const sentence = sentenceBefore(figures, index);
      const paired = respectiveBaseline(sentence, figures, index);
      if (paired !== undefined && paired !== NO_PAIR) {
        const finding = checkChange(Object.create(f, { direction: { value: figures[index - 1]!.direction } }) as PlacedFigure, sentence, figures, index, text);
        if (finding) findings.push(finding);
      }
    } else if (f.role === "to") {
      const unit = f.normalized.unit;
      const from = lastOf(sentenceBefore(figures, index), (g) => g.role === "from" && g.normalized.unit === unit);
      if (from && f.direction && contradicts(f.direction, from, f)) {
        const word = f.direction === "up" ? "增加" : "减少";
        findings.push({
          from: f.start,
          to: f.end,
          message: `由${from.raw}变为${f.raw}是${f.direction === "up" ? "减少" : "增加"}，却写“${word}”，增减方向与数值矛盾`,
          related: [relatedOf(from, `原值：${from.raw}`)],
        });
      }
    }
  }
  return findings;
}

/** A rate right after a growth rate of the same sentence (增长7.4%和18.4%). */
function isSecondRate(before: PlacedFigure, f: PlacedFigure): boolean {
  return before.role === "change" && before.direction !== undefined && before.normalized.unit === "%" && before.sentence === f.sentence && before.paragraph === f.paragraph && f.start - before.end <= 2;
}

/** The last figure of a list that passes a test (`[...list].reverse().find(test)` without the copy). */
function lastOf(list: readonly PlacedFigure[], test: (g: PlacedFigure) => boolean): PlacedFigure | undefined {
  for (let j = list.length - 1; j >= 0; j--) if (test(list[j]!)) return list[j];
  return undefined;
}

/**
 * 比上年减少120万元，增长2.1%: an amount and a rate of one change, side by side, moving in opposite
 * directions.
 */
function directionClash(change: PlacedFigure, sentence: PlacedFigure[]): Finding | undefined {
  const amount = sentence[sentence.length - 1];
  if (!amount || amount.role !== "change" || !amount.direction || !change.direction || amount.direction === change.direction) return undefined;
  if (change.normalized.unit !== "%" || amount.normalized.unit === "%" || amount.normalized.unit === "个百分点") return undefined;
  if (change.start - amount.end > 6 || change.approximate || amount.approximate || change.value <= 0 || amount.value <= 0) return undefined;
  if (change.periodUncertain !== amount.periodUncertain || change.indicator !== amount.indicator) return undefined;
  const [a, b] = change.direction === "up" ? ["增长", "减少"] : ["下降", "增加"];
  return {
    from: change.start,
    to: change.end,
    message: `前面写“${b}${amount.raw}”，此处却写“${a}${change.raw}”，增减方向自相矛盾`,
    related: [relatedOf(amount, `增减量：${amount.raw}`)],
  };
}

/** Figures of the same sentence before figures[index], nearest last. */
function sentenceBefore(figures: PlacedFigure[], index: number): PlacedFigure[] {
  const f = figures[index]!;
  const out: PlacedFigure[] = [];
  for (let j = index - 1; j >= 0 && out.length < 8; j--) {
    const g = figures[j]!;
    if (g.paragraph !== f.paragraph || g.sentence !== f.sentence) break;
    out.unshift(g);
  }
  return out;
}

/** A baseline stated just after the change in the same sentence (…增长14.6%（上年同期为452万元）). */
function baselineAfter(change: PlacedFigure, figures: PlacedFigure[], index: number): PlacedFigure | undefined {
  for (let j = index + 1; j < figures.length && j <= index + 2; j++) {
    const g = figures[j]!;
    if (g.paragraph !== change.paragraph || g.sentence !== change.sentence) break;
    // 环比增长8.2%，比上年同期增长5.1%，上年同期为11.99亿元: the baseline is the later change's
    if (g.role === "change") break;
    if (g.role === "baseline") return g;
  }
  return undefined;
}

/** The same indicator's value for the year before, stated in this or the two sentences before. */
function yearBefore(current: PlacedFigure, figures: PlacedFigure[], index: number): PlacedFigure | undefined {
  if (current.indicator === undefined || !current.periodKey || current.periodKey.startsWith("?") || current.scope !== undefined) return undefined;
  const key = shiftKey(current.periodKey, -1);
  if (!key) return undefined;
  for (let j = index - 1; j >= 0 && index - j <= 24; j--) {
    const g = figures[j]!;
    if (g.paragraph !== current.paragraph || current.sentence - g.sentence > 2) break;
    if (g.periodKey === key && g.indicator === current.indicator && g.normalized.unit === current.normalized.unit && g.scope === undefined && !g.target) return g;
  }
  return undefined;
}

/** The last 由…到 figure of the sentence, when it is the figure right before the change. */
function toBefore(sentence: PlacedFigure[]): PlacedFigure | undefined {
  const last = sentence[sentence.length - 1];
  return last && last.role === "to" ? last : undefined;
}

/** 由85%提高到96%，提高11个百分点: the points are the difference of the two rates. */
function checkPoints(change: PlacedFigure, from: PlacedFigure, to: PlacedFigure): Finding | undefined {
  if (from.approximate || to.approximate) return undefined;
  const sign = change.direction === "down" ? -1 : 1;
  const [low, high] = sign > 0 ? [change.low, change.high] : [-change.high, -change.low];
  if (to.high - from.low >= low && to.low - from.high <= high) return undefined;
  const delta = to.normalized.value - from.normalized.value;
  return {
    from: change.start,
    to: change.end,
    message: `由${from.raw}到${to.raw}实际${delta < 0 ? "下降" : "提高"}${plainNumber(Number(Math.abs(delta).toFixed(Math.max(1, change.decimals))))}个百分点，与“${change.direction === "down" ? "下降" : "提高"}${change.raw}”不符`,
    related: [relatedOf(from, `原值：${from.raw}`), relatedOf(to, `现值：${to.raw}`)],
  };
}

/** True when going from a to b moves against the direction the words give. */
function contradicts(direction: "up" | "down", a: PlacedFigure, b: PlacedFigure): boolean {
  return direction === "up" ? b.high < a.low : b.low > a.high;
}

/** An average per unit (村均, 户均, 人均, 平均) written beside its total. */
const PER_UNIT_AVERAGE = /^(?:[村户人校企镇乡]均|平均)/;

/** Stands for a 分别 list whose baselines and rates cannot be paired one to one. */
const NO_PAIR = { baseline: {} as PlacedFigure, current: {} as PlacedFigure };

/**
 * 分别较上年同期的452.7万人次、35.1亿元增长7.4%和18.4%: with two or more baselines, the k-th rate of
 * the run goes with the k-th baseline, and its value now is the one level of that unit (or the k-th,
 * when the levels of that unit are as many as the baselines: 分别为32680元和16940元，分别比上年同期的
 * 31240元和15860元增长…). NO_PAIR when the counts differ; undefined with fewer than two baselines.
 */
function respectiveBaseline(sentence: PlacedFigure[], figures: PlacedFigure[], index: number): { baseline: PlacedFigure; current: PlacedFigure } | undefined {
  const isRate = (g: PlacedFigure) => g.normalized.unit === "%" && (g.role === "change" || g.role === "level");
  let position = 0;
  let j = sentence.length - 1;
  for (; j >= 0 && isRate(sentence[j]!); j--) position++;
  // the baselines listed together right before the rates (not 较上年的1.8亿元增长11.1%，…较上年的2500万元增长20%)
  const baselines: PlacedFigure[] = [];
  for (; j >= 0 && sentence[j]!.role === "baseline"; j--) baselines.unshift(sentence[j]!);
  if (baselines.length < 2) return undefined;
  let run = position + 1;
  const change = figures[index]!;
  for (let k = index + 1; k < figures.length && figures[k]!.sentence === change.sentence && figures[k]!.paragraph === change.paragraph && isRate(figures[k]!); k++) run++;
  if (run !== baselines.length) return NO_PAIR;
  const baseline = baselines[position]!;
  const unit = baseline.normalized.unit;
  const levels = sentence.filter((g) => g.role === "level" && g.normalized.unit === unit);
  if (levels.length === 1) return { baseline, current: levels[0]! };
  const sameUnit = baselines.every((b) => b.normalized.unit === unit);
  return sameUnit && levels.length === baselines.length ? { baseline, current: levels[position]! } : NO_PAIR;
}

/** Words saying a change is not against the year before (环比, 比上月, 比全省平均…). */
const NOT_YEAR_ON_YEAR = /环比|上月|上季|上旬|上周|上半年|年初|基期|平均|全国|全省|全市|全县|计划|目标|预期/;

/**
 * 发生火灾497起，同比下降16.3%。上年同期530起。 · 上年同期530起。今年发生497起，同比下降16.3%。
 * A change right after its value, whose own sentence gives no baseline, and a sentence near it
 * (after or before, not both; see `baselineSentence`) that gives nothing but the year before's
 * values: the one of them in the value's unit, of the same (or an unnamed) indicator, scope and
 * matching period, is the baseline. Anything less plain (two values of the unit, another
 * comparison, a sentence that also gives values now) leaves the change alone.
 */
function neighbourBaseline(change: PlacedFigure, figures: PlacedFigure[], index: number, text: string): { baseline: PlacedFigure; current: PlacedFigure } | undefined {
  const current = figures[index - 1];
  if (!current || current.role !== "level" || !sameSentence(current, change)) return undefined;
  const unit = current.normalized.unit;
  if (unit === "%" || unit === "个百分点" || unit === "" || current.approximate || current.listed || current.target || current.periodUncertain) return undefined;
  if (change.normalized.unit !== "%" && change.normalized.unit !== unit) return undefined;
  const gap = text.slice(current.end, change.start);
  if (gap.length > 12 || NOT_YEAR_ON_YEAR.test(gap)) return undefined;
  // the only figure of its unit in the sentence: no doubt which value the change is about
  for (let j = index - 2; j >= 0 && sameSentence(figures[j]!, change); j--) if (figures[j]!.normalized.unit === unit) return undefined;
  for (let j = index + 1; j < figures.length && sameSentence(figures[j]!, change); j++) if (figures[j]!.normalized.unit === unit) return undefined;
  const after = baselineSentence(figures, index, 1, current);
  const before = baselineSentence(figures, index, -1, current);
  const baseline = after && before ? undefined : (after ?? before);
  if (!baseline) return undefined;
  // 其中较大事故12起，同比下降20%。上年同期236起: a part's baseline would be named as that part
  if (current.partsGroup !== undefined && baseline.indicator === undefined) return undefined;
  const baselineWords = sentenceAround(text, baseline.start, baseline.end);
  // 全县发生火灾497起…。上年同期全市5300起: an area named with the baseline alone is another area
  if (namesOtherArea(baselineWords, sentenceAround(text, current.start, change.end))) return undefined;
  // 1-6月发生火灾497起…。上年530起: without 同期, 上年 may be the whole year, unless the value's is one too
  if (!baselineWords.includes("同期") && !(current.periodKey && WHOLE_YEAR_KEY.test(current.periodKey))) return undefined;
  if (current.periodKey && baseline.periodKey && !current.periodKey.startsWith("?") && !baseline.periodKey.startsWith("?") && shiftKey(current.periodKey, -1) !== baseline.periodKey) return undefined;
  return { baseline, current };
}

/** The period key of a calendar year (2026). */
const WHOLE_YEAR_KEY = /^\d{4}$/;

/** Whole-area words (全县, 本市, 我镇, 全国…). */
const AREA_WORDS = /[全本我](?:国|省|市|州|盟|县|区|旗|镇|乡|街道|村|社区)/g;

/** Whether `baselineSentence` names an area that `currentSentence` does not. */
function namesOtherArea(baselineSentence: string, currentSentence: string): boolean {
  for (const m of baselineSentence.matchAll(AREA_WORDS)) if (!currentSentence.includes(m[0])) return true;
  return false;
}

/** How many sentences away from its change a baseline in a sentence of its own is looked for. */
const BASELINE_REACH = 3;

/**
 * The year before's value of `current`'s measure in a sentence after (step 1) or before (step −1)
 * the change's, within BASELINE_REACH sentences: the first sentence there with a figure in the
 * value's unit, when it holds nothing but year-before values (上年同期发生火灾530起，死亡4人) and one
 * of them in the unit. Past the sentence next to the change, the baseline must name the same
 * indicator as the value (…下降6.3%；直接财产损失…。上年同期发生火灾530起).
 */
function baselineSentence(figures: PlacedFigure[], index: number, step: 1 | -1, current: PlacedFigure): PlacedFigure | undefined {
  const unit = current.normalized.unit;
  let found: PlacedFigure | undefined;
  let foundIn = -1;
  for (let j = index + step; j >= 0 && j < figures.length && Math.abs(j - index) <= 24; j += step) {
    const g = figures[j]!;
    const distance = (g.sentence - current.sentence) * step;
    if (g.paragraph !== current.paragraph || distance > BASELINE_REACH) break;
    if (distance <= 0) continue;
    if (foundIn >= 0 && g.sentence !== foundIn) break;
    if (foundIn < 0) {
      if (g.normalized.unit !== unit) continue;
      // the first sentence with a figure in the unit: every figure of it must be a baseline
      foundIn = g.sentence;
      for (let k = j - step; k >= 0 && k < figures.length && figures[k]!.sentence === foundIn && figures[k]!.paragraph === g.paragraph; k -= step) {
        if (figures[k]!.role !== "baseline") return undefined;
      }
    }
    if (g.role !== "baseline" || g.listed || g.target) return undefined;
    if (g.normalized.unit !== unit) continue;
    if (found || g.approximate || g.periodUncertain || g.scope !== current.scope) return undefined;
    if (g.indicator === undefined ? distance > 1 : g.indicator !== current.indicator) return undefined;
    found = g;
  }
  return found;
}

function checkChange(change: PlacedFigure, sentence: PlacedFigure[], figures: PlacedFigure[], index: number, text: string): Finding | undefined {
  const word = change.direction === "down" ? "下降" : "增长";
  if (change.value < 0 && change.direction) {
    return {
      from: change.start,
      to: change.end,
      message: `“${word}${change.raw}”自相矛盾，应写作“${change.direction === "down" ? "增长" : "下降"}${change.raw.replace(/^[-−－]/, "")}”`,
    };
  }
  if (change.approximate || change.target) return undefined;
  // the value now, and the value it is compared with
  let baselineIndex = -1;
  for (let j = sentence.length - 1; j >= 0; j--) {
    if (sentence[j]!.role === "baseline") {
      baselineIndex = j;
      break;
    }
  }
  let baseline: PlacedFigure | undefined;
  let current: PlacedFigure | undefined;
  let paired = false;
  if (baselineIndex >= 0) {
    const pair = respectiveBaseline(sentence, figures, index);
    if (pair === NO_PAIR) return undefined;
    const found = pair?.baseline ?? sentence[baselineIndex]!;
    baseline = found;
    paired = pair !== undefined;
    current = pair?.current ?? lastOf(sentence, (g) => g !== found && g.role === "level" && g.normalized.unit === found.normalized.unit);
  } else if ((baseline = baselineAfter(change, figures, index))) {
    // 实现收入386万元，同比增长14.6%（上年同期为452万元）
    const found = baseline;
    current = lastOf(sentence, (g) => g.role === "level" && g.normalized.unit === found.normalized.unit);
  } else if (!change.periodUncertain && (current = toBefore(sentence))) {
    // 由1.98万元增加到2.15万元，增长8.6%: the change restates the move from one to the other
    const to = current;
    baseline = lastOf(sentence, (g) => g.role === "from" && g.normalized.unit === to.normalized.unit && g.start < to.start);
    if (baseline && change.normalized.unit === "个百分点" && to.normalized.unit === "%") return checkPoints(change, baseline, to);
  } else {
    // 2025年实现收入120万元。2026年实现收入100万元，同比增长20%: the year before, named by its period
    current = lastOf(sentence, (g) => g.role === "level" && g.normalized.unit !== "%" && g.normalized.unit !== "个百分点");
    baseline = current ? yearBefore(current, figures, index) : undefined;
    if (!baseline) {
      // 发生火灾497起，同比下降16.3%。上年同期530起。: the year before's value in a sentence of its own
      const pair = neighbourBaseline(change, figures, index, text);
      if (pair) ({ baseline, current } = pair);
    }
  }
  if (!baseline) return undefined;
  if (!current || baseline.approximate || current.approximate || baseline.normalized.value <= 0) return undefined;
  // 收入合计326万元，村均18.1万元，较上年同期的286万元增长14.0%: the average (or an unnamed value) or the
  // total before it may be meant
  if (!paired && (current.indicator === undefined || PER_UNIT_AVERAGE.test(current.indicator))) {
    const now = current;
    if (sentence.some((g) => g !== now && g.role === "level" && g.start < now.start && g.normalized.unit === now.normalized.unit)) return undefined;
  }
  // 分别较上年的3.0万元、1.8万元增长…: a value after the baseline in its 分别 list is another baseline
  if (current.listed && baseline.listed && current.start > baseline.start) return undefined;
  // 营业收入2亿元，利润较上年的3000万元增长10%: the baseline measures something else
  if (baseline.indicator !== undefined && current.indicator !== undefined && baseline.indicator !== current.indicator) return undefined;
  if (baseline.normalized.unit === "%" || baseline.normalized.unit === "个百分点") return undefined;
  // 税收19.8亿元，上年同期为18.6亿元，…税收占比69.2%，比上年同期下降1.5个百分点: points move a rate, not these levels
  if (change.normalized.unit === "个百分点") return undefined;
  const related = [relatedOf(current, `本期：${current.raw}`), relatedOf(baseline, `对比期：${baseline.raw}`)];
  const sign = change.direction === "down" ? -1 : 1;
  const fell = current.high < baseline.low;
  const rose = current.low > baseline.high;
  if ((sign > 0 && fell) || (sign < 0 && rose)) {
    return {
      from: change.start,
      to: change.end,
      message: `${current.raw}${fell ? "低于" : "高于"}对比期的${baseline.raw}，却写“${word}${change.raw}”，增减方向与数值矛盾`,
      related,
    };
  }
  if (change.normalized.unit === "%") {
    const low = ((current.low - baseline.high) / baseline.high) * 100;
    const high = ((current.high - baseline.low) / baseline.low) * 100;
    const stated = sign * change.value;
    const tolerance = lastDigitTolerance(change);
    if (high >= stated - tolerance && low <= stated + tolerance) return undefined;
    const computed = ((current.normalized.value - baseline.normalized.value) / baseline.normalized.value) * 100;
    return {
      from: change.start,
      to: change.end,
      message: `由${baseline.raw}到${current.raw}实际${computed < 0 ? "下降" : "增长"}约${plainNumber(Number(Math.abs(computed).toFixed(Math.max(1, change.decimals))))}%，与“${word}${change.raw}”不符`,
      related,
    };
  }
  if (change.normalized.unit === current.normalized.unit) {
    const stated = sign * change.normalized.value;
    const low = current.low - baseline.high;
    const high = current.high - baseline.low;
    const slack = change.high - change.low;
    if (high >= stated - slack && low <= stated + slack) return undefined;
    const delta = current.normalized.value - baseline.normalized.value;
    return {
      from: change.start,
      to: change.end,
      message: `由${baseline.raw}到${current.raw}实际${delta < 0 ? "减少" : "增加"}${formatInUnit(Math.abs(delta), change.unit) ?? plainNumber(Math.abs(delta))}，与“${word}${change.raw}”不符`,
      related,
    };
  }
  return undefined;
}
