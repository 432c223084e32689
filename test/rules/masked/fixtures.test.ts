import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { maskedFindings, parseMarked } from "./marked";

// Whole reports written for these tests, placeholders marked inline ([N:…] number, [T:…] name).
const dir = join(__dirname, "fixtures");
const files = readdirSync(dir).filter((f) => f.endsWith(".marked.txt"));

describe("masked-number and masked-text on whole reports", () => {
  it.each(files)("%s: finds exactly the marked placeholders", (file) => {
    const { text, expected } = parseMarked(readFileSync(join(dir, file), "utf8"));
    expect(maskedFindings(text)).toEqual(expected);
  });
});
