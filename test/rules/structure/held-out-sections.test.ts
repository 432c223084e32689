import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";
import * as R from "./reports";

const missingSections = (text: string): string[] =>
  check(text, { referenceDate: "2026-11-23" })
    .filter((d) => d.category === "missing-section")
    .map((d) => d.section ?? "");

const summary = (...parts: string[]) =>
  ["金沙镇2026年工作总结", R.INTRO, "一、主要工作完成情况", ...R.WORK, ...parts, "金沙镇人民政府", "2026年12月10日"].join("\n\n");

// Wordings met while reviewing held-out-style reports: each names its section, so nothing is missing.
describe("missing-section: held-out-style wordings that name a section", () => {
  it.each<[string, string]>([
    ["problems opened by 但也要看到", summary("但也要看到，我镇产业链条短，带动能力弱，基础设施欠账较多。", "2027年，我镇将围绕产业发展做文章。")],
    ["problems opened by 同时也要清醒认识到", summary("同时也要清醒认识到，村级集体经济基础依然薄弱。", "下一步，我们将继续壮大村级集体经济。")],
    ["problems opened by 我们还应看到", summary("我们还应看到，干部队伍年龄结构偏大。", "2027年，我镇将加强干部队伍建设。")],
    ["problems named with 还存在…等短板", summary("但对照群众期盼，还存在产业基础薄弱、项目储备不足等短板。", "2027年，我镇将围绕产业发展做文章。")],
    ["problems named with 仍面临…等困难", summary("全镇发展仍面临要素保障趋紧、招商引资难度加大等困难。", "下一步，我们将继续抓项目促发展。")],
    ["problems headed 几点不足", summary("二、几点不足", R.PROBLEMS_BODY, "三、下一步工作计划", R.PLANS_BODY)],
    ["problems headed 工作短板", summary("二、工作短板", R.PROBLEMS_BODY, "三、下一步工作计划", R.PLANS_BODY)],
    ["problems headed 面临的主要困难", summary("二、面临的主要困难", R.PROBLEMS_BODY, "三、下一步工作计划", R.PLANS_BODY)],
    // Spoken-style openers: the shortcomings themselves follow the colon.
    ["problems opened by 问题也有：", summary("问题也有：一是村里年轻人大多外出，二是集体经济底子薄。", "明年打算：一是把剩下那段路修通。")],
    ["problems opened by 不足的地方也有：", summary("不足的地方也有：产业规模小，带动能力弱。", "明年打算：一是把剩下那段路修通。")],
    ["problems opened by 困难也不少：", summary("当然，困难也不少：资金缺口大，用地指标紧。", "明年打算：一是把剩下那段路修通。")],
    ["plans headed 2027年财政工作重点", summary("二、存在的问题", R.PROBLEMS_BODY, "三、2027年财政工作重点", R.PLANS_BODY)],
    ["plans headed 2027年招商引资重点工作", summary("二、存在的问题", R.PROBLEMS_BODY, "三、2027年招商引资重点工作", R.PLANS_BODY)],
    ["plans headed 2027年工作要点", summary("二、存在的问题", R.PROBLEMS_BODY, "三、2027年工作要点", R.PLANS_BODY)],
    ["plans headed 奋斗目标和主要措施", summary("二、存在的问题", R.PROBLEMS_BODY, "三、奋斗目标和主要措施", R.PLANS_BODY)],
    ["plans headed 目标任务及保障措施", summary("二、存在的困难", R.PROBLEMS_BODY, "三、2027年目标任务及保障措施", R.PLANS_BODY)],
  ])("%s", (_name, text) => {
    expect(missingSections(text)).toEqual([]);
  });
});

describe("missing-section: still flagged", () => {
  it.each<[string, string, string[]]>([
    // 要看到成绩 without 也/还 is no admission of shortcomings
    ["plans only, achievements praised as 要看到", summary("要看到，全镇干部群众付出了艰辛努力。", "二、下一步工作计划", R.PLANS_BODY), ["problems"]],
    // 排查 and 整改 open work done, not an admission
    ["隐患 found and fixed are work done", summary("排查发现还存在线路老化、通道堵塞等隐患问题的场所12处，已全部整改。", "二、下一步工作计划", R.PLANS_BODY), ["problems"]],
    // Without the colon that announces a list, these are passing remarks about work done.
    ["问题也有所缓解 is progress, not a problems section", summary("通过集中整治，停车难问题也有所缓解。", "明年打算：一是把剩下那段路修通。"), ["problems"]],
    ["this year's work of one field is a review, not a plan", summary("二、存在的问题", R.PROBLEMS_BODY, "三、2026年财政收支情况", R.WORK[0]!), ["plans"]],
    ["targets achieved is a review, not a plan", summary("二、存在的问题", R.PROBLEMS_BODY, "三、目标任务完成情况", R.WORK[0]!), ["plans"]],
  ])("%s", (_name, text, sections) => {
    expect(missingSections(text)).toEqual(sections);
  });
});
