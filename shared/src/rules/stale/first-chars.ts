/**
 * The characters a match of a regex source can start with, found by a small conservative reader:
 * literals, plain character classes, groups, alternations, quantifiers and look-arounds. Anything
 * else (\d, ., negated classes, back-references, a source that can match the empty string) gives
 * `undefined`: "could start anywhere". Used to skip positions before running a big combined regex.
 */

/** A set of UTF-16 code units as a lookup table (1 = member). */
export type CharTable = Uint8Array;

/** Code-unit ranges as flat [low, high, low, high …] pairs; undefined = unknown (any). */
type Ranges = readonly number[] | undefined;

interface Part {
  /** First code units; undefined = unknown (any). */
  first: Ranges;
  /** Code units a match of two or more characters can have second; undefined = unknown (any). */
  second: Ranges;
  /** Whether the part can match the empty string. */
  nullable: boolean;
  /** Whether the part can match exactly one character. */
  single: boolean;
}

class GiveUp extends Error {}

/** A character not listed (., [^…], \s): a match may start with anything. */
const UNKNOWN: Part = { first: undefined, second: [], nullable: false, single: true };
const ZERO_WIDTH: Part = { first: [], second: [], nullable: true, single: false };

function union(a: Ranges, b: Ranges): Ranges {
  return a && b ? a.concat(b) : undefined;
}

function single(code: number): Ranges {
  return [code, code];
}

function oneChar(first: Ranges): Part {
  return { first, second: [], nullable: false, single: true };
}

/** a then b. */
function then(a: Part, b: Part): Part {
  let second = a.second;
  if (a.single) second = union(second, b.first);
  if (a.nullable) second = union(second, b.second);
  return {
    first: a.nullable ? union(a.first, b.first) : a.first,
    second,
    nullable: a.nullable && b.nullable,
    single: (a.single && b.nullable) || (a.nullable && b.single),
  };
}

/** a or b. */
function or(a: Part, b: Part): Part {
  return { first: union(a.first, b.first), second: union(a.second, b.second), nullable: a.nullable || b.nullable, single: a.single || b.single };
}

/** Reads one source; throws GiveUp on anything it does not model. */
class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  read(): Part {
    const p = this.alternation();
    if (this.i !== this.s.length) throw new GiveUp();
    return p;
  }

  /** alt ('|' alt)* up to ')' or the end. */
  private alternation(): Part {
    let part = this.sequence();
    while (this.s[this.i] === "|") {
      this.i++;
      part = or(part, this.sequence());
    }
    return part;
  }

  /** Atoms with quantifiers until '|' or ')' or the end. */
  private sequence(): Part {
    let part = ZERO_WIDTH;
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") part = then(part, this.quantified());
    return part;
  }

  private quantified(): Part {
    const atom = this.atom();
    const c = this.s[this.i];
    let min = 1;
    let max = 1;
    if (c === "?") (this.i++), (min = 0);
    else if (c === "*") (this.i++), (min = 0), (max = Infinity);
    else if (c === "+") (this.i++), (max = Infinity);
    else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) throw new GiveUp();
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else {
      return atom;
    }
    if (this.s[this.i] === "?") this.i++; // lazy
    if (max === 0) return ZERO_WIDTH;
    // Two or more repetitions: a one-character repetition may be followed by the atom again.
    const second = max >= 2 && atom.single ? union(atom.second, atom.first) : atom.second;
    return {
      first: atom.first,
      second,
      nullable: min === 0 || atom.nullable,
      // One character: one repetition of one character, the others (if any are required) empty.
      single: atom.single && (min <= 1 || atom.nullable),
    };
  }

  private atom(): Part {
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
        } else throw new GiveUp();
      }
      const inner = this.alternation();
      if (s[this.i] !== ")") throw new GiveUp();
      this.i++;
      return lookaround ? ZERO_WIDTH : inner;
    }
    if (c === "[") return this.charClass();
    if (c === "^" || c === "$") {
      this.i++;
      return ZERO_WIDTH;
    }
    if (c === ".") {
      this.i++;
      return UNKNOWN;
    }
    if (c === ")" || c === "|" || c === "?" || c === "*" || c === "+" || c === "{" || c === "}" || c === "]") throw new GiveUp();
    if (c === "\\") {
      const code = this.escape();
      return code === undefined ? UNKNOWN : oneChar(single(code));
    }
    this.i++;
    return oneChar(single(c.charCodeAt(0)));
  }

  /** An escape: its code unit, or undefined for a class escape (\d, \s, \w and their negations). */
  private escape(): number | undefined {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new GiveUp();
    if (e === "u") {
      const hex = /^[0-9A-Fa-f]{4}/.exec(s.slice(this.i + 2));
      if (!hex) throw new GiveUp();
      this.i += 6;
      return parseInt(hex[0], 16);
    }
    if (e === "x") {
      const hex = /^[0-9A-Fa-f]{2}/.exec(s.slice(this.i + 2));
      if (!hex) throw new GiveUp();
      this.i += 4;
      return parseInt(hex[0], 16);
    }
    if (e === "t") return (this.i += 2), 9;
    if (e === "n") return (this.i += 2), 10;
    if (e === "r") return (this.i += 2), 13;
    if (/[dDsSwW]/.test(e)) return (this.i += 2), undefined;
    // Only punctuation escapes stand for themselves; letters and digits have special meanings.
    if (/[A-Za-z0-9]/.test(e)) throw new GiveUp();
    this.i += 2;
    return e.charCodeAt(0);
  }

  private charClass(): Part {
    const s = this.s;
    this.i++; // [
    let negated = false;
    if (s[this.i] === "^") {
      negated = true;
      this.i++;
    }
    const t: number[] = [];
    let any = false;
    let known = !negated;
    while (this.i < s.length && s[this.i] !== "]") {
      const lo = this.classChar();
      if (lo === undefined) {
        known = false; // \s and the like: members not listed
        if (s[this.i] === "-") throw new GiveUp();
      } else if (s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length) {
        this.i++;
        const hi = this.classChar();
        if (hi === undefined || hi < lo) throw new GiveUp();
        t.push(lo, hi);
      } else {
        t.push(lo, lo);
      }
      any = true;
    }
    if (s[this.i] !== "]" || !any) throw new GiveUp();
    this.i++;
    return known ? oneChar(t) : UNKNOWN;
  }

  private classChar(): number | undefined {
    const c = this.s[this.i];
    if (c === undefined) throw new GiveUp();
    if (c === "\\") return this.escape();
    if (c === "[") throw new GiveUp();
    this.i++;
    return c.charCodeAt(0);
  }
}

/** What a match of a source can start with. */
export interface StartChars {
  /** Code units of the first character, as flat [low, high, low, high …] ranges. */
  first: readonly number[];
  /** Of the second character; undefined when it may be anything or the match may be one character long. */
  second: readonly number[] | undefined;
}

/** Undefined when the first characters cannot be told (or the source can match the empty string). */
export function startChars(source: string): StartChars | undefined {
  let part: Part;
  try {
    part = new Reader(source).read();
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
  if (part.nullable || !part.first) return undefined;
  return { first: part.first, second: part.single ? undefined : part.second };
}

/**
 * The code units a match of `source` can start with, as flat [low, high, low, high …] ranges;
 * undefined when that cannot be told (or the source can match the empty string).
 */
export function firstCharRanges(source: string): readonly number[] | undefined {
  return startChars(source)?.first;
}

/**
 * The code units any match of one of `sources` (regex sources without flags that change matching,
 * such as i or u) can start with; undefined when that cannot be told.
 */
export function firstChars(sources: readonly string[]): CharTable | undefined {
  const table: CharTable = new Uint8Array(0x10000);
  for (const source of sources) {
    const first = firstCharRanges(source);
    if (!first) return undefined;
    for (let r = 0; r < first.length; r += 2) table.fill(1, first[r]!, first[r + 1]! + 1);
  }
  return table;
}
