/**
 * Period keys: the one normalised spelling of a period, shared by the report model, figure
 * extraction and the figure store, so that a saved figure's period compares with a text's.
 *
 *   2026              a whole year
 *   2026-H1 / -H2     half years
 *   2026-Q1 … -Q4     quarters
 *   2026-10           one month
 *   2026-01..2026-10  a run of months (1—10月)
 */
export interface PeriodRange {
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD, inclusive */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The key of a whole-month range; undefined when the range does not start and end on month bounds. */
export function toPeriodKey(range: PeriodRange): string | undefined {
  const s = /^(\d{4})-(\d{2})-(\d{2})$/.exec(range.start);
  const e = /^(\d{4})-(\d{2})-(\d{2})$/.exec(range.end);
  if (!s || !e) return undefined;
  const [sy, sm, sd] = [+s[1]!, +s[2]!, +s[3]!];
  const [ey, em, ed] = [+e[1]!, +e[2]!, +e[3]!];
  if (sd !== 1 || ed !== lastDay(ey, em)) return undefined;
  if (sy === ey) {
    if (sm === 1 && em === 12) return String(sy);
    if (sm === 1 && em === 6) return `${sy}-H1`;
    if (sm === 7 && em === 12) return `${sy}-H2`;
    if (em - sm === 2 && (sm - 1) % 3 === 0) return `${sy}-Q${(sm - 1) / 3 + 1}`;
    if (sm === em) return `${sy}-${pad(sm)}`;
  }
  return `${sy}-${pad(sm)}..${ey}-${pad(em)}`;
}

/** The date range of a period key; undefined for anything that is not a key. */
export function parsePeriodKey(key: string): PeriodRange | undefined {
  let m = /^(\d{4})$/.exec(key);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return m[2] === "1" ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return monthRange(+m[1]!, (+m[2]! - 1) * 3 + 1, +m[1]!, (+m[2]! - 1) * 3 + 3);
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m && +m[2]! >= 1 && +m[2]! <= 12) return monthRange(+m[1]!, +m[2]!, +m[1]!, +m[2]!);
  m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const [sy, sm, ey, em] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!];
    if (sm < 1 || sm > 12 || em < 1 || em > 12 || sy * 12 + sm > ey * 12 + em) return undefined;
    return monthRange(sy, sm, ey, em);
  }
  return undefined;
}

function monthRange(sy: number, sm: number, ey: number, em: number): PeriodRange {
  return { start: `${sy}-${pad(sm)}-01`, end: `${ey}-${pad(em)}-${pad(lastDay(ey, em))}` };
}

/** Normalises a key's spelling (e.g. "2026-01..2026-12" → "2026"); undefined if not a key. */
export function normalizePeriodKey(key: string): string | undefined {
  const r = parsePeriodKey(key.trim());
  return r ? toPeriodKey(r) : undefined;
}
