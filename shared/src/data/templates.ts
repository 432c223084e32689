/**
 * Section templates: what a report of each kind should contain, and how each section is recognised.
 * Data, not code: users add their own through `options.templates` (checked by `validateTemplate`).
 *
 * Each section lists heading synonyms (regular-expression sources tested against a heading's title)
 * and content cues (sources tested against the start of a paragraph or sentence, for reports whose
 * sections have no headings). `{nextYear}` in a heading synonym stands for the year after the
 * report's period (2027年主要工作 is a plan in a 2026 summary, a review in a 2027 one).
 */
import type { ReportKind } from "../model/types";

export interface SectionTemplate {
  /** Stable id reported in `Diagnostic.section`: achievements, problems, plans … */
  id: string;
  /** Chinese name shown in messages. */
  label: string;
  /** Regex sources matched against heading titles. */
  headings: string[];
  /** Regex sources that rule a heading out even when a synonym matches (e.g. 2026年目标完成情况 is not a plan). */
  notHeadings?: string[];
  /** Regex sources matched at the start of paragraphs and sentences. */
  contentCues?: string[];
  required: boolean;
  /**
   * The section counts as present when substantial body text precedes the later sections: the
   * work done is often written under topic headings (一、强化党的执政基础) that name no section.
   */
  presentIfBodyBefore?: boolean;
}

export interface ReportTemplate {
  id: string;
  /** Chinese name, e.g. 工作总结. */
  name: string;
  /** Report kinds this template applies to when no template is chosen. */
  kinds?: ReportKind[];
  /** In their conventional order. */
  sections: SectionTemplate[];
}

const ACHIEVEMENTS_HEADINGS = [
  "(?:开展|进展|推进|落实|完成|执行|工作)情况",
  "主要工作|重点工作|工作回顾|回顾",
  "(?:主要)?做法|成效|成绩|成果|亮点|特色|实绩|业绩|举措",
];

const PROBLEMS: Omit<SectionTemplate, "required"> = {
  id: "problems",
  label: "存在的问题",
  headings: [
    "存在的?(?:主要|突出)?(?:问题|困难|不足|短板|差距|薄弱环节)",
    "^(?:主要|突出|几点|几个|若干|工作)?(?:问题|困难|不足|短板|差距|薄弱环节|挑战)",
    "(?:问题|困难|不足|短板|差距)(?:和|与|及|、)(?:问题|困难|不足|短板|差距|弱项|挑战)",
    "不足之处|短板弱项|薄弱环节|面临的(?:主要|突出)?(?:困难|问题|挑战)|需要改进的|有待改进",
    "^[^，。]{0,12}(?:的|和|与|及|、)(?:问题|不足|困难|短板|差距)$",
    // 制约因素 / 发展瓶颈 / 工作反思: the problems under another name.
    "制约(?:因素|瓶颈)|^(?:存在的|面临的|发展)?瓶颈|^(?:工作|教学|几点|深刻)?反思|^(?:经验)?教训",
  ],
  contentCues: [
    "^(?!针对|对于|对|围绕|聚焦|解决|整改|排查)[^。！？；]{0,40}(?:还|仍|也|依然|仍然|但)(?:存在|面临|有)着?的?(?:一些|不少|诸多|许多|部分|以下|如下|下列|较多|一定的?)?(?:问题|困难|不足|短板|差距|薄弱环节|挑战|矛盾)",
    "^(?!针对|对于|对|围绕|聚焦|解决|整改|排查)[^。！？；]{0,12}(?:方面|中|目前|当前|主要)(?:存在|面临)着?的?(?:一些|不少|诸多|许多|部分|以下|如下|下列|较多|一定的?)?(?:问题|困难|不足|短板|差距|薄弱环节|挑战|矛盾)",
    "^(?!针对|对于|对|围绕|聚焦|解决|整改|排查)[^。！？；]{0,40}(?:还|仍|依然|仍然)(?:存在|面临)着?[^。！？；]{2,40}等(?:方面的?)?(?:问题|困难|不足|短板|差距|薄弱环节|挑战|矛盾)",
    "有待(?:进一步)?(?:提高|提升|加强|改进|完善|增强)",
    "^[^。！？；]{0,20}(?:清醒|清楚|客观|深刻)地?(?:看到|认识到)",
    "^(?:但|但是|同时|当然)?[，,]?(?:我们|我镇|我乡|我局|我县)?(?:也|还|同时也)(?:要|应|应当|必须)(?:看到|认识到)",
    "^(?:但|但是|同时)?[，,]?(?:不容忽视|不可否认|毋庸讳言|需要指出)的是",
    "^在(?:肯定|看到)成绩的同时",
    // Spoken style: 问题也有：… / 不足的地方也有：… / 困难也不少：… (the colon announces the list).
    "^(?:但是?|当然|同时)?[，,]?(?:问题|困难|不足(?:之处|的地方)?|短板|差距)(?:也|还)(?:有|不少|存在)(?:一些|不少)?[：:]",
    "^(?:存在的?(?:主要)?(?:问题|困难|不足)|不足之处|(?:问题|困难|不足|短板)(?:和|与|及|、)(?:问题|困难|不足|短板|差距))",
  ],
};

const PLANS: Omit<SectionTemplate, "required"> = {
  id: "plans",
  label: "下步工作打算",
  headings: [
    "(?:下一?步|下阶段|下一阶段|今后|明年|来年|下半年|新的一年|\\d{4}年(?:度)?)的?(?:工作)?的?(?:主要|重点)?(?:计划|打算|思路|安排|重点|措施|举措|目标|任务|设想|方向|谋划|要点)",
    "下一?步|下阶段|今后|展望|(?:努力|改进|整改)方向|工作(?:计划|打算|思路|安排|设想)",
    "(?:计划|打算|设想)$",
    "^{nextYear}年度?的?(?:主要|重点)?(?:工作)?$",
    // The next year's work of one field: 2026年财政工作重点 · 2026年招商引资重点工作 · 2026年预算安排.
    "^{nextYear}年度?[^，。；：:]{1,8}?(?:工作)?(?:重点|要点|计划|打算|安排|思路|任务)(?:工作)?$",
    "(?:推进|改进|整改|工作)措施",
    "(?:目标|任务)(?:和|与|及|、)(?:主要|具体|重点|保障)?(?:措施|举措|路径)",
  ],
  notHeadings: ["情况|回顾|成效|成绩|亮点"],
  contentCues: [
    "^(?:下一步|下步|下阶段|下一阶段|今后|接下来|明年|新的一年|来年|展望|面向|迈向)",
    "^(?:针对|对于|对)(?:以上|上述|这些|存在的)(?:问题|不足|困难|短板)[^。！？；]{0,16}(?:将|要|拟|计划)",
    "^在(?:今后|下一步|下步|新的一年|下阶段|下一阶段)",
    "^下半年[，,]?(?:我们|我镇|我乡|我局|我县|全镇|全乡|全县|全局)?(?:将|要|计划|重点|继续)",
    "^\\d{4}年[，,]?(?:我们|我镇|我乡|我局|我县|全镇|全乡|全县|全局)?(?:将|计划|拟)",
    "^(?:我们|我镇|我乡|我局|我县)(?:将|要)(?:继续|进一步|重点|着力|坚持|围绕|紧紧|全力|持续)",
  ],
};

const EXPERIENCE: Omit<SectionTemplate, "required"> = {
  id: "experience",
  label: "经验体会",
  headings: ["经验|体会|启示|收获"],
};

const SUGGESTIONS: Omit<SectionTemplate, "required"> = {
  id: "suggestions",
  label: "意见建议",
  headings: [
    "意见建议|有关建议|工作建议|^建议|建议$|请求事项",
    "(?:需要|需|请求)(?:上级|县|市|区|省)?.{0,8}(?:协调|帮助|支持)解决",
  ],
};

const BASICS: Omit<SectionTemplate, "required"> = {
  id: "basics",
  label: "基本情况",
  headings: ["基本情况|[镇乡村县区市]情概况|概况"],
};

const INTEGRITY: Omit<SectionTemplate, "required"> = {
  id: "integrity",
  label: "廉洁自律情况",
  headings: ["廉洁|廉政|自律|作风建设|八项规定"],
};

const achievements = (required: boolean): SectionTemplate => ({
  id: "achievements",
  label: "主要工作及成效",
  headings: ACHIEVEMENTS_HEADINGS,
  required,
  presentIfBodyBefore: true,
});

/** The built-in templates. The last one, `default`, demands nothing. */
export const BUILTIN_TEMPLATES: readonly ReportTemplate[] = [
  {
    id: "summary",
    name: "工作总结",
    kinds: ["summary"],
    sections: [
      { ...BASICS, required: false },
      achievements(true),
      { ...EXPERIENCE, required: false },
      { ...PROBLEMS, required: true },
      { ...PLANS, required: true },
    ],
  },
  {
    id: "half-year-plan",
    name: "上半年总结和下半年计划",
    kinds: ["half-year-plan"],
    sections: [
      achievements(true),
      { ...PROBLEMS, required: true },
      { ...PLANS, label: "下半年工作计划", required: true },
    ],
  },
  {
    id: "report",
    name: "工作汇报",
    kinds: ["report"],
    sections: [
      { ...BASICS, required: false },
      achievements(true),
      { ...EXPERIENCE, required: false },
      { ...PROBLEMS, required: true },
      { ...PLANS, required: true },
      { ...SUGGESTIONS, required: false },
    ],
  },
  {
    id: "duty",
    name: "述职报告",
    kinds: ["duty"],
    sections: [
      {
        id: "duty",
        label: "履职情况",
        headings: ["履职|履行职责|述职|尽责|担当", ...ACHIEVEMENTS_HEADINGS],
        required: true,
        presentIfBodyBefore: true,
      },
      { ...INTEGRITY, required: false },
      { ...PROBLEMS, label: "存在的问题和不足", required: true },
      { ...PLANS, label: "今后努力方向", required: true },
    ],
  },
  {
    // 政府工作报告, 调研报告, 工作计划 and unknown kinds: their skeletons differ (a 政府工作报告
    // mentions problems in a paragraph, a plan has no problems), so nothing is demanded.
    id: "default",
    name: "报告",
    sections: [
      { ...BASICS, required: false },
      achievements(false),
      { ...EXPERIENCE, required: false },
      { ...PROBLEMS, required: false },
      { ...PLANS, required: false },
      { ...SUGGESTIONS, required: false },
    ],
  },
];

/** Ids of the built-in templates, for settings pages and the CLI's --template. */
export const BUILTIN_TEMPLATE_IDS: readonly string[] = BUILTIN_TEMPLATES.map((t) => t.id);
