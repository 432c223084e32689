import { z } from "zod";
import { BUILTIN_TEMPLATES, type ReportTemplate, type SectionTemplate } from "../../data/templates";
import type { ReportKind } from "../../model/types";

const REPORT_KINDS = ["summary", "half-year-plan", "report", "duty", "research", "government", "plan", "unknown"] as const;

/** A nested quantifier such as (a+)+ or (.*)* can backtrack exponentially; user patterns may not have one. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;

function regexProblem(raw: string): string | undefined {
  const source = raw.split("{nextYear}").join("2027");
  if (NESTED_QUANTIFIER.test(source)) return `正则“${source}”含嵌套重复（如 (a+)+），可能极慢，请改写`;
  try {
    new RegExp(source, "u");
    return undefined;
  } catch {
    try {
      new RegExp(source);
      return undefined;
    } catch (e) {
      return `正则“${source}”无法解析：${(e as Error).message}`;
    }
  }
}

const regexList = (what: string) =>
  z.array(z.string({ error: `${what}的每一项都应是文字（正则表达式）` }), { error: `${what}应是文字列表` });

const sectionSchema = z.object({
  id: z.string({ error: "部分的 id 应是文字" }).regex(/^[a-z][a-z0-9-]{0,39}$/, { error: "部分的 id 只能用小写英文字母、数字和连字符，如 problems" }),
  label: z.string({ error: "部分的名称（label）应是文字" }).min(1, { error: "部分的名称（label）不能为空" }).max(40, { error: "部分的名称（label）不超过 40 字" }),
  headings: regexList("标题同义词（headings）").min(1, { error: "每个部分至少要有一个标题同义词（headings）" }),
  notHeadings: regexList("排除标题（notHeadings）").optional(),
  contentCues: regexList("内容提示（contentCues）").optional(),
  required: z.boolean({ error: "required 应为 true 或 false" }),
  presentIfBodyBefore: z.boolean({ error: "presentIfBodyBefore 应为 true 或 false" }).optional(),
});

const templateSchema = z
  .object({
    id: z.string({ error: "模板 id 应是文字" }).regex(/^[a-z0-9][a-z0-9-]{0,39}$/i, { error: "模板 id 只能用英文字母、数字和连字符，不超过 40 个字符" }),
    name: z.string({ error: "模板名称（name）应是文字" }).min(1, { error: "模板名称（name）不能为空" }),
    kinds: z.array(z.enum(REPORT_KINDS, { error: `适用文种（kinds）只能取：${REPORT_KINDS.join("、")}` })).optional(),
    sections: z.array(sectionSchema, { error: "sections 应是部分的列表" }).min(1, { error: "模板至少要有一个部分（sections）" }),
  }, { error: "模板应是一个对象" })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: "custom", path: ["sections", i, "id"], message: `部分 id “${s.id}”重复` });
      seen.add(s.id);
      for (const key of ["headings", "notHeadings", "contentCues"] as const) {
        (s[key] ?? []).forEach((src, j) => {
          const problem = regexProblem(src);
          if (problem) ctx.addIssue({ code: "custom", path: ["sections", i, key, j], message: problem });
        });
      }
    });
  });

function pathLabel(path: readonly PropertyKey[]): string {
  return path.length ? path.map((p) => (typeof p === "number" ? `[${p + 1}]` : String(p))).join(".").replace(/\.\[/g, "[") + "：" : "";
}

/**
 * Checks a user's section template (from the options page or a file). Errors are Chinese, one per
 * problem, prefixed with where it is (e.g. "sections[2].headings[1]：正则…无法解析").
 */
export function validateTemplate(input: unknown): { ok: true; template: ReportTemplate } | { ok: false; errors: string[] } {
  const r = templateSchema.safeParse(input);
  if (r.success) return { ok: true, template: r.data as ReportTemplate };
  return { ok: false, errors: r.error.issues.map((i) => pathLabel(i.path) + i.message) };
}

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
