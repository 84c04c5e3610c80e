// The UTF-16 units a match of a regex can begin with, read off its source once at module load.
// The reading is conservative: it may admit a unit that no match starts with, never leave out
// one that does (lookarounds are ignored, they only narrow; anything it does not know widens
// the set to every unit). So where a regex's set leaves the unit out, running the regex there
// is sure to fail, and a caller may skip it: same results, less work.

import { readFileSync } from 'node:fs';

/** A set of units as ranges (lo, hi, lo, hi …), or every unit (`all`); `nullable`: can match "". */
interface Info {
  all: boolean;
  ranges: number[];
  nullable: boolean;
}

const BAR = 0x7c; // |
/** Characters that stand for themselves, one after another (no syntax among them). */
const PLAIN = /[^\\[\]()|?*+{.^$]+/y;
const REPEAT = /\{(\d+)(,\d*)?\}/y;
const CLOSE = 0x29; // )

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  /** alternatives: a | b | c */
  alt(): Info {
    const r = this.seq();
    while (this.s.charCodeAt(this.i) === BAR) {
      this.i++;
      const b = this.seq();
      join(r, b);
      r.nullable ||= b.nullable;
    }
    return r;
  }

  /** A sequence of quantified atoms: what can come first ends at its first non-nullable atom (the rest is only skipped). */
  seq(): Info {
    const r: Info = { all: false, ranges: [], nullable: true };
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === BAR || c === CLOSE) break;
      if (!r.nullable) {
        // only passed over: a run of plain characters at once (natively), else one atom
        PLAIN.lastIndex = this.i;
        if (PLAIN.test(s)) this.i = PLAIN.lastIndex;
        else this.skipAtom();
        this.quantifier();
        continue;
      }
      const a = this.atom();
      if (this.quantifier()) a.nullable = true;
      join(r, a);
      r.nullable = a.nullable;
    }
    return r;
  }

  /** Reads a quantifier after an atom, if any; true when it allows zero repetitions. */
  quantifier(): boolean {
    const s = this.s;
    const c = s.charCodeAt(this.i);
    let zero = false;
    if (c === 0x3f || c === 0x2a) {
      zero = true; // ? *
      this.i++;
    } else if (c === 0x2b) this.i++; // +
    else if (c === 0x7b) {
      REPEAT.lastIndex = this.i;
      const m = REPEAT.exec(s);
      if (!m) return false; // a literal `{` (read as an atom next)
      zero = +m[1] === 0;
      this.i += m[0].length;
    } else return false;
    if (s.charCodeAt(this.i) === 0x3f) this.i++; // lazy
    return zero;
  }

  atom(): Info {
    const s = this.s;
    const c = s[this.i++];
    if (c === '(') {
      let look = false;
      if (s[this.i] === '?') {
        if (s.startsWith('?:', this.i)) this.i += 2;
        else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) [this.i, look] = [this.i + 2, true];
        else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) [this.i, look] = [this.i + 3, true];
        else if (s[this.i + 1] === '<') this.i = s.indexOf('>', this.i) + 1; // (?<name>
        else throw new Error('unknown group');
      }
      const inner = this.alt();
      if (s[this.i++] !== ')') throw new Error('unclosed group');
      return look ? { all: false, ranges: [], nullable: true } : inner;
    }
    if (c === '[') {
      this.i--;
      return this.cls();
    }
    if (c === '^' || c === '$') return { all: false, ranges: [], nullable: true };
    if (c === '.') return { all: true, ranges: [], nullable: false };
    if (c === '\\') {
      const e = s[this.i];
      if (e === 'b' || e === 'B') {
        this.i++;
        return { all: false, ranges: [], nullable: true };
      }
      if (e >= '1' && e <= '9') {
        while (s[this.i] >= '0' && s[this.i] <= '9') this.i++;
        return { all: true, ranges: [], nullable: true }; // a back-reference
      }
      const u = this.escape();
      if (u === -2) return { all: false, ranges: [48, 57], nullable: false };
      return u < 0 ? { all: true, ranges: [], nullable: false } : { all: false, ranges: [u, u], nullable: false };
    }
    if (c === ')' || c === '|' || c === undefined) throw new Error('unexpected ' + c);
    const u = c.charCodeAt(0);
    return { all: false, ranges: [u, u], nullable: false };
  }

  /** Passes over one atom without reading what it matches. */
  skipAtom(): void {
    const s = this.s;
    const c = s[this.i];
    if (c === '[') {
      this.cls();
      return;
    }
    if (c === '(') {
      this.atom();
      return;
    }
    this.i++;
    if (c !== '\\') return;
    if (s[this.i] >= '1' && s[this.i] <= '9') while (s[this.i] >= '0' && s[this.i] <= '9') this.i++; // a back-reference
    else this.escape();
  }

  /** After a backslash: the unit it stands for; −2 for \d, −1 for another class escape (\w, \s, \D …) or one not known. */
  escape(): number {
    const s = this.s;
    const e = s[this.i++];
    if (e === 't') return 9;
    if (e === 'n') return 10;
    if (e === 'v') return 11;
    if (e === 'f') return 12;
    if (e === 'r') return 13;
    if (e === '0') return 0;
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i, this.i + 4))) {
      this.i += 4;
      return parseInt(s.slice(this.i - 4, this.i), 16);
    }
    if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(this.i, this.i + 2))) {
      this.i += 2;
      return parseInt(s.slice(this.i - 2, this.i), 16);
    }
    if (e === 'd') return -2;
    if (/[A-Za-z0-9]/.test(e)) return -1; // \w, \s, \D, \c… : not narrowed
    return e.charCodeAt(0); // \. \- \/ \\ …: the character itself
  }

  /** A character class […]; a negated one is not narrowed. */
  cls(): Info {
    const s = this.s;
    this.i++; // [
    const r: Info = { all: false, ranges: [], nullable: false };
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    while (this.i < s.length && s[this.i] !== ']') {
      const lo = this.classUnit(r);
      if (lo >= 0 && s[this.i] === '-' && this.i + 1 < s.length && s[this.i + 1] !== ']') {
        this.i++;
        const hi = this.classUnit(r);
        if (hi < 0 || hi < lo) r.all = true;
        else r.ranges.push(lo, hi);
      } else if (lo >= 0) r.ranges.push(lo, lo);
    }
    if (s[this.i++] !== ']') throw new Error('unclosed class');
    if (negated) r.all = true;
    return r;
  }

  /** One unit of a class, or −1 after adding a class escape (\d) to `r` or widening it. */
  classUnit(r: Info): number {
    const c = this.s[this.i++];
    if (c !== '\\') return c.charCodeAt(0);
    if (this.s[this.i] === 'b') {
      this.i++;
      return 8;
    }
    const u = this.escape();
    if (u === -2) r.ranges.push(48, 57);
    else if (u < 0) r.all = true;
    return u < 0 ? -1 : u;
  }
}

function join(into: Info, b: Info): void {
  if (b.all) into.all = true;
  for (const x of b.ranges) into.ranges.push(x);
}

/**
 * The units a match of `re` can start with, as ranges (lo, hi, …), or null for "any unit":
 * also for flags that change what a unit matches (i, u, v) and for patterns that can match
 * the empty string.
 */
export function firstUnits(re: RegExp): number[] | null {
  const key = re.flags + '/' + re.source;
  const known = READ_AT_BUILD?.get(key);
  const units = known !== undefined ? known : readFirstUnits(re);
  recorded?.set(key, units);
  return units;
}

/**
 * firstUnits of the regexes the dates extractor builds at load, read once by `npm run build`
 * (scripts/read-at-build.mjs) into first-units.json beside this module: reading them at every
 * start cost ~2 ms. Keyed by flags and the whole source, so an entry is the reading of that
 * very regex (a source that changed is not found and is read here, as without the file).
 */
const READ_AT_BUILD: Map<string, number[] | null> | null = (() => {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(new URL('./first-units.json', import.meta.url), 'utf8'))));
  } catch {
    return null; // not built (tests run the sources): every regex is read here
  }
})();

let recorded: Map<string, number[] | null> | null = null;
/** For the build: from now on, every key and result of firstUnits is kept in the map returned. */
export function recordFirstUnits(): Map<string, number[] | null> {
  return (recorded = new Map());
}

function readFirstUnits(re: RegExp): number[] | null {
  if (/[iuv]/.test(re.flags)) return null;
  try {
    const r = new Reader(re.source);
    const info = r.alt();
    return r.i !== re.source.length || info.all || info.nullable ? null : info.ranges;
  } catch {
    return null;
  }
}

/**
 * First-unit tables for several regexes at once: `unit` maps a UTF-16 unit to a small number
 * (0: a unit none of the regexes can start with), and `tables[k][n]` is 1 where regex k can
 * start with the unit numbered n. So `tables[k][unit[c]] === 0` means regex k cannot match at
 * a unit c. (One 64 K map for all, not a 64 K table per regex.)
 */
export function unitTables(res: RegExp[]): { unit: Uint16Array; tables: Uint8Array[] } {
  const sets = res.map(firstUnits);
  const unit = new Uint16Array(0x10000);
  let n = 0;
  for (const ranges of sets) {
    if (ranges)
      for (let j = 0; j < ranges.length; j += 2)
        for (let u = ranges[j]; u <= ranges[j + 1]; u++) if (unit[u] === 0) unit[u] = ++n;
  }
  const tables = sets.map((ranges) => {
    const t = new Uint8Array(n + 1);
    if (!ranges) t.fill(1);
    else for (let j = 0; j < ranges.length; j += 2) for (let u = ranges[j]; u <= ranges[j + 1]; u++) t[unit[u]] = 1;
    return t;
  });
  return { unit, tables };
}
