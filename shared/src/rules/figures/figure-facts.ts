/**
 * What every figure-consistency rule reads: the figures of each paragraph (extracted once per
 * paragraph text, whichever rule asks first) placed in the whole report, with periods resolved
 * against the report's period and plan sections marked.
 */
import { extractFigureFacts, lastNamedScope, type FigureFact } from "../../figures/extract";
import { resolvePeriod, type PeriodSpec } from "../../figures/period";
import { headingIndices, isHeadingParagraph } from "../../model/build";
import { lowerBound } from "../../model/lower-bound";
import { toPeriodKey } from "../../model/period-key";
import type { Paragraph, ParagraphAnalysis, ReportModel } from "../../model/types";
import type { Finding } from "../types";

/** A figure in whole-text offsets with its period settled. */
export interface PlacedFigure extends FigureFact {
  /** Index of the paragraph in report.paragraphs. */
  readonly paragraph: number;
  /** Whole-text offsets. */
  readonly start: number;
  readonly end: number;
  /** Period key; a key starting with "?" stands for the report's period when that has no key. */
  periodKey?: string;
  /** Under a heading about plans (下步工作打算…): future values, not results. */
  inPlans: boolean;
}

const byReport = new WeakMap<ReportModel, ReportFigures>();

/** The placed figures of one check, paragraph by paragraph (all of them in order only when asked). */
interface ReportFigures {
  all: PlacedFigure[] | undefined;
  placements: Placement[];
  /**
   * Per memo slot, the placements a rule must look at: those whose memo is missing or not empty
   * (see `EMPTY_MEMO`). A re-check then visits the few paragraphs that have something.
   * A rule's pass drops from its list the placements it finds empty.
   */
  worthVisiting: Placement[][];
  /**
   * Per memo slot read by `perParagraph`: the value of each placement of worthVisiting[slot], in
   * the same order (undefined until known), so a re-check does not visit each placement's memo.
   */
  listedValues: (unknown[] | undefined)[];
  /** What placement reads at each heading of headingIndices(report), after it (same order). */
  afterHeading: readonly PlacementContext[];
  /** What the placement depended on report-wide. */
  subject: string | undefined;
  reportYear: number;
  reportKey: string | undefined;
  /** The `placing` count this placement was made at. */
  generation: number;
}

/** The outline state placement carries from heading to heading. */
interface PlacementContext {
  /** Level of the plan heading we are under. */
  planLevel: number | undefined;
  /** A heading naming a unit (（二）东岭村) we are under. */
  section: { level: number; scope: string } | undefined;
}
const OUTSIDE_HEADINGS: PlacementContext = Object.freeze({ planLevel: undefined, section: undefined });

/** Stands for every empty memo (no findings, nothing compared), so placements can be passed by. */
const EMPTY_MEMO: readonly never[] = Object.freeze([]);

/**
 * The placement of one paragraph's figures and what it depended on. A later check that places the
 * paragraph the same way (same text, scope, plan section, report period) reuses it, only moving
 * offsets, so what rules derived from it alone can be reused too (see `paragraphFindings`).
 */
interface Placement {
  /** The paragraph placed: its figures read their index and offsets from it, so they move with it. */
  source: Paragraph;
  /** The facts placed (its key in `placedByFacts`). */
  facts: readonly FigureFact[];
  scope: string | undefined;
  inPlans: boolean;
  subject: string | undefined;
  reportYear: number;
  reportKey: string | undefined;
  placed: PlacedFigure[];
  /** Whether a paragraph of the last placing uses it: two paragraphs with the same text cannot share one. */
  inUse: boolean;
  /** The last placing that used it (read once it is not in use). */
  lastUsed: number;
  /** What rules derived from `placed` alone, by memo slot (see `memoSlot`). */
  memo: unknown[] | undefined;
  /** Bit s set while the rule of slot s must visit this placement (its memo is missing or not empty). */
  visit: number;
  /** The unit the paragraph opens with (东岭村：…), read from this analysis (not for headings). */
  leadOf: ParagraphAnalysis | undefined;
  leadScope: string | undefined;
}
const NO_PLACED: PlacedFigure[] = [];
/**
 * Placements by the facts array they place, for later checks to reuse. A Map rather than a WeakMap
 * (an entry of which cost more to add than the placement itself): placements that fall out of use
 * wait in `released`, and go once unused for RETAIN_CHECKS placings (an undo finds them still there).
 */
const placedByFacts = new Map<readonly FigureFact[], Placement>();
let released: Placement[] = [];
const RETAIN_CHECKS = 3;
let placing = 0;
/** The placements of the last placing. */
let lastFigures: ReportFigures | undefined;
let slots = 0;

/**
 * A place in every paragraph placement for one rule's derived data (`paragraphFindings`,
 * `perParagraph`); rules take one each when their module loads.
 */
export function memoSlot(): number {
  if (slots >= 30) throw new Error("too many figure memo slots");
  return slots++;
}

/**
 * The figures of one paragraph; shared by all figure rules (the same analysis object is passed to
 * each). The engine runs every rule's scan on one paragraph before the next, so the figure rules
 * ask in a row and the last paragraph's figures are all there is to keep: a cache of every
 * analysis (a WeakMap) cost more than it saved, its entries being traced by every garbage
 * collection. A caller scanning in another order gets the same figures extracted again.
 */
export function scanFigures(analysis: ParagraphAnalysis): FigureFact[] {
  if (analysis !== lastScanned) {
    lastScannedFacts = extractFigureFacts(analysis.text);
    lastScanned = analysis;
  }
  return lastScannedFacts;
}
let lastScanned: ParagraphAnalysis | undefined;
let lastScannedFacts: FigureFact[] = [];

/**
 * The unit a paragraph opens with (东岭村：…), if any. Read once per placement: a placement that
 * is kept remembers it (`Placement.leadScope`).
 */
function leadScopeOf(analysis: ParagraphAnalysis): string | undefined {
  const lead = /^[\s\u3000]*([^，。；：:]{2,12})[：:]/.exec(analysis.text);
  return lead ? lastNamedScope(lead[1]!) ?? itemName(lead[1]!) : undefined;
}

const PLAN_HEADING = /计划|打算|思路|安排|下步|下一步|明年|目标任务|主要目标|预期目标|发展目标|展望|谋划|重点工作|工作设想|工作建议|意见建议/;
/** A heading telling how plans or targets went (目标任务全面完成, 重点工作推进情况): results, not plans. */
const PLAN_DONE = /完成|成效|成绩|进展|执行情况|推进情况|落实情况/;
/** …unless it asks for completion or looks ahead (确保完成全年目标任务 · 下半年完成目标任务的措施). */
const PLAN_AHEAD = /确保|力争|争取|努力|全力|坚决|下步|下一步|下半年|明年|打算|措施/;

/** What a heading title says for placement: a plan section, and the unit it names. */
interface HeadingInfo {
  plans: boolean;
  named: string | undefined;
}
const headingInfoByAnalysis = new WeakMap<ParagraphAnalysis, HeadingInfo>();

function headingInfo(title: string): HeadingInfo {
  return { plans: PLAN_HEADING.test(title) && !(PLAN_DONE.test(title) && !PLAN_AHEAD.test(title)), named: lastNamedScope(title.slice(0, 20)) ?? itemName(title) };
}

/**
 * A heading that only names one body, project or place (1.城关第一小学。· 2.宏达建材股份公司。·
 * 3.新材料产业园项目 · 1.桃溪河。· （二）滨江路): each has figures of its own (全长, 总投资, 在校学生).
 */
const ITEM_NAME = /^[\u4e00-\u9fa5（）()]{2,14}(?:公司|集团|厂|小学|中学|学校|幼儿园|医院|卫生院|项目|工程|合作社|产业园|基地|河|江|溪|湖|水库|渠|大道|路|街|公路|小区|景区|园区|片区|市场)$/;
/** …and not work done on such bodies (加快重点项目建设 · 抓好重点项目). */
const WORK_OPENER = /^(?:抓好|抓实|推进|加快|加强|做好|强化|推动|实施|打造|狠抓|聚焦|围绕|重点|全力|持续|扎实|深化|优化|完善|开展|建设|服务|帮扶|支持|发展|培育|引进|招引)/;

/**
 * A company named by its trade name and trade alone (宏达建材 · 华光食品 · 金泰化工): a short brand
 * followed by an industry word. A sector heading of the same shape (新型建材) scopes its figures
 * too, which is right: a sector's figures are not the whole report's either.
 */
const BARE_COMPANY = /^(?!壮大|做强|做大|做优|做精|做实|提升|振兴|升级|改造|转型|扶持|培强|育强)[\u4e00-\u9fa5]{2,4}(?:建材|食品|化工|制药|药业|医药|纺织|服饰|制衣|鞋业|机械|重工|电子|电器|电气|科技|能源|水泥|钢铁|钢材|物流|置业|实业|矿业|陶瓷|光电|材料|农业|牧业|渔业|茶业|酒业|乳业|电力|供水|燃气|热力|水务|环保|塑业|塑胶|纸业|印务|包装|五金|家具|汽配|铸造|模具|生物|石化|建工|新材|米业|油脂|木业|竹业|果业|菌业|商贸|贸易|酒店|宾馆|超市|商场)$/;

/** A part of the area named by its direction (东片区 · 西部片区 · 南城区). */
const DIRECTION_PART = /^[东南西北中]{1,2}部?(?:片区|园区|城区)$/;

function itemName(title: string): string | undefined {
  return (ITEM_NAME.test(title) || BARE_COMPANY.test(title) || DIRECTION_PART.test(title)) && !WORK_OPENER.test(title) ? title : undefined;
}

/** Cached per analysis for numbered headings (the text decides it); host headings are read each time. */
function headingInfoOf(p: Paragraph): HeadingInfo {
  const heading = p.analysis.heading;
  if (!heading) return headingInfo(p.text);
  let info = headingInfoByAnalysis.get(p.analysis);
  if (!info) {
    info = headingInfo(p.text.slice(heading.title.from, heading.title.to));
    headingInfoByAnalysis.set(p.analysis, info);
  }
  return info;
}

/** Every figure of the report in document order. */
export function placeFigures(report: ReportModel, facts: readonly (FigureFact[] | undefined)[]): PlacedFigure[] {
  const figures = figuresOf(report, facts);
  if (!figures.all) {
    const all: PlacedFigure[] = [];
    for (const placement of figures.placements) for (const g of placement.placed) all.push(g);
    figures.all = all;
  }
  return figures.all;
}

/**
 * The findings of a rule that reads each paragraph's placed figures alone (never another
 * paragraph's): `compute` gets one paragraph's figures in order and returns findings in whole-text
 * offsets. Results are kept with the paragraph's placement, so a re-check recomputes only the
 * paragraphs placed anew and moves the offsets of the others.
 */
export function paragraphFindings(
  report: ReportModel,
  facts: readonly (FigureFact[] | undefined)[],
  slot: number,
  compute: (figures: PlacedFigure[]) => Finding[],
): Finding[] {
  const out: Finding[] = [];
  const placements = figuresOf(report, facts).worthVisiting[slot]!;
  // placements found to have nothing leave this check's list (edited in place: it is this report's own)
  let listed = 0;
  for (let i = 0; i < placements.length; i++) {
    const placement = placements[i]!;
    const memos = (placement.memo ??= newMemos());
    let memo = memos[slot] as { offset: number; findings: Finding[] } | typeof EMPTY_MEMO | undefined;
    if (memo === undefined) {
      const findings = compute(placement.placed);
      memos[slot] = memo = findings.length === 0 ? EMPTY_MEMO : { offset: placement.source.from, findings };
      if (memo === EMPTY_MEMO) placement.visit &= ~(1 << slot);
    }
    if (memo === EMPTY_MEMO || !("findings" in memo)) continue;
    placements[listed++] = placement;
    if (memo.offset !== placement.source.from) {
      const delta = placement.source.from - memo.offset;
      memos[slot] = memo = { offset: placement.source.from, findings: memo.findings.map((f) => shiftFinding(f, delta)) };
    }
    for (const f of memo.findings) out.push(f);
  }
  placements.length = listed;
  return out;
}

/**
 * Something a rule derives from one paragraph's placed figures alone (offsets aside: placed
 * figures keep their identity while their placement is reused, and their offsets move in place),
 * for every paragraph with figures, in document order. Kept with the placement across checks.
 */
export function perParagraph<T extends { readonly length: number }>(
  report: ReportModel,
  facts: readonly (FigureFact[] | undefined)[],
  slot: number,
  compute: (figures: PlacedFigure[]) => T,
): T[] {
  // Paragraphs whose value is empty are left out (they are passed by on later checks too).
  const figures = figuresOf(report, facts);
  const placements = figures.worthVisiting[slot]!;
  const values = (figures.listedValues[slot] ??= new Array<unknown>(placements.length)) as (T | undefined)[];
  // placements found to have nothing leave this check's lists (edited in place: they are this report's own)
  let listed = 0;
  for (let i = 0; i < placements.length; i++) {
    let value = values[i];
    const placement = placements[i]!;
    if (value === undefined) {
      const memos = (placement.memo ??= newMemos());
      value = memos[slot] as T | undefined;
      if (value === undefined) {
        value = compute(placement.placed);
        if (value.length === 0) {
          value = EMPTY_MEMO as unknown as T;
          placement.visit &= ~(1 << slot);
        }
        memos[slot] = value;
      }
      if (value.length === 0) continue;
    }
    placements[listed] = placement;
    values[listed] = value;
    listed++;
  }
  placements.length = listed;
  values.length = listed;
  return values.slice() as T[];
}

/** A placement's memo slots, sized once (kept as long as the placement: no room to grow into). */
function newMemos(): unknown[] {
  return new Array<unknown>(slots);
}

function shiftFinding(f: Finding, delta: number): Finding {
  const moved: Finding = { ...f, from: f.from + delta, to: f.to + delta };
  if (f.related) moved.related = f.related.map((r) => ({ ...r, from: r.from + delta, to: r.to + delta }));
  if (f.fixes) moved.fixes = f.fixes.map((x) => (x.from === undefined ? x : { ...x, from: x.from + delta, to: x.to! + delta }));
  return moved;
}

function figuresOf(report: ReportModel, facts: readonly (FigureFact[] | undefined)[]): ReportFigures {
  const cached = byReport.get(report);
  if (cached) return cached;
  const reportYear = Number(report.period.end.slice(0, 4));
  const reportKey = reportPeriodKey(report);
  // the unit the report is about (石桥镇 in 石桥镇2026年工作总结) is the whole scope, not a part
  const subject = report.title ? lastNamedScope(report.title.text) : undefined;
  const previous = report.edit && byReport.get(report.edit.previous);
  const result =
    previous !== undefined && previous === lastFigures && previous.subject === subject && previous.reportYear === reportYear && previous.reportKey === reportKey && outlineKept(report)
      ? placeEdit(report, facts, previous)
      : placeAll(report, facts, subject, reportYear, reportKey);
  byReport.set(report, result);
  lastFigures = result;
  prune(result.generation);
  return result;
}

/** Places every paragraph's figures, reusing the placements of paragraphs placed the same way before. */
function placeAll(report: ReportModel, facts: readonly (FigureFact[] | undefined)[], subject: string | undefined, reportYear: number, reportKey: string | undefined): ReportFigures {
  const generation = ++placing;
  if (lastFigures) for (const placement of lastFigures.placements) release(placement, generation - 1);
  const placements: Placement[] = [];
  const worthVisiting: Placement[][] = [];
  for (let s = 0; s < slots; s++) worthVisiting.push([]);
  const afterHeading: PlacementContext[] = [];
  const result: ReportFigures = { all: undefined, placements, worthVisiting, listedValues: [], afterHeading, subject, reportYear, reportKey, generation };
  // period specs are shared by the figures they carry over to: resolve each once
  const periodOf = new Map<PeriodSpec | undefined, string | undefined>();
  let context = OUTSIDE_HEADINGS;
  const paragraphs = report.paragraphs;
  // Only headings and paragraphs with figures matter: the others are passed without reading them.
  const headings = headingIndices(report);
  let nextHeading = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const isHeading = headings[nextHeading] === i;
    if (isHeading) nextHeading++;
    else if (!(facts[i]?.length ?? 0)) continue;
    const p = paragraphs[i]!;
    if (isHeading) {
      context = afterHeadingOf(p, context, subject);
      afterHeading.push(context);
    }
    if (p.isTitle) continue;
    const paragraphFacts = facts[i];
    if (!paragraphFacts || paragraphFacts.length === 0) continue;
    const placement = placeParagraph(result, p, paragraphFacts, isHeading, context, periodOf);
    placements.push(placement);
    const visit = placement.visit;
    if (visit !== 0) for (let s = 0; s < slots; s++) if ((visit & (1 << s)) !== 0) worthVisiting[s]!.push(placement);
  }
  return result;
}

/**
 * Places the paragraphs of report.edit anew and keeps every other placement of the previous check:
 * the edit changed no heading and no title, so the others are placed as before (their figures
 * read index and offsets from their moved paragraphs).
 */
function placeEdit(report: ReportModel, facts: readonly (FigureFact[] | undefined)[], previous: ReportFigures): ReportFigures {
  const edit = report.edit!;
  const generation = ++placing;
  const paragraphs = report.paragraphs;
  // The outline state at the edit: after the last heading before it (headings before it are the previous ones).
  const headings = headingIndices(report);
  const headingsBefore = countBelow(headings, edit.head);
  const context = headingsBefore === 0 ? OUTSIDE_HEADINGS : previous.afterHeading[headingsBefore - 1]!;
  const result: ReportFigures = {
    all: undefined,
    placements: [],
    worthVisiting: [],
    listedValues: [],
    afterHeading: previous.afterHeading,
    subject: previous.subject,
    reportYear: previous.reportYear,
    reportKey: previous.reportKey,
    generation,
  };
  // The removed placements in each list, found before any is taken back by an inserted paragraph
  // (one taken back reads its new paragraph and would not look removed any more).
  const removedIn = (list: readonly Placement[]): [number, number] => {
    const at = firstAtOrAfter(list, edit.head);
    let end = at;
    while (end < list.length && isRemoved(list[end]!, paragraphs)) end++;
    return [at, end];
  };
  const placementsRange = removedIn(previous.placements);
  const slotRanges = previous.worthVisiting.map(removedIn);
  for (let k = placementsRange[0]; k < placementsRange[1]; k++) release(previous.placements[k]!, generation - 1);
  const inserted: Placement[] = [];
  const periodOf = new Map<PeriodSpec | undefined, string | undefined>();
  for (let i = edit.head; i < edit.head + edit.inserted; i++) {
    const paragraphFacts = facts[i];
    const p = paragraphs[i]!;
    if (!paragraphFacts || paragraphFacts.length === 0 || p.isTitle) continue;
    inserted.push(placeParagraph(result, p, paragraphFacts, false, context, periodOf));
  }
  // The previous report's lists are edited in place (a checker's last report is not used any
  // more): it is forgotten, so that nothing reads it in its new state.
  byReport.delete(edit.previous);
  const splice = <T>(list: T[], [at, end]: [number, number], middle: readonly T[]) => {
    // spreading passes every element as an argument: keep it to modest counts
    if (middle.length > 4096) return list.slice(0, at).concat(middle, list.slice(end));
    list.splice(at, end - at, ...middle);
    return list;
  };
  result.placements = splice(previous.placements, placementsRange, inserted);
  for (let s = 0; s < slots; s++) {
    const listed = inserted.filter((placement) => (placement.visit & (1 << s)) !== 0);
    result.worthVisiting.push(splice(previous.worthVisiting[s]!, slotRanges[s]!, listed));
    const values = previous.listedValues[s];
    // a reused placement brings its value along; a new one's is worked out when asked
    if (values) result.listedValues[s] = splice(values, slotRanges[s]!, listed.map((placement) => placement.memo?.[s]));
  }
  return result;
}

/** Whether report.edit leaves the outline and the title as they were (so placement of the rest stands). */
function outlineKept(report: ReportModel): boolean {
  const edit = report.edit!;
  if (report.title !== edit.previous.title) return false;
  for (const p of edit.removed) if (isHeadingParagraph(p) || p.isTitle) return false;
  for (let i = edit.head; i < edit.head + edit.inserted; i++) if (isHeadingParagraph(report.paragraphs[i]!)) return false;
  return true;
}

/** How many of the sorted `list` are below `value`. */
function countBelow(list: readonly number[], value: number): number {
  return lowerBound(list.length, (i) => list[i]! < value);
}

/** Where the placements of paragraphs at or after `head` start in a list in document order. */
function firstAtOrAfter(list: readonly Placement[], head: number): number {
  return lowerBound(list.length, (i) => list[i]!.source.index < head);
}

/**
 * A placement at `head` or after whose paragraph is not in the report any more (removed by the
 * edit: a kept paragraph moved and its index with it, so it is found at its index).
 */
function isRemoved(placement: Placement, paragraphs: readonly Paragraph[]): boolean {
  return paragraphs[placement.source.index] !== placement.source;
}

function release(placement: Placement, lastUsed: number): void {
  if (!placement.inUse) return;
  placement.inUse = false;
  placement.lastUsed = lastUsed;
  released.push(placement);
}

/** Forgets placements unused for RETAIN_CHECKS placings; those taken back into use leave the list. */
function prune(generation: number): void {
  let kept = 0;
  for (let k = 0; k < released.length; k++) {
    const placement = released[k]!;
    if (placement.inUse) continue;
    if (generation - placement.lastUsed >= RETAIN_CHECKS) {
      if (placedByFacts.get(placement.facts) === placement) placedByFacts.delete(placement.facts);
      continue;
    }
    released[kept++] = placement;
  }
  released.length = kept;
}

/** The outline state after a heading paragraph. */
function afterHeadingOf(p: Paragraph, before: PlacementContext, subject: string | undefined): PlacementContext {
  const level = p.hostHeadingLevel ?? p.analysis.heading!.level;
  const info = headingInfoOf(p);
  let planLevel = before.planLevel;
  let section = before.section;
  if (planLevel !== undefined && level <= planLevel) planLevel = undefined;
  if (planLevel === undefined && info.plans) planLevel = level;
  if (section && level <= section.level) section = undefined;
  if (info.named && info.named !== subject) section = { level, scope: info.named };
  return planLevel === before.planLevel && section === before.section ? before : { planLevel, section };
}

/**
 * Places one paragraph's figures under `context` for the placing `basis` (its subject and period),
 * reusing the paragraph's last placement when that was placed the same way and is free.
 */
function placeParagraph(
  basis: ReportFigures,
  p: Paragraph,
  paragraphFacts: readonly FigureFact[],
  isHeading: boolean,
  context: PlacementContext,
  periodOf: Map<PeriodSpec | undefined, string | undefined>,
): Placement {
  const { subject, reportYear, reportKey } = basis;
  const candidate = placedByFacts.get(paragraphFacts);
  let paragraphScope: string | undefined;
  let lead: string | undefined;
  if (!isHeading) {
    lead = candidate !== undefined && candidate.leadOf === p.analysis ? candidate.leadScope : leadScopeOf(p.analysis);
    if (lead && lead !== subject) paragraphScope = lead;
  }
  const inherited = paragraphScope ?? context.section?.scope;
  const inPlans = context.planLevel !== undefined;
  // A re-check after an edit elsewhere places this paragraph the same way, maybe moved:
  // reuse its placed figures (they read their offsets from the paragraph) instead of rebuilding them.
  if (
    candidate &&
    !candidate.inUse &&
    candidate.scope === inherited &&
    candidate.inPlans === inPlans &&
    candidate.subject === subject &&
    candidate.reportYear === reportYear &&
    candidate.reportKey === reportKey
  ) {
    candidate.inUse = true;
    candidate.source = p;
    return candidate;
  }
  const placement: Placement = {
    source: p,
    facts: paragraphFacts,
    scope: inherited,
    inPlans,
    subject,
    reportYear,
    reportKey,
    placed: NO_PLACED,
    inUse: true,
    lastUsed: basis.generation,
    memo: undefined,
    visit: 2 ** slots - 1,
    leadOf: isHeading ? undefined : p.analysis,
    leadScope: lead,
  };
  // map: an array of the exact size, kept as long as the placement
  placement.placed = paragraphFacts.map((f) => {
    let scope = f.scope !== undefined && f.scope === subject ? undefined : f.scope;
    if (scope === undefined) scope = inherited;
    let periodKey: string | undefined;
    if (!f.periodUncertain) {
      if (periodOf.has(f.periodSpec)) periodKey = periodOf.get(f.periodSpec);
      else {
        periodKey = resolvePeriod(f.periodSpec, reportYear, reportKey) ?? (isReportRelative(f) ? "?report" : undefined);
        periodOf.set(f.periodSpec, periodKey);
      }
    }
    return new Placed(f, placement, scope, periodKey);
  });
  // the latest placement of a text is the one a later check finds
  placedByFacts.set(paragraphFacts, placement);
  return placement;
}

/**
 * A figure placed in one check: its fact (shared by every placement of the paragraph's text),
 * with what placement adds. The fact's fields are read through it rather than copied: a copy per
 * figure per check was most of what a check kept alive, and garbage collection traced it all. Its
 * paragraph and whole-text offsets are read from its placement, so a placement reused at another
 * place moves all its figures at once.
 */
class Placed implements PlacedFigure {
  private readonly at: Placement;
  private readonly fact: FigureFact;
  readonly scope: string | undefined;
  readonly periodKey: string | undefined;
  constructor(fact: FigureFact, at: Placement, scope: string | undefined, periodKey: string | undefined) {
    this.at = at;
    this.fact = fact;
    this.scope = scope;
    this.periodKey = periodKey;
  }
  get paragraph(): number {
    return this.at.source.index;
  }
  get start(): number {
    return this.at.source.from + this.fact.from;
  }
  get end(): number {
    return this.at.source.from + this.fact.to;
  }
  get inPlans(): boolean {
    return this.at.inPlans;
  }
  get from(): number {
    return this.fact.from;
  }
  get to(): number {
    return this.fact.to;
  }
  get raw(): string {
    return this.fact.raw;
  }
  get value(): number {
    return this.fact.value;
  }
  get unit(): string {
    return this.fact.unit;
  }
  get normalized(): { value: number; unit: string } {
    return this.fact.normalized;
  }
  get low(): number {
    return this.fact.low;
  }
  get high(): number {
    return this.fact.high;
  }
  get decimals(): number {
    return this.fact.decimals;
  }
  get approximate(): boolean {
    return this.fact.approximate;
  }
  get approximation(): FigureFact["approximation"] {
    return this.fact.approximation;
  }
  get indicator(): string | undefined {
    return this.fact.indicator;
  }
  get activity(): boolean {
    return this.fact.activity;
  }
  get role(): FigureFact["role"] {
    return this.fact.role;
  }
  get direction(): FigureFact["direction"] {
    return this.fact.direction;
  }
  get target(): boolean {
    return this.fact.target;
  }
  get periodSpec(): PeriodSpec | undefined {
    return this.fact.periodSpec;
  }
  get periodUncertain(): boolean {
    return this.fact.periodUncertain;
  }
  get scopeUncertain(): boolean {
    return this.fact.scopeUncertain;
  }
  get listed(): boolean {
    return this.fact.listed;
  }
  get sentence(): number {
    return this.fact.sentence;
  }
  get partsGroup(): number | undefined {
    return this.fact.partsGroup;
  }
  get inherited(): boolean {
    return this.fact.inherited;
  }
  get closesList(): boolean {
    return this.fact.closesList;
  }
}

function isReportRelative(f: FigureFact): boolean {
  return !f.periodSpec || (f.periodSpec.span.kind === "report" && f.periodSpec.year === undefined && f.periodSpec.yearOffset === 0);
}

/** The report's period as a key; undefined when the text does not give it (a reference-date guess). */
export function reportPeriodKey(report: ReportModel): string | undefined {
  if (report.period.source === "reference") return undefined;
  const exact = toPeriodKey(report.period);
  if (exact) return exact;
  // a period ending mid-month (今年以来 up to a date): count the month it ends in
  const end = report.period.end;
  const y = Number(end.slice(0, 4));
  const m = Number(end.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return toPeriodKey({ start: report.period.start, end: `${end.slice(0, 7)}-${String(last).padStart(2, "0")}` });
}

/** Figures a comparison may rely on: a clear level of a named indicator, in a known period and scope. */
export function isComparable(f: PlacedFigure): boolean {
  return (
    f.role === "level" &&
    f.indicator !== undefined &&
    !f.target &&
    !f.inPlans &&
    !f.listed &&
    !f.periodUncertain &&
    !f.scopeUncertain &&
    f.periodKey !== undefined
  );
}

/** Same sentence of the same paragraph. */
export function sameSentence(a: PlacedFigure, b: PlacedFigure): boolean {
  return a.paragraph === b.paragraph && a.sentence === b.sentence;
}

/** Whole-text location of a figure for `related`. */
export function relatedOf(f: PlacedFigure, message: string): { from: number; to: number; message: string } {
  return { from: f.start, to: f.end, message };
}

/** The rounding a written percentage allows: 89.2% → ±0.1, 87% → ±1. */
export function lastDigitTolerance(f: FigureFact): number {
  return 10 ** -f.decimals;
}
