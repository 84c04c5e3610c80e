// Length-preserving normalization: every UTF-16 unit of the input maps to exactly one
// unit of the output, so an index into the normalized text is an index into the original.
// Extractors match on the normalized text and cut `text`/`content` from the original.
//
// - full-width ASCII (０-９, Ａ-ｚ, ，：；？！（）％ …) → ASCII
// - ideographic and no-break spaces → ' '; CR → LF (CRLF line ends read as LF)
// - Traditional characters → Simplified, one character for one (traditional.tsv)
// - HTML entities left in archived text (&nbsp; &amp; &lt; …) → the character, padded
//   with spaces to the entity's length
// - a circle or a letter O written for the zero of a year in Chinese numerals (二○一八年,
//   二ＯＯ二年) → 〇
import { loadRows } from '../lexicon/load.js';
import { isSpaceOrTab } from './chars.js';

// One table for every rule above: the low 16 bits of UNIT_MAP[c] are what unit c becomes
// (0 = itself). The bits above note units the pipeline asks about, so the one pass that
// reads every unit answers for later whole-text searches (see Normalized).
const MAPPED = 1 << 16; // c becomes another unit
const HIGH_SURROGATE = 1 << 17; // c may start a surrogate pair (the low bits keep c as it is)
const SPACE_OR_TAB = 1 << 18; // c is or becomes a space or a tab
const ZERO_LIKE = 1 << 19; // c may stand for 〇 in a year (○ ◯ Ｏ ０ Ο)
let unitMap: Uint32Array | null = null;
function buildUnitMap(): Uint32Array {
  const map = new Uint32Array(0x10000);
  const set = (c: number, to: number) => (map[c] = to === c ? 0 : MAPPED | to | (isSpaceOrTab(to) ? SPACE_OR_TAB : 0));
  for (let c = 0xff01; c <= 0xff5e; c++) set(c, c - 0xfee0);
  for (const c of [0x3000, 0x00a0, 0x2002, 0x2003, 0x2009, 0x200b, 0xfeff]) set(c, 0x20);
  // CR → LF: a CRLF line end reads as LF plus an empty line, so no rule has to know about
  // CR (segment/ skips empty lines), and old Mac files with bare CR get their line breaks.
  set(0x0d, 0x0a);
  for (const [t, s] of loadRows(new URL('./traditional.tsv', import.meta.url))) {
    if (t.length === 1 && s?.length === 1) set(t.charCodeAt(0), s.charCodeAt(0));
  }
  // The notes: a unit that stays itself keeps itself in the low bits (written back as it was).
  for (let c = 0xd800; c <= 0xdbff; c++) map[c] = map[c] === 0 ? HIGH_SURROGATE | c : map[c] | HIGH_SURROGATE;
  for (const c of [0x09, 0x20]) if (map[c] === 0) map[c] = SPACE_OR_TAB | c;
  for (const c of ZERO_LIKES) map[c] = map[c] === 0 ? ZERO_LIKE | c : map[c] | ZERO_LIKE;
  return map;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', mdash: '—', ndash: '–', middot: '·',
};

/** One code unit as normalize maps it (氣 → 气, ０ → 0): for a test on one character of the original text. */
export function normalizedUnit(c: number): number {
  const m = (unitMap ??= buildUnitMap())[c];
  return m & MAPPED ? m & 0xffff : c;
}

/** The normalized text, and what the pass that made it noted on the way (each a safe "maybe"). */
export interface Normalized {
  norm: string;
  /** Some unit of the text is a high surrogate: when false, the text holds no surrogate pair. */
  maybeSurrogatePairs: boolean;
  /** Some unit of `norm` may be a space or a tab: when false, squeezeHanSpaces(norm) is null. */
  maybeSpaces: boolean;
}

export function normalize(text: string): string {
  return normalizeNoting(text).norm;
}

export function normalizeNoting(text: string): Normalized {
  const map = (unitMap ??= buildUnitMap());
  const n = text.length;
  const bytes = LITTLE_ENDIAN ? unitBytes(text) : null;
  const codes = bytes ? new Uint16Array(bytes.buffer, bytes.byteOffset, n) : unitsBigEndian(text);
  let seen = 0;
  for (let from = 0; from < n; from += MAP_CHUNK) seen |= mapRange(codes, map, from, Math.min(n, from + MAP_CHUNK));
  // One native copy back (UTF-16LE bytes are the units as they are; lone surrogates stay).
  let norm = (seen & MAPPED) === 0 ? text : bytes ? bytes.toString('utf16le', 0, 2 * n) : decodeUnits(codes);
  let maybeSpaces = (seen & SPACE_OR_TAB) !== 0;
  if (norm.indexOf('&') >= 0) {
    norm = replaceEntities(norm);
    maybeSpaces = true; // an entity's padding is spaces
  }
  if ((seen & ZERO_LIKE) !== 0) norm = yearZeros(text, norm, map);
  // Entities never make a surrogate (replaceEntities keeps to the BMP outside them).
  return { norm, maybeSurrogatePairs: (seen & HIGH_SURROGATE) !== 0, maybeSpaces };
}

/** What is written for 〇 in years typed with the wrong character: ○ ◯ (circles), Ｏ (the letter), ０, Ο (Greek). */
const ZERO_LIKES = [0x25cb, 0x25ef, 0xff2f, 0xff10, 0x039f];
/** ZERO_LIKES as the normalized text has them (Ｏ ０ are O 0 there), and 〇 零. */
const ZEROS = '〇零○◯O0Ο';
/** Four units before 年 of Chinese digits and ZEROS, a digit 一–九 among them. */
const YEAR_WITH_ZERO_LIKES = new RegExp(`(?<![${ZEROS}一二三四五六七八九])(?=[${ZEROS}]{0,3}[一二三四五六七八九])[${ZEROS}一二三四五六七八九]{4}(?=[ \\t]?年)`, 'g');

/**
 * 二○一八年 → 二〇一八年: the zero-likes of a year in Chinese numerals become 〇, where the
 * original text has one of ZERO_LIKES (a plain ASCII 0 or O stays: 二00二年 is left as written).
 * Only for texts that hold a zero-like (the unit map notes them): the bullet ○ of news digests
 * stays what it is.
 */
function yearZeros(text: string, norm: string, map: Uint32Array): string {
  YEAR_WITH_ZERO_LIKES.lastIndex = 0;
  let out: string[] | null = null;
  let last = 0;
  for (let m; (m = YEAR_WITH_ZERO_LIKES.exec(norm)) !== null; ) {
    for (let i = m.index; i < m.index + 4; i++) {
      if ((map[text.charCodeAt(i)] & ZERO_LIKE) === 0) continue; // (the map notes the zero-likes)
      (out ??= []).push(norm.slice(last, i), '〇');
      last = i + 1;
    }
  }
  return out === null ? norm : out.join('') + norm.slice(last);
}

/**
 * Units [from, to) of `codes` mapped in place (the store keeps the low 16 bits: the unit);
 * the bits of every entry used, or-ed (MAPPED: some unit changed). A function of its own,
 * called on short stretches: V8 optimizes it in the middle of the first long text, and a
 * call that returns soon after picks up that code at its next call, where one long loop
 * would be compiled twice (once on the stack, in the loop, and once more for the next call).
 * Two units per step, tested together: most units stay as they are (the entry is 0), and
 * one test and one loop step for two of them cost fewer instructions at steady state.
 */
function mapRange(codes: Uint16Array, map: Uint32Array, from: number, to: number): number {
  let seen = 0;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const a = map[codes[i]];
    const b = map[codes[i + 1]];
    if ((a | b) !== 0) {
      if (a !== 0) codes[i] = a;
      if (b !== 0) codes[i + 1] = b;
      seen |= a | b;
    }
  }
  if (i < to) {
    const m = map[codes[i]];
    if (m !== 0) {
      codes[i] = m;
      seen |= m;
    }
  }
  return seen;
}
const MAP_CHUNK = 1024;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Bytes the units of the text in hand are copied into, reused from text to text (normalize
 * runs to its end before the next call, and the result is a string of its own): no array and
 * no Buffer object to allocate per text. Texts past 1 MB get bytes of their own, not kept.
 */
let scratch = Buffer.allocUnsafeSlow(1 << 16);
const SCRATCH_KEPT = 1 << 20;

/** The UTF-16LE bytes of `text` (little-endian machines: its units as they are), in the scratch bytes when they are large enough. */
function unitBytes(text: string): Buffer {
  const size = 2 * text.length;
  const bytes = size <= scratch.length ? scratch : Buffer.allocUnsafeSlow(size);
  if (bytes !== scratch && bytes.length <= SCRATCH_KEPT) scratch = bytes;
  bytes.write(text, 0, 'utf16le');
  return bytes;
}

/** The units of `text` as a copy, on a big-endian machine (where UTF-16LE bytes are not the units). */
function unitsBigEndian(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** The text of `codes`, on a big-endian machine. */
function decodeUnits(codes: Uint16Array): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}

function replaceEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (m, name: string) => {
    let ch: string | undefined;
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Only BMP characters (not surrogates) keep the mapping one unit for one.
      if ((cp > 0 && cp < 0xd800) || (cp >= 0xe000 && cp <= 0xffff)) ch = String.fromCharCode(cp);
    } else ch = ENTITIES[name.toLowerCase()];
    if (ch === undefined) return m;
    // The entity's character is normalized like any other (&#65292; is a full-width comma).
    const entry = unitMap![ch.charCodeAt(0)];
    return ((entry & MAPPED) !== 0 ? String.fromCharCode(entry & 0xffff) : ch) + ' '.repeat(m.length - 1);
  });
}

/**
 * Stray spaces between Chinese characters (刘 庆 峰 表示), as some archives have them, cannot
 * be removed from `norm` without changing lengths. Rules that want to see through them can
 * match on this squeezed view instead and map positions back: `toOriginal(i)` is the index
 * in `norm` of squeezed unit i (and `toOriginal(text.length)` is `norm.length`), so a match
 * [s, e) of the view is [toOriginal(s), toOriginal(e - 1) + 1) of the original.
 * Only a single space or tab with a Han character on both sides is removed (the padding in
 * 王 伟, letter-spaced names): two or more are a separator (a headline, then its source line).
 * In `separators` (the headline) a single space is one too: headlines write it for a comma
 * (投资收入创新高 达3310亿港元, 俄军空袭致乌克兰24人受伤 乌多州停电).
 * Returns null when there is nothing to squeeze (nearly all text): then use `norm` itself.
 */
export function squeezeHanSpaces(norm: string, separators: { start: number; end: number } | null = null): SqueezedView | null {
  // The positions of the stray spaces, by a native search (a few per text at most).
  const gaps: number[] = [];
  HAN_SPACES_G.lastIndex = 0;
  while (HAN_SPACES_G.test(norm)) {
    const gap = HAN_SPACES_G.lastIndex - 1;
    if (separators === null || gap < separators.start || gap >= separators.end) gaps.push(gap);
  }
  if (gaps.length === 0) return null;
  const removed = Int32Array.from(gaps);
  // Both mappings count the removed units before a position (a binary search over the few
  // gaps), instead of a table with an entry per unit of the text built by a JavaScript loop.
  // Gaps are never adjacent (a Han character follows each), so removed[k] - k, the view index
  // of the unit after gap k, increases.
  return {
    text: squeezeAt(norm, removed),
    removed,
    toOriginal: (i) => i + countBelow(removed, i + 1, true),
    toView: (i) => i - countBelow(removed, i, false),
  };
}

/**
 * How many k have removed[k] < limit (or, with `inView`, removed[k] - k < limit: the gaps
 * before view index limit - 1's unit). Both sequences increase: a binary search.
 */
function countBelow(removed: Int32Array, limit: number, inView: boolean): number {
  let lo = 0;
  let hi = removed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((inView ? removed[mid] - mid : removed[mid]) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A view without stray spaces (see squeezeHanSpaces). */
export interface SqueezedView {
  text: string;
  /** The index in the original of unit i of the view; i may be text.length (→ the original's length). */
  toOriginal: (i: number) => number;
  /** The view index of original index i: i itself where the view keeps it, the next kept unit's where it was removed. */
  toView: (i: number) => number;
  /** The indices of the original that the view leaves out, increasing. */
  removed: Int32Array;
}

/**
 * `s` without the units at `removed` (increasing indices): the original text squeezed like its
 * view. Joined from an array, which makes one flat string: `+=` makes a rope (a ConsString)
 * that every later charCodeAt, search and regex of the extractors reads through.
 */
export function squeezeAt(s: string, removed: Int32Array): string {
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < removed.length; k++) {
    parts.push(s.slice(from, removed[k]));
    from = removed[k] + 1;
  }
  parts.push(s.slice(from));
  return parts.join('');
}
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
// A lookahead keeps the right-hand character free for the next match: 刘 庆 峰 → both gaps.
const HAN_SPACES_G = new RegExp(`[${HAN}][ \\t](?=[${HAN}])`, 'g');
