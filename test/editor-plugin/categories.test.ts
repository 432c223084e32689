// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Editor } from "@tiptap/core";
import { check } from "@tally/shared";
import { documentText } from "@tally/editor-plugin";
import { makeEditor, reportHtml } from "./helpers";

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const TITLE = "# 青石镇2026年工作总结";

const BODY = [
  "今年以来，我镇围绕年度目标任务，统筹推进经济发展和民生保障各项工作，重点项目建设进展顺利，群众满意度稳步提升，各项指标完成情况良好，为全年工作打下了坚实基础。",
  "在产业发展方面，我镇立足资源禀赋，培育壮大特色种植和农产品加工产业，新建标准化种植基地三处，带动周边农户增收，村级集体经济收入普遍增加，产业结构进一步优化。",
  "在社会治理方面，我镇深化网格化管理，完善矛盾纠纷排查化解机制，及时回应群众诉求，安全生产形势总体平稳，社会大局和谐稳定，群众安全感持续增强。",
  "在民生保障方面，我镇落实各项惠民政策，改造提升农村道路和供水设施，开展技能培训和就业帮扶，困难群众基本生活得到有效保障。",
];

/** One small report per category, each with a problem of that category (written for these tests). */
const CASES: [category: string, lines: string[], flagged: string | null][] = [
  ["masked-number", [TITLE, "## 一、工作成效", "全年完成投资xx万元。"], "xx"],
  ["masked-text", [TITLE, "## 一、工作成效", "XX村完成各项任务。"], "XX"],
  ["stale-phrase", [TITLE, "## 一、工作成效", "我镇深入学习贯彻党的十九大精神，推进各项工作。"], "党的十九大"],
  // A real report's length: the engine only judges structure past a few hundred characters.
  ["missing-section", [TITLE, "## 一、主要工作成效", ...BODY, "## 二、2027年工作打算", "继续推进重点项目建设，持续改善民生。"], null],
  ["figure-consistency", [TITLE, "## 一、工作成效", "城乡居民基本养老保险参保率达103%。"], "103%"],
  ["numbering", [TITLE, "## 一、工作成效", "全年完成各项任务。", "## 三、下一步打算", "继续推进。"], "三、"],
  ["duplicate", [TITLE, "## 一、工作成效", "社会经济快速发展。社会经济快速发展。"], "社会经济快速发展。"],
  ["boilerplate", [TITLE, "## 一、工作成效", "本文仅供学习交流，禁止外传，更多范文请加入会员群获取。"], "本文仅供学习交流，禁止外传，更多范文请加入会员群获取。"],
];

describe("each category becomes a decoration", () => {
  it.each(CASES)("%s", async (category, lines, flagged) => {
    editor = await makeEditor(reportHtml(lines));
    const map = documentText(editor.state.doc);
    const engine = check(map.text, { referenceDate: "2026-11-23", blocks: map.hints });
    // The editor shows exactly what the engine finds in the same text.
    expect(editor.storage.tallyChecker.diagnostics.map((d) => [d.ruleId, d.text])).toEqual(engine.map((d) => [d.ruleId, d.text]));

    const mine = editor.storage.tallyChecker.diagnostics.filter((d) => d.category === category);
    expect(mine.length).toBeGreaterThan(0);
    const elements = [...editor.view.dom.querySelectorAll(`.tally-issue.tally-issue--${category}`)];
    expect(elements.length).toBeGreaterThan(0);
    if (flagged === null) {
      expect(elements[0]!.classList.contains("tally-widget")).toBe(true);
    } else {
      expect(mine.map((d) => d.text)).toContain(flagged);
      expect(elements.map((el) => el.textContent)).toContain(flagged);
    }
  });
});
