import { BUILTIN_TEMPLATES, type ReportTemplate, type SectionTemplate } from "../../data/templates";
import type { ReportKind } from "../../model/types";
import { validateTemplate } from "./template-validation";

/** Checks a user's section template; kept in its own module so the engine needs no schema library. */
export { validateTemplate };

/** A section with its patterns compiled. */
export interface CompiledSection {
  section: SectionTemplate;
  /** Shared by every template whose section has the same patterns, so facts are computed once. */
  key: string;
  /** Heading synonyms with `{nextYear}` filled in (the year after the report's period). */
  headingsFor(nextYear: number): RegExp[];
  notHeadings: RegExp[];
  /**
   * The content cues as at most two alternations: the ^-anchored ones (tried at the sentence
   * start only) and the others. Empty without cues.
   */
  cues: RegExp[];
}

function cueUnions(sources: readonly string[]): RegExp[] {
  const anchored = sources.filter((c) => c.startsWith("^")).map((c) => `(?:${c.slice(1)})`);
  const free = sources.filter((c) => !c.startsWith("^")).map((c) => `(?:${c})`);
  const out: RegExp[] = [];
  if (anchored.length) out.push(compileRegex(`^(?:${anchored.join("|")})`));
  if (free.length) out.push(compileRegex(free.join("|")));
  return out;
}

/** Stands for the year after the report's period in heading synonyms: 2027年主要工作 in a 2026 summary. */
export const NEXT_YEAR_TOKEN = "{nextYear}";

function headingCompiler(sources: readonly string[]): (nextYear: number) => RegExp[] {
  const byYear = new Map<number, RegExp[]>();
  const plain = sources.some((s) => s.includes(NEXT_YEAR_TOKEN)) ? undefined : sources.map(compileRegex);
  return (nextYear) => {
    if (plain) return plain;
    let list = byYear.get(nextYear);
    if (!list) {
      list = sources.map((s) => compileRegex(s.split(NEXT_YEAR_TOKEN).join(String(nextYear))));
      byYear.set(nextYear, list);
    }
    return list;
  };
}

export interface CompiledTemplate {
  template: ReportTemplate;
  sections: CompiledSection[];
}

const compiledByTemplate = new WeakMap<ReportTemplate, CompiledTemplate>();
const userTemplatesByOption = new WeakMap<readonly unknown[], ReportTemplate[]>();

function compileRegex(source: string): RegExp {
  try {
    return new RegExp(source, "u");
  } catch {
    return new RegExp(source);
  }
}

function compile(template: ReportTemplate): CompiledTemplate {
  let c = compiledByTemplate.get(template);
  if (c) return c;
  c = {
    template,
    sections: template.sections.map((section) => ({
      section,
      key: JSON.stringify([section.headings, section.notHeadings ?? [], section.contentCues ?? []]),
      headingsFor: headingCompiler(section.headings),
      notHeadings: (section.notHeadings ?? []).map(compileRegex),
      cues: cueUnions(section.contentCues ?? []),
    })),
  };
  compiledByTemplate.set(template, c);
  return c;
}

/** The user's valid templates (invalid ones are skipped: the options page reports them). */
function userTemplates(input: readonly unknown[] | undefined): ReportTemplate[] {
  if (!input?.length) return [];
  let list = userTemplatesByOption.get(input);
  if (!list) {
    list = [];
    for (const t of input) {
      const r = validateTemplate(t);
      if (r.ok) list.push(r.template);
    }
    userTemplatesByOption.set(input, list);
  }
  return list;
}

const NO_USER_TEMPLATES: readonly unknown[] = [];
const availableByOption = new WeakMap<readonly unknown[], CompiledTemplate[]>();

/** Every template a check may use: the user's first (they may override a built-in id), then the built-ins. */
export function availableTemplates(userInput: readonly unknown[] = NO_USER_TEMPLATES): CompiledTemplate[] {
  let list = availableByOption.get(userInput);
  if (!list) {
    list = [...userTemplates(userInput), ...BUILTIN_TEMPLATES].map(compile);
    availableByOption.set(userInput, list);
  }
  return list;
}

/**
 * The template for a report: the one named by id, else the first whose kinds include the report's
 * kind. Undefined when the id is unknown or the kind has no template (nothing is then demanded).
 */
export function chooseTemplate(
  templates: readonly CompiledTemplate[],
  id: string | undefined,
  kind: ReportKind,
): CompiledTemplate | undefined {
  if (id !== undefined) return templates.find((t) => t.template.id === id);
  return templates.find((t) => t.template.kinds?.includes(kind));
}
