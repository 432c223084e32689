import { describe, expect, it } from "vitest";
import { extractFigures } from "@tally/shared";
import { extractFigureFacts } from "../../shared/src/figures/extract";

/** The only figure of a sentence (fails if there is not exactly one). */
function only(text: string) {
  const figures = extractFigureFacts(text);
  expect(figures, JSON.stringify(figures.map((f) => f.raw))).toHaveLength(1);
  return figures[0]!;
}

describe("numbers and units", () => {
  it.each([
    // text, raw, value, unit, normalized value, normalized unit
    ["全乡完成造林4.5万亩。", "4.5万亩", 4.5, "万亩", 45000, "亩"],
    ["实现营业收入1.75亿元。", "1.75亿元", 1.75, "亿元", 175_000_000, "元"],
    ["常住人口23,416人。", "23,416人", 23416, "人", 23416, "人"],
    ["修建道路１２．５公里。", "１２．５公里", 12.5, "公里", 12500, "米"],
    ["栽植苗木三千三百株。", "三千三百株", 3300, "株", 3300, "株"],
    ["覆盖群众一百二十万人。", "一百二十万人", 120, "万人", 1_200_000, "人"],
    ["绿地面积8600平方米。", "8600平方米", 8600, "平方米", 8600, "平方米"],
    ["占地15公顷。", "15公顷", 15, "公顷", 225, "亩"],
    ["优良率提高2.3个百分点。", "2.3个百分点", 2.3, "个百分点", 2.3, "个百分点"],
    ["发放补贴638万元。", "638万元", 638, "万元", 6_380_000, "元"],
    ["服务群众5200人次。", "5200人次", 5200, "人次", 5200, "人次"],
  ])("%s", (text, raw, value, unit, normalizedValue, normalizedUnit) => {
    const f = only(text);
    expect(f.raw).toBe(raw);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.normalized).toEqual({ value: normalizedValue, unit: normalizedUnit });
    expect(text.slice(f.from, f.to)).toBe(f.raw);
  });

  it.each([
    ["全年接待游客近8万人次。", "below"],
    ["参加培训1200余人次。", "above"],
    ["带动就业3万余人。", "above"],
    ["受益群众约2.6万人。", "around"],
    ["新建公厕20个左右。", "around"],
    ["群众满意率达95%以上。", "at-least"],
    ["超过3000人参加。", "at-least"],
    ["平均每村不足2人。", "at-most"],
    ["失业率控制在4%以内。", "at-most"],
    ["建成站点十余个。", "above"],
    ["每村投入3至5万元。", "range"],
    ["增长3-5个百分点。", "range"],
  ])("%s is approximate (%s)", (text, kind) => {
    const f = only(text);
    expect(f.approximate).toBe(true);
    expect(f.approximation).toBe(kind);
  });

  it("reads a negative figure and keeps its sign in raw", () => {
    const f = only("利润总额增长-3.5%。");
    expect(f.value).toBe(-3.5);
    expect(f.raw).toBe("-3.5%");
  });

  it("treats a range as one figure from its first number", () => {
    const f = only("每村投入3至5万元。");
    expect(f.raw).toBe("3至5万元");
    expect(f.low).toBeLessThanOrEqual(30000);
    expect(f.high).toBeGreaterThanOrEqual(50000);
  });

  it.each([
    ["全县3万-5万人参加。", "3万-5万人", 30_000, 50_000],
    ["预计吸引游客1万至2万人次。", "1万至2万人次", 10_000, 20_000],
  ])("keeps a range whose low end has its own magnitude as one figure: %s", (text, raw, low, high) => {
    const f = only(text);
    expect(f.raw).toBe(raw);
    expect(f.low).toBeLessThanOrEqual(low);
    expect(f.high).toBeGreaterThanOrEqual(high);
  });

  it.each([
    "2026年10月底前完成。",
    "第3个阶段已经启动。",
    "树牢“四个意识”，坚决做到“两个维护”。",
    "落实八项规定精神和三项制度。",
    "一是加强学习，二是狠抓落实。",
    "编号G318的国道。",
    "召开党的二十届四中全会。",
    "1-10月，各项工作稳步推进。",
  ])("finds no figure in %s", (text) => {
    expect(extractFigureFacts(text)).toEqual([]);
  });
});

describe("attribution", () => {
  it.each([
    ["1-10月，全县完成固定资产投资12.8亿元。", "固定资产投资"],
    ["全镇现有户籍人口5210户。", "户籍人口"],
    ["敬老院床位总数达到860张。", "敬老院床位"],
    ["局机关下设9个党支部。", "党支部"],
    ["全县1450张日间照料床位中，半数以上闲置。", "日间照料床位"],
    ["累计发放低保金2230万元。", "发放低保金"],
  ])("%s measures %s", (text, indicator) => {
    expect(extractFigureFacts(text)[0]!.indicator).toBe(indicator);
  });

  it("gives the second figure of 「A xx户xx人」 the same indicator", () => {
    const [households, people] = extractFigureFacts("全镇监测对象126户403人。");
    expect(households!.indicator).toBe("监测对象");
    expect(people!.indicator).toBe("监测对象");
    expect(people!.inherited).toBe(true);
  });

  it("marks the parts after 其中 as one list", () => {
    const [total, a, b] = extractFigureFacts("全县共有教师2140名，其中城区教师860名、乡村教师1280名。");
    expect(total!.partsGroup).toBeUndefined();
    expect(a!.partsGroup).toBeDefined();
    expect(b!.partsGroup).toBe(a!.partsGroup);
    expect([a!.indicator, b!.indicator]).toEqual(["城区教师", "乡村教师"]);
  });

  it("tells changes, baselines and shares from levels", () => {
    const [level, change] = extractFigureFacts("实现税收收入3.1亿元，同比下降6.2%。");
    expect(level!.role).toBe("level");
    expect(change!.role).toBe("change");
    expect(change!.direction).toBe("down");
    expect(change!.indicator).toBe("税收收入");

    const [, baseline, growth] = extractFigureFacts("完成旅游收入820万元，较上年同期的760万元增长7.9%。");
    expect(baseline!.role).toBe("baseline");
    expect(growth!.role).toBe("change");
    expect(growth!.direction).toBe("up");

    const [, share] = extractFigureFacts("全县学校56所，其中寄宿制学校占41%。");
    expect(share!.role).toBe("share");
  });

  it("reads 提高到 as a level reached, not a change", () => {
    expect(only("补助标准提高到每人每年900元。").role).not.toBe("change");
  });

  it("marks targets and plans", () => {
    expect(only("力争全年引进项目12个。").target).toBe(true);
    expect(only("全年引进项目12个。").target).toBe(false);
  });

  it("leaves the indicator of 分别 lists unsaid", () => {
    const figures = extractFigureFacts("城区和农村学校分别为12所和44所。");
    expect(figures.map((f) => f.listed)).toEqual([true, true]);
    expect(figures.every((f) => f.indicator === undefined)).toBe(true);
  });
});

describe("periods and scope", () => {
  it.each([
    ["1-10月，实现财政收入2.2亿元。", "2026-01..2026-10"],
    ["上半年，实现财政收入1.3亿元。", "2026-H1"],
    ["前三季度实现财政收入1.9亿元。", "2026-01..2026-09"],
    ["全年实现财政收入2.6亿元。", "2026"],
    ["2025年实现财政收入2.4亿元。", "2025"],
    ["三季度实现财政收入0.7亿元。", "2026-Q3"],
  ])("%s → %s", (text, period) => {
    expect(extractFigures(text, { year: 2026 })[0]!.period).toBe(period);
  });

  it("carries period words through the paragraph until others replace them", () => {
    const figures = extractFigures("上半年，新增市场主体320户。新增就业岗位540个；全年预计新增就业岗位1100个。", { year: 2026 });
    expect(figures.map((f) => f.period)).toEqual(["2026-H1", "2026-H1", "2026"]);
  });

  it("puts a figure compared with 去年同期 in the year before", () => {
    const facts = extractFigureFacts("1-10月接待游客46万人次，较去年同期的41万人次增长12.2%。");
    expect(facts[1]!.role).toBe("baseline");
    expect(facts[1]!.periodSpec).toMatchObject({ yearOffset: -1 });
  });

  it("does not take 较一季度 as the figure's own period", () => {
    const figures = extractFigures("上半年降幅较一季度收窄2.1个百分点。", { year: 2026 });
    expect(figures[0]!.period).toBe("2026-H1");
  });

  it("marks multi-year spans as uncertain", () => {
    expect(only("近五年累计投入资金3.6亿元。").periodUncertain).toBe(true);
  });

  it("names the village a figure belongs to and leaves whole-area figures unscoped", () => {
    const [village] = extractFigures("桂花村新建灌溉渠2.4公里。");
    expect(village!.scope).toBe("桂花村");
    const [town] = extractFigures("全镇新建灌溉渠11公里。");
    expect(town!.scope).toBeUndefined();
  });

  it("does not take generic words for a named scope", () => {
    for (const text of ["全县212个行政村实现通客车120辆。", "深入推进乡村振兴，建成示范点8个。", "农村低保对象3200人。"]) {
      expect(extractFigures(text).every((f) => f.scope === undefined), text).toBe(true);
    }
  });
});

describe("extractFigures (public)", () => {
  it("returns the contract's fields for the store", () => {
    const [f] = extractFigures("1-10月，全镇完成固定资产投资3.2亿元。", { year: 2026 });
    expect(f).toEqual({
      from: 16,
      to: 21,
      raw: "3.2亿元",
      value: 3.2,
      unit: "亿元",
      normalized: { value: 320_000_000, unit: "元" },
      indicator: "固定资产投资",
      period: "2026-01..2026-10",
      approximate: false,
    });
  });
});

describe("baseline words opening a sentence", () => {
  it("put every figure of that sentence in the year before", () => {
    const facts = extractFigureFacts("上半年发生事故9起、死亡2人。去年同期发生事故11起、死亡4人。");
    expect(facts.map((f) => f.role)).toEqual(["level", "level", "baseline", "baseline"]);
  });
});
