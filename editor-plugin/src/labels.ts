import type { Severity } from "@tally/shared";

/** Chinese names of the categories, in the order panels list them (DESIGN.md's table). */
export const CATEGORY_LABELS: Record<string, string> = {
  "masked-number": "数字占位",
  "masked-text": "文字占位",
  "stale-phrase": "过时提法",
  "missing-section": "缺少部分",
  "figure-consistency": "数据矛盾",
  numbering: "序号错乱",
  duplicate: "重复语句",
  boilerplate: "夹带无关文字",
};

/** Chinese names of severities. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** Chinese names of the sections a template may require. */
export const SECTION_LABELS: Record<string, string> = {
  achievements: "工作成效",
  problems: "存在问题",
  plans: "下一步打算",
};

/** Label of a category, falling back to its id for categories added later. */
export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category;
}
