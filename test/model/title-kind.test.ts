import { describe, expect, it } from "vitest";
import { analyzeReport } from "@tally/shared";

const BODY = "今年以来，全镇上下团结一心，各项工作稳步推进。";

describe("title", () => {
  it.each<[string, string | undefined]>([
    [`青石镇2026年工作总结\n${BODY}`, "青石镇2026年工作总结"],
    [`关于2026年民政工作情况的汇报\n县委、县政府：\n${BODY}`, "关于2026年民政工作情况的汇报"],
    [`密级：内部\n青石镇2026年工作总结\n${BODY}`, "青石镇2026年工作总结"],
    [`县委、县政府：\n${BODY}`, undefined],
    [`${BODY}\n一、主要工作`, undefined],
    [`一、主要工作完成情况\n${BODY}`, undefined],
    [`同志们：\n${BODY}`, undefined],
  ])("%#", (text, title) => {
    expect(analyzeReport(text, "2026-11-23").title?.text).toBe(title);
  });
});

describe("kind", () => {
  it.each([
    ["青石镇2026年工作总结", "summary"],
    ["青石镇2026年上半年工作总结及下半年工作计划", "half-year-plan"],
    ["县住建局2026年上半年工作情况和下半年工作打算", "half-year-plan"],
    ["关于2026年民政工作情况的汇报", "report"],
    ["青石镇乡村振兴工作情况报告", "report"],
    ["2026年度个人述职述廉报告", "duty"],
    ["县委办主任述责述廉报告", "duty"],
    ["关于全县养老服务体系建设的调研报告", "research"],
    ["2027年县人民政府工作报告", "government"],
    ["青石镇2027年工作要点", "plan"],
    ["县统计局2027年工作计划", "plan"],
    ["青石镇2026年工作总结和2027年工作打算", "summary"],
    ["在全镇经济工作会议上的发言提纲", "unknown"],
    ["在中国共产党青石镇第十六次代表大会上的报告", "government"],
  ])("%s → %s", (title, kind) => {
    expect(analyzeReport(`${title}\n${BODY}`, "2026-11-23").kind).toBe(kind);
  });

  it("reads the introduction when there is no title", () => {
    expect(analyzeReport(`县委、县政府：\n今年以来，我局认真履职。现将有关情况汇报如下：\n一、主要工作`, "2026-11-23").kind).toBe("report");
    expect(analyzeReport(`今年以来，我镇认真履职。现将全年工作总结如下：\n一、主要工作`, "2026-11-23").kind).toBe("summary");
    expect(analyzeReport(`今年以来，我镇认真履职，各项工作稳步推进。\n一、主要工作`, "2026-11-23").kind).toBe("unknown");
  });
});
