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
  /** Whether the part can match the empty string. */
  nullable: boolean;
}

class GiveUp extends Error {}

/** A character not listed (., [^…], \s): a match may start with anything. */
const UNKNOWN: Part = { first: undefined, nullable: false };
const ZERO_WIDTH: Part = { first: [], nullable: true };

function union(a: Ranges, b: Ranges): Ranges {
  return a && b ? a.concat(b) : undefined;
}

function single(code: number): Ranges {
  return [code, code];
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
    let first: Ranges = [];
    let nullable = false;
    for (;;) {
      const seq = this.sequence();
      first = union(first, seq.first);
      nullable ||= seq.nullable;
      if (this.s[this.i] === "|") {
        this.i++;
        continue;
      }
      return { first, nullable };
    }
  }

  /** Atoms with quantifiers until '|' or ')' or the end. */
  private sequence(): Part {
    let first: Ranges = [];
    let nullable = true; // so far everything read can be empty
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const atom = this.quantified();
      if (nullable) {
        first = union(first, atom.first);
        nullable = atom.nullable;
      }
    }
    return { first, nullable };
  }

  private quantified(): Part {
    const atom = this.atom();
    const c = this.s[this.i];
    let nullable = atom.nullable;
    if (c === "?" || c === "*") {
      this.i++;
      nullable = true;
    } else if (c === "+") {
      this.i++;
    } else if (c === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) throw new GiveUp();
      this.i += m[0].length;
      if (Number(m[1]) === 0) nullable = true;
    } else {
      return atom;
    }
    if (this.s[this.i] === "?") this.i++; // lazy
    return { first: atom.first, nullable };
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
      return code === undefined ? UNKNOWN : { first: single(code), nullable: false };
    }
    this.i++;
    return { first: single(c.charCodeAt(0)), nullable: false };
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
    return known ? { first: t, nullable: false } : UNKNOWN;
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

/**
 * The code units any match of one of `sources` (regex sources without flags that change matching,
 * such as i or u) can start with; undefined when that cannot be told.
 */
export function firstChars(sources: readonly string[]): CharTable | undefined {
  const table: CharTable = new Uint8Array(0x10000);
  for (const source of sources) {
    let part: Part;
    try {
      part = new Reader(source).read();
    } catch (e) {
      if (e instanceof GiveUp) return undefined;
      throw e;
    }
    if (part.nullable) return undefined;
    if (!part.first) return undefined;
    for (let r = 0; r < part.first.length; r += 2) table.fill(1, part.first[r]!, part.first[r + 1]! + 1);
  }
  return table;
}
