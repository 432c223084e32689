import { formatInUnit } from "../../figures/format";
import { defineRule, type Finding } from "../types";
import { lastDigitTolerance, memoSlot, paragraphFindings, relatedOf, scanFigures, type PlacedFigure } from "./figure-facts";

/** Pairs of parts that together make the whole (城市/农村, 在职/离退休, X/非X). */
const COMPLEMENTS: readonly [RegExp, RegExp][] = [
  [/^城市|^城镇|^城区/, /^农村|^乡村|^乡镇/],
  [/^在职|^在岗/, /^离退休|^退休|^离休/],
  [/^男/, /^女/],
  [/^公办/, /^民办/],
  [/^国有/, /^非国有|^民营/],
  [/^境内/, /^境外/],
  [/^省内/, /^省外/],
  [/^县内/, /^县外/],
  [/^正式/, /^非正式|^预备/],
  [/^专职/, /^兼职/],
  [/^常住/, /^流动/],
  [/^户籍/, /^非户籍|^外来/],
  [/^(?:委员)?个人/, /^集体/],
];

/** The three sectors of an economy, in their written order. */
const THREE_SECTORS = ["第一产业", "第二产业", "第三产业"];
/** The whole economy the three sectors' 增加值 make up. */
const ECONOMY_TOTAL = /生产总值|GDP/;

/** Parts that are the three sectors' figures (第一产业增加值, 第二产业增加值, 第三产业增加值), in order. */
function isThreeSectors(parts: readonly PlacedFigure[]): boolean {
  return parts.length === 3 && THREE_SECTORS.every((sector, k) => (parts[k]!.indicator ?? "").startsWith(sector));
}

/** Parts named by an attribute that may overlap (女干部 and 党员干部 can be the same people). */
const OVERLAPPING_ATTRIBUTE = /女|少数民族|党员|团员|大专|本科|研究生|硕士|博士|学历|以上|以下|岁|高级|中级|初级|骨干|优秀|困难|残疾|退役|老年|青年|新增|新建|其中|留守|寄宿|独居|空巢|失能|外出|外地|本地|过夜|线上|线下|网上|热线|规上|规模以上|高新|科技型|龙头|民间|重点|脱贫|低保|特困|监测|一肩挑/;

/** Averages and per-head figures (人均, 户均, 平均), which parts do not add up to. */
const AVERAGE_NAME = /人均|户均|村均|校均|场均|次均|亩均|平均|均价/;

/** An average word right before a figure whose name was left out (村均15.5万元). */
const AVERAGE_BEFORE = /(?:人均|户均|村均|校均|场均|次均|亩均|平均)(?:为|达到|达|约|超过?|近)?$/;

/** Most paragraphs have neither a parts list nor a closing total: they get this, and no work. */
const NO_FINDINGS: Finding[] = [];

/** Where this rule keeps each paragraph's findings between checks. */
const SLOT = memoSlot();

/**
 * Parts that do not add up to their stated total: 党员68名，其中在职党员52名、离退休党员14名.
 * Only when the parts plainly make up the whole (complementary names, or one shared head noun and
 * a sum close to the total); a part larger than its total is always wrong.
 */
export const partsTotalRule = defineRule({
  meta: {
    id: "figure-consistency/parts-total",
    category: "figure-consistency",
    severity: "warning",
    description: "“其中”所列各部分相加与总数不符",
  },
  scan: scanFigures,
  report(report, facts) {
    // Parts and totals stand in one paragraph: each paragraph's figures are checked on their own.
    // The text is read only within the paragraph of the figures, so the memo stays valid.
    return paragraphFindings(report, facts, SLOT, (figures) => partsFindings(figures, report.text));
  },
});

/** The parts-total findings of one paragraph's figures. */
function partsFindings(figures: PlacedFigure[], text: string): Finding[] {
  if (!figures.some((f) => f.partsGroup !== undefined || f.closesList)) return NO_FINDINGS;
  // Parts lists by their first figure's index; totals are looked for by walking back a bounded
  // number of figures, so a huge one-sentence paragraph stays linear.
  const groups = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (f.partsGroup === undefined) return;
    const key = `${f.paragraph}:${f.partsGroup}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const findings: Finding[] = [];
  // A 10人、B 20人，合计35人: the total closes the list
  figures.forEach((total, index) => {
    if (!total.closesList || total.role !== "level" || total.target || total.normalized.unit === "%" || total.normalized.unit === "") return;
    const parts = figuresBefore(figures, index, total.sentence).filter((g) => g.normalized.unit === total.normalized.unit && !g.closesList);
    if (parts.length < 2 || parts.some((p) => p.role !== "level" || p.target)) return;
    const low = parts.reduce((s, p) => s + p.low, 0);
    const high = parts.reduce((s, p) => s + p.high, 0);
    if (high >= total.low && low <= total.high) return;
    const sum = formatInUnit(parts.reduce((s, p) => s + p.normalized.value, 0), total.unit);
    findings.push({
      from: total.start,
      to: total.end,
      message: `合计为${total.raw}，但${parts.map((p) => p.raw).join("、")}相加为${sum}，与合计数不一致`,
      related: parts.map((p) => relatedOf(p, `${p.indicator ?? "分项"}：${p.raw}`)),
    });
  });
  for (const listed of groups.values()) {
    const indices = withPartsAfterSemicolons(figures, listed, text);
    const first = indices[0]!;
    const firstPart = figures[first]!;
    // 其中省级2家、市级10家，累计达到126家: a running total after the list is not one of its parts
    const members = indices.map((i) => figures[i]!).filter((m) => !RUNNING_TOTAL_BEFORE.test(clauseBefore(text, m.start)));
    if (members.length === 0) continue;
    // the total stands in the same sentence, or closes the sentence before (…党员68名。其中…)
    let sentenceFigures = figuresBefore(figures, first, firstPart.sentence);
    if (sentenceFigures.length === 0) {
      sentenceFigures = figuresBefore(figures, first, firstPart.sentence - 1);
      // 产业项目完成投资86.2亿元；…；社会民生项目完成投资28亿元。其中，省重点项目…: the sentence before
      // is the last item of a list, so which item (or the whole) the parts belong to is not said
      if (sentenceFigures.length > 0 && followsSemicolon(text, sentenceFigures[0]!.start)) continue;
    }
    const units = new Set(members.map((m) => m.normalized.unit));
    for (const unit of units) {
      if (unit === "%" || unit === "个百分点" || unit === "") continue;
      const parts = members.filter((m) => m.normalized.unit === unit);
      const candidates = sentenceFigures.filter((g) => g.normalized.unit === unit && g.role === "level" && !g.target);
      // 排查纠纷412件，调解成功403件。其中婚姻家庭纠纷…: the total is the one that names the parts' head
      const head = commonSuffix(parts.map((p) => p.indicator ?? "")).slice(-2);
      // the three sectors' 增加值 are parts of 地区生产总值, which does not name their head
      const named = isThreeSectors(parts)
        ? candidates.filter((c) => ECONOMY_TOTAL.test(c.indicator ?? ""))
        : head.length === 2
          ? candidates.filter((c) => (c.indicator ?? "").includes(head))
          : [];
      // 在校学生7.86万人，专任教师5620人。其中，小学58所，在校生3.92万人: parts of a named kind that
      // no figure before names, when several figures there could be the total, belong to none of them
      if (head.length === 2 && named.length === 0 && (parts.length >= 2 || candidates.length >= 2)) continue;
      const total = named.length > 0 ? named[named.length - 1] : candidates[candidates.length - 1];
      if (!total || parts.some((p) => p.role !== "level" || p.target)) continue;
      // 收到提案168件，立案145件，其中个人提案128件、集体提案17件: parts that add up to another figure
      // of their unit before them are that figure's parts
      if (candidates.some((c) => c !== total && sumFits(parts, c))) continue;

      // 居民人均可支配收入29864元，其中城镇居民…42316元: averages and per-head figures do not add up
      if ([total, ...parts].some((f) => AVERAGE_NAME.test(f.indicator ?? "") || AVERAGE_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start)))) continue;
      const outer = withoutNested(parts, total, figures);
      const finding = check(total, outer, listsSome(text, total, outer), namesEveryPart(text, total, outer));
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/**
 * 脱贫人口3.86万人，其中有劳动能力的2.12万人，已实现务工就业1.98万人，占有劳动能力人数的93.4%: a part
 * whose share, right after it, is of the part before it and not of the total lies inside that part.
 */
function withoutNested(parts: PlacedFigure[], total: PlacedFigure, figures: readonly PlacedFigure[]): PlacedFigure[] {
  if (parts.length < 2) return parts;
  return parts.filter((part, k) => {
    if (k === 0) return true;
    const share = figures[figures.indexOf(part) + 1];
    if (!share || share.normalized.unit !== "%" || share.role === "change" || share.paragraph !== part.paragraph || share.sentence !== part.sentence) return true;
    const outerValue = parts[k - 1]!.normalized.value;
    if (outerValue <= 0 || total.normalized.value <= 0) return true;
    const tolerance = lastDigitTolerance(share);
    const ofOuter = (part.normalized.value / outerValue) * 100;
    const ofTotal = (part.normalized.value / total.normalized.value) * 100;
    return !(Math.abs(ofOuter - share.value) <= tolerance && Math.abs(ofTotal - share.value) > tolerance);
  });
}

/** A parts list runs on over at most this many ；-separated clauses. */
const MAX_SEMICOLON_PARTS = 12;

/**
 * 地区生产总值85.2亿元，其中第一产业增加值12.1亿元；第二产业增加值30.5亿元；第三产业增加值40.2亿元。
 * The extractor ends a sentence (and the 其中 list) at ；, but a list after 其中 often runs on over
 * ；-separated clauses. Clauses right after the list that open with a level in a unit of the list
 * (one per unit, no 其中 of their own before it) add their levels to the list while each names a
 * like part: the same head as the list's first part of that unit with a short word before it
 * (第一产业增加值 / 第二产业增加值, 在职党员 / 离退休党员), its complement, or one of the names the
 * total's clause lists (主席、副主席、执委共计168名). A run of short names closed by 其他/其余
 * (厂房1620万元；光伏电站980万元；其他资产440万元) is added whole. The first clause that fits none
 * of these ends the list; a list that is itself inside a ；-separated clause does not run on.
 * Returns the list's figure indices, those of the clauses added after them.
 */
function withPartsAfterSemicolons(figures: readonly PlacedFigure[], indices: number[], text: string): number[] {
  const firstMember = figures[indices[0]!]!;
  // …；第二产业增加值47.5亿元，其中工业增加值39.2亿元；第三产业…: a list inside an item of a ；-list
  // ends with its item
  if (followsSemicolon(text, firstMember.start)) return indices;
  const firstOfUnit = new Map<string, PlacedFigure>();
  for (const i of indices) {
    const g = figures[i]!;
    if (g.role === "level" && !firstOfUnit.has(g.normalized.unit)) firstOfUnit.set(g.normalized.unit, g);
  }
  let listedNames: string[] | undefined;
  const clauses: { members: number[]; alike: boolean; closing: boolean; short: boolean }[] = [];
  let last = indices[indices.length - 1]!;
  // the figures of the list's sentence after its last member do not belong to a clause after it
  let next = last + 1;
  while (next < figures.length && figures[next]!.sentence === figures[last]!.sentence) next++;
  while (clauses.length < MAX_SEMICOLON_PARTS && next < figures.length) {
    const lead = figures[next]!;
    if (lead.paragraph !== figures[last]!.paragraph || lead.sentence !== figures[last]!.sentence + 1) break;
    if (!endsWithSemicolon(text, figures[next - 1]!.end, lead.start)) break;
    const members: number[] = [];
    let end = next;
    for (; end < figures.length && figures[end]!.sentence === lead.sentence && figures[end]!.paragraph === lead.paragraph; end++) {
      const g = figures[end]!;
      if (g.partsGroup === undefined && g.role === "level" && firstOfUnit.has(g.normalized.unit)) members.push(end);
    }
    // the clause opens with a part: its first figure is one of the levels it adds
    if (members.length === 0 || members[0] !== next) break;
    const units = new Set(members.map((k) => figures[k]!.normalized.unit));
    if (units.size !== members.length || members.some((k) => figures[k]!.target)) break;
    let alike = true;
    let closing = true;
    let short = true;
    for (const k of members) {
      const g = figures[k]!;
      const name = g.indicator ?? "";
      const first = firstOfUnit.get(g.normalized.unit)!.indicator;
      if (!likeParts(first, name)) {
        listedNames ??= namesListedBefore(text, firstMember.start);
        if (!(name.length >= 2 && listedNames.some((item) => item.endsWith(name)))) alike = false;
      }
      if (!/^(其他|其余)/.test(name)) closing = false;
      if (name.length < 2 || name.length > 8 || g.activity || OVERLAPPING_ATTRIBUTE.test(name)) short = false;
    }
    clauses.push({ members, alike, closing, short });
    last = end - 1;
    next = end;
  }
  let taken = 0;
  while (taken < clauses.length && clauses[taken]!.alike) taken++;
  // a run of short plain names up to a closing 其他 clause
  for (let c = 0; c < clauses.length && clauses[c]!.short; c++) {
    if (clauses[c]!.closing) {
      taken = Math.max(taken, c + 1);
      break;
    }
  }
  if (taken === 0) return indices;
  const out = indices.slice();
  for (let c = 0; c < taken; c++) for (const k of clauses[c]!.members) out.push(k);
  return out;
}

/**
 * The names a total's clause lists before its sum word, in the sentence before `at`
 * (选举产生主席、副主席、执委共计168名 → 选举产生主席 · 副主席 · 执委); empty when it lists none.
 */
function namesListedBefore(text: string, at: number): string[] {
  const window = text.slice(Math.max(0, at - 80), at);
  const sentence = window.slice(Math.max(window.lastIndexOf("。"), window.lastIndexOf("\n"), window.lastIndexOf("！"), window.lastIndexOf("？")) + 1);
  const m = /([^，。；：:,;]{2,30}?)(?:共计|合计|总计|共有|总数)/.exec(sentence);
  if (!m || !/[、和及与]/.test(m[1]!)) return [];
  return m[1]!.split(/[、和及与]/).map((x) => x.trim()).filter((x) => x.length >= 2);
}

/** Whether a ；(and no 。！？ or line end) separates the figure ending at `from` from the one at `to`. */
function endsWithSemicolon(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return /[；;]/.test(between) && !/[。！？!?\n\r]/.test(between);
}

/**
 * Two names of parts of one whole: one head (2 or more characters) after short distinguishing words
 * (第一产业增加值 / 第二产业增加值), complements (城镇 / 农村), or a closing 其他/其余.
 */
function likeParts(first: string | undefined, other: string | undefined): boolean {
  if (!first || !other || first === other) return false;
  if (/^(其他|其余)/.test(other)) return true;
  for (const [x, y] of COMPLEMENTS) if ((x.test(first) && y.test(other)) || (x.test(other) && y.test(first))) return true;
  const head = commonSuffix([first, other]);
  return head.length >= 2 && first.length - head.length >= 1 && first.length - head.length <= 4 && other.length - head.length >= 1 && other.length - head.length <= 4;
}

/** Whether the parts' sum (within rounding) can be `total`. */
function sumFits(parts: readonly PlacedFigure[], total: PlacedFigure): boolean {
  let low = 0;
  let high = 0;
  for (const p of parts) {
    low += p.low;
    high += p.high;
  }
  return high >= total.low && low <= total.high;
}

/** A cumulative or whole-count word in the clause before a figure (累计达到126家 · 总数达到 · 共计). */
const RUNNING_TOTAL_BEFORE = /累计|总数|总量|总计|合计|共计|总共|全部/;

/** Up to 10 characters before `at`, back to the last clause break. */
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 10), at);
  const cut = Math.max(window.lastIndexOf("，"), window.lastIndexOf("、"), window.lastIndexOf("；"), window.lastIndexOf(","), window.lastIndexOf(";"));
  return window.slice(cut + 1);
}

/** Whether the sentence holding `at` follows a ； (an item of a list) rather than starting afresh. */
function followsSemicolon(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 200; i--) {
    const ch = text[i]!;
    if (ch === "；" || ch === ";") return true;
    if ("。！？!?\n".includes(ch)) return false;
  }
  return false;
}

/** Up to 24 figures before figures[index] in its paragraph, of the given sentence and in no parts list, in order. */
function figuresBefore(figures: readonly PlacedFigure[], index: number, sentence: number): PlacedFigure[] {
  const here = figures[index]!;
  const out: PlacedFigure[] = [];
  for (let j = index - 1; j >= 0 && index - j <= 24; j--) {
    const g = figures[j]!;
    if (g.paragraph !== here.paragraph || g.sentence < sentence) break;
    if (g.sentence === sentence && g.partsGroup === undefined) out.unshift(g);
  }
  return out;
}

/**
 * 主要包括耕地地力保护补贴420万元、农机购置补贴260万元…等: the words say the list names only some
 * of the parts (主要… before the first, 等 right after the last).
 */
function listsSome(text: string, total: PlacedFigure, parts: PlacedFigure[]): boolean {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (total.end <= first.start && first.start - total.end <= 40 && /主要|重点/.test(text.slice(total.end, first.start))) return true;
  return SOME_AFTER.test(text.slice(last.end, last.end + 8));
}

/** 等 right after the last part (…120万元等。), not 等级 / 等次 / 等额. */
const SOME_AFTER = /^[^，。；、,;]{0,4}等(?![级次额同于])/;

/**
 * 主席、副主席、执委共计168名，其中主席12名、副主席24名、执委122名: the total's own clause lists every
 * part by name (joined by 、和及与), so the parts make up the whole.
 */
function namesEveryPart(text: string, total: PlacedFigure, parts: readonly PlacedFigure[]): boolean {
  if (parts.length < 2 || total.end > parts[0]!.start) return false;
  const window = text.slice(Math.max(0, total.start - 40), total.start);
  const clause = window.slice(Math.max(window.lastIndexOf("，"), window.lastIndexOf("。"), window.lastIndexOf("；"), window.lastIndexOf("\n")) + 1);
  const listed = /^(.{0,30}?)(?:共计|合计|总计|共有|共|总数)(?:为|达到|达)?$/.exec(clause)?.[1];
  if (!listed || !/[、和及与]/.test(listed)) return false;
  const items = listed.split(/[、和及与]/).map((x) => x.trim());
  return parts.every((p) => {
    const name = p.indicator ?? "";
    return name.length >= 2 && items.some((item) => item.endsWith(name));
  });
}

/**
 * `someOnly`: the words say only some parts are listed, so a sum below the total is fine (above it is
 * not). `listedInTotal`: the total's clause names every part, so they make the whole.
 */
function check(total: PlacedFigure, parts: PlacedFigure[], someOnly = false, listedInTotal = false): Finding | undefined {
  const related = parts.map((p) => relatedOf(p, `${p.indicator ?? "其中"}：${p.raw}`));
  const bigPart = parts.find((p) => p.low > total.high && !p.approximate);
  if (bigPart) {
    return {
      from: total.start,
      to: total.end,
      message: `${total.indicator ?? "总数"}为${total.raw}，其中一项却为${bigPart.raw}，部分大于总数`,
      related,
    };
  }
  if (parts.length < 2) return undefined;
  const low = parts.reduce((s, p) => s + p.low, 0);
  const high = parts.reduce((s, p) => s + p.high, 0);
  if (high >= total.low && low <= total.high) return undefined;
  // two distinct kinds that together exceed the whole cannot both be parts of it
  const exceeds = low > total.high && parts.length <= 5 && distinctKinds(parts);
  if (!exceeds && ((someOnly && high < total.low) || !(listedInTotal || makeWhole(total, parts)))) return undefined;
  const sum = parts.reduce((s, p) => s + p.normalized.value, 0);
  const written = formatInUnit(sum, total.unit) ?? String(sum);
  return {
    from: total.start,
    to: total.end,
    message: `${listedInTotal ? "合计" : (total.indicator ?? "总数")}为${total.raw}，其中${parts.map((p) => p.raw).join("、")}相加为${written}，与总数不一致`,
    related,
  };
}

/**
 * Parts with their own names (公司/个体工商户, 水稻/玉米/大豆), none an attribute that may overlap
 * another. Names sharing a head (工业投资/民间投资, 过夜游客/外地游客) may cut the whole along two
 * different lines, so they are left to `makeWhole`.
 */
function distinctKinds(parts: PlacedFigure[]): boolean {
  const names = parts.map((p) => p.indicator ?? "");
  return (
    names.every((n) => n.length >= 2 && !OVERLAPPING_ATTRIBUTE.test(n)) &&
    new Set(names).size === names.length &&
    commonSuffix(names) === ""
  );
}

/** Whether the parts plainly make up the whole rather than pick some members out of it. */
function makeWhole(total: PlacedFigure, parts: PlacedFigure[]): boolean {
  const names = parts.map((p) => p.indicator ?? "");
  if (names.some((n) => n === "")) return false;
  // a closing 其他/其余 part says the list is complete
  if (names.length >= 2 && /^(其他|其余|剩余|另有)/.test(names[names.length - 1]!)) return true;
  // 各级各类学校156所，其中幼儿园…、小学…、初中…: a total of all kinds, listed kind by kind, nearly adding up
  const sum = parts.reduce((s, p) => s + p.normalized.value, 0);
  const near = Math.abs(sum - total.normalized.value) <= 0.1 * Math.abs(total.normalized.value);
  if (names.length >= 3 && /各类|各种|各级/.test(total.indicator ?? "") && near && names.every((n) => !OVERLAPPING_ATTRIBUTE.test(n))) return true;
  // 地区生产总值…其中第一产业增加值…第二产业…第三产业…: the three sectors make up the whole economy
  if (isThreeSectors(parts) && ECONOMY_TOTAL.test(total.indicator ?? "")) return true;
  if (names.length === 2) {
    const [a, b] = names as [string, string];
    if (b === `非${a}` || a === `非${b}` || b.startsWith(`非${a.slice(0, 2)}`)) return true;
    for (const [x, y] of COMPLEMENTS) if ((x.test(a) && y.test(b)) || (x.test(b) && y.test(a))) return true;
    // 公办幼儿园36所、普惠性民办幼儿园18所: the complement narrowed by a word before it is only some of it
    if (COMPLEMENTS.some(([x, y]) => (x.test(a) && qualifies(y, b)) || (y.test(a) && qualifies(x, b)) || (x.test(b) && qualifies(y, a)) || (y.test(b) && qualifies(x, a)))) return false;
  }
  // one shared head noun that the total also names, distinguished by words that do not overlap,
  // and a sum near the total
  let head = commonSuffix(names);
  const totalName = total.indicator ?? "";
  while (head.length >= 2 && !totalName.includes(head)) head = head.slice(1);
  if (head.length < 2) return false;
  if (names.some((n) => n.length === head.length || OVERLAPPING_ATTRIBUTE.test(n.slice(0, n.length - head.length)))) return false;
  // two such parts are as often the main ones as all of them (工业用电、居民生活用电 of 全社会用电量;
  // 工业投资、基础设施投资 of 固定资产投资): two that fall short of the total say nothing, two that
  // exceed it cannot both be in it (县级36户、镇级96户 of 126户)
  if (names.length < 3 && sum <= total.normalized.value) return false;
  return Math.abs(sum - total.normalized.value) <= 0.2 * Math.abs(total.normalized.value);
}

/** Whether `name` holds a complement word of `side`, but not at its start (普惠性民办 for 民办). */
function qualifies(side: RegExp, name: string): boolean {
  if (side.test(name)) return false;
  return side.source.split("|").some((alternative) => {
    const word = alternative.replace(/^\^/, "");
    const at = name.indexOf(word);
    return at > 0;
  });
}

function commonSuffix(names: string[]): string {
  let suffix = names[0] ?? "";
  for (const n of names.slice(1)) {
    let k = 0;
    while (k < suffix.length && k < n.length && suffix[suffix.length - 1 - k] === n[n.length - 1 - k]) k++;
    suffix = suffix.slice(suffix.length - k);
  }
  return suffix;
}
