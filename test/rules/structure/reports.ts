/**
 * Report fixtures for the missing-section rule, written for these tests (places are invented).
 * Building blocks are combined into reports with and without each section.
 */

export const INTRO =
  "今年以来，在县委、县政府的坚强领导下，我镇坚持以习近平新时代中国特色社会主义思想为指导，聚焦发展第一要务，统筹推进稳增长、惠民生、保稳定各项工作，全镇经济社会保持平稳健康发展态势。";

export const WORK = [
  "（一）产业发展提质增效。全年新签约项目十二个，总投资二十六亿元；新培育规模以上工业企业三家，园区标准化厂房入驻率达到百分之九十以上。",
  "（二）乡村建设扎实推进。完成十八个村的人居环境整治提升，新建改建农村公路三十二公里，改造农村危房六十户，群众生活条件进一步改善。",
  "（三）民生保障持续加强。新增城镇就业八百余人，发放各类救助资金九百余万元，新建村级养老服务站五个，城乡居民医保参保率稳定在高位。",
  "（四）基层治理不断完善。深化网格化服务管理，全镇划分网格一百二十个，全年排查化解矛盾纠纷二百余起，未发生重大安全生产事故。",
];

export const PROBLEMS_BODY =
  "一是产业结构仍然偏重，新兴产业占比不高，带动能力不强；二是部分村集体经济基础薄弱，自我发展能力有待提升；三是基层干部队伍年龄偏大，专业人才相对缺乏。";

export const PLANS_BODY =
  "一是聚焦项目建设，力争全年新开工亿元以上项目五个；二是巩固拓展衔接成果，持续壮大村级集体经济；三是加强干部队伍建设，优化年龄和知识结构；四是抓好安全生产和信访稳定，守牢发展底线。";

const join = (...ls: string[]) => ls.join("\n\n");

/** A complete 工作总结 with headings. */
export const SUMMARY_COMPLETE = join(
  "青石镇2026年工作总结",
  INTRO,
  "一、主要工作及成效",
  ...WORK,
  "二、存在的问题和不足",
  PROBLEMS_BODY,
  "三、2027年工作打算",
  PLANS_BODY,
  "青石镇人民政府",
  "2026年11月20日",
);

/** The same summary without its problems section. */
export const SUMMARY_NO_PROBLEMS = join(
  "青石镇2026年工作总结",
  INTRO,
  "一、主要工作及成效",
  ...WORK,
  "二、下一步工作思路",
  PLANS_BODY,
);

/** The same summary ending after its problems: no plans. */
export const SUMMARY_NO_PLANS = join(
  "青石镇2026年工作总结",
  INTRO,
  "一、主要工作及成效",
  ...WORK,
  "二、存在的困难",
  PROBLEMS_BODY,
  "青石镇人民政府",
  "2026年11月20日",
);

/** Problems and plans under one heading (“存在问题及下步打算”). */
export const SUMMARY_COMBINED = join(
  "白沙乡2026年农业农村工作总结",
  INTRO,
  "一、工作开展情况",
  ...WORK,
  "二、问题与打算",
  "工作中还存在一些短板。" + PROBLEMS_BODY,
  "下一步，我们将重点抓好以下工作：" + PLANS_BODY,
);

/** 工作汇报 whose sections are not headed: problems and plans show by their wording only. */
export const REPORT_NO_HEADINGS = join(
  "关于白沙乡2026年乡村振兴工作情况的汇报",
  "县委、县政府：",
  INTRO,
  ...WORK.map((w) => w.replace(/^（[一二三四]）/, "")),
  "在肯定成绩的同时，我们也清醒看到，工作中还存在一些问题。" + PROBLEMS_BODY,
  "下步，我们将" + PLANS_BODY,
);

/** 工作汇报 without headings and without any problems wording. */
export const REPORT_NO_HEADINGS_NO_PROBLEMS = join(
  "关于白沙乡2026年乡村振兴工作情况的汇报",
  "县委、县政府：",
  INTRO,
  ...WORK.map((w) => w.replace(/^（[一二三四]）/, "")),
  "下一步，我们将" + PLANS_BODY,
);

/** Topic headings that name no section, then 存在的困难及下步工作打算. */
export const SUMMARY_TOPIC_HEADINGS = join(
  "东湖街道2026年工作总结",
  INTRO,
  "一、强化党建引领，筑牢基层战斗堡垒",
  WORK[0]!,
  WORK[1]!,
  "二、聚焦民生实事，增进群众福祉",
  WORK[2]!,
  WORK[3]!,
  "三、存在的困难及下步工作打算",
  PROBLEMS_BODY,
  PLANS_BODY,
);

/** 上半年总结和下半年计划, 2020-style phrasing. */
export const HALF_YEAR_2020 = join(
  "柳溪镇2020年上半年工作总结和下半年工作计划",
  "2020年上半年，柳溪镇统筹推进新冠肺炎疫情防控和经济社会发展，全力打好脱贫攻坚收官战，各项工作有序推进。",
  "一、上半年工作开展情况",
  "（一）疫情防控有力有效。组织干部下沉村组开展排查，落实重点人员健康管理措施，全镇未发生本地病例。",
  "（二）复工复产加快推进。为企业协调解决用工、原料等问题三十余个，规模以上企业全部复工。",
  "（三）脱贫攻坚决战决胜。对建档立卡贫困户逐户开展回头看，落实帮扶措施，确保高质量完成脱贫任务。",
  "二、存在的问题",
  PROBLEMS_BODY,
  "三、下半年工作安排",
  PLANS_BODY,
);

export const HALF_YEAR_NO_PLANS = join(
  "柳溪镇2026年上半年工作总结和下半年工作计划",
  INTRO,
  "一、上半年工作开展情况",
  ...WORK,
  "二、存在的问题",
  PROBLEMS_BODY,
);

/** 述职报告 with 履职/廉洁/问题/打算. */
export const DUTY_COMPLETE = join(
  "2026年度述职述廉报告",
  "按照县委统一安排，现将本人一年来的履职情况和廉洁自律情况报告如下：",
  "一、履职尽责情况",
  "（一）加强理论学习，提高政治站位。坚持每周集中学习，全年撰写学习心得十二篇，带头讲党课三次。",
  "（二）聚焦主责主业，推动工作落实。牵头抓好全镇项目建设和招商引资，全年引进项目八个，协调解决企业困难二十余个。",
  "（三）坚持民主集中，维护班子团结。严格执行议事规则，重大事项均提交集体研究，班子成员之间沟通顺畅。",
  "二、廉洁自律情况",
  "严格遵守中央八项规定精神，自觉接受组织和群众监督，从未利用职务之便为本人和亲属谋取私利。",
  "三、存在的不足",
  "一是理论学习的深度还不够；二是深入基层调研的时间偏少；三是抓工作落实的办法还不多。",
  "四、今后努力方向",
  "一是持续加强理论武装；二是经常深入一线调查研究；三是严守纪律规矩，始终保持清正廉洁。",
);

export const DUTY_NO_PROBLEMS = join(
  "2026年度个人述职报告",
  "按照县委统一安排，现将本人一年来的履职情况报告如下：",
  "一、履职尽责情况",
  "（一）加强理论学习，提高政治站位。坚持每周集中学习，全年撰写学习心得十二篇，带头讲党课三次。",
  "（二）聚焦主责主业，推动工作落实。牵头抓好全镇项目建设和招商引资，全年引进项目八个，协调解决企业困难二十余个。",
  "（三）坚持民主集中，维护班子团结。严格执行议事规则，重大事项均提交集体研究，班子成员之间沟通顺畅。",
  "（四）践行群众路线，解决急难愁盼。全年走访联系户一百二十余户次，接待来访群众三百余人次，推动解决道路硬化、饮水安全等民生实事十五件，群众满意度明显提升。",
  "二、下一步打算",
  "一是持续加强理论武装；二是经常深入一线调查研究；三是严守纪律规矩，始终保持清正廉洁。",
);

/** 政府工作报告: problems appear as a paragraph, never as a section; nothing is demanded. */
export const GOVERNMENT_REPORT = join(
  "2027年青石县人民政府工作报告",
  "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协各位委员提出意见。",
  "一、2026年工作回顾",
  ...WORK,
  "二、2027年工作安排",
  PLANS_BODY,
  "三、加强政府自身建设",
  "坚持依法行政，自觉接受人大法律监督和政协民主监督，持续深化政务公开，建设人民满意的服务型政府。",
);

/** 调研报告 without a problems heading. */
export const RESEARCH_REPORT = join(
  "关于青石县村级集体经济发展的调研报告",
  INTRO,
  "一、基本情况",
  ...WORK,
  "二、对策建议",
  PLANS_BODY,
);

/** No title: a fragment of body text, even with headings, is not a report. */
export const UNTITLED = join(INTRO, "一、主要工作及成效", ...WORK, "二、下一步工作思路", PLANS_BODY);

/** Titled but short. */
export const SHORT = join("青石镇2026年工作总结", "一、主要工作", "全年新签约项目十二个。", "二、下步打算", "抓好项目建设。");

/** Headings given by the host editor (no numbers). */
export const HOST_HEADED = join(
  "青石镇2026年工作总结",
  INTRO,
  "工作亮点",
  ...WORK.map((w) => w.replace(/^（[一二三四]）/, "")),
  "短板和不足",
  PROBLEMS_BODY,
  "明年工作重点",
  PLANS_BODY,
);

/** Sections headed by unnumbered short lines in brackets. */
export const SUMMARY_BRACKETED = join(
  "红岩社区2026年工作总结",
  INTRO,
  "【主要成效】",
  ...WORK.map((w) => w.replace(/^（[一二三四]）/, "")),
  "【工作中的不足】",
  PROBLEMS_BODY,
  "【明年打算】",
  PLANS_BODY,
);

/** No headings; the shortcomings sit in a long sentence (虽然…但…仍有不少差距). */
export const REPORT_PROSE_PROBLEMS = join(
  "关于红岩社区2026年基层治理工作情况的汇报",
  INTRO,
  ...WORK.map((w) => w.replace(/^（[一二三四]）/, "")),
  "一年来，社区虽然取得了一定成绩，但与上级要求和群众期盼相比，仍有不少差距，主要是服务设施老化、志愿者队伍不够稳定。",
  "在今后的工作中，社区将" + PLANS_BODY,
);

/** A Markdown report (.md): headings carry # marks. */
export const MARKDOWN_SUMMARY = join(
  "# 青石镇2026年工作总结",
  INTRO,
  "## 一、主要工作及成效",
  ...WORK,
  "## 二、问题与不足",
  PROBLEMS_BODY,
  "## 三、下一步工作计划",
  PLANS_BODY,
);

/** No headings; 问题与不足： opens the shortcomings, 针对上述问题，我们将 opens the plans. */
export const REPORT_PROSE_LABELS = join(
  "关于红岩社区2026年基层治理工作情况的汇报",
  INTRO,
  ...WORK.map((w) => w.replace(/^（[一二三四]）/, "")),
  "问题与不足：" + PROBLEMS_BODY,
  "针对上述问题，我们将" + PLANS_BODY,
);

/** A report to a party congress: reviews five years, names problems in a paragraph only. */
export const CONGRESS_REPORT = join(
  "在中国共产党青石镇第十六次代表大会上的报告",
  "各位代表、同志们：现在，我代表中共青石镇第十五届委员会向大会报告工作，请予审议。",
  "一、过去五年的工作回顾",
  ...WORK,
  "二、今后五年的目标任务",
  PLANS_BODY,
);

/** Topic headings only; shortcomings and plans share the closing paragraph. */
export const SUMMARY_CLOSING_PARAGRAPH = join(
  "县审计局2026年工作总结",
  INTRO,
  "一、聚焦主责主业",
  WORK[0]!,
  WORK[1]!,
  "二、服务发展大局",
  WORK[2]!,
  WORK[3]!,
  "回顾一年来的工作，我们也清醒看到存在的不足，主要是审计力量不足、信息化水平不高。新的一年，我们将" + PLANS_BODY,
);
