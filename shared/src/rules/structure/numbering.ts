import { headingIndices } from "../../model/build";
import { detectNumberMarker } from "../../model/headings";
import { formatChineseNumeral, formatCircled } from "../../model/numerals";
import type { Enumerator, HeadingMarker, HeadingStyle } from "../../model/types";
import { defineRule, type Finding } from "../types";

/** One numbered item: a heading marker or an inline enumerator, in whole-text offsets. */
interface Item {
  from: number;
  to: number;
  /** The marker as written, e.g. "四、" or "三是". */
  text: string;
  ordinal: number;
}

interface NumberingFacts {
  /** The paragraph's leading number marker (headings and numbered list items alike). */
  marker?: HeadingMarker;
  enumerators: Enumerator[];
}

/** The facts of every paragraph without a number (shared, so that reports skip them unread). */
const NO_NUMBERS: NumberingFacts = Object.freeze({ enumerators: [] });

/** How many lists of one family may be open inside each other. */
const MAX_NESTED_RUNS = 8;

type Family = Exclude<HeadingStyle, "host"> | "shi" | "di";

const STYLE_NAME: Record<string, string> = { heading: "标题序号", shi: "列举序号", di: "列举序号" };

/** Rewrites the number inside a marker, keeping its punctuation: 四、→三、, （3）→（2）, 三是→二是. */
function renumber(marker: string, family: Family, ordinal: number): string {
  switch (family) {
    case "arabic":
    case "paren-arabic":
      return marker.replace(/\d{1,2}/, String(ordinal));
    case "circled":
      return formatCircled(ordinal) + marker.slice(1);
    default:
      return marker.replace(/[一二三四五六七八九十]{1,3}/, formatChineseNumeral(ordinal));
  }
}

/**
 * Checks one run of items numbered in sequence. An item is wrong when its number is not the one
 * after its predecessor's; when the next item confirms the expected number (or there is no next
 * item) the correction is obvious and offered as a fix.
 */
function checkRun(run: readonly Item[], family: Family, out: Finding[]): void {
  const what = STYLE_NAME[family === "shi" || family === "di" ? family : "heading"]!;
  const ruleId = family === "shi" || family === "di" ? "numbering/enumeration" : "numbering/heading";
  let prev = run[0]!.ordinal;
  for (let i = 1; i < run.length; i++) {
    const item = run[i]!;
    const expected = prev + 1;
    if (item.ordinal === expected) {
      prev = item.ordinal;
      continue;
    }
    const next = run[i + 1];
    const obvious = next === undefined || next.ordinal === expected + 1;
    const want = renumber(item.text, family, expected);
    let message: string;
    let kind: string;
    if (item.ordinal === prev) {
      kind = "repeat";
      message = `${what}重复：“${item.text}”与上一项相同，此处应为“${want}”`;
    } else if (item.ordinal > expected) {
      kind = "gap";
      message = `${what}跳号：“${item.text}”前应为“${want}”`;
    } else {
      kind = "order";
      message = `${what}顺序有误：“${item.text}”出现在“${renumber(item.text, family, prev)}”之后，此处应为“${want}”`;
    }
    out.push({
      ruleId: `${ruleId}-${kind}`,
      from: item.from,
      to: item.to,
      message,
      ...(obvious ? { fixes: [{ label: `改为“${want}”`, replacement: want }] } : {}),
    });
    prev = obvious ? expected : item.ordinal;
  }
}

const VARIANT_LABEL: Record<string, string> = {
  standard: "标准写法",
  "half-width-paren": "半角括号",
  dot: "点号",
  "fullwidth-dot": "全角点号",
  comma: "逗号",
  "ideographic-comma": "顿号",
};

/** The standard form of a marker of a style: 一、 （一） 1. （1）. */
function standardMarker(text: string, style: HeadingStyle): string | undefined {
  const n = /[一二三四五六七八九十]{1,3}|\d{1,2}/.exec(text)?.[0];
  if (!n) return undefined;
  switch (style) {
    case "chinese":
      return `${n}、`;
    case "paren-chinese":
    case "paren-arabic":
      return `（${n}）`;
    case "arabic":
      return `${n}.`;
    default:
      return undefined;
  }
}

/**
 * `numbering`: broken sequences of heading numbers (一、二、四、 · （一）（三） · 1. 3.) and of inline
 * enumerations (一是…三是, 第一，第三，), plus mixed marker forms within one level (1. and 1、) as info.
 *
 * Each style is a level; a marker closes the runs of every lower level, so （一） restarts under each
 * 一、. A run restarting at 1 is a new list and never flagged, nor is a run that starts above 1
 * (numbering continued from an earlier part). Enumerations run across paragraphs until a heading.
 */
export const numbering = defineRule<NumberingFacts>({
  meta: {
    id: "numbering",
    category: "numbering",
    severity: "warning",
    description: "检查标题序号和“一是、二是”等列举序号是否跳号、重复、颠倒或格式不统一",
  },
  // findings only on numbers; runs read only numbered paragraphs and headings (Rule.findingsFollowFacts)
  findingsFollowFacts: { emptyFacts: NO_NUMBERS },
  scan(paragraph) {
    const marker = paragraph.heading ?? detectNumberMarker(paragraph.text);
    if (!marker && paragraph.enumerators.length === 0) return NO_NUMBERS;
    return { ...(marker ? { marker } : {}), enumerators: paragraph.enumerators };
  },
  report(report, facts) {
    const out: Finding[] = [];
    // Per family, a stack of open runs: a heading list restarting at 1 inside another (一、二、
    // under 三、) nests, and the outer list resumes when an item continues it.
    const runs = new Map<Family, Item[][]>();
    const levelOf = new Map<Family, number>();
    const close = (family: Family) => {
      for (const run of runs.get(family) ?? []) if (run.length > 1) checkRun(run, family, out);
      runs.delete(family);
    };
    const push = (family: Family, item: Item) => {
      let stack = runs.get(family);
      if (!stack) runs.set(family, (stack = []));
      // An inline enumeration restarting at 1 ends the one before (they do not nest).
      if (item.ordinal === 1 && (family === "shi" || family === "di")) {
        close(family);
        runs.set(family, (stack = []));
      }
      if (stack.length === 0 || item.ordinal === 1) {
        // Bounded nesting keeps pathological texts (thousands of 一是) linear.
        if (stack.length >= MAX_NESTED_RUNS) {
          const oldest = stack.shift()!;
          if (oldest.length > 1) checkRun(oldest, family, out);
        }
        stack.push([item]);
        return;
      }
      const continues = (run: Item[]) => run[run.length - 1]!.ordinal + 1 === item.ordinal;
      for (let i = stack.length - 1; i > 0 && !continues(stack[i]!); i--) {
        if (!continues(stack[i - 1]!)) continue;
        // The item continues an outer list: the inner ones are finished.
        for (const done of stack.splice(i)) if (done.length > 1) checkRun(done, family, out);
        break;
      }
      stack[stack.length - 1]!.push(item);
    };
    const byStyle = new Map<HeadingStyle, { item: Item; variant: string }[]>();

    const paragraphs = report.paragraphs;
    // Most paragraphs carry no number at all: only those with one and host headings are read.
    const headings = headingIndices(report);
    let nextHeading = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      const f = facts[i];
      const isHeading = headings[nextHeading] === i;
      if (isHeading) nextHeading++;
      // (`f === undefined`, not `!f`: testing an object's truth reads the object itself)
      if (f === undefined || (f === NO_NUMBERS && !isHeading)) continue;
      const p = paragraphs[i]!;
      if (p.isTitle) continue;
      const m = f.marker;
      if (!m && p.hostHeadingLevel === undefined && f.enumerators.length === 0) continue;
      if (m || p.hostHeadingLevel !== undefined) {
        // Any heading ends the inline enumerations before it.
        close("shi");
        close("di");
      }
      if (m && m.style !== "host") {
        const family = m.style as Family;
        levelOf.set(family, m.level);
        for (const [other, level] of levelOf) if (level > m.level) close(other);
        const item: Item = { from: p.from + m.marker.from, to: p.from + m.marker.to, text: p.text.slice(m.marker.from, m.marker.to), ordinal: m.ordinal };
        push(family, item);
        const list = byStyle.get(m.style) ?? [];
        list.push({ item, variant: m.variant ?? "standard" });
        byStyle.set(m.style, list);
      }
      if (f.enumerators.length === 0) continue;
      const lead = p.text.length - p.text.trimStart().length;
      let seenShi = false;
      let seenDi = false;
      for (const e of f.enumerators) {
        if (e.kind === "sequence-word") continue;
        // A list carries over from the paragraph before only when this paragraph opens with its
        // next item; one starting mid-paragraph (…将一是…二是) may have lost its first item.
        const seen = e.kind === "shi" ? seenShi : seenDi;
        if (!seen && e.span.from !== lead) close(e.kind);
        if (e.kind === "shi") seenShi = true;
        else seenDi = true;
        push(e.kind, { from: p.from + e.span.from, to: p.from + e.span.to, text: p.text.slice(e.span.from, e.span.to), ordinal: e.ordinal });
      }
    }
    for (const family of [...runs.keys()]) close(family);

    // Mixed forms within one level: the minority form is reported, as info.
    for (const [style, list] of byStyle) {
      const counts = new Map<string, number>();
      for (const x of list) counts.set(x.variant, (counts.get(x.variant) ?? 0) + 1);
      if (counts.size < 2) continue;
      const majority = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === "standard" ? -1 : b[0] === "standard" ? 1 : 0))[0]![0];
      const example = list.find((x) => x.variant === majority)!.item.text;
      for (const x of list) {
        if (x.variant === majority) continue;
        const replacement = majority === "standard" ? standardMarker(x.item.text, style) : undefined;
        out.push({
          ruleId: "numbering/mixed-style",
          severity: "info",
          from: x.item.from,
          to: x.item.to,
          message: `同级标题序号格式不统一：此处用${VARIANT_LABEL[x.variant] ?? "其他写法"}“${x.item.text}”，其余多为“${example}”的写法`,
          ...(replacement ? { fixes: [{ label: `改为“${replacement}”`, replacement }] } : {}),
        });
      }
    }
    return out;
  },
});
