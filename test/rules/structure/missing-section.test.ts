import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATE_IDS, check, validateTemplate, type CheckOptions, type Diagnostic } from "@tally/shared";
import * as R from "./reports";

const missing = (text: string, options: CheckOptions = {}): Diagnostic[] =>
  check(text, { referenceDate: "2026-11-23", ...options }).filter((d) => d.category === "missing-section");

describe("missing-section: flagged", () => {
  it.each<[string, string, string, string]>([
    // [name, text, section, flagged text]
    ["summary without problems: before the plans heading", R.SUMMARY_NO_PROBLEMS, "problems", "二、下一步工作思路"],
    ["summary without plans: at the last body paragraph", R.SUMMARY_NO_PLANS, "plans", R.PROBLEMS_BODY.slice(0, 20)],
    ["report without headings and without problems wording", R.REPORT_NO_HEADINGS_NO_PROBLEMS, "problems", "下一步，我们将一是聚焦项目建设，力争全年"],
    ["half-year summary without the second-half plan", R.HALF_YEAR_NO_PLANS, "plans", R.PROBLEMS_BODY.slice(0, 20)],
    ["述职报告 without shortcomings", R.DUTY_NO_PROBLEMS, "problems", "二、下一步打算"],
    ["closing paragraph with plans only", R.SUMMARY_CLOSING_PARAGRAPH.replace("回顾一年来的工作，我们也清醒看到存在的不足，主要是审计力量不足、信息化水平不高。", ""), "problems", "新的一年，我们将一是聚焦项目建设，力争全"],
    ["Markdown report without problems", R.MARKDOWN_SUMMARY.replace(`## 二、问题与不足\n\n${R.PROBLEMS_BODY}\n\n`, ""), "problems", "三、下一步工作计划"],
    ["bracketed headings without problems", R.SUMMARY_BRACKETED.replace(`【工作中的不足】\n\n${R.PROBLEMS_BODY}\n\n`, ""), "problems", "【明年打算】"],
  ])("%s", (_name, text, section, flagged) => {
    const ds = missing(text);
    expect(ds.map((d) => d.section)).toEqual([section]);
    const d = ds[0]!;
    expect(d.ruleId).toBe(`missing-section/${section}`);
    expect(d.severity).toBe("warning");
    expect(d.to).toBeGreaterThan(d.from);
    expect(d.text).toBe(flagged);
    expect(d.message).toMatch(/^本.+缺少“.+”部分，建议/);
  });

  it("reads a year heading as plans only for the year after the report's period", () => {
    const build = (year: string) =>
      ["青石镇2026年工作总结", R.INTRO, "一、2026年主要工作", ...R.WORK, "二、存在的问题", R.PROBLEMS_BODY, `三、${year}年主要工作`, R.WORK[0]!].join("\n");
    expect(missing(build("2027"))).toEqual([]);
    expect(missing(build("2025")).map((d) => d.section)).toEqual(["plans"]);
  });

  it("names the heading the missing part belongs before", () => {
    expect(missing(R.SUMMARY_NO_PROBLEMS)[0]!.message).toBe("本工作总结缺少“存在的问题”部分，建议在“二、下一步工作思路”之前补写。");
  });
});

describe("missing-section: not flagged", () => {
  it.each<[string, string]>([
    ["complete summary", R.SUMMARY_COMPLETE],
    ["problems and plans under one heading", R.SUMMARY_COMBINED],
    ["report without headings, sections by wording", R.REPORT_NO_HEADINGS],
    ["topic headings and a combined closing heading", R.SUMMARY_TOPIC_HEADINGS],
    ["2020 half-year summary and plan", R.HALF_YEAR_2020],
    ["complete 述职述廉报告", R.DUTY_COMPLETE],
    ["政府工作报告", R.GOVERNMENT_REPORT],
    ["调研报告", R.RESEARCH_REPORT],
    ["untitled fragment", R.UNTITLED],
    ["short text", R.SHORT],
    ["unnumbered bracketed headings", R.SUMMARY_BRACKETED],
    ["problems and plans in prose", R.REPORT_PROSE_PROBLEMS],
    ["Markdown headings", R.MARKDOWN_SUMMARY],
    ["problems and plans opened by labels in prose", R.REPORT_PROSE_LABELS],
    ["report to a party congress", R.CONGRESS_REPORT],
    ["shortcomings and plans in one closing paragraph", R.SUMMARY_CLOSING_PARAGRAPH],
  ])("%s", (_name, text) => {
    expect(missing(text)).toEqual([]);
  });

  it("finds sections under host headings", () => {
    const blocks = ["工作亮点", "短板和不足", "明年工作重点"].map((h) => ({ from: R.HOST_HEADED.indexOf(`\n${h}\n`) + 1, kind: "heading" as const, level: 2 }));
    expect(missing(R.HOST_HEADED, { blocks })).toEqual([]);
    const withoutProblems = R.HOST_HEADED.replace(`短板和不足\n\n${R.PROBLEMS_BODY}\n\n`, "");
    const blocks2 = ["工作亮点", "明年工作重点"].map((h) => ({ from: withoutProblems.indexOf(`\n${h}\n`) + 1, kind: "heading" as const, level: 2 }));
    const ds = missing(withoutProblems, { blocks: blocks2 });
    expect(ds.map((d) => [d.section, d.text])).toEqual([["problems", "明年工作重点"]]);
  });
});

describe("missing-section: templates", () => {
  it("lists the built-in template ids", () => {
    expect(BUILTIN_TEMPLATE_IDS).toEqual(["summary", "half-year-plan", "report", "duty", "default"]);
  });

  it("uses the template chosen by id, even when the kind says otherwise", () => {
    expect(missing(R.RESEARCH_REPORT)).toEqual([]);
    expect(missing(R.RESEARCH_REPORT, { template: "summary" }).map((d) => d.section)).toEqual(["plans", "problems"]);
    expect(missing(R.SUMMARY_NO_PROBLEMS, { template: "default" })).toEqual([]);
    expect(missing(R.SUMMARY_NO_PROBLEMS, { template: "no-such-template" })).toEqual([]);
  });

  it("uses a user template that demands a section", () => {
    const template = {
      id: "party-building",
      name: "党建工作总结",
      kinds: ["summary"],
      sections: [
        { id: "achievements", label: "主要做法", headings: ["做法|成效"], required: true, presentIfBodyBefore: true },
        { id: "experience", label: "经验启示", headings: ["经验|启示|体会"], required: true },
        { id: "plans", label: "下步打算", headings: ["下一?步|打算|计划"], required: true },
      ],
    };
    const ds = missing(R.SUMMARY_COMPLETE, { templates: [template] });
    expect(ds.map((d) => [d.section, d.text])).toEqual([["experience", "三、2027年工作打算"]]);
  });

  it("can be switched off", () => {
    expect(missing(R.SUMMARY_NO_PROBLEMS, { rules: { "missing-section": "off" } })).toEqual([]);
  });
});

describe("validateTemplate", () => {
  const valid = { id: "mine", name: "我的模板", sections: [{ id: "problems", label: "问题", headings: ["问题"], required: true }] };

  it("accepts a valid template", () => {
    const r = validateTemplate(valid);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.template.sections[0]!.label).toBe("问题");
  });

  it.each<[string, unknown, RegExp]>([
    ["not an object", "模板", /模板应是一个对象/],
    ["no sections", { ...valid, sections: [] }, /至少要有一个部分/],
    ["bad regex", { ...valid, sections: [{ ...valid.sections[0], headings: ["问题("] }] }, /sections\[1\]\.headings\[1\]：正则“问题\(”无法解析/],
    ["nested quantifier", { ...valid, sections: [{ ...valid.sections[0], contentCues: ["(问题+)+"] }] }, /嵌套重复/],
    ["duplicate section ids", { ...valid, sections: [valid.sections[0], valid.sections[0]] }, /重复/],
    ["unknown kind", { ...valid, kinds: ["memo"] }, /适用文种/],
    ["missing required flag", { ...valid, sections: [{ id: "problems", label: "问题", headings: ["问题"] }] }, /required/],
    ["bad id", { ...valid, id: "我的" }, /模板 id/],
  ])("rejects %s with a Chinese message", (_name, input, message) => {
    const r = validateTemplate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(message);
  });
});
