import type { Diagnostic, Fix, RelatedLocation } from "@tally/shared";
import type { Mapping } from "@tiptap/pm/transform";
import { blockIndexAt, textOffsetToPos, type DocumentText } from "./text-map";

/**
 * A diagnostic as the editor sees it: `from`/`to` (and fix and related ranges) are document
 * positions, kept current through every transaction. `id` survives edits elsewhere.
 */
export interface TallyDiagnostic extends Omit<Diagnostic, "fixes" | "related"> {
  id: string;
  /** 1-based line (textblock) of the diagnostic at the last check, for lists and exports. */
  line: number;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

/** FNV-1a, 32 bit: short, stable ids without a crypto dependency. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Gives each diagnostic an id from its rule, its text (or section) and its occurrence among
 * diagnostics with the same rule and text. Edits elsewhere keep the id; editing the flagged text
 * makes it a different diagnostic, as it is one.
 */
export function assignIds(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return diagnostics.map((d) => {
    const key = `${d.ruleId}\u0000${d.category === "missing-section" ? `§${d.section ?? ""}` : d.text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    let id = `tally-${hash(`${key}\u0000${occurrence}`)}`;
    for (let n = 2; used.has(id); n++) id = `tally-${hash(`${key}\u0000${occurrence}`)}-${n}`;
    used.add(id);
    return id;
  });
}

/** Converts engine diagnostics (text offsets) into editor diagnostics (document positions). */
export function toEditorDiagnostics(diagnostics: readonly Diagnostic[], map: DocumentText): TallyDiagnostic[] {
  const ids = assignIds(diagnostics);
  const toPos = (offset: number) => textOffsetToPos(map, offset);
  return diagnostics.map((d, i) => {
    // Fields are copied one by one into a fixed shape: a spread followed by overriding keys (or
    // `delete`, or object rest) takes V8's slow paths and was most of this step on long documents.
    const out: TallyDiagnostic = {
      ruleId: d.ruleId,
      category: d.category,
      severity: d.severity,
      from: toPos(d.from),
      to: toPos(d.to),
      text: d.text,
      message: d.message,
      id: ids[i]!,
      line: blockIndexAt(map.blocks, d.from) + 1,
    };
    if (d.section !== undefined) out.section = d.section;
    const { fixes, related } = d;
    if (fixes) {
      out.fixes = fixes.map((f) => {
        const fix: Fix = { ...f };
        if (f.from !== undefined) fix.from = toPos(f.from);
        if (f.to !== undefined) fix.to = toPos(f.to);
        return fix;
      });
    }
    if (related) out.related = related.map((r) => ({ ...r, from: toPos(r.from), to: toPos(r.to) }));
    return out;
  });
}

/**
 * Maps a diagnostic through a transaction's mapping. Returns undefined when its flagged text was
 * deleted: the next check decides what it is now.
 */
export function mapDiagnostic(d: TallyDiagnostic, mapping: Mapping): TallyDiagnostic | undefined {
  if (d.category === "missing-section") {
    const pos = mapping.map(d.from, -1);
    return movedTo(d, pos, Math.max(pos, mapping.map(d.to, 1)));
  }
  const from = mapping.mapResult(d.from, 1);
  const to = mapping.mapResult(d.to, -1);
  if (to.pos <= from.pos || (from.deletedAfter && to.deletedBefore)) return undefined;
  const out = movedTo(d, from.pos, to.pos);
  if (d.fixes) {
    out.fixes = d.fixes.map((f) => {
      const fix: Fix = { ...f };
      if (f.from !== undefined) fix.from = mapping.map(f.from, 1);
      if (f.to !== undefined) fix.to = mapping.map(f.to, -1);
      return fix;
    });
  }
  if (d.related) out.related = d.related.map((r) => ({ ...r, from: mapping.map(r.from, 1), to: mapping.map(r.to, -1) }));
  return out;
}

/** A copy of `d` at a new range (fixes and related kept as they are; the caller maps them). */
function movedTo(d: TallyDiagnostic, from: number, to: number): TallyDiagnostic {
  // Same fixed shape as toEditorDiagnostics builds, for the same reason (no spread-and-override).
  const out: TallyDiagnostic = {
    ruleId: d.ruleId,
    category: d.category,
    severity: d.severity,
    from,
    to,
    text: d.text,
    message: d.message,
    id: d.id,
    line: d.line,
  };
  if (d.section !== undefined) out.section = d.section;
  if (d.fixes) out.fixes = d.fixes;
  if (d.related) out.related = d.related;
  return out;
}
