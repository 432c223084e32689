import { BUILTIN_TEMPLATES } from "../data/templates";
import { check } from "../engine/checker";
import type { CheckOptions } from "../types";
import { parseArgs, USAGE, UsageError } from "./args";
import { formatText, type CheckedFile } from "./format-text";
import { readReport, UnreadableFileError } from "./read-report";

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Printed by --version. */
  version: string;
}

/** Exit statuses fixed by DESIGN.md. */
export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_USAGE = 2;

/**
 * Runs `tally <argv>` and resolves to the exit status: 0 when no diagnostic has severity error,
 * 1 when one does, 2 for bad usage or an unreadable file (one line on stderr, no stack trace).
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let request;
  try {
    request = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`tally: ${error.message}（tally --help 查看用法）\n`);
    return EXIT_USAGE;
  }
  if (request.kind === "help") {
    io.stdout(USAGE + "\n");
    return EXIT_CLEAN;
  }
  if (request.kind === "version") {
    io.stdout(io.version + "\n");
    return EXIT_CLEAN;
  }

  if (request.template !== undefined && !BUILTIN_TEMPLATES.some((t) => t.id === request.template)) {
    const known = BUILTIN_TEMPLATES.map((t) => `${t.id}（${t.name}）`).join("、");
    io.stderr(`tally: 未知模板“${request.template}”，可用：${known}\n`);
    return EXIT_USAGE;
  }

  // Read every file before checking any, so a bad path fails fast and prints nothing half-done.
  const texts: string[] = [];
  let unreadable = false;
  for (const file of request.files) {
    try {
      texts.push(await readReport(file));
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      io.stderr(`tally: ${error.file}: ${error.reason}\n`);
      unreadable = true;
    }
  }
  if (unreadable) return EXIT_USAGE;

  const options: CheckOptions = {};
  if (request.date !== undefined) options.referenceDate = request.date;
  if (request.template !== undefined) options.template = request.template;

  const results: CheckedFile[] = [];
  for (const [i, file] of request.files.entries()) {
    const text = texts[i]!;
    try {
      results.push({ file, text, diagnostics: check(text, options) });
    } catch (error) {
      // Options the engine rejects (e.g. an unknown template) are usage errors too.
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`tally: ${file}: 检查失败：${reason.split("\n")[0]}\n`);
      return EXIT_USAGE;
    }
  }

  if (request.format === "json") {
    io.stdout(JSON.stringify(results.map(({ file, diagnostics }) => ({ file, diagnostics })), null, 2) + "\n");
  } else {
    io.stdout(formatText(results));
  }
  return results.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    version: "unknown",
  };
}
