import { GENERIC_OBJECTS, ACTION_VERBS } from "../../figures/words";
import { indicatorLabel } from "../../figures/format";
import { headingIndices } from "../../model/build";
import { lowerBound } from "../../model/lower-bound";
import type { ReportModel } from "../../model/types";
import { defineRule, type Finding } from "../types";
import { isComparable, memoSlot, perParagraph, relatedOf, scanFigures, type PlacedFigure } from "./figure-facts";

/**
 * One indicator, one period, one scope, two values: 固定资产投资 3.2亿元 on page 1 and 3.5亿元 on
 * page 4. Values are compared after normalisation and within what their writing allows
 * (3.2亿元 = 32000万元; 3万余人 fits 30512人).
 */
export const sameIndicatorRule = defineRule({
  meta: {
    id: "figure-consistency/same-indicator",
    category: "figure-consistency",
    severity: "warning",
    description: "同一指标、同一时期和范围在文中出现不同数值",
  },
  scan: scanFigures,
  report(report, facts) {
    // Each later figure of a group is compared with the group's first. Only the figures with a key
    // take part (listed once per paragraph placement); groups are numbered, so one pass over arrays
    // finds each group's first figure without a map lookup per figure.
    const check = ++checks;
    // between checks only: within one, every figure must be numbered alike
    if (groupCount >= MAX_GROUPS) startNumbering();
    const findings: Finding[] = [];
    let ownLevel: string | undefined | null = null;
    for (const c of perParagraph(report, facts, SLOT, comparedFigures)) {
      if (c.numbering !== numbering) renumber(c);
      // the numbers compared come from the Compared's own array (one read of each figure per
      // check would cost a cache miss per figure on a long report): group, low, high, sentence
      const data = c.data;
      for (let k = 0; k < c.length; k++) {
        const at = k * STRIDE;
        const group = data[at]!;
        if (seenIn[group] !== check) {
          seenIn[group] = check;
          firstIndex[group] = k;
          firstIn[group] = c;
          continue;
        }
        const firstList = firstIn[group]!;
        const j = firstIndex[group]! * STRIDE;
        const firstData = firstList.data;
        // same sentence of the same paragraph (one list per paragraph), or values that can agree
        if (firstList === c && firstData[j + 3] === data[at + 3]) continue;
        if (firstData[j + 1]! <= data[at + 2]! && data[at + 1]! <= firstData[j + 2]!) continue;
        const first = firstList.figures[firstIndex[group]!]!;
        const f = c.figures[k]!;
        // 全镇森林覆盖率62.5% … 全县森林覆盖率58.3%: a town report citing the county's figure
        if (ownLevel === null) ownLevel = titleLevel(report.title?.text);
        const levelA = areaLevelBefore(report.paragraphs[first.paragraph]!.text, first.from) ?? ownLevel;
        const levelB = areaLevelBefore(report.paragraphs[f.paragraph]!.text, f.from) ?? ownLevel;
        if (levelA !== undefined && levelB !== undefined && levelA !== levelB) continue;
        // 一是东村。全村户籍人口1862人…二是西村。全村户籍人口2146人: in a town's report, 全村 is
        // whichever village was just named
        if (levelA !== undefined && levelA === levelB && ownLevel !== undefined && LEVEL_RANK[levelA]! < LEVEL_RANK[ownLevel]!) continue;
        // 县人民医院全年门急诊…，出院患者4.12万人次；县中医院…，出院患者1.86万人次: sentences about
        // different bodies
        if (bodySubject(report.paragraphs[first.paragraph]!.text, first.from) !== bodySubject(report.paragraphs[f.paragraph]!.text, f.from)) continue;
        // 全县医疗卫生机构386个，床位3260张 … 民营医疗机构126个，床位860张: a short name after another
        // figure is that figure's subject's
        if ((f.indicator ?? "").length <= 3) {
          const headA = sentenceHead(report.paragraphs[first.paragraph]!.text, first.from);
          const headB = sentenceHead(report.paragraphs[f.paragraph]!.text, f.from);
          if (headA !== undefined && headB !== undefined && headA !== headB) continue;
        }
        // （一）2025年工作完成情况 … （二）2026年工作开展情况: sections of different years
        const yearA = headingYear(report, first.paragraph);
        const yearB = headingYear(report, f.paragraph);
        if (yearA !== undefined && yearB !== undefined && yearA !== yearB) continue;
        // 签约项目12个，协议资金26亿元；其中工业项目8个，协议资金18亿元: a part of the breakdown
        if (inBreakdown(report.paragraphs[f.paragraph]!.text, f.from) || inBreakdown(report.paragraphs[first.paragraph]!.text, first.from)) continue;
        const label = indicatorLabel(f.indicator);
        findings.push({
          from: f.start,
          to: f.end,
          message: `${label ?? "同一指标"}前文为${first.raw}，此处为${f.raw}，数字不一致`,
          related: [relatedOf(first, `${indicatorLabel(first.indicator) ?? "前文"}：${first.raw}`)],
        });
      }
    }
    return findings;
  },
});

const AREA_WORD = /(?:全|本|我)(村|社区|镇|乡|街道|县|市|区|州|省|国)/g;
const LEVEL_IN_TITLE = /((?<![农乡])村|镇|乡|街道|县|市|区|州|省)(?:委|政府|人民政府|党委)?(?:20\d\d|二|〇|关于|上半年|年度|工作|$)/;
/** How high each area level stands (a 镇 report's 全村 is one of its villages). */
const LEVEL_RANK: Record<string, number> = { 村: 0, 社区: 0, 镇: 1, 乡: 1, 街道: 1, 县: 2, 区: 2, 市: 2, 州: 3, 省: 4, 国: 5 };

/**
 * A named body opening a sentence (县人民医院 · 县妇幼保健院 · 18个乡镇卫生院 · 第一中学 · 华丰纺织有限公司),
 * not 全县/各 words.
 */
const BODY_SUBJECT = /^(?:[一二三四五六七八九十\d]{1,2}[、.．是]\s*)?(?:[一二三四五六七八九十\d]{1,3}[个所家])?((?!全|各|本|我|该|所有)[\u4e00-\u9fa5]{1,12}?(?:院|中心|站|中学|小学|学校|幼儿园|公司|集团|厂|合作社|基地|景区))/;

/** The body the sentence holding `from` opens with, if it opens with one. */
function bodySubject(text: string, from: number): string | undefined {
  let start = from;
  while (start > 0 && from - start < 80 && !"。；;！？!?\n".includes(text[start - 1]!)) start--;
  return BODY_SUBJECT.exec(text.slice(start, from).trimStart())?.[1];
}

/** Period words and whole-area words, which do not tell a sentence's subject. */
const NOT_SUBJECT = /\d{4}年(?:度|底|末)?|\d{1,2}[-—–至]\d{1,2}月份?|\d{1,2}月(?:份|底|末)?|(?:全|我|本)(?:县|镇|乡|市|区)|截至|[，,：:\s]/g;

/**
 * What the sentence holding `from` is about when a figure stands before `from` in it: its words
 * before its first figure (民营医疗机构 in 民营医疗机构126个，床位860张); undefined when none does.
 */
function sentenceHead(text: string, from: number): string | undefined {
  let start = from;
  while (start > 0 && from - start < 80 && !"。；;！？!?\n".includes(text[start - 1]!)) start--;
  const before = text.slice(start, from).replace(NOT_SUBJECT, "");
  const digit = before.search(/[0-9０-９]/);
  return digit < 0 ? undefined : before.slice(0, digit);
}

/** A year a heading names (2025年 · 二〇二五年 · 今年 · 上年). */
const HEADING_YEAR = /(?:19|20)\d\d年|[二〇零一二三四五六七八九]{4}年|今年|去年|上年|明年/;

/**
 * The year named by the nearest heading above a paragraph that names one (looking back at most
 * eight headings), for sections of a report that cover different years.
 */
function headingYear(report: ReportModel, paragraph: number): string | undefined {
  const headings = headingIndices(report);
  let k = lowerBound(headings.length, (i) => headings[i]! < paragraph) - 1;
  for (let seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const p = report.paragraphs[headings[k]!]!;
    // an inline heading (（一）工业。2025年…) is read up to its title's end only
    const title = p.analysis.heading ? p.text.slice(0, p.analysis.heading.title.to) : p.text;
    const year = HEADING_YEAR.exec(title.slice(0, 40))?.[0];
    if (year !== undefined) return year;
  }
  return undefined;
}

/** A department of a level's government (县民政局, 市生态环境局, 区委政法委). */
const DEPARTMENT_IN_TITLE = /^[\u4e00-\u9fa5]{0,4}?(县|市|区)(?:委)?[\u4e00-\u9fa5]{1,10}?(?:局|委员会|委|办公室|中心)/;

/** The level a title's unit is (清溪镇2026年工作总结 → 镇; 县民政局… → 县), if it names one. */
function titleLevel(title: string | undefined): string | undefined {
  return title ? (LEVEL_IN_TITLE.exec(title)?.[1] ?? DEPARTMENT_IN_TITLE.exec(title)?.[1]) : undefined;
}

/** The level of the last whole-area word (全镇, 全县, 我市) in the clause before a figure. */
function areaLevelBefore(text: string, from: number): string | undefined {
  let start = from;
  while (start > 0 && from - start < 40 && !"。；;！？!?\n".includes(text[start - 1]!)) start--;
  let level: string | undefined;
  AREA_WORD.lastIndex = 0;
  const before = text.slice(start, from);
  for (let m = AREA_WORD.exec(before); m; m = AREA_WORD.exec(before)) level = m[1];
  return level;
}

const BREAKDOWN_WORD = /其中|包括|分别为|分别是|分别达到/;

/**
 * Whether a figure stands in a breakdown: 其中/包括 earlier in its sentence, whose clauses may run
 * on after ；(其中工业项目8个，协议资金18亿元；农业项目4个，协议资金8亿元).
 */
function inBreakdown(text: string, from: number): boolean {
  let start = from;
  while (start > 0 && from - start < 200 && !"。！？!?\n".includes(text[start - 1]!)) start--;
  return BREAKDOWN_WORD.test(text.slice(start, from));
}

/** Where this rule keeps each paragraph's compared figures between checks. */
const SLOT = memoSlot();

/**
 * Group numbers by group key (indicator, then period, scope and unit): one per distinct key seen since the
 * numbering began. A long-lived checker meets ever new keys, so the numbering starts over once
 * there are MAX_GROUPS of them (at the start of a check); compared figures numbered before then
 * are numbered again when read.
 */
const groupsByIndicator = new Map<string, GroupKey[]>();
let groupCount = 0;
const MAX_GROUPS = 20_000;
let numbering = 0;
/** Per group number: the check that last saw the group, and where its first figure is (list and index). */
const seenIn: number[] = [];
const firstIndex: number[] = [];
const firstIn: (Compared | undefined)[] = [];
let checks = 0;

/**
 * One paragraph's compared figures with their group numbers (in `numbering`), and the numbers the
 * comparison reads copied beside them (a figure's own fields are read only for a finding).
 */
interface Compared {
  length: number;
  /** Per figure, STRIDE numbers: group, low, high, sentence. */
  data: number[];
  figures: PlacedFigure[];
  numbering: number;
}
const STRIDE = 4;

/**
 * One paragraph's figures that are compared, with their group numbers. Worked out once per
 * placement (placed figures are reused across checks, only their offsets move).
 */
function comparedFigures(figures: PlacedFigure[]): Compared {
  let count = 0;
  for (const f of figures) {
    if (!isComparable(f) || !isSpecificIndicator(f)) continue;
    pickedFigures[count] = f;
    pickedGroups[count] = groupOf(f);
    count++;
  }
  // arrays of the exact size: they are kept as long as the placement
  const data: number[] = [];
  for (let k = 0; k < count; k++) {
    const f = pickedFigures[k]!;
    data.push(pickedGroups[k]!, f.low, f.high, f.sentence);
  }
  return { length: count, data, figures: pickedFigures.slice(0, count), numbering };
}
/** Scratch arrays for comparedFigures. */
const pickedFigures: PlacedFigure[] = [];
const pickedGroups: number[] = [];

/** The rest of a group key, under its indicator (an indicator has one or a few). */
interface GroupKey {
  periodKey: string | undefined;
  scope: string | undefined;
  unit: string;
  group: number;
}

function groupOf(f: PlacedFigure): number {
  let keys = groupsByIndicator.get(f.indicator!);
  if (keys === undefined) groupsByIndicator.set(f.indicator!, (keys = []));
  const periodKey = f.periodKey;
  const scope = f.scope;
  const unit = f.normalized.unit;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key.periodKey === periodKey && key.scope === scope && key.unit === unit) return key.group;
  }
  const group = groupCount++;
  keys.push({ periodKey, scope, unit, group });
  seenIn.push(0);
  firstIndex.push(0);
  firstIn.push(undefined);
  return group;
}

/** How many group keys the current numbering holds (for tests: it must stay bounded). */
export function groupsNumbered(): number {
  return groupCount;
}

function startNumbering(): void {
  groupsByIndicator.clear();
  groupCount = 0;
  seenIn.length = 0;
  firstIndex.length = 0;
  firstIn.length = 0;
  numbering++;
}

/** Group numbers again for figures compared before the numbering started over. */
function renumber(c: Compared): void {
  for (let k = 0; k < c.length; k++) c.data[k * STRIDE] = groupOf(c.figures[k]!);
  c.numbering = numbering;
}

/** What each project or building has its own of (总投资28亿元 … 总投资12亿元 in a list of projects). */
const PER_ITEM_NAME = /^(?:项目)?(?:计划)?总投资(?:额)?$|^(?:总)?(?:建筑|占地)面积$|^占地$/;

/**
 * Bare measures that stand for a crop or product named before them (粮食…总产3.12万吨；油菜…总产0.36万吨;
 * 小麦…平均亩产412公斤；玉米…平均亩产486公斤).
 */
const BARE_MEASURE = /^(?:平均|亩均)?(?:总产量?|产量|单产|亩产|总量|总额|规模)$/;

/**
 * A short average that stands for whatever the sentence is about (耕地地力保护补贴…亩均补贴120元；
 * 种粮农民补贴…亩均补贴32元); 人均可支配收入 names its own quantity.
 */
const BARE_AVERAGE = /^(?:人均|户均|亩均|村均|次均|校均|场均|平均)[\u4e00-\u9fa5]{1,2}$/;

/**
 * Names precise enough that two mentions mean the same quantity: not a generic word, and
 * for activity counts (发放低保金) an object that is not generic (开展活动, 排查问题 recur in
 * different campaigns).
 */
function isSpecificIndicator(f: PlacedFigure): boolean {
  const name = f.indicator ?? "";
  if (PER_ITEM_NAME.test(name) || BARE_MEASURE.test(name) || BARE_AVERAGE.test(name)) return false;
  // short bare names (参保率, 党员) often stand for a subject named earlier in the sentence
  if (name.length < 2 || (name.length <= 3 && /率$/.test(name))) return false;
  if (!f.activity) return name.length >= 3 || !GENERIC_OBJECTS.test(name);
  const verb = ACTION_VERBS.exec(name);
  const object = verb ? name.slice(verb[0].length) : name;
  return object.length >= 3 && !GENERIC_OBJECTS.test(object);
}
