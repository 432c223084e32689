/**
 * Characters a regex match cannot do without, read off the regex source by a small conservative
 * reader, so that a big regex runs only on text that holds them. 还存在…问题 needs one of 还仍也依但,
 * one of 存面有 and one of 问困不短差薄挑矛; a sentence without them cannot match and is skipped.
 *
 * The reader models literals, plain character classes, groups, alternations, quantifiers and
 * look-arounds; whatever it does not model (\d, ., negated classes, back-references) requires
 * nothing, and a source it cannot read gives no filter at all ("may match anywhere").
 */

/** One of these code units must occur (sorted, distinct). */
type CharSet = readonly number[];
/** All of these sets must be met. */
type Conjunction = readonly CharSet[];
/** Any one conjunction met may allow a match; [[]] = nothing required. */
type Requirement = readonly Conjunction[];

const NOTHING_REQUIRED: Requirement = [[]];
/** Classes larger than this ([\u4e00-\u9fa5]) say too little to be worth a lookup. */
const MAX_SET = 64;
/** A conjunction's sets after its cheapest are kept only up to this cost (a few characters). */
const MAX_EXTRA_COST = 12;
/** One bit per kept set in four 32-bit mask words. */
const MAX_SETS = 128;

class GiveUp extends Error {}

/**
 * Very frequent characters (的, 是 …) make a poor filter: a set holding them is kept only when no
 * rarer one is required. Only a preference; any required set gives correct results.
 */
const COMMON = new Set(Array.from("的一是不了在人有我这个们中来上大为和国地到以说时要就出会可也对生能而子得于着下自之年过发后作工展进", (c) => c.charCodeAt(0)));

function cost(set: CharSet): number {
  let c = 0;
  for (const code of set) c += COMMON.has(code) ? 8 : 1;
  return c;
}

function cheapest(conj: Conjunction): CharSet {
  let best = conj[0]!;
  for (const s of conj) if (cost(s) < cost(best)) best = s;
  return best;
}

function union(a: CharSet, b: CharSet): CharSet {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function isTrivial(r: Requirement): boolean {
  return r.some((conj) => conj.length === 0);
}

/** Both parts must match one after the other. */
function both(a: Requirement, b: Requirement): Requirement {
  if (isTrivial(b)) return a;
  if (isTrivial(a)) return b;
  if (b.length > 1) {
    // Alternatives after something required: one set holding a character of each alternative
    // (keeps the conjunctions few; the leading alternation of a source stays spread out).
    let merged: CharSet = [];
    for (const conj of b) merged = union(merged, cheapest(conj));
    if (merged.length > MAX_SET) return a;
    b = [[merged]];
  }
  const out: Conjunction[] = [];
  for (const x of a) for (const y of b) out.push([...x, ...y]);
  return out;
}

/** Either part may match. */
function either(a: Requirement, b: Requirement): Requirement {
  return isTrivial(a) || isTrivial(b) ? NOTHING_REQUIRED : [...a, ...b];
}

/** Code units that match `code` too under the i flag (without u), or undefined when not modelled. */
function caseVariants(code: number): number[] | undefined {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0xff21 && code <= 0xff3a)) return [code, code + 0x20];
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0xff41 && code <= 0xff5a)) return [code - 0x20, code];
  // ASCII other than letters, CJK punctuation and ideographs, full-width forms: no case.
  if (code < 0x80 || (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef)) return [code];
  return undefined;
}

/** Reads one source into its requirement; throws GiveUp on anything it does not model. */
class Reader {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly ignoreCase: boolean,
  ) {}

  read(): Requirement {
    const r = this.alternation();
    if (this.i !== this.s.length) throw new GiveUp();
    return r;
  }

  private alternation(): Requirement {
    let r = this.sequence();
    while (this.s[this.i] === "|") {
      this.i++;
      r = either(r, this.sequence());
    }
    return r;
  }

  private sequence(): Requirement {
    let r = NOTHING_REQUIRED;
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") r = both(r, this.quantified());
    return r;
  }

  private quantified(): Requirement {
    const atom = this.atom();
    const c = this.s[this.i];
    let optional = false;
    if (c === "?" || c === "*") {
      this.i++;
      optional = true;
    } else if (c === "+") {
      this.i++;
    } else if (c === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i, this.i + 24));
      if (!m) throw new GiveUp();
      this.i += m[0].length;
      optional = Number(m[1]) === 0;
    } else {
      return atom;
    }
    if (this.s[this.i] === "?") this.i++; // lazy
    return optional ? NOTHING_REQUIRED : atom;
  }

  private atom(): Requirement {
    const s = this.s;
    const c = s[this.i]!;
    if (c === "(") {
      this.i++;
      let lookaround = false;
      if (s[this.i] === "?") {
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith("?:")) this.i += 2;
        else if (rest === "?<=" || rest === "?<!") (this.i += 3), (lookaround = true);
        else if (rest.startsWith("?=") || rest.startsWith("?!")) (this.i += 2), (lookaround = true);
        else if (rest.startsWith("?<")) {
          const end = s.indexOf(">", this.i);
          if (end < 0) throw new GiveUp();
          this.i = end + 1;
        } else throw new GiveUp(); // modifiers such as (?i:…)
      }
      const inner = this.alternation();
      if (s[this.i] !== ")") throw new GiveUp();
      this.i++;
      return lookaround ? NOTHING_REQUIRED : inner;
    }
    if (c === "[") return this.charClass();
    if (c === "^" || c === "$" || c === ".") {
      this.i++;
      return NOTHING_REQUIRED;
    }
    if (c === ")" || c === "|" || c === "?" || c === "*" || c === "+" || c === "{" || c === "}" || c === "]") throw new GiveUp();
    if (c === "\\") {
      const code = this.escape();
      return code === undefined ? NOTHING_REQUIRED : this.literal([code]);
    }
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) throw new GiveUp(); // astral: one code point, two units
    this.i++;
    return this.literal([code]);
  }

  /** A set of code units one character must be, widened by case under the i flag. */
  private literal(codes: readonly number[]): Requirement {
    let set = codes;
    if (this.ignoreCase) {
      const wide: number[] = [];
      for (const code of codes) {
        const v = caseVariants(code);
        if (!v) return NOTHING_REQUIRED;
        wide.push(...v);
      }
      set = wide;
    }
    const sorted = [...new Set(set)].sort((x, y) => x - y);
    return sorted.length > 0 && sorted.length <= MAX_SET ? [[sorted]] : NOTHING_REQUIRED;
  }

  /** An escape: its code unit, or undefined for one that stands for many (\d, \s, \w, \b, \1, \p{…}). */
  private escape(): number | undefined {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new GiveUp();
    if (e === "u") {
      const hex = /^[0-9A-Fa-f]{4}/.exec(s.slice(this.i + 2, this.i + 6));
      if (!hex) throw new GiveUp();
      this.i += 6;
      const code = parseInt(hex[0], 16);
      if (code >= 0xd800 && code <= 0xdfff) throw new GiveUp();
      return code;
    }
    if (e === "x") {
      const hex = /^[0-9A-Fa-f]{2}/.exec(s.slice(this.i + 2, this.i + 4));
      if (!hex) throw new GiveUp();
      this.i += 4;
      return parseInt(hex[0], 16);
    }
    if (e === "t") return (this.i += 2), 9;
    if (e === "n") return (this.i += 2), 10;
    if (e === "r") return (this.i += 2), 13;
    if (/[dDsSwWbB]/.test(e)) return (this.i += 2), undefined;
    // Other letters and digits (back-references, \p{…}, \k<…>) have meanings not modelled here.
    if (/[A-Za-z0-9]/.test(e)) throw new GiveUp();
    this.i += 2;
    return e.charCodeAt(0);
  }

  private charClass(): Requirement {
    const s = this.s;
    this.i++; // [
    let negated = false;
    if (s[this.i] === "^") {
      negated = true;
      this.i++;
    }
    const codes: number[] = [];
    let known = !negated;
    let any = false;
    while (this.i < s.length && s[this.i] !== "]") {
      const lo = this.classChar();
      if (lo === undefined) {
        known = false; // \s and the like: members not listed
        if (s[this.i] === "-" && s[this.i + 1] !== "]") throw new GiveUp();
      } else if (s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length) {
        this.i++;
        const hi = this.classChar();
        if (hi === undefined || hi < lo) throw new GiveUp();
        if (hi - lo >= MAX_SET) known = false;
        else for (let k = lo; k <= hi; k++) codes.push(k);
      } else {
        codes.push(lo);
      }
      any = true;
    }
    if (s[this.i] !== "]" || !any) throw new GiveUp();
    this.i++;
    return known ? this.literal(codes) : NOTHING_REQUIRED;
  }

  private classChar(): number | undefined {
    const c = this.s[this.i];
    if (c === undefined) throw new GiveUp();
    if (c === "\\") {
      if (this.s[this.i + 1] === "b") throw new GiveUp(); // backspace inside a class
      return this.escape();
    }
    if (c === "[") throw new GiveUp();
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) throw new GiveUp();
    this.i++;
    return code;
  }
}

/** A quick test that a range of text may hold a match. */
export interface CharFilter {
  /** False only when no match can lie within text[from, to). */
  mayMatch(text: string, from?: number, to?: number): boolean;
}

/** Quick tests for several regexes in one pass over the text. */
export interface CharFilterGroup {
  /**
   * Bit i is clear only when no match of regex i can lie within text[from, to). Regexes past the
   * 31st have no bit: callers must try them.
   */
  mayMatch(text: string, from?: number, to?: number): number;
}

/** A source's requirement, or undefined when it requires nothing the reader can tell. */
function requirementOf(sources: readonly string[], ignoreCase: boolean): Requirement | undefined {
  let requirement: Requirement = [];
  for (const source of sources) {
    let r: Requirement;
    try {
      r = new Reader(source, ignoreCase).read();
    } catch (e) {
      if (e instanceof GiveUp) return undefined;
      throw e;
    }
    if (isTrivial(r)) return undefined;
    requirement = [...requirement, ...r];
  }
  return requirement.length > 0 ? requirement : undefined;
}

/**
 * A filter for the union of `sources` (a match of any of them), or undefined when some source
 * requires nothing the reader can tell. `ignoreCase` is the regex's i flag (without u).
 */
export function requiredCharsFilter(sources: readonly string[], ignoreCase = false): CharFilter | undefined {
  const requirement = requirementOf(sources, ignoreCase);
  if (!requirement) return undefined;
  const group = buildGroup([requirement]);
  return group && { mayMatch: (text, from, to) => group.mayMatch(text, from, to) !== 0 };
}

/**
 * One filter per entry of `list` (each the sources of one regex, a match of any of them), read in
 * one pass: bit i of the answer belongs to list[i]. Entries the reader cannot tell are always set.
 */
export function requiredCharsFilterGroup(list: readonly (readonly string[])[], ignoreCase = false): CharFilterGroup {
  return buildGroup(list.map((sources) => requirementOf(sources, ignoreCase))) ?? { mayMatch: () => -1 };
}

/** Up to this many filters get a bit of their own. */
const MAX_FILTERS = 31;

function buildGroup(requirements: readonly (Requirement | undefined)[]): CharFilterGroup | undefined {
  let always = 0;
  requirements.forEach((r, f) => {
    if (!r && f < MAX_FILTERS) always |= 1 << f;
  });
  // Keep the cheapest sets of each conjunction, as many as the mask bits allow.
  for (const keep of [8, 4, 3, 2, 1]) {
    const bitOf = new Map<string, number>();
    const sets: CharSet[] = [];
    const conjBits: number[][] = [];
    const owners: number[] = [];
    requirements.forEach((requirement, f) => {
      if (!requirement || f >= MAX_FILTERS) return;
      const seen = new Set<string>();
      for (const conj of requirement) {
        // The cheapest set, then only small sets of rare characters: big or common sets would make
        // most characters of a text worth a look and say little.
        const sorted = [...conj].sort((a, b) => cost(a) - cost(b));
        const chosen = [sorted[0]!, ...sorted.slice(1, keep).filter((set) => cost(set) <= MAX_EXTRA_COST)];
        const bits: number[] = [];
        for (const set of chosen) {
          const key = set.join(",");
          let bit = bitOf.get(key);
          if (bit === undefined) {
            bit = sets.length;
            bitOf.set(key, bit);
            sets.push(set);
          }
          if (!bits.includes(bit)) bits.push(bit);
        }
        // bits[0] stays the cheapest set: conjunctions are looked up by it.
        const key = [...bits].sort((a, b) => a - b).join(",");
        if (seen.has(key)) continue;
        seen.add(key);
        conjBits.push(bits);
        owners.push(f);
      }
    });
    if (sets.length <= MAX_SETS) return compileGroup(sets, conjBits, owners, always);
  }
  return undefined;
}

/** Mask word and bit of a set number (four 32-bit words). */
const wordOf = (bit: number) => bit >> 5;
const maskOf = (bit: number) => 1 << (bit & 31);

function compileGroup(sets: readonly CharSet[], conjBits: readonly number[][], owners: readonly number[], always: number): CharFilterGroup | undefined {
  // Code unit → 1-based slot; slot k's four mask words say which sets the character is in.
  const slotOf = new Uint8Array(0x10000);
  const masks: number[] = [0, 0, 0, 0];
  for (let bit = 0; bit < sets.length; bit++) {
    for (const code of sets[bit]!) {
      let slot = slotOf[code]!;
      if (slot === 0) {
        if (masks.length >= 256 * 4) return undefined;
        slot = masks.length / 4;
        slotOf[code] = slot;
        masks.push(0, 0, 0, 0);
      }
      masks[slot * 4 + wordOf(bit)]! |= maskOf(bit);
    }
  }
  const slotMasks = Int32Array.from(masks);
  // Each conjunction as (word, mask) pairs for its non-zero words, listed under its cheapest set:
  // only the conjunctions of sets present in the text are looked at.
  const pairWord: number[] = [];
  const pairMask: number[] = [];
  const conjEnd: number[] = [];
  const conjOwner: number[] = [];
  const conjStart: number[] = [];
  const byLead: number[][] = sets.map(() => []);
  conjBits.forEach((bits, c) => byLead[bits[0]!]!.push(c));
  const leadStart: number[] = [];
  for (const list of byLead) {
    leadStart.push(conjEnd.length);
    for (const c of list) {
      const words = new Map<number, number>();
      for (const bit of conjBits[c]!) words.set(wordOf(bit), (words.get(wordOf(bit)) ?? 0) | maskOf(bit));
      conjStart.push(pairWord.length);
      for (const [w, m] of words) pairWord.push(w), pairMask.push(m);
      conjEnd.push(pairWord.length);
      conjOwner.push(1 << owners[c]!);
    }
  }
  leadStart.push(conjEnd.length);
  const word = Int32Array.from(pairWord);
  const mask = Int32Array.from(pairMask);
  const start = Int32Array.from(conjStart);
  const end = Int32Array.from(conjEnd);
  const owner = Int32Array.from(conjOwner);
  const lead = Int32Array.from(leadStart);
  return {
    mayMatch(text, from = 0, to = text.length) {
      let p0 = 0;
      let p1 = 0;
      let p2 = 0;
      let p3 = 0;
      for (let i = from; i < to; i++) {
        const slot = slotOf[text.charCodeAt(i)]!;
        if (slot === 0) continue;
        const m = slot * 4;
        p0 |= slotMasks[m]!;
        p1 |= slotMasks[m + 1]!;
        p2 |= slotMasks[m + 2]!;
        p3 |= slotMasks[m + 3]!;
      }
      let out = always;
      for (let w = 0; w < 4; w++) {
        let present = w === 0 ? p0 : w === 1 ? p1 : w === 2 ? p2 : p3;
        while (present !== 0) {
          const low = present & -present;
          present ^= low;
          const set = w * 32 + 31 - Math.clz32(low);
          for (let c = lead[set]!; c < lead[set + 1]!; c++) {
            if ((out & owner[c]!) !== 0) continue;
            let met = true;
            for (let j = start[c]!; j < end[c]! && met; j++) {
              const v = word[j]!;
              met = ((v === 0 ? p0 : v === 1 ? p1 : v === 2 ? p2 : p3) & mask[j]!) === mask[j];
            }
            if (met) out |= owner[c]!;
          }
        }
      }
      return out;
    },
  };
}
