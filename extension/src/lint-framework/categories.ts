import { t } from "../i18n";

/** How each category looks: one colour per category, a Chinese label for cards and the side panel. */
export interface CategoryStyle {
  label: string;
  /** Underline and box border colour; chosen to read on light and dark pages. */
  color: string;
  /** Translucent fill behind the flagged text. */
  fill: string;
}

export const CATEGORY_STYLES: Record<string, CategoryStyle> = {
  "masked-number": { label: t("cat_masked_number"), color: "#e5484d", fill: "rgba(229, 72, 77, 0.22)" },
  "masked-text": { label: t("cat_masked_text"), color: "#f76b15", fill: "rgba(247, 107, 21, 0.22)" },
  "stale-phrase": { label: t("cat_stale_phrase"), color: "#8e4ec6", fill: "rgba(142, 78, 198, 0.22)" },
  "missing-section": { label: t("cat_missing_section"), color: "#0090ff", fill: "rgba(0, 144, 255, 0.18)" },
  "figure-consistency": { label: t("cat_figure_consistency"), color: "#d6409f", fill: "rgba(214, 64, 159, 0.22)" },
  numbering: { label: t("cat_numbering"), color: "#12a594", fill: "rgba(18, 165, 148, 0.22)" },
  duplicate: { label: t("cat_duplicate"), color: "#ca8a04", fill: "rgba(202, 138, 4, 0.24)" },
  boilerplate: { label: t("cat_boilerplate"), color: "#6e56cf", fill: "rgba(110, 86, 207, 0.22)" },
};

const FALLBACK: CategoryStyle = { label: t("cat_other"), color: "#8b8d98", fill: "rgba(139, 141, 152, 0.22)" };

/** The style of a category, with a neutral one for categories added later. */
export function categoryStyle(category: string): CategoryStyle {
  return CATEGORY_STYLES[category] ?? FALLBACK;
}

/** The CSS Custom Highlight name of a category; tests read highlights by this name (DESIGN.md). */
export function highlightName(category: string): string {
  return `tally-${category.replace(/[^a-z0-9-]/gi, "")}`;
}
