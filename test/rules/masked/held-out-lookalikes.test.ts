import { describe, expect, it } from "vitest";
import { maskedFindings, parseMarked } from "./marked";

// Look-alikes met while reviewing realistic reports of every office: each line marks exactly what
// must be found, everything else must stay unflagged.
const cases: string[] = [
  // markdown bold set right against the words around it is emphasis, not two placeholders
  "支部开展**专题学习研讨**3次，撰写心得体会36篇。",
  "全面推进**乡村振兴**战略，建成示范村4个。",
  "全镇共有党员[N:**]名，其中女党员[N:**]名。",
  "由[T:XX]牵头，[T:XX]配合，共排查隐患[N:**]处。",
  "[T:**]镇[T:**]村建成[N:**]个示范点。",
  // a letter opening a figure with no unit is a model code
  "配备x86服务器4台，采购X5型巡逻车2辆。",
  "人均可支配收入达到[N:xx]458元，增长[N:xx]0.9%。",
  "治理水土流失面积[N:XX]5平方公里。",
  // X.X in a table cell, with the unit in another column
  "规上工业增加值\t%\t[N:X.X]\t——",
  "| 地区生产总值 | 亿元 | [N:XX.X] |",
  "详见图X.X和附件X。",
  // 〇〇后 is a generation
  "组织〇〇后青年志愿者32人，○○后新党员5名。",
  "协调[T:○○]路沿线商户完成改造，[T:□□]小区加装电梯。",
];

describe("masked look-alikes from held-out-style reports", () => {
  it.each(cases)("finds exactly the marked placeholders: %s", (marked) => {
    const { text, expected } = parseMarked(marked);
    expect(maskedFindings(text)).toEqual(expected);
  });
});
