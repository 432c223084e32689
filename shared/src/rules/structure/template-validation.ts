/**
 * Validation of a user's section template, without a schema library: the engine runs it on every
 * new `options.templates` list, and the extension's content script bundles the engine, so it has to
 * stay small. Errors are Chinese, one per problem, prefixed with where it is.
 */
import type { ReportTemplate, SectionTemplate } from "../../data/templates";
import type { ReportKind } from "../../model/types";

const REPORT_KINDS: readonly ReportKind[] = ["summary", "half-year-plan", "report", "duty", "research", "government", "plan", "special", "unknown"];

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

type Path = (string | number)[];

/** Collects problems with their place, e.g. "sections[2].headings[1]：…". */
class Problems {
  readonly list: string[] = [];
  /** A value of the wrong type: the template's shape is broken, so cross-field checks are skipped. */
  wrongType = false;
  add(path: Path, message: string): void {
    const label = path.length ? path.map((p) => (typeof p === "number" ? `[${p + 1}]` : String(p))).join(".").replace(/\.\[/g, "[") + "：" : "";
    this.list.push(label + message);
  }
  addType(path: Path, message: string): void {
    this.wrongType = true;
    this.add(path, message);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A list of regex sources; only the shape is checked here (the sources are checked once the template is whole). */
function regexList(value: unknown, path: Path, what: string, problems: Problems): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.addType(path, `${what}应是文字列表`);
    return undefined;
  }
  let ok = true;
  value.forEach((item, i) => {
    if (typeof item !== "string") {
      problems.addType([...path, i], `${what}的每一项都应是文字（正则表达式）`);
      ok = false;
    }
  });
  return ok ? (value as string[]) : undefined;
}

function section(value: unknown, path: Path, problems: Problems): SectionTemplate | undefined {
  if (!isRecord(value)) {
    problems.addType(path, "每个部分应是一个对象");
    return undefined;
  }
  const { id, label, headings, notHeadings, contentCues, required, presentIfBodyBefore } = value;
  if (typeof id !== "string") problems.addType([...path, "id"], "部分的 id 应是文字");
  else if (!/^[a-z][a-z0-9-]{0,39}$/.test(id)) problems.add([...path, "id"], "部分的 id 只能用小写英文字母、数字和连字符，如 problems");
  if (typeof label !== "string") problems.addType([...path, "label"], "部分的名称（label）应是文字");
  else if (label.length < 1) problems.add([...path, "label"], "部分的名称（label）不能为空");
  else if (label.length > 40) problems.add([...path, "label"], "部分的名称（label）不超过 40 字");
  const headingList = regexList(headings, [...path, "headings"], "标题同义词（headings）", problems);
  if (headingList && headingList.length < 1) problems.add([...path, "headings"], "每个部分至少要有一个标题同义词（headings）");
  if (notHeadings !== undefined) regexList(notHeadings, [...path, "notHeadings"], "排除标题（notHeadings）", problems);
  if (contentCues !== undefined) regexList(contentCues, [...path, "contentCues"], "内容提示（contentCues）", problems);
  if (typeof required !== "boolean") problems.addType([...path, "required"], "required 应为 true 或 false");
  if (presentIfBodyBefore !== undefined && typeof presentIfBodyBefore !== "boolean") problems.addType([...path, "presentIfBodyBefore"], "presentIfBodyBefore 应为 true 或 false");
  if (problems.wrongType) return undefined;
  // Only the known fields are kept.
  const out: SectionTemplate = { id: id as string, label: label as string, headings: headings as string[], required: required as boolean };
  if (notHeadings !== undefined) out.notHeadings = notHeadings as string[];
  if (contentCues !== undefined) out.contentCues = contentCues as string[];
  if (presentIfBodyBefore !== undefined) out.presentIfBodyBefore = presentIfBodyBefore as boolean;
  return out;
}

/**
 * Checks a user's section template (from the options page or a file). Errors are Chinese, one per
 * problem, prefixed with where it is (e.g. "sections[2].headings[1]：正则…无法解析").
 */
export function validateTemplate(input: unknown): { ok: true; template: ReportTemplate } | { ok: false; errors: string[] } {
  if (!isRecord(input)) return { ok: false, errors: ["模板应是一个对象"] };
  const problems = new Problems();
  const { id, name, kinds, sections } = input;
  if (typeof id !== "string") problems.addType(["id"], "模板 id 应是文字");
  else if (!/^[a-z0-9][a-z0-9-]{0,39}$/i.test(id)) problems.add(["id"], "模板 id 只能用英文字母、数字和连字符，不超过 40 个字符");
  if (typeof name !== "string") problems.addType(["name"], "模板名称（name）应是文字");
  else if (name.length < 1) problems.add(["name"], "模板名称（name）不能为空");
  if (kinds !== undefined) {
    if (!Array.isArray(kinds)) problems.addType(["kinds"], "适用文种（kinds）应是列表");
    else kinds.forEach((k, i) => {
      if (!REPORT_KINDS.includes(k as ReportKind)) problems.addType(["kinds", i], `适用文种（kinds）只能取：${REPORT_KINDS.join("、")}`);
    });
  }
  const parsedSections: SectionTemplate[] = [];
  if (!Array.isArray(sections)) problems.addType(["sections"], "sections 应是部分的列表");
  else {
    sections.forEach((s, i) => {
      const parsed = section(s, ["sections", i], problems);
      if (parsed) parsedSections.push(parsed);
    });
    if (sections.length < 1) problems.add(["sections"], "模板至少要有一个部分（sections）");
  }
  if (problems.wrongType) return { ok: false, errors: problems.list };
  // The whole template has the right shape: now duplicate ids and the regex sources.
  const seen = new Set<string>();
  parsedSections.forEach((s, i) => {
    if (seen.has(s.id)) problems.add(["sections", i, "id"], `部分 id “${s.id}”重复`);
    seen.add(s.id);
    for (const key of ["headings", "notHeadings", "contentCues"] as const) {
      (s[key] ?? []).forEach((src, j) => {
        const problem = regexProblem(src);
        if (problem) problems.add(["sections", i, key, j], problem);
      });
    }
  });
  if (problems.list.length) return { ok: false, errors: problems.list };
  const template: ReportTemplate = { id: id as string, name: name as string, sections: parsedSections };
  if (kinds !== undefined) template.kinds = kinds as ReportKind[];
  return { ok: true, template };
}
