import { describe, expect, test } from "vitest";
import { captureFigures } from "@tally/shared/store";

describe("captureFigures", () => {
  test("a level and its growth rate, with the period the words give", () => {
    const text = "1-10月完成固定资产投资3.2亿元，同比增长12.3%";
    const drafts = captureFigures(text, { year: 2026 });
    expect(drafts).toMatchObject([
      { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-01..2026-10", role: "level", problems: [] },
      { name: "固定资产投资增速", value: 12.3, unit: "%", period: "2026-01..2026-10", role: "change", problems: [] },
    ]);
    for (const draft of drafts) expect(text.slice(draft.from, draft.to)).toBe(draft.raw);
  });

  test("a fall is saved as a negative change", () => {
    const [, change] = captureFigures("上半年完成税收收入2.1亿元，同比下降4.5%", { year: 2026 });
    expect(change).toMatchObject({ name: "税收收入增速", value: -4.5, period: "2026-H1" });
  });

  test("without period words the given period (typed or key) is used; without either the draft asks for one", () => {
    expect(captureFigures("新增城镇就业1200人", { period: "2026年上半年" })[0]).toMatchObject({ period: "2026-H1", problems: [] });
    const [draft] = captureFigures("新增城镇就业1200人");
    expect(draft?.period).toBeUndefined();
    expect(draft?.problems).toEqual([expect.stringContaining("期间")]);
  });

  test("an approximate value is captured but flagged", () => {
    const [draft] = captureFigures("新增就业约1200人", { period: "2026" });
    expect(draft).toMatchObject({ approximate: true, value: 1200 });
    expect(draft?.problems.join("")).toContain("约数");
  });

  test("a named scope becomes the region", () => {
    const [draft] = captureFigures("城北社区新建文化广场2个", { period: "2026" });
    expect(draft).toMatchObject({ region: "城北社区", value: 2, unit: "个" });
    expect(draft?.name).not.toContain("城北社区");
  });

  test("last year's baseline is not captured as this period's figure", () => {
    const drafts = captureFigures("实现营业收入520万元，较去年同期的452万元增长15%", { year: 2026, period: "2026" });
    expect(drafts.map((d) => d.value)).not.toContain(452);
    expect(drafts[0]).toMatchObject({ value: 520, unit: "万元" });
  });

  test("text without figures gives no drafts", () => {
    expect(captureFigures("深入学习贯彻党的二十大精神。")).toEqual([]);
    expect(captureFigures("")).toEqual([]);
  });
});
