import { headingIndices } from "../../model/build";
import type { Paragraph, ReportModel } from "../../model/types";
import { defineRule, type Finding } from "../types";
import { distinctSections, locateSections, NO_SECTION_FACTS, scanSections, type FoundSection, type SectionFacts } from "./sections";
import { availableTemplates, chooseTemplate } from "./templates";

/** Below this many characters of body text a text is a fragment, not a report. */
const MIN_REPORT_CHARS = 300;
/** A report has at least a few paragraphs besides its title. */
const MIN_BODY_PARAGRAPHS = 3;
/** A closing line (落款: unit name, date) is short and is not a sentence. */
const SIGNATURE_MAX = 25;

/**
 * `missing-section`: a section the report's template requires (存在的问题, 下步打算 …) is absent.
 *
 * The template is `options.template` (an id) or the one for the report's kind, inferred from its
 * title; texts of unknown kind (no title naming a report) and fragments get nothing. Sections are
 * found by headings (any level, host headings, inline 小标题), then by content cues.
 *
 * Placement: a missing section is reported on the heading line (marker and title) of the first
 * present section that conventionally follows it, so the user sees where to insert it; when none
 * follows, on the first words of the last body paragraph (closing 落款 lines skipped), i.e. where
 * the report currently ends.
 */
export const missingSection = defineRule<SectionFacts>({
  meta: {
    id: "missing-section",
    category: "missing-section",
    severity: "warning",
    description: "按报告类型检查是否缺少必要部分（如存在的问题、下步打算）",
  },
  scan(paragraph, ctx) {
    const facts = scanSections(paragraph, distinctSections(availableTemplates(ctx.options.templates)));
    return facts.title === undefined && facts.cues.length === 0 ? NO_SECTION_FACTS : facts;
  },
  report(report, facts, ctx) {
    const templates = availableTemplates(ctx.options.templates);
    const explicit = ctx.options.template;
    if (explicit === undefined && report.kind === "unknown") return [];
    const compiled = chooseTemplate(templates, explicit, report.kind);
    if (!compiled || !compiled.template.sections.some((s) => s.required)) return [];
    if (!looksLikeReport(report)) return [];

    const nextYear = Number(report.period.end.slice(0, 4)) + 1;
    const found = locateSections(compiled, report.paragraphs, facts, nextYear, headingIndices(report), NO_SECTION_FACTS, report);
    const sections = compiled.template.sections;
    const out: Finding[] = [];
    sections.forEach((cs, index) => {
      if (!cs.required || found.has(cs.id)) return;
      const next = sections
        .slice(index + 1)
        .map((s) => found.get(s.id))
        .filter((f): f is FoundSection => f !== undefined && f.via !== "body")
        .sort((a, b) => a.paragraphIndex - b.paragraphIndex)[0];
      const name = compiled.template.name;
      if (next) {
        out.push({
          ruleId: `missing-section/${cs.id}`,
          from: next.from,
          to: next.to,
          section: cs.id,
          message: `本${name}缺少“${cs.label}”部分，建议在“${next.label}”之前补写。`,
        });
        return;
      }
      const end = endAnchor(report.paragraphs);
      if (!end) return;
      out.push({
        ruleId: `missing-section/${cs.id}`,
        from: end.from,
        to: end.to,
        section: cs.id,
        message: `本${name}缺少“${cs.label}”部分，建议在文末补写。`,
      });
    });
    return out;
  },
});

function looksLikeReport(report: ReportModel): boolean {
  let chars = 0;
  let paragraphs = 0;
  // Stops as soon as both are reached: only fragments are read to the end.
  for (const p of report.paragraphs) {
    if (p.isTitle) continue;
    chars += p.text.trim().length;
    paragraphs++;
    if (chars >= MIN_REPORT_CHARS && paragraphs >= MIN_BODY_PARAGRAPHS) return true;
  }
  return false;
}

/** The first words of the last body paragraph, skipping closing lines (unit name, date). */
function endAnchor(paragraphs: readonly Paragraph[]): { from: number; to: number } | undefined {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    const t = p.text.trim();
    if (p.isTitle) return undefined;
    if (t.length <= SIGNATURE_MAX && !/[。；！？]$/.test(t) && !p.analysis.heading) continue;
    const lead = p.text.length - p.text.trimStart().length;
    const firstSentence = p.analysis.sentences[0];
    const stop = firstSentence ? firstSentence.to : p.text.length;
    return { from: p.from + lead, to: p.from + Math.min(stop, lead + 20) };
  }
  return undefined;
}
