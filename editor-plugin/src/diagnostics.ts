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
  return diagnostics.map((d, i) => {
    const out: TallyDiagnostic = {
      ...d,
      id: ids[i]!,
      line: blockIndexAt(map.blocks, d.from) + 1,
      from: textOffsetToPos(map, d.from),
      to: textOffsetToPos(map, d.to),
      fixes: d.fixes?.map((f) => ({
        ...f,
        ...(f.from !== undefined ? { from: textOffsetToPos(map, f.from) } : {}),
        ...(f.to !== undefined ? { to: textOffsetToPos(map, f.to) } : {}),
      })),
      related: d.related?.map((r) => ({ ...r, from: textOffsetToPos(map, r.from), to: textOffsetToPos(map, r.to) })),
    };
    if (!out.fixes) delete out.fixes;
    if (!out.related) delete out.related;
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
    return { ...d, from: pos, to: Math.max(pos, mapping.map(d.to, 1)) };
  }
  const from = mapping.mapResult(d.from, 1);
  const to = mapping.mapResult(d.to, -1);
  if (to.pos <= from.pos || (from.deletedAfter && to.deletedBefore)) return undefined;
  const out: TallyDiagnostic = { ...d, from: from.pos, to: to.pos };
  if (d.fixes) {
    out.fixes = d.fixes.map((f) => ({
      ...f,
      ...(f.from !== undefined ? { from: mapping.map(f.from, 1) } : {}),
      ...(f.to !== undefined ? { to: mapping.map(f.to, -1) } : {}),
    }));
  }
  if (d.related) out.related = d.related.map((r) => ({ ...r, from: mapping.map(r.from, 1), to: mapping.map(r.to, -1) }));
  return out;
}
