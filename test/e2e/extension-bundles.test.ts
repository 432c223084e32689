/**
 * The built extension's scripts (the build the other browser tests load): each within its size
 * budget (extension/scripts/bundle-budget.mjs), and each valid UTF-8 without the code points
 * Chrome refuses in a content script or service worker, now that Chinese text is written raw.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extensionDir } from "./extension-harness";

interface BudgetResult {
  name: string;
  bytes: number;
  budget: number;
  over: boolean;
}

const budgetScript = new URL("../../extension/scripts/bundle-budget.mjs", import.meta.url).href;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith(".js") ? [path] : [];
  });
}

/** Chromium's base::IsStringUTF8: no surrogates (not encodable anyway) and no noncharacters. */
const refusedByChrome = (cp: number) => (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;

describe("built extension scripts", () => {
  it("stay within their size budgets", async () => {
    const { checkBudgets } = (await import(budgetScript)) as { checkBudgets(dir: string): BudgetResult[] };
    const results = checkBudgets(extensionDir);
    expect(results.map((r) => r.name)).toEqual(expect.arrayContaining(["static/background/index", "tally", "tabs/popup", "sidepanel", "options"]));
    expect(results.filter((r) => r.over)).toEqual([]);
  });

  it("are valid UTF-8 without noncharacters, with Chinese text written raw", () => {
    const files = scripts(extensionDir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const bytes = readFileSync(file);
      const text = bytes.toString("utf8");
      expect(Buffer.from(text, "utf8").equals(bytes), file).toBe(true);
      const refused = [...text].map((ch) => ch.codePointAt(0)!).filter(refusedByChrome);
      expect(refused, file).toEqual([]);
    }
    // The content script carries the engine's phrase tables as text, not as \uXXXX escapes.
    const content = files.find((f) => /[\\/]tally\.[0-9a-f]+\.js$/.test(f))!;
    expect(readFileSync(content, "utf8")).toContain("十九大");
  });
});
