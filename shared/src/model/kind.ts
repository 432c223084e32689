import type { Paragraph, ReportKind } from "./types";

/** Title patterns by kind, most specific first. */
const BY_TITLE: readonly [ReportKind, RegExp][] = [
  ["duty", /述职|述责述廉|述德述廉|述廉/],
  // 政府工作报告 and reports to a congress (党代会, 人代会) review years of work: no 问题 section.
  ["government", /政府工作报告|代表大会上的报告|代表大会第.{1,4}次会议上的报告/],
  ["research", /调研报告|调查报告|调研/],
  ["half-year-plan", /上半年.{0,24}(?:总结|汇报|情况).{0,24}下半年.{0,16}(?:计划|打算|安排|思路|重点)/],
  ["summary", /总结/],
  // not reviews of a period's work: requests, notices, speeches, and reports on one incident or one
  // rectification (关于6·12暴雨灾情处置情况的报告); a 工作情况汇报 on such work stays a report
  ["special", /请示|通知$|通报$|批复$|讲话$|讲话稿|上的讲话|致辞|发言$|发言稿|讲稿|情况说明/],
  ["special", /^(?!.*工作(?:情况)?的?(?:汇报|报告)).*(?:(?:事故|事件|灾情|险情|汛情|火情|火灾|舆情)的?(?:处置|调查|处理|应对|善后|情况的?(?:报告|汇报))|整改(?:落实)?情况)/],
  ["report", /汇报|报告/],
  ["plan", /计划|要点|思路|打算|安排|方案/],
];

/** When there is no title, the introduction usually says what follows: 现将…总结如下. */
const BY_INTRO: readonly [ReportKind, RegExp][] = [
  ["duty", /(?:述职|述责述廉)(?:如下|报告如下)/],
  ["half-year-plan", /上半年.{0,40}下半年.{0,30}(?:汇报|报告|总结)如下/],
  ["summary", /(?:总结|小结)如下/],
  ["special", /(?:事故|事件|灾情|险情|处置|整改)(?:工作)?(?:的?有关)?情况(?:汇报|报告)如下|请示如下/],
  ["report", /(?:汇报|报告)如下/],
];

const INTRO_SEARCH_LINES = 6;

/**
 * Infers what kind of report this is from its title, or, without a title, from the
 * introduction's 现将…总结/汇报如下. Unknown when neither says.
 */
export function inferKind(title: Paragraph | undefined, paragraphs: readonly Paragraph[] = []): ReportKind {
  if (title) {
    const t = title.text;
    for (const [kind, re] of BY_TITLE) if (re.test(t)) return kind;
    return "unknown";
  }
  for (const p of paragraphs.slice(0, INTRO_SEARCH_LINES)) {
    for (const [kind, re] of BY_INTRO) if (re.test(p.text)) return kind;
  }
  return "unknown";
}
