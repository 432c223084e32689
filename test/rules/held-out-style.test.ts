import { describe, expect, it } from "vitest";
import { check } from "@tally/shared";
import { F, N, readReport, S, scored, T } from "./held-out-reports";

/**
 * Whole reports written for Tally's tests in the style of the held-out set (工作总结, 上半年总结和
 * 下半年计划, 述职报告, 工作汇报, 调研报告, 工作要点; towns, streets, villages, county bureaus, a
 * school, a hospital, a state company, a petition office, a community, a WeChat post, a statistics
 * bureau's analysis, a town budget report, 医保/人社/发改 bureaus, village collective economies, 纪检 述责述廉,
 * a quarterly 农业农村 report, a Markdown community summary with a table, 企业安全生产, 住建; 2019–2026).
 * Places and figures are invented.
 *
 * Each report lists, in text order, every diagnostic of the scored categories it must get: nothing
 * more (look-alikes such as APP, 5G, GDP, PM2.5, X光机, B超, 3×3, 4×100米, **bold**, 1+X, 某些,
 * 二〇二五年, and phrasing current for the report's own year must stay unflagged) and nothing less.
 */
const expected: Record<string, string[]> = {
  // 2019: 脱贫攻坚, 精准扶贫, 建档立卡贫困户, 扶贫车间, 主题教育, 扫黑除恶专项斗争, 十九届四中全会,
  // 决胜全面建成小康社会 are all current; 5G, GDP, PM2.5, APP, 某些, 某种 are words.
  "a-town-2019-summary.txt": [],
  // 2023 hospital, 第一部分/第二部分: 1至XX月, X.X天, □□乡, ○○镇 beside X光机, B超, DR, 3×3, HIS.
  "b-hospital-2023-h1.txt": [
    T("××"), N("XX"), N("XX"), N("XX"), N("XXXX"), N("X.X"), N("X"), N("XX"), N("XX"), T("□□"), T("○○"), N("XXX"), N("XX"), N("X"), T("××"),
  ],
  // 述职 (2024, signed January 2025): 党纪学习教育 current in 2024; STEAM, PPT, Wi-Fi, 4×100米, 1+X, 某一, 某种.
  "c-school-2024-duty.txt": [T("某某")],
  // Markdown, full-width ＊, **bold** against words; 20XX年; ISO9001, KPI, 5S; 二十大 current in 2022.
  "d-enterprise-2022-party.md": [T("＊＊"), N("＊"), N("＊"), N("＊"), N("XX"), N("＊"), T("＊＊")],
  // No headings: problems and plans in prose; 二〇二五年 signature; per-grid figures add up.
  "e-community-2025-noheadings.txt": [T("□□"), T("○○"), T("某某"), T("某某")],
  // 调研报告: nothing required; per-town figures and 水田+旱地 add up; 某些 is a word.
  "f-research-2026-agri.txt": [],
  // 工作要点: no problems section expected; 十五五开局之年 and 政绩观学习教育 are current in 2026.
  "g-county-2026-keypoints.txt": [N("XX"), N("X")],
  // 2020 H1 扶贫办: 脱贫攻坚收官之年, 新冠肺炎, 扶贫小额信贷, 贫困村, 防止返贫监测 are current.
  "h-county-2020-h1-poverty.txt": [],
  // 2026 1—10月汇报: stale phrasing as current work, 十四五期间 (historical) left alone, X中X会.
  "i-town-2026-jan-oct-report.txt": [
    N("XX"), N("XX"), N("XX"), N("X.X"), N("XX"), T("XX"), N("X"),
    S("过渡期“四个不摘”"), S("建档立卡贫困户"), S("党的十九大"),
    N("X"), N("X"), N("XX"), S("扫黑除恶专项斗争"), N("X"), N("XX"),
  ],
  // Figures: consistent ones written differently (12000亩 vs 1万亩 task, 全县58.3%, overlapping
  // 留守/寄宿, 女党员 share) beside four real conflicts.
  "j-town-2026-figures.txt": [F("5.2万亩"), F("95.4%"), F("6.8%"), F("3.5亿元")],
  // 街道 H1 summary and H2 plan with a plain-text table: XX cells beside figures are numbers, 全街道XX个社区
  // counts; 5G, APP, X光机, 某种程度, 某些 are words; 十五五开局之年 and 历次全会 are current.
  "k-street-2026-h1-tables.txt": [
    T("XX"), T("XX"), N("XX"), N("XX"), N("XX"), N("XX"), N("XX"), T("XX"), N("XX"), N("XX"), N("XXX"), N("XX"), T("XX"),
  ],
  // 县直部门 述职 (2025): ××× the person, ××镇/××乡/××村 names; 过渡期“四个不摘”, 防止返贫动态监测,
  // 五年行动 and the 八项规定 学习教育 are current in 2025; 扶贫车间 has been 帮扶车间 since 2021 (soft).
  "l-county-bureau-2025-duty.txt": [
    T("×××"), N("××"), N("××"), N("××"), N("××"), N("××"), S("扶贫车间"), N("××"), T("××"), T("××"), T("××"), T("×××"),
  ],
  // 村级汇报 in spoken style: 一共XX个村民小组 and 第XX村民小组 are numbers, XX农业开发有限公司 a name;
  // APP, 某种程度, 某些 are words; 建档立卡贫困户 and 新农合 are stale in 2026.
  "m-village-2026-colloquial.txt": [
    N("XX"), N("XXX"), N("XX"), N("XX"), T("XX"), N("XX"), N("XX"), S("建档立卡贫困户"), S("新农合"),
  ],
  // 国企党建 (2025): ○ bullets, ※注, x86, 5G, APP and the concealed XX-XX型号 stay unflagged; 二十届二中、
  // 三中全会 is current for most of 2025; 两学一做 常态化制度化 (advisory) and 党的十九大精神 are stale.
  "n-soe-2025-party.txt": [
    T("XX"), N("XX"), N("X"), N("XX"), N("XX"), N("XX"), S("“两学一做”学习教育常态化制度化"), S("党的十九大"),
    N("XX"), N("XX"), N("XX"), T("XX"),
  ],
  // 信访 report with case counts: 全县××个乡镇 counts; 某镇村民王某某 … 李某 and 某公司 are anonymised on
  // purpose; 常态化开展扫黑除恶斗争 and 综治中心 are current, 综治办 and 扫黑除恶专项斗争 stale.
  "o-county-2026-petition-cases.txt": [
    T("××"), N("××"), N("××"), N("××"), N("××"), N("××"), N("××"), N("××"), N("××"), S("综治办"), S("扫黑除恶专项斗争"),
    N("××"), N("××"), T("××"), T("××"), T("××"),
  ],
  // 教育局: ××小学 / ××中学 / ××幼儿园 names beside ××所 counts; X光片 and 5G are words; 二十届三中全会精神 as
  // the whole guidance after 以…为指导 in 2026 (advisory) and 党史学习教育 as ongoing work are stale.
  "p-education-2026-schools.txt": [
    T("××"), S("二十届三中全会精神"), N("××"), N("×"), N("××"), N("××"), N("××"), N("××"), N("××"), T("××"), T("××"), N("××"),
    T("××"), T("××"), N("XX"), T("××"), N("××"), N("××"), N("××"), N("××"), N("××"), N("××"), S("党史学习教育"), N("××"), T("××"),
  ],
  // 2021: 建党100周年, 十四五开局之年, 十九届六中全会, 党史学习教育, 疫情防控常态化, 外防输入、内防反弹,
  // 全员核酸, 过渡期, 乡村振兴工作站, 林长制, 三孩 are all current; 环保局 and 新农合 were already stale.
  "q-town-2021-annual.txt": [
    N("XX"), N("XX"), T("XX"), T("XX"), N("XXXXX"), N("XX"), N("XX"), N("XX"), S("环保局"), N("XX"), S("新农合"), N("XX"),
  ],
  // Pasted from WeChat: 【】 labels, emoji bullets, 1️⃣; iPhone X, B超, APP stay unflagged; 某某/XXX in the
  // byline are names; 综治办, 疫情防控常态化, 全员核酸 are stale in 2026.
  "r-wechat-2026-paste.txt": [
    T("XX"), T("某某"), N("XX"), N("XX"), N("XX"), N("XX"), T("XX"), N("XXX"), S("综治办"), N("XX"), S("疫情防控常态化"),
    S("全员核酸"), T("XX"), T("XX"), T("某某"), T("XXX"),
  ],
  // 县统计局 1—10月分析: 上半年 vs 1—10月 growth, 1—9月 增速, 前三季度 income, 税收71200万元 of 9.86亿元 are
  // consistent; 分别…增长7.4%和18.4% pairs rates with baselines in order (the second is wrong); 社会消费品零售总额
  // given twice for 1—10月. (在库项目 parts beside 亿元以上项目 overlap and stay silent.)
  "s-county-stats-2026-jan-oct.txt": [F("18.4%"), F("63.8亿元")],
  // 财政预算执行报告: 完成预算x的y%, 税收 parts, “三保”占比 agree; 预算 of two funds are not one indicator;
  // 非税收入 118.7% of its budget (it is 112.7%) and a growth rate that does not match its values. (4680 vs
  // 4860 as the base of a plan is a miss: figures in a plan's sentence are not compared.)
  "t-town-2025-budget.txt": [F("118.7%"), F("12.6%")],
  // 医保局 H1: 参保率 from 应参保, 28600人 = 2.86万, 城关镇 rate beside the county's; 办结率 over 100%, parts
  // over their total, 基金支出 twice. (激活率 with its base in an earlier sentence is a miss.)
  "u-county-medical-insurance-2026-h1.txt": [F("102.6%"), F("47家"), F("5.29亿元")],
  // 村级集体经济: per-village figures beside the town's, 1—10月 vs 2025; assets that do not add up and a
  // village's growth that does not match. (桃源村 86.2 vs 82.6 unnoticed: 桃源村集体… reads as one name.)
  "v-town-2026-village-economy.txt": [F("3860万元"), F("28.6%")],
  // 重点项目 1—9月: 完成率/开工率 from counts, parts by type, 上半年 beside 1—9月; 省重点项目 开工率 wrong.
  // (累计完成投资 78.4 vs 完成投资 74.8 is a miss: the names differ.)
  "w-district-2026-projects.txt": [F("92.9%")],
  // 人社局就业: 117.2% of a target, 培训 parts, 2.36亿元 = 23600万元; a fall written as 增长, 覆盖率 over 100%,
  // 城镇新增就业 twice, the first under a run-in heading saying the target was met (results, not plans).
  // (安置率 from 岗位 and 人 is left alone: counts in different units.)
  "x-county-hrss-2025-employment.txt": [F("13.1%"), F("103.2%"), F("5682人")],
  // 纪检 述责述廉 (2025): 深入贯彻中央八项规定精神学习教育 current in 2025, 二十届三中、四中全会 and 中央纪委五次全会;
  // 信访 parts and 四种形态 add up, 立案19件 beside 处分21人 (cases, people); ×× the person and the day.
  "y-county-discipline-2025-duty.txt": [T("××"), N("XX"), T("××"), N("××")],
  // 农业农村局 第三季度 (2026): 常态化防止返贫致贫机制, 防止返贫致贫对象, 衔接资金, 宜居宜业和美乡村 are current;
  // 完成任务的101.0%, 完工率, 开工率 and 90.0% of a task agree with their counts.
  "z-county-agri-2026-q3.txt": [N("XX"), T("××"), T("××")],
  // 社区年度总结 in Markdown with a | table | of 2025/2026 figures and their 增减; 政绩观学习教育 reported as done;
  // 综治中心 and 城乡居民医保 current; 办结率/调处成功率 agree with their counts.
  "za-community-2026-annual.md": [N("XX"), T("××"), N("××")],
  // 企业安全生产 H1: 隐患 326 = 324 + 2, 整改率 311/326, 风险点 182 = 2 + 17 + 41 + 122; 应急管理局 current;
  // ××化工有限公司 a name, XX号储罐区 and 培训XX人次 numbers.
  "zb-enterprise-2026-h1-safety.txt": [T("××"), N("XX"), N("XX"), T("××")],
  // 住建局: 安监站 beside 质监站 is the 建设工程安全监督站, not the renamed township office; 国土空间规划,
  // 国土绿化, 工商联, 工商银行, 个体 words, 文化广电和旅游局, 计生协 and 环保设施 are current.
  "zc-county-housing-2026-annual.txt": [],
};

describe("held-out-style reports", () => {
  it.each(Object.entries(expected))("%s gets exactly its expected diagnostics", (file, list) => {
    expect(scored(readReport(file))).toEqual(list);
  });

  it("judges each report by its own period, whatever the reference date", () => {
    for (const date of ["2019-12-31", "2023-07-15", "2026-11-23"]) {
      const text = readReport("a-town-2019-summary.txt");
      expect(check(text, { referenceDate: date }).filter((d) => d.category === "stale-phrase")).toEqual([]);
    }
  });

  it("keeps a 2021 report's then-current phrasing unflagged whatever the reference date", () => {
    const text = readReport("q-town-2021-annual.txt");
    for (const date of ["2021-12-31", "2023-07-15", "2026-11-23"]) {
      const found = check(text, { referenceDate: date }).filter((d) => d.category === "stale-phrase");
      expect(found.map((d) => d.text)).toEqual(["环保局", "新农合"]);
    }
  });

  it("misses a section when one is taken out", () => {
    const text = readReport("e-community-2025-noheadings.txt").replace(/工作中也存在一些不足：[^\n]*\n/, "");
    const sections = check(text, { referenceDate: "2026-11-23" })
      .filter((d) => d.category === "missing-section")
      .map((d) => d.section);
    expect(sections).toEqual(["problems"]);
  });
});
