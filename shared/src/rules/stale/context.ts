import type { HeadingMarker, LocalSpan, Paragraph, ParagraphAnalysis } from "../../model/types";

/**
 * Where a phrase sits: its sentence, and the cues that make a mention historical narration rather
 * than current guidance (§0 of the reference). Shared by the stale-phrase rules.
 */
export interface PhraseSurroundings {
  /** The sentence text before the phrase. */
  before: string;
  /** The sentence text after the phrase. */
  after: string;
  /** Historical narration by the words around it (期间 / 以来 after; 回顾 / 原 / 过去五年 before …). */
  historical: boolean;
  /** Four-digit years named before the phrase in its sentence (2020年，… 打赢脱贫攻坚战). */
  yearsBefore: number[];
  /** Followed by 成果 (巩固…成果): current wording shortly after a campaign ends, stale years later. */
  results: boolean;
}

/** After the phrase: it names a past span (脱贫攻坚期间, 十三五时期, 专项斗争以来). */
const PAST_SPAN_AFTER = /^[”"]?[^，。；、：:]{0,6}?(?:期间|时期|以来|那年|之初)/;
/** After the phrase: it was completed, removed or renamed (取得全面胜利, 全部撤除, 转为常态化帮扶). */
const COMPLETED_AFTER = /^[”"]?[^，。；：:]{0,8}?(?:取得了?(?:全面|决定性|历史性|重大)?(?:胜利|成就)|圆满收官|圆满完成|胜利完成|如期完成|顺利完成|全面完成|已经?(?:结束|完成|收官)|结束后|(?:已|全部|全面|有序|平稳|逐步)?(?:撤除|撤销|取消|停止|停用|解除|关停|下线|注销|删除|销毁|转段)|(?:转为|转变为|改为|更名为|调整为|改称|并入|整合为|过渡为))/;
/**
 * Anywhere earlier in the sentence: the sentence looks back (先后 / 相继 tell past campaigns in
 * order: 先后开展党史学习教育、主题教育…).
 */
const LOOKING_BACK_BEFORE = /回顾|历史上|曾经|曾[是为获在]|过去[五几十]年|[五十]年来|多年来|此前|原来|那时|当时|先后|相继|是年|同年|该年|那一年|这一时期|彼时/;
/** Right after the phrase: today's name in brackets marks it as the old one (乡村振兴局（现农业农村局）). */
const NOW_CALLED_AFTER = /^[”"]?[（(]现(?:为|称|更名为|已并入|并入)?[^）)]{2,20}[）)]/;
/** Right before the phrase: an old name given as such (原县扶贫办, 前身为…, 更名为…). */
const OLD_NAME_BEFORE = /(?:原|前身为|前身是|曾用名|更名前的|更名为|改名为|改设为)[“"]?(?:[省市县区州旗镇乡]|自治县)?$/;
/** A paragraph that opens by looking back over years. */
const LOOKING_BACK_PARAGRAPH = /^[\s\u3000]{0,8}(?:过去[五几十]年|[五十]年来|回顾(?:过去|[“"]?十[三四]五)|[“"]?十[三四]五[”"]?(?:时期|期间|以来))/;
/** A section heading whose section looks back (过去五年工作回顾, 十四五时期主要成就). */
const LOOKING_BACK_SECTION = /过去[五几十]年|[五十]年来|[“"]?十[三四]五[”"]?(?:时期|期间|以来)|五年工作回顾|发展历程|历史沿革|大事记|年鉴|志书|[县区市镇乡村]志(?![愿])/;
const YEAR_BEFORE = /(?<!\d)(\d{4})\s?年(?!以来|至今|起|来|度?[以至]今)/g;
/**
 * A paragraph that opens with a year (2019年，全镇… · 2019年3月，… · （二）2019年…): a record of
 * that year, as 大事记 and 地方志 write them. Its later sentences tell the same year until one turns
 * to the present (今年, 目前, 下一步 …).
 */
const OPENING_YEAR = /^[\s\u3000]{0,8}(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s?)?(\d{4})\s?年(?!以来|至今|起|来|度?[以至]今|[底末]?[前后]|之[前后])/;
const BACK_TO_PRESENT = /今年|本年|目前|当前|现在|如今|近年|近期|下一步|下步|今后|明年|至今|以来/;

/** The sentence of a paragraph that holds the local offset `at` (the whole paragraph if none). */
export function sentenceAt(analysis: ParagraphAnalysis, at: number): LocalSpan {
  const list = analysis.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.from) hi = mid - 1;
    else if (at >= s.to) lo = mid + 1;
    else return s;
  }
  return { from: 0, to: analysis.text.length };
}

/**
 * How far the cues are read on each side of a phrase, within its sentence. Bounded so that a
 * paragraph with many phrases in one endless sentence is still read in linear time.
 */
const BEFORE_WINDOW = 80;
const AFTER_WINDOW = 40;

/** Whether a paragraph opens by looking back over years; once per paragraph. */
export function paragraphLooksBack(analysis: ParagraphAnalysis): boolean {
  return LOOKING_BACK_PARAGRAPH.test(analysis.text.slice(0, 40));
}

/** Reads the surroundings of the phrase at [from, to) of a paragraph. */
export function surroundings(analysis: ParagraphAnalysis, from: number, to: number, paragraphBack = false): PhraseSurroundings {
  const text = analysis.text;
  const sentence = sentenceAt(analysis, from);
  const before = text.slice(Math.max(sentence.from, from - BEFORE_WINDOW), from);
  const after = text.slice(to, Math.max(to, Math.min(sentence.to, to + AFTER_WINDOW)));
  const yearsBefore: number[] = [];
  YEAR_BEFORE.lastIndex = 0;
  for (let m = YEAR_BEFORE.exec(before); m; m = YEAR_BEFORE.exec(before)) yearsBefore.push(+m[1]!);
  if (yearsBefore.length === 0 && sentence.from > 0) {
    const opening = OPENING_YEAR.exec(text.slice(0, 24));
    if (opening && !BACK_TO_PRESENT.test(text.slice(opening[0].length, from))) yearsBefore.push(+opening[1]!);
  }
  const historical =
    PAST_SPAN_AFTER.test(after) ||
    COMPLETED_AFTER.test(after) ||
    NOW_CALLED_AFTER.test(after) ||
    LOOKING_BACK_BEFORE.test(before) ||
    OLD_NAME_BEFORE.test(before) ||
    insideTitleMarks(before) ||
    paragraphBack;
  const results = /^[”"]?(?:的)?(?:各项)?成果/.test(after);
  return { before, after, historical, yearsBefore, results };
}

/** Inside 《…》: the title of an old document keeps its old wording. */
function insideTitleMarks(before: string): boolean {
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

/**
 * For each paragraph, whether it lies in a section that looks back over past years (under a
 * heading such as 过去五年工作回顾), where old phrasing is narration.
 */
export function lookingBackSections(paragraphs: readonly Paragraph[], headings?: readonly number[]): boolean[] {
  // Only headings open and close such sections: visit those, and fill the ranges between.
  const out = new Array<boolean>(paragraphs.length).fill(false);
  let level = Infinity;
  let insideFrom = -1;
  const visit = (i: number) => {
    const p = paragraphs[i]!;
    const h = p.analysis.heading;
    const headingLevel = h ? h.level : p.hostHeadingLevel;
    if (headingLevel === undefined) return;
    if (insideFrom >= 0 && headingLevel <= level) {
      out.fill(true, insideFrom, i);
      insideFrom = -1;
    }
    if (insideFrom < 0 && (h ? headingLooksBack(p.analysis, h) : LOOKING_BACK_SECTION.test(p.text))) {
      insideFrom = i;
      level = headingLevel;
    }
  };
  if (headings) for (const i of headings) visit(i);
  else for (let i = 0; i < paragraphs.length; i++) visit(i);
  if (insideFrom >= 0) out.fill(true, insideFrom, paragraphs.length);
  return out;
}

const looksBackByAnalysis = new WeakMap<ParagraphAnalysis, boolean>();

/** Whether a numbered heading's title looks back over past years; kept per analysis (its text decides). */
function headingLooksBack(analysis: ParagraphAnalysis, h: HeadingMarker): boolean {
  let back = looksBackByAnalysis.get(analysis);
  if (back === undefined) {
    back = LOOKING_BACK_SECTION.test(analysis.text.slice(h.title.from, h.title.to));
    looksBackByAnalysis.set(analysis, back);
  }
  return back;
}

/** The year of an ISO date. */
export const yearOf = (isoDate: string): number => +isoDate.slice(0, 4);

/** Adds days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The middle day of a period (inclusive bounds). */
export function midpoint(start: string, end: string): string {
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  return new Date(a + Math.floor((b - a) / 2 / 86400000) * 86400000).toISOString().slice(0, 10);
}
