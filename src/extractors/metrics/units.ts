// Units (units.tsv): the measure words, currencies and symbols a number may carry, and the
// longest one at a position, for the metrics scan and for the subjects after it. Words that
// merely start with a unit (个性, 成为, 年度: unit-blockers.txt) are no unit.
import type { Approx } from '../../types.js';
import { groupByCode, loadList, loadListWithExceptions, loadRows, longestFirst, tableByCode } from '../../lexicon/load.js';
import { isDigitCode, isHanCode, isLatinCode, isSpaceOrTab } from '../../text/chars.js';

export interface UnitInfo {
  surface: string;
  kind: string;
  unit: string;
  factor: number;
  classifier: boolean;
  /** Before a noun the number names a position, not a count (十四届全国人大). */
  ordinalBeforeNoun?: boolean;
  /** The surface's first and last characters are Latin letters (GB, kWh): matchUnit's two Latin rules, read once. */
  latinStart: boolean;
  latinEnd: boolean;
  /** The code of the surface's second character, -1 for a one-character surface. */
  second: number;
  approx: Approx | null;
  add: number;
  /** Only where no Han character follows (`end` in units.tsv: 2个点。, not 68个点位). */
  wordEnd: boolean;
}

export const UNITS = new Map<string, UnitInfo>();
/** Units that are nouns themselves (units.tsv's `noun`: 三方面, 九部门), as reported. */
export const NOUN_UNITS = new Set<string>();
for (const [surface, kind, unit, factor, flags = ''] of loadRows(new URL('./units.tsv', import.meta.url))) {
  const info: UnitInfo = { surface, kind, unit: unit === '-' ? '' : unit || surface, factor: factor ? Number(factor) : 1, classifier: false, approx: null, add: 0, wordEnd: false, latinStart: isLatinCode(surface.charCodeAt(0)), latinEnd: isLatinCode(surface.charCodeAt(surface.length - 1)), second: surface.length > 1 ? surface.charCodeAt(1) : -1 };
  for (const f of flags.split(/[ ,]+/)) {
    if (f === 'cl') info.classifier = true;
    else if (f === 'ord') info.ordinalBeforeNoun = true;
    else if (f === 'more') info.approx = 'more';
    else if (f === 'end') info.wordEnd = true;
    else if (f === 'noun') NOUN_UNITS.add(info.unit);
    else if (f.startsWith('add=')) info.add = Number(f.slice(4));
  }
  UNITS.set(surface, info);
}
/** Units by first character, longest first (a small trie's first level is enough here). */
export const UNIT_GROUPS = groupByCode(longestFirst(UNITS.values(), (u) => u.surface), (u) => u.surface.charCodeAt(0));
const [UNIT_SLOT, UNITS_BY_FIRST] = tableByCode(UNIT_GROUPS);

const BLOCKER_LINES = loadListWithExceptions(new URL('./unit-blockers.txt', import.meta.url));
/** The lines marked `!`: words longer than a blocker that leave the unit alone (六大关键 against 大关). */
const UNBLOCKING = new Set(BLOCKER_LINES.except);
/** Unit blockers (with the unblocking words) by their first character, then their second, longest first: a blocker longer than a unit has two, and matches only where both do. */
const BLOCKER_GROUPS = new Map<number, Map<number, string[]>>();
for (const [first, list] of groupByCode(longestFirst([...BLOCKER_LINES.words, ...BLOCKER_LINES.except], (w) => w), (w) => w.charCodeAt(0))) {
  BLOCKER_GROUPS.set(first, groupByCode(list.filter((w) => w.length >= 2), (w) => w.charCodeAt(1)));
}
const [BLOCKER_SLOT, BLOCKERS_BY_PAIR] = tableByCode(BLOCKER_GROUPS);
/**
 * A filter over the (first, second) code pairs that have blockers, by a hash of the pair (no
 * false negatives; a false positive finds no blockers in BLOCKERS_BY_PAIR): few units reach
 * the Map lookup, so few call startsBlockedWord, which TurboFan then does not inline.
 */
const BLOCKER_PAIR = new Uint8Array(0x10000);
for (const [first, byPair] of BLOCKER_GROUPS) for (const second of byPair.keys()) BLOCKER_PAIR[((first * 31) ^ second) & 0xffff] = 1;

export interface UnitMatch {
  info: UnitInfo;
  start: number;
  end: number;
}

/** The longest unit at `pos` (spaces allowed before it and inside a Chinese unit). */
export function matchUnit(norm: string, pos: number): UnitMatch | null {
  let p = pos;
  while (p < pos + 3 && isSpaceOrTab(norm.charCodeAt(p))) p++;
  const first = norm.charCodeAt(p);
  const list = UNITS_BY_FIRST[UNIT_SLOT[first]];
  if (!list) return null;
  // (bounds first: a read past the string's end costs optimized code a deoptimization; subjects call this on short pieces)
  const second = p + 1 < norm.length ? norm.charCodeAt(p + 1) : 0;
  for (let li = 0; li < list.length; li++) {
    const u = list[li];
    // (matchSurface fails at once where the second character differs and is no space: tested here first, no call)
    if (u.second >= 0 && u.second !== second && !isSpaceOrTab(second)) continue;
    const end = matchSurface(norm, p, u.surface);
    if (end < 0) continue;
    const inText = end < norm.length;
    if (u.latinEnd && inText && isLatinCode(norm.charCodeAt(end))) continue; // 5GBs? no: GBit
    if (u.wordEnd && inText && isHanCode(norm.charCodeAt(end))) continue;
    if (u.latinStart && p > pos && !isLatinCode(norm.charCodeAt(p))) continue;
    // a word that starts with the unit: 个性, 成为, 年度 (only where some blocker begins with the pair)
    if (BLOCKER_PAIR[((first * 31) ^ second) & 0xffff] === 1 && startsBlockedWord(norm, pos, p, first, second, u.surface)) return null;
    // (130 部 / 百人: a space may stand on either side of the slash)
    if (!inText) return { info: u, start: p, end };
    const slash = isSpaceOrTab(norm.charCodeAt(end)) && end + 1 < norm.length && norm.charCodeAt(end + 1) === C_SLASH ? end + 1 : end;
    return norm.charCodeAt(slash) === C_SLASH ? perUnit(norm, u, p, end, slash) : { info: u, start: p, end };
  }
  return null;
}

const C_SLASH = '/'.charCodeAt(0);
/** Denominators of a rate (per-units.txt), longest first. */
const PER_UNITS = longestFirst(loadList(new URL('./per-units.txt', import.meta.url)), (w) => w);
/** The units of rates met so far, by surface (7000元/吨: 元/吨): one object each, not one per match. */
const RATES = new Map<string, UnitInfo>();
/** `u` at [p, end) and a slash at `slash`: with a denominator after it (元/吨, 公斤/秒) the unit of a rate, else `u` alone. */
function perUnit(norm: string, u: UnitInfo, p: number, end: number, slash: number): UnitMatch {
  const den = isSpaceOrTab(norm.charCodeAt(slash + 1)) ? slash + 2 : slash + 1;
  for (let k = 0; k < PER_UNITS.length; k++) {
    const per = PER_UNITS[k];
    if (!norm.startsWith(per, den)) continue;
    // (not where Latin letters go on after it: the denominator is a longer word)
    if (isLatinCode(norm.charCodeAt(den + per.length))) continue;
    const surface = u.surface + '/' + per;
    let info = RATES.get(surface);
    if (info === undefined) {
      info = { ...u, surface, unit: (u.unit || u.surface) + '/' + per, classifier: false, latinEnd: isLatinCode(per.charCodeAt(per.length - 1)) };
      RATES.set(surface, info);
    }
    return { info, start: p, end: den + per.length };
  }
  return { info: u, start: p, end };
}

/** Does the unit `surface` at `p` start a word that is no unit (个性, 成为, 年度)? Called for
 *  few units (BLOCKER_PAIR): kept apart so that TurboFan, which does not inline a call this
 *  rare, compiles a smaller matchUnit. */
function startsBlockedWord(norm: string, pos: number, p: number, first: number, second: number, surface: string): boolean {
  const blockers = BLOCKERS_BY_PAIR[BLOCKER_SLOT[first]]?.get(second);
  if (!blockers || !blockedAt(norm, p, blockers, surface.length)) return false;
  // 近六成为新物种: after an approximation, 成 is a share even before 为
  return !(surface === '成' && norm[p + 1] === '为' && shareBefore(norm, pos));
}

/** Is a word of `blockers` longer than `len` at `p`, the longest there not an unblocking one? */
function blockedAt(norm: string, p: number, blockers: string[], len: number): boolean {
  for (let k = 0; k < blockers.length; k++) {
    const w = blockers[k];
    if (w.length > len && norm.startsWith(w, p)) return !UNBLOCKING.has(w);
  }
  return false;
}

/** The Chinese digits of a share (三成, 六成): 一 and 零 make words (一成不变, 零成本). */
const SHARE_DIGITS = '〇二两俩三四五六七八九壹贰叁肆伍陆柒捌玖';
/** 近六成, 约3成: an approximation word right before a one-digit number. */
function shareBefore(norm: string, pos: number): boolean {
  const d = norm[pos - 1];
  const arabic = isDigitCode(norm.charCodeAt(pos - 1));
  if (!arabic && (d === undefined || !SHARE_DIGITS.includes(d))) return false;
  return '近约超逾'.includes(norm[pos - 2] ?? '~') || (arabic && !isDigitCode(norm.charCodeAt(pos - 2)));
}

/** End of `surface` matched at `p`, allowing up to two spaces between Chinese characters; -1 if no match. */
function matchSurface(norm: string, p: number, surface: string): number {
  // Written as is (no surface holds a space, so the loop below would skip none): its end.
  if (norm.startsWith(surface, p)) return p + surface.length;
  // Not written as is: the loop below can match only by skipping spaces before a later
  // character, so a first character that differs, or a second that differs and is no space,
  // fails it at once (surfaces hold no space: up to the first difference nothing is skipped).
  if (norm.charCodeAt(p) !== surface.charCodeAt(0)) return -1;
  const x = norm.charCodeAt(p + 1);
  if (x !== surface.charCodeAt(1) && !isSpaceOrTab(x)) return -1;
  return matchSpacedSurface(norm, p, surface);
}

/** matchSurface's rare case (~2% of its calls): kept apart so that TurboFan, which does not
 *  inline a call this rare, compiles a smaller matchUnit. */
function matchSpacedSurface(norm: string, p: number, surface: string): number {
  let i = p;
  for (let k = 0; k < surface.length; k++) {
    const sc = surface.charCodeAt(k);
    if (k > 0 && !isLatinCode(sc)) {
      let s = 0;
      while (isSpaceOrTab(norm.charCodeAt(i)) && s < 4) {
        i++;
        s++;
      }
    }
    if (norm.charCodeAt(i) !== sc) return -1;
    i++;
  }
  return i;
}
