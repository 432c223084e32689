import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORIES, check, createChecker, type Diagnostic } from "@tally/shared";
import { generateReport } from "../fixtures/generate-report.mjs";
import { applyEdit, edit, referenceDate, reportText } from "./report-text.arbitrary";

const SEVERITIES = ["error", "warning", "info"];

/** The Diagnostic contract of DESIGN.md, checked on one result. */
function expectValid(text: string, list: Diagnostic[]): void {
  for (const d of list) {
    expect(Number.isInteger(d.from) && Number.isInteger(d.to)).toBe(true);
    expect(d.from).toBeGreaterThanOrEqual(0);
    expect(d.to).toBeGreaterThan(d.from);
    expect(d.to).toBeLessThanOrEqual(text.length);
    expect(d.text).toBe(text.slice(d.from, d.to));
    expect(SEVERITIES).toContain(d.severity);
    expect(CATEGORIES as readonly string[]).toContain(d.category);
    expect(d.ruleId).toMatch(/^[a-z0-9-]+(\/[^\s/]+)*$/);
    expect(d.message.length).toBeGreaterThan(0);
    if (d.category === "missing-section") expect(typeof d.section).toBe("string");
    for (const r of d.related ?? []) {
      expect(0 <= r.from && r.from < r.to && r.to <= text.length).toBe(true);
    }
    for (const f of d.fixes ?? []) {
      expect(typeof f.replacement).toBe("string");
      if (f.from !== undefined || f.to !== undefined) {
        expect(0 <= f.from! && f.from! <= f.to! && f.to! <= text.length).toBe(true);
      }
    }
  }
}

describe("check on report-like text (property)", { timeout: 120_000 }, () => {
  it("never throws and returns diagnostics that keep the contract", () => {
    fc.assert(
      fc.property(reportText, referenceDate, (text, date) => {
        expectValid(text, check(text, { referenceDate: date }));
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic and sorted by position", () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const a = check(text, { referenceDate: "2026-11-23" });
        expect(check(text, { referenceDate: "2026-11-23" })).toEqual(a);
        for (let i = 1; i < a.length; i++) expect(a[i]!.from).toBeGreaterThanOrEqual(a[i - 1]!.from);
      }),
      { numRuns: 100 },
    );
  });

  it("drops a category switched off and re-grades one set to info", () => {
    fc.assert(
      fc.property(reportText, fc.constantFrom(...CATEGORIES), (text, category) => {
        const all = check(text, { referenceDate: "2026-11-23" });
        const off = check(text, { referenceDate: "2026-11-23", rules: { [category]: "off" } });
        expect(off).toEqual(all.filter((d) => d.category !== category));
        const info = check(text, { referenceDate: "2026-11-23", rules: { [category]: "info" } });
        expect(info).toEqual(all.map((d) => (d.category === category ? { ...d, severity: "info" } : d)));
      }),
      { numRuns: 100 },
    );
  });
});

describe("createChecker (property)", { timeout: 120_000 }, () => {
  it("after any sequence of edits, equals a fresh check of the same text", () => {
    fc.assert(
      fc.property(reportText, fc.array(edit, { minLength: 1, maxLength: 8 }), referenceDate, (start, edits, date) => {
        const checker = createChecker({ referenceDate: date });
        let text = start;
        checker.check(text);
        // All re-checks first, then the fresh checks: rules that carry work from a checker's last
        // check to its next (report.edit) must see an unbroken sequence of that checker's checks.
        const walked: [string, Diagnostic[]][] = [];
        for (const e of edits) {
          text = applyEdit(text, e);
          walked.push([text, checker.check(text)]);
        }
        for (const [t, incremental] of walked) expect(incremental).toEqual(check(t, { referenceDate: date }));
      }),
      { numRuns: 150 },
    );
  });

  it("equals a fresh check after one-paragraph edits of a generated long report", () => {
    const base = generateReport(10_000, { seed: 11, newline: "\r\n" });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const checker = createChecker({ referenceDate: "2026-11-23" });
        checker.check(base);
        let text = base;
        const walked: [string, Diagnostic[]][] = [];
        for (const e of edits) {
          text = applyEdit(text, e);
          walked.push([text, checker.check(text)]);
        }
        for (const [t, incremental] of walked) expect(incremental).toEqual(check(t, { referenceDate: "2026-11-23" }));
      }),
      { numRuns: 15 },
    );
  });

  it("returns to the same result when an edit is undone", () => {
    fc.assert(
      fc.property(reportText, edit, (text, e) => {
        const checker = createChecker({ referenceDate: "2026-11-23" });
        const before = checker.check(text);
        checker.check(applyEdit(text, e));
        expect(checker.check(text)).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe("check, the direct path (property)", { timeout: 120_000 }, () => {
  // check() skips the checker's cache: paragraphs with the same text get their own analyses and
  // facts there. Both paths must give the same result, with and without host heading blocks.
  it("equals a checker's first check, for texts with repeated lines and host headings", () => {
    fc.assert(
      fc.property(reportText, fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 1, max: 3 }), (text, picks, level) => {
        const doubled = text + "\n" + text.split("\n").slice(0, 3).join("\n");
        const lineStarts = [0, ...[...doubled.matchAll(/\n/g)].map((m) => m.index + 1)];
        const blocks = picks.map((k) => ({ kind: "heading" as const, from: lineStarts[k % lineStarts.length]!, level }));
        for (const options of [{ referenceDate: "2026-11-23" }, { referenceDate: "2026-11-23", blocks }]) {
          expect(check(doubled, options)).toEqual(createChecker(options).check(doubled));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("honours host headings like the checker", () => {
    // The host heading between the items closes the 一是 list: no gap before 三是.
    const text = "一是加强学习。\n工作措施\n三是强化考核。";
    const blocks = [{ kind: "heading" as const, from: text.indexOf("工作措施"), level: 2 }];
    expect(check(text, { referenceDate: "2026-11-23" }).map((d) => d.ruleId)).toEqual(["numbering/enumeration-gap"]);
    expect(check(text, { referenceDate: "2026-11-23", blocks })).toEqual([]);
    expect(createChecker({ referenceDate: "2026-11-23", blocks }).check(text)).toEqual([]);
  });
});
