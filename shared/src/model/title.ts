import type { Paragraph } from "./types";

/** How many leading lines may precede the title (a watermark, 密级, a date line …). */
const TITLE_SEARCH_LINES = 5;
const MAX_TITLE_LENGTH = 60;
/** A title names the document's genre. */
const GENRE = /总结|汇报|报告|述职|述责|述廉|计划|要点|打算|安排|思路|情况|材料|方案/;

/**
 * The title: the first short line near the top that names the report (XX镇2026年工作总结,
 * 关于…情况的汇报). Stops at the first sentence, numbered heading or 主送 line (县委、县政府：),
 * since the title always comes before them.
 */
export function findTitle(paragraphs: readonly Paragraph[]): Paragraph | undefined {
  const limit = Math.min(paragraphs.length, TITLE_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i]!;
    const t = p.text.trim();
    if (p.analysis.heading) return undefined;
    if (t.length > MAX_TITLE_LENGTH || /[。；！？;!?]/.test(t)) return undefined;
    if (/[：:]$/.test(t)) return undefined;
    if (/[，,]/.test(t) && t.length > 30) return undefined;
    if (GENRE.test(t)) return p;
  }
  return undefined;
}
