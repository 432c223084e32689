import { describe, expect, it } from "vitest";
import { F, readReport as read, scored } from "./held-out-reports";

/**
 * Precision round: clean, figure-dense reports written for Tally's tests (民政, 乡镇综合, 乡村振兴 by
 * village and 片区, 卫健 by hospital, 教育 by year, 惠农补贴 by crop, village and project tables, a
 * 信访 table, 养老服务, a 政府工作报告's five-year review, 粮食 by town; 2022–2026). Places and figures are invented and agree with each other, so
 * every figure-consistency diagnostic on them would be a false alarm.
 *
 * Each lists, in text order, every diagnostic of the scored categories it must get: here, none.
 */
const expected: Record<string, string[]> = {
  // 敬老院床位…入住…入住率 beside a count of 80周岁以上老人 in the sentence before
  "fp-01-civil-town-2026.txt": [],
  // 全镇9个行政村的14个项目: the projects, not the villages
  "fp-02-town-runon-2022.txt": [],
  // 一是东岭村。全村… per village, and 东片区 / 西片区 headings
  "fp-03-town-villages-2026.txt": [],
  // 县人民医院 / 县中医院 / 县妇幼保健院 / 乡镇卫生院 beside the county's 出院患者
  "fp-04-health-county-2025.txt": [],
  // （一）2025年… / （二）2026年1—10月…; 公办 and 普惠性民办 kindergartens do not make the whole
  "fp-05-edu-years-2026.txt": [],
  // 亩均补贴 of each subsidy, 平均亩产 of each crop, 户均增收 of each industry
  "fp-06-subsidy-2025.txt": [],
  // a tab table of villages with a 合计 row and 耕地 cells left as —
  "fp-07-town-table-2026.txt": [],
  // a pipe table of fund categories with a 合计 row and a blank serial cell
  "fp-08-fund-table-2025.txt": [],
  // a pipe table by town: counts, shares and rates, and a 合计 row
  "fp-09-petition-table-2025.txt": [],
  // 入住率 of the welfare centre and of the township homes; 公办 / 民办 institutions
  "fp-10-elder-care-2024.txt": [],
  // 过去五年 / 五年来 paragraphs beside 2025's figures; 2026 targets under 主要目标
  "fp-11-five-year-review-2026.txt": [],
  // 城关镇： / 青山乡： leads beside the county total
  "fp-12-towns-lead-2024.txt": [],
};

describe("precision round reports", () => {
  it.each(Object.entries(expected))("%s gets exactly its expected diagnostics", (file, list) => {
    expect(scored(read(file))).toEqual(list);
  });

  it.each([
    ["parts that do not add up", "fp-01-civil-town-2026.txt", "农村低保564户959人", "农村低保564户969人", "1035人"],
    ["a rate in the hospitals' report", "fp-04-health-county-2025.txt", "管理率75.1%", "管理率78.1%", "78.1%"],
    ["公办 and 民办 kindergartens that leave some out", "fp-05-edu-years-2026.txt", "普惠性民办幼儿园18所", "民办幼儿园18所", "58所"],
    ["a table's 合计 cell", "fp-07-town-table-2026.txt", "合计\t11652\t32418\t33100", "合计\t11752\t32418\t33100", "11752"],
    ["a town's figure that contradicts the county's", "fp-12-towns-lead-2024.txt", "其余14个乡镇粮食播种面积合计57.2万亩", "全县粮食播种面积68.2万亩；其余14个乡镇粮食播种面积合计57.2万亩", "68.2万亩"],
    ["the town's figure given twice", "fp-03-town-villages-2026.txt", "一是片区之间发展不平衡；", "一是片区之间发展不平衡，全镇户籍人口15620人；", "15620人"],
  ])("still flags %s planted in a clean report", (_name, file, from, to, flagged) => {
    const text = read(file);
    expect(text).toContain(from);
    expect(scored(text.replace(from, to))).toEqual([F(flagged)]);
  });
});
