import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "../../shared/src/cli/args";

describe("parseArgs", () => {
  it.each([
    [["check", "a.txt"], { kind: "check", format: "text", files: ["a.txt"] }],
    [["check", "--format", "json", "a.txt", "b.md"], { kind: "check", format: "json", files: ["a.txt", "b.md"] }],
    [["check", "--format=json", "--date=2026-06-30", "a.txt"], { kind: "check", format: "json", date: "2026-06-30", files: ["a.txt"] }],
    [["check", "a.txt", "--template", "work-summary"], { kind: "check", format: "text", template: "work-summary", files: ["a.txt"] }],
    [["check", "--", "--odd-name.txt"], { kind: "check", format: "text", files: ["--odd-name.txt"] }],
    [["--help"], { kind: "help" }],
    [["check", "-h"], { kind: "help" }],
    [["help"], { kind: "help" }],
    [["--version"], { kind: "version" }],
    [["-v"], { kind: "version" }],
  ])("accepts %j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /缺少命令/],
    [["lint", "a.txt"], /未知命令/],
    [["check"], /缺少要检查的文件/],
    [["check", "--format", "xml", "a.txt"], /json 或 text/],
    [["check", "--format"], /缺少取值/],
    [["check", "--date", "2026/06/30", "a.txt"], /YYYY-MM-DD/],
    [["check", "--date", "2026-02-30", "a.txt"], /YYYY-MM-DD/],
    [["check", "--fix", "a.txt"], /未知选项“--fix”/],
    [["check", "--template=", "a.txt"], /缺少取值/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
