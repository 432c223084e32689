import type { SavedFigure } from "@tally/shared";

/** A figure read from selected text, for the user to confirm before it is saved. */
export type FigureDraft = Pick<SavedFigure, "name" | "value" | "unit" | "period">;

const CLAUSE = /[^，,。；;：:！!？?\n]+/g;
// name (CJK, up to 16) · number · unit (optional scale + up to 4 CJK/percent)
const FIGURE = /([\u4e00-\u9fa5]{2,16}?)(?:达到|达|为|是|共|了)?(-?\d{1,15}(?:\.\d{1,6})?)\s?([亿万千]?(?:元|人|户|个|家|项|吨|亩|平方米|公里|千瓦时|人次|套|件|间|台|辆|所|座|次)|%|‰)/;
const LEADING_VERBS = /^(?:全年|累计|共计|共|完成|实现|新增|完成了|实现了|其中|同比|比上年|较上年)+/;

/** Period written in the text (2026年1-10月, 2026年上半年, 2026年), else the given year. */
function periodOf(text: string, year: number): string {
  const y = /(20\d{2})年/.exec(text)?.[1] ?? String(year);
  const range = /(\d{1,2})\s*[-—至到~]\s*(\d{1,2})月/.exec(text);
  if (range) return `${y}-${range[1]!.padStart(2, "0")}..${y}-${range[2]!.padStart(2, "0")}`;
  const half = /([上下])半年/.exec(text);
  if (half) return `${y}-H${half[1] === "上" ? 1 : 2}`;
  return y;
}

/**
 * Reads figure drafts from a selection such as 「1-10月完成固定资产投资3.2亿元，同比增长12.3%」:
 * one per clause that has a name, a number and a unit. Growth rates keep their own wording as name.
 */
export function captureFigureDrafts(text: string, year = new Date().getFullYear()): FigureDraft[] {
  const period = periodOf(text, year);
  const out: FigureDraft[] = [];
  let previousName = "";
  for (const clause of text.match(CLAUSE) ?? []) {
    const m = FIGURE.exec(clause.replace(/\d{1,2}\s*[-—至到~]\s*\d{1,2}月|20\d{2}年|[上下]半年/g, ""));
    if (!m) continue;
    let name = m[1]!.replace(LEADING_VERBS, "");
    // 「同比增长12.3%」 belongs to the figure named before it.
    const isRate = /^(?:同比|比上年|较上年)?(?:增长|下降|提高|减少)$/.test(m[1]!);
    if (isRate && previousName) name = `${previousName}${m[1]}`;
    if (name.length < 2) continue;
    out.push({ name, value: Number(m[2]), unit: m[3]!, period });
    if (!isRate) previousName = name;
  }
  return out;
}
