import type { Severity } from "../../types";

/**
 * One stale-phrase entry: data, not code. Built-in entries live in `data/stale-phrases.ts`; users
 * add their own through `CheckOptions.stalePhrases` after `validateStalePhrase`.
 *
 * Patterns are JavaScript regular-expression sources, compiled without flags other than g and d.
 * A named group `hit` marks the part to flag (and to replace); without it the whole match is
 * flagged. The context fields are read within the hit's sentence.
 */
export interface StalePhraseEntry {
  /** Stable id, kebab-case; diagnostics use ruleId `stale-phrase/<id>`. */
  id: string;
  /** What is stale (JS regex source, linear-time: no nested quantifiers). */
  pattern: string;
  /** The current wording, for people (may be "" when there is none). */
  replacement: string;
  /** YYYY-MM-DD: reports whose period starts on or after this day get the warning. */
  staleFrom: string;
  /** error / warning for clear supersessions, info for soft, advisory or unverified ones. */
  severity: Severity;
  /** Where the date comes from (a note with a URL). */
  source: string;
  /** Chinese, one sentence naming the current wording. */
  message: string;
  /** Skip the hit when its sentence matches this. */
  unless?: string;
  /** Skip the hit when the sentence before it matches this (anchor with $ for "right before"). */
  unlessBefore?: string;
  /** Skip the hit when the sentence after it matches this (anchor with ^ for "right after"). */
  unlessAfter?: string;
  /** Flag the hit only when this matches near it (up to 20 characters before, 12 after, same sentence). */
  context?: string;
  /** Direct replacement offered as a fix; may use the pattern's named groups as $<name>. */
  fix?: string;
  /** False for entries the reference could not confirm; they stay at severity info. */
  verified?: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/**
 * Why a regex source is unsafe or invalid, in Chinese; undefined when it is fine. Rejects what can
 * backtrack catastrophically: a quantified group that itself contains a quantifier such as (a+)+ or
 * (?:a|b*){2,}, and back-references. Also rejects patterns that match the empty string.
 */
export function regexProblem(source: string, field: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(source, "gd");
  } catch (e) {
    return `“${field}”不是有效的正则表达式：${(e as Error).message}`;
  }
  if (source.length > 2000) return `“${field}”过长（超过2000个字符）`;
  if (/\\[1-9]|\\k</.test(source)) return `“${field}”含反向引用，可能导致匹配卡死`;
  if (hasNestedQuantifier(source)) return `“${field}”含嵌套量词（如 (a+)+），可能导致匹配卡死`;
  if (field === "pattern" && re.test("")) return `“${field}”会匹配空字符串`;
  return undefined;
}

/** True when a group that is followed by a quantifier contains a quantifier (outside classes). */
function hasNestedQuantifier(source: string): boolean {
  // Stack of open groups: whether each contains a quantifier so far.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(") {
      stack.push(false);
      continue;
    }
    const quantified = c === "*" || c === "+" || (c === "{" && /^\{\d+(,\d*)?\}/.test(source.slice(i)));
    // A lone ? after a token is an optional quantifier; after ( or another quantifier it is syntax.
    const optional = c === "?" && i > 0 && !"(*+?}".includes(source[i - 1]!);
    if (c === ")") {
      const inner = stack.pop() ?? false;
      const next = source[i + 1];
      const groupQuantified = next === "*" || next === "+" || (next === "{" && /^\{\d+(,\d*)?\}/.test(source.slice(i + 1)));
      if (inner && groupQuantified) return true;
      if (inner || groupQuantified || next === "?") markQuantifier(stack);
      continue;
    }
    if (quantified || optional) {
      // Unbounded or repeated quantifiers make an enclosing quantified group dangerous; a plain ?
      // inside a group is harmless and is not recorded.
      if (quantified) markQuantifier(stack);
    }
  }
  return false;
}

function markQuantifier(stack: boolean[]): void {
  if (stack.length) stack[stack.length - 1] = true;
}

type Problems = string[];
type Fields = Record<string, unknown>;

/** A required string: "missing" and "wrong type" are told apart. */
function requiredString(input: Fields, field: string, problems: Problems): string | undefined {
  const value = input[field];
  if (typeof value === "string") return value;
  problems.push(value === undefined ? `缺少字段“${field}”` : `“${field}”必须是字符串`);
  return undefined;
}

/** An optional string with a default. */
function stringOr(input: Fields, field: string, fallback: string | undefined, problems: Problems): string | undefined {
  const value = input[field];
  if (value === undefined) return fallback;
  if (typeof value === "string") return value;
  problems.push(`“${field}”必须是字符串`);
  return undefined;
}

/** An optional regex source that must be safe. */
function optionalRegex(input: Fields, field: string, problems: Problems): string | undefined {
  const value = stringOr(input, field, undefined, problems);
  if (value === undefined) return undefined;
  const problem = regexProblem(value, field);
  if (problem) problems.push(problem);
  return value;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const OPTIONAL_REGEX_FIELDS = ["unless", "unlessBefore", "unlessAfter", "context"] as const;

/** The result of validating a user's entry. */
export type StalePhraseValidation = { ok: true; entry: StalePhraseEntry } | { ok: false; errors: string[] };

/**
 * Validates a stale-phrase entry a user typed (options page, imported file): required fields, a
 * real date, and regexes that compile and cannot hang. Errors are Chinese, one per problem.
 */
export function validateStalePhrase(input: unknown): StalePhraseValidation {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, errors: ["条目必须是一个对象"] };
  }
  const raw = input as Fields;
  const problems: Problems = [];
  const id = requiredString(raw, "id", problems);
  if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(id)) problems.push("“id”只能由字母、数字、- 和 _ 组成（不超过64个字符）");
  const pattern = requiredString(raw, "pattern", problems);
  if (pattern === "") problems.push("“pattern”不能为空");
  else if (pattern !== undefined) {
    const problem = regexProblem(pattern, "pattern");
    if (problem) problems.push(problem);
  }
  const replacement = stringOr(raw, "replacement", "", problems);
  const staleFrom = requiredString(raw, "staleFrom", problems);
  if (staleFrom !== undefined && !isRealDate(staleFrom)) problems.push("“staleFrom”应为 YYYY-MM-DD 格式的有效日期");
  const severity = raw.severity === undefined ? "warning" : SEVERITIES.find((s) => s === raw.severity);
  if (!severity) problems.push("“severity”只能是 error、warning 或 info");
  const source = stringOr(raw, "source", "用户自定义", problems);
  const message = requiredString(raw, "message", problems);
  if (message === "") problems.push("“message”不能为空");
  const optional: Partial<StalePhraseEntry> = {};
  for (const field of OPTIONAL_REGEX_FIELDS) {
    const value = optionalRegex(raw, field, problems);
    if (value !== undefined) optional[field] = value;
  }
  const fix = stringOr(raw, "fix", undefined, problems);
  if (fix !== undefined) optional.fix = fix;
  if (raw.verified !== undefined) {
    if (typeof raw.verified === "boolean") optional.verified = raw.verified;
    else problems.push("“verified”必须是 true 或 false");
  }
  if (problems.length) return { ok: false, errors: problems };
  return {
    ok: true,
    entry: { id: id!, pattern: pattern!, replacement: replacement!, staleFrom: staleFrom!, severity: severity!, source: source!, message: message!, ...optional },
  };
}
