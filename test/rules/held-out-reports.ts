// What the held-out-style report tests share: the fixtures folder, the scored categories and the
// short forms their expected lists are written in.
import { readFileSync } from "node:fs";
import { check } from "@tally/shared";

const DIR = new URL("../fixtures/reports/held-out-style/", import.meta.url);
const SCORED = new Set(["masked-number", "masked-text", "stale-phrase", "missing-section", "figure-consistency"]);

export const N = (t: string) => `masked-number:${t}`;
export const T = (t: string) => `masked-text:${t}`;
export const S = (t: string) => `stale-phrase:${t}`;
export const F = (t: string) => `figure-consistency:${t}`;

/** A held-out-style fixture's text. */
export function readReport(file: string): string {
  return readFileSync(new URL(file, DIR), "utf8");
}

/** The scored diagnostics of a text as `category:text` (`missing-section:<section id>`), in text order. */
export function scored(text: string): string[] {
  return check(text, { referenceDate: "2026-11-23" })
    .filter((d) => SCORED.has(d.category))
    .map((d) => (d.category === "missing-section" ? `missing-section:${d.section}` : `${d.category}:${d.text}`));
}
