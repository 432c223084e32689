import { describe, expect, it } from "vitest";
import { check, type Diagnostic } from "@tally/shared";

const BODY = "全镇上下真抓实干，各项工作取得积极进展。";
const numbering = (text: string): Diagnostic[] =>
  check(text, { referenceDate: "2026-11-23" }).filter((d) => d.category === "numbering");
const lines = (...ls: string[]) => ["青石镇2026年工作总结", ...ls].join("\n");

describe("numbering: flagged", () => {
  it.each<[string, string, string, string, string | undefined]>([
    // [name, text, flagged marker, message part, fix]
    ["一、二、四、", lines("一、经济发展", BODY, "二、社会事业", BODY, "四、下步打算", BODY), "四、", "标题序号跳号：“四、”前应为“三、”", "三、"],
    ["（一）（三） under 一、", lines("一、主要工作", "（一）产业发展。" + BODY, "（三）民生保障。" + BODY), "（三）", "“（三）”前应为“（二）”", "（二）"],
    ["1. 3.", lines("一、主要工作", "1.党建引领。" + BODY, "3.项目建设。" + BODY), "3.", "“3.”前应为“2.”", "2."],
    ["repeated 二、", lines("一、经济发展", BODY, "二、社会事业", BODY, "二、下步打算", BODY), "二、", "标题序号重复", "三、"],
    ["一 二 五 四: 五 mislabelled", lines("一、甲项", BODY, "二、乙项", BODY, "五、丙项", BODY, "四、丁项", BODY), "五、", "“五、”前应为“三、”", "三、"],
    ["一是…三是", lines("一、主要工作", "一是抓学习，提高站位。三是抓落实，确保见效。"), "三是", "列举序号跳号：“三是”前应为“二是”", "二是"],
    ["一是 二是 二是", lines("一、主要工作", "一是抓学习。二是抓落实。二是抓督查。"), "二是", "列举序号重复", "三是"],
    ["第一，第三，", lines("一、主要工作", "第一，统一思想。第三，压实责任。"), "第三", "“第三”前应为“第二”", "第二"],
    ["enumeration across paragraphs", lines("一、主要工作", "一是抓学习。", "二是抓落实。", "四是抓督查。"), "四是", "“四是”前应为“三是”", "三是"],
    ["（1）（2）（2）（3）", lines("1.党建", "（1）甲。", "（2）乙。", "（2）丙。", "（3）丁。"), "（2）", "重复", undefined],
  ])("%s", (_name, text, marker, message, fix) => {
    const ds = numbering(text);
    expect(ds).toHaveLength(1);
    const d = ds[0]!;
    expect(d.text).toBe(marker);
    expect(d.severity).toBe("warning");
    expect(d.message).toContain(message);
    expect(d.fixes?.[0]?.replacement).toBe(fix);
  });

  it("reports a gap in the middle of a run without guessing a fix", () => {
    const ds = numbering(lines("一、甲项", BODY, "二、乙项", BODY, "四、丙项", BODY, "五、丁项", BODY));
    expect(ds.map((d) => [d.text, d.fixes])).toEqual([["四、", undefined]]);
  });

  it("reports the minority marker form of a level as info", () => {
    const ds = numbering(lines("一、主要工作", "1.党建引领。" + BODY, "2、项目建设。" + BODY, "3.民生保障。" + BODY));
    expect(ds.map((d) => [d.text, d.severity, d.fixes?.[0]?.replacement])).toEqual([["2、", "info", "2."]]);
    expect(ds[0]!.message).toContain("不统一");
  });
});

describe("numbering: not flagged", () => {
  it.each<[string, string]>([
    ["（一）restarts under each 一、", lines("一、主要工作", "（一）甲。", "（二）乙。", "二、存在问题", "（一）丙。", "（二）丁。", "三、下步打算", "（一）戊。")],
    ["1. restarts under each （一）", lines("（一）甲", "1.子项。", "2.子项。", "（二）乙", "1.子项。", "2.子项。", "3.子项。")],
    ["numbering continued across parents", lines("一、甲", "1.子项。", "2.子项。", "二、乙", "3.子项。", "4.子项。")],
    ["a list restarting at 1 in a new paragraph", lines("一、主要工作", "一是抓学习，二是抓落实。", "在制度建设上，一是建台账，二是定责任，三是严考核。")],
    ["several runs in one paragraph", lines("一、主要工作", "一是抓学习，二是抓落实；在作风上，一是改文风，二是转会风。")],
    ["enumerations restart after a heading", lines("（一）甲。一是抓学习。二是抓落实。", "（二）乙。一是建台账。二是定责任。")],
    ["values and dates are not markers", lines("一、主要工作", "1.2万元补助全部到位。", "3.5亿元投资完成。", "1月份召开动员会。", "二、下步打算")],
    ["a lone 一是", lines("一、主要工作", "一是抓学习。全镇干部认真学习。")],
    ["首先…最后 without 再次", lines("一、主要工作", "首先，统一思想；其次，明确责任；最后，严格考核。")],
    ["all-standard markers", lines("一、甲", "（一）子。", "1.孙。", "（1）曾孙。", "①项。", "②项。", "（2）曾孙。", "2.孙。", "（二）子。", "二、乙")],
    ["document parts restart chapters", lines("第一部分 回顾", "一、甲", "二、乙", "第二部分 安排", "一、丙", "二、丁")],
  ])("%s", (_name, text) => {
    expect(numbering(text)).toEqual([]);
  });
});

describe("numbering: nested lists of one style", () => {
  it("lets an outer list resume after an inner list of the same style", () => {
    const text = lines("一、甲", BODY, "二、乙", BODY, "三、下步打算", "一、抓项目。", "二、抓安全。", "四、加强自身建设", BODY);
    expect(numbering(text)).toEqual([]);
  });
  it("still reports a gap inside the inner list", () => {
    const text = lines("一、甲", BODY, "二、乙", BODY, "三、下步打算", "一、抓项目。", "三、抓安全。");
    expect(numbering(text).map((d) => d.message)).toEqual(["标题序号跳号：“三、”前应为“二、”"]);
  });
  it("stays quiet on thousands of restarting enumerations", () => {
    const text = lines("一、甲", "一是抓学习，二是抓落实。".repeat(5000), "一是抓学习。".repeat(5000));
    expect(numbering(text)).toEqual([]);
  });
});

describe("numbering: enumerations across paragraphs", () => {
  it("does not carry a list into a paragraph whose list starts mid-sentence", () => {
    const text = lines("一、主要工作", "一是抓学习；二是抓落实；三是抓督查。", "2027年，我局将一是抓基础；二是抓重点；三是抓落实。");
    expect(numbering(text)).toEqual([]);
  });
});
