import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";
import * as R from "./structure/reports";
import { maskedFindings, parseMarked } from "./masked/marked";
import { report, stale, Y2026 } from "./stale/helpers";

/**
 * False alarms found in a second round of new report genres (乡镇政府工作报告, 党建总结, 调研报告,
 * 述职, 工会/团委/妇联, 文旅 and 卫健 总结), each guard beside the genuine hit it must keep.
 */
describe("review round 2: 文化广电旅游局 and 文化体育旅游局 are post-reform names", () => {
  const hits = (body: string) => stale(report(Y2026, body)).map((d) => d.text);

  it.each([
    ["县文化广电旅游局全年接待游客680万人次。"],
    ["县文化广电体育旅游局举办赛事12场。"],
    ["市文化体育旅游局开展文旅市场检查20次。"],
    ["县文化广电和旅游局举办文艺演出120场。"],
  ])("%s", (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each([
    ["县旅游局开展景区安全检查。", "旅游局"],
    ["配合县文广新局做好文化市场整治。", "文广新局"],
    ["县电力公司、县旅游局联合开展检查。", "旅游局"],
  ])("%s → %s", (body, text) => {
    expect(hits(body)).toEqual([text]);
  });
});

describe("review round 2: a pandemic measure said to be switched off or deleted is history", () => {
  const hits = (body: string) => stale(report(Y2026, body)).map((d) => d.text);

  it.each([
    ["健康码已全部停用。"],
    ["行程卡相关数据已删除。"],
    ["健康码相关数据已按规定销毁。"],
    ["原行程卡账户已注销。"],
  ])("%s", (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each([
    ["全县推行健康码管理。", "健康码"],
    ["进入办事大厅须查验行程卡。", "行程卡"],
    // Deleting something else later in the sentence does not retire the measure named first.
    ["坚持查验健康码，对过期登记信息定期清理删除。", "健康码"],
  ])("%s → %s", (body, text) => {
    expect(hits(body)).toEqual([text]);
  });
});

describe("review round 2: a name the text calls 化名 is hidden on purpose", () => {
  it.each([
    "受援人赵××（化名）获赔偿金12万元。",
    "当事人陈XX(化名)与邻居因排水问题发生纠纷。",
    "学生刘**（化名，下同）家庭困难，学校为其减免费用。",
    "当事人王××（系化名）申请法律援助。",
    // the genuine slots beside them stay
    "受援人赵××（化名）由[T:××]律师代理。",
    "[T:××]同志任党支部书记。",
    "联系人：周[T:××]（办公室）",
  ])("finds exactly the marked placeholders: %s", (marked) => {
    const { text, expected } = parseMarked(marked);
    expect(maskedFindings(text)).toEqual(expected);
  });
});

describe("review round 2: 制约因素 / 瓶颈 / 反思 / 教训 head the problems section", () => {
  const missingSections = (text: string): string[] =>
    check(text, { referenceDate: "2026-11-23" })
      .filter((d) => d.category === "missing-section")
      .map((d) => d.section ?? "");
  // No content cue of its own: only the heading can name the section.
  const NEUTRAL_BODY = "镇域产业链条较短，专业技术人员年龄偏大，用地指标较紧。";
  const summary = (problemsHeading: string) =>
    ["青阳镇2026年工作总结", R.INTRO, "一、主要工作完成情况", ...R.WORK, `二、${problemsHeading}`, NEUTRAL_BODY, "三、下一步工作计划", R.PLANS_BODY].join("\n\n");

  it.each([["存在的制约因素"], ["发展瓶颈"], ["工作反思"], ["经验教训"], ["存在的问题"]])("%s", (heading) => {
    expect(missingSections(summary(heading))).toEqual([]);
  });

  it.each([["其他工作"], ["破解要素难题"], ["工作体会"]])("%s → problems missing", (heading) => {
    expect(missingSections(summary(heading))).toEqual(["problems"]);
  });
});

describe("review round 2: 十四五 targets told as completed are history in 2026", () => {
  const hits = (body: string) => stale(report(Y2026, body)).map((d) => d.text);

  it.each([
    ["我县高质量完成“十四五”规划目标任务，为“十五五”发展奠定了坚实基础。"],
    ["全县已完成十四五规划目标任务。"],
    ["去年圆满实现了“十四五”目标任务。"],
    ["“十四五”规划目标任务全面完成。"],
  ])("%s", (body) => {
    expect(hits(body)).toEqual([]);
  });

  it.each([
    ["确保高质量完成“十四五”规划目标任务。", "“十四五”规划目标任务"],
    ["全力完成“十四五”规划目标任务。", "“十四五”规划目标任务"],
    ["力争全面完成“十四五”目标任务。", "“十四五”目标任务"],
    ["推动“十四五”规划目标任务落实落地。", "“十四五”规划目标任务"],
  ])("%s → %s", (body, text) => {
    expect(hits(body)).toEqual([text]);
  });
});
