import type { SavedFigure } from "@tally/shared";

type Seed = Omit<SavedFigure, "id" | "createdAt" | "updatedAt">;

/** The figures a new visitor finds in the panel: a fictional township's indicators. */
export const SEED_FIGURES: Seed[] = [
  { name: "固定资产投资", value: 3.2, unit: "亿元", period: "2026-01..2026-10", region: "青石镇", source: "统计站月报", aliases: ["固投"] },
  { name: "规上工业产值", value: 12.6, unit: "亿元", period: "2026-01..2026-10", region: "青石镇", source: "统计站月报", aliases: ["规模以上工业总产值"] },
  { name: "新增市场主体", value: 412, unit: "户", period: "2026-01..2026-10", region: "青石镇", source: "市场监管所" },
  { name: "救助资金", value: 286, unit: "万元", period: "2026", region: "青石镇", source: "民政办", aliases: ["各类救助资金"] },
  { name: "新增就业", value: 1350, unit: "人", period: "2026-01..2026-10", region: "青石镇", source: "人社所" },
  { name: "一般公共预算收入", value: 1.86, unit: "亿元", period: "2026-01..2026-10", region: "青石镇", source: "财政所" },
  { name: "户籍人口", value: 38625, unit: "人", period: "2026", region: "青石镇", source: "派出所" },
  { name: "高标准农田", value: 2600, unit: "亩", period: "2026", region: "青石镇", source: "农业服务中心" },
];
