import { check, type Diagnostic } from "@tally/shared";

/**
 * Cases are written with the expected findings marked inline: `[N:xx]` a masked number, `[T:XX]` a
 * masked name (warning), `[i:某]` a masked name at info. `parseMarked` strips the marks and returns
 * the plain text with the expected spans.
 */
export interface ExpectedSpan {
  mark: "N" | "T" | "i";
  from: number;
  to: number;
  text: string;
}

export function parseMarked(marked: string): { text: string; expected: ExpectedSpan[] } {
  let text = "";
  const expected: ExpectedSpan[] = [];
  const re = /\[([NTi]):([^\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const from = text.length;
    text += m[2]!;
    expected.push({ mark: m[1] as ExpectedSpan["mark"], from, to: text.length, text: m[2]! });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, expected };
}

/** The masked-* findings of a text, written in the same marks. */
export function maskedFindings(text: string): ExpectedSpan[] {
  return check(text, { referenceDate: "2026-11-23" })
    .filter((d: Diagnostic) => d.category === "masked-number" || d.category === "masked-text")
    .map((d) => ({
      mark: d.category === "masked-number" ? "N" : d.severity === "info" ? "i" : "T",
      from: d.from,
      to: d.to,
      text: d.text,
    }));
}
