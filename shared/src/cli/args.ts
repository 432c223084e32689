import { isIsoDate } from "../engine/today";

/** Output formats of `tally check`. */
export type OutputFormat = "json" | "text";

/** What the command line asked for. */
export type CliRequest =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "check"; format: OutputFormat; date?: string; template?: string; files: string[] };

/** Bad usage: the CLI prints the message and the usage hint, and exits with status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The text `--help` prints. Kept here so that the parser and the help cannot drift apart. */
export const USAGE = `用法: tally check [--format json|text] [--date YYYY-MM-DD] [--template ID] FILE...

检查中文工作总结、工作汇报中的占位符、过时提法、缺失部分、数据矛盾和序号问题。

选项:
  --format json|text    输出格式（默认 text）；json 输出 [{ "file", "diagnostics" }]
  --date YYYY-MM-DD     参考日期（默认今天）；报告正文中的年份与期间优先
  --template ID         章节模板（默认按标题推断）
  -h, --help            显示本帮助
  -v, --version         显示版本

文件: .txt、.md（UTF-8）与 .docx。
退出状态: 0 无“error”级问题；1 有“error”级问题；2 用法错误或文件无法读取。`;

const VALUE_OPTIONS = new Set(["--format", "--date", "--template"]);

/**
 * Parses `argv` (without node and the script). Accepts `--opt value` and `--opt=value`, and `--`
 * to end the options. Throws UsageError with a Chinese one-line reason.
 */
export function parseArgs(argv: readonly string[]): CliRequest {
  if (argv.length === 0) throw new UsageError("缺少命令，应为 tally check FILE...");
  if (argv.some((a) => a === "-h" || a === "--help")) return { kind: "help" };
  if (argv.some((a) => a === "-v" || a === "--version")) return { kind: "version" };

  const [command, ...rest] = argv;
  if (command === "help") return { kind: "help" };
  if (command !== "check") throw new UsageError(`未知命令“${command}”，应为 check`);

  let format: OutputFormat = "text";
  let date: string | undefined;
  let template: string | undefined;
  const files: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      files.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`未知选项“${name}”`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      i++;
    }
    if (value === undefined || value === "") throw new UsageError(`选项 ${name} 缺少取值`);

    if (name === "--format") {
      if (value !== "json" && value !== "text") throw new UsageError(`--format 只能是 json 或 text，收到“${value}”`);
      format = value;
    } else if (name === "--date") {
      if (!isIsoDate(value)) throw new UsageError(`--date 应为有效日期 YYYY-MM-DD，收到“${value}”`);
      date = value;
    } else {
      template = value;
    }
  }

  if (files.length === 0) throw new UsageError("缺少要检查的文件");
  const request: CliRequest = { kind: "check", format, files };
  if (date !== undefined) request.date = date;
  if (template !== undefined) request.template = template;
  return request;
}
