/** A figure draft read from selected report text, for the user to check before saving. */
export interface FigureDraft {
  name: string;
  value: number;
  unit: string;
  period: string;
}

const UNITS = "亿元|万元|千元|元|万人次|人次|万人|人|万户|户|万吨|吨|万亩|亩|公里|千米|平方米|万平方米|个|家|项|所|座|件|次|台|辆|%|‰|个百分点";
const VERBS = /^(?:全年|累计|共|完成|实现|达到|达|新增|新建|新发展|全镇|全县|全区|全市|其中|现有|组织|开展|举办|培训|帮助|带动|争取|引进|落实|发放|投入)+/;
const FIGURE = new RegExp(`([\\u4e00-\\u9fa5A-Za-z]{2,16}?)(?:为|达到|达|共|约|是|了)?([0-9]+(?:\\.[0-9]+)?)(${UNITS})?`, "g");

/** The report period a selection speaks of, normalised like the store (2026, 2026-H1, 2026-01..2026-10). */
export function periodOf(text: string, fallbackYear: number): string {
  const year = Number(/(20\d{2})年/.exec(text)?.[1] ?? fallbackYear);
  if (/上半年/.test(text)) return `${year}-H1`;
  if (/下半年/.test(text)) return `${year}-H2`;
  const months = /(\d{1,2})\s*[-—至到~]\s*(\d{1,2})\s*月/.exec(text);
  if (months) {
    const pad = (m: string) => m.padStart(2, "0");
    return `${year}-${pad(months[1]!)}..${year}-${pad(months[2]!)}`;
  }
  const quarter = /第?([一二三四1-4])季度/.exec(text);
  if (quarter) return `${year}-Q${"一二三四".indexOf(quarter[1]!) + 1 || quarter[1]}`;
  return String(year);
}

/**
 * Figure drafts in a selection such as 「1-10月完成固定资产投资3.2亿元，同比增长12.3%」: one per
 * number with the words before it as the name. Drafts are suggestions; the user edits them.
 */
export function captureFigures(selection: string, fallbackYear = new Date().getFullYear()): FigureDraft[] {
  const period = periodOf(selection, fallbackYear);
  const drafts: FigureDraft[] = [];
  for (const clause of selection.split(/[，。；;,\n]/)) {
    const cleaned = clause.replace(/(20\d{2})年/g, "").replace(/\d{1,2}\s*[-—至到~]\s*\d{1,2}\s*月/g, "").replace(/[上下]半年|今年以来|第?[一二三四]季度/g, "");
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(cleaned); m; m = FIGURE.exec(cleaned)) {
      const name = m[1]!.replace(VERBS, "").replace(/(?:同比|比上年|较上年)?(?:增长|下降|提高|减少)$/, (s) => s);
      const value = Number(m[2]);
      if (!name || !Number.isFinite(value)) continue;
      drafts.push({ name, value, unit: m[3] ?? "", period });
    }
  }
  return drafts;
}
