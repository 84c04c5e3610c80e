// Character tests on UTF-16 code units (norm.charCodeAt(i)), shared by the segmenter,
// numerals and the extractors, instead of one-character strings:
// `norm[i]` of a Han character allocates a string, and a Set or RegExp test on it costs a call.
// Code units past the end are NaN: no table holds them (table[NaN] is undefined, never 1) and
// no range test accepts them — the same answers the string forms give for `undefined`.

/** table[c] === 1 for each UTF-16 code unit of `chars` (as `new Set(chars.split(''))` holds them). */
export function charTable(chars: Iterable<string>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const s of chars) if (s.length === 1) t[s.charCodeAt(0)] = 1;
  return t;
}

/** The code units of a string of single characters, as a table. */
export const unitTable = (s: string): Uint8Array => charTable(s.split(''));

/** [\u3400-\u9fff] */
export const isHanCode = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
/** s[i] is a space or tab between two Chinese characters (a headline's clause break; elsewhere a stray space). */
export const isHanBlankAt = (s: string, i: number): boolean => (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09) && isHanCode(s.charCodeAt(i - 1)) && isHanCode(s.charCodeAt(i + 1));
/** A space or a tab (what may stand inside a written number, unit or name; NaN past either end is neither). */
export const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;
/** Some code unit of s[a, b) is in `table` (a unitTable). */
export function someCodeIn(s: string, table: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (table[s.charCodeAt(k)] === 1) return true;
  return false;
}
/** Every code unit of s[a, b) is a Han character (isHanCode). */
export function allHanCodes(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isHanCode(s.charCodeAt(i))) return false;
  return true;
}
/** [A-Za-z] */
export const isLatinCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** [A-Z] */
export const isUpperLatinCode = (c: number): boolean => c >= 65 && c <= 90;
/** The same tests on a one-character string, for code that holds one (`after`, `before`): undefined fails them. */
export const isHanChar = (c: string | undefined): boolean => c !== undefined && isHanCode(c.charCodeAt(0));
export const isLatinChar = (c: string | undefined): boolean => c !== undefined && isLatinCode(c.charCodeAt(0));
/** /\s/ on one code unit (WhiteSpace and LineTerminator; chars.test.ts compares all 65,536), without a one-character string and a regex call. */
export const isRegExpSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** [0-9] */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The end of the run of ASCII digits at pos in s, at most `max` of them (pos where none is):
 * the lastIndex a sticky /\d{1,max}/ leaves, read off the codes without the regex call, whose
 * overhead is most of its cost on the few digits a number has.
 */
export function digitsEnd(s: string, pos: number, max = Infinity): number {
  const stop = Math.min(s.length, pos + max);
  let i = pos;
  while (i < stop && isDigitCode(s.charCodeAt(i))) i++;
  return i;
}

/** The end of the run of Han characters at pos in s, at most `max` of them (pos where none is). */
export function hanEnd(s: string, pos: number, max = Infinity): number {
  const stop = Math.min(s.length, pos + max);
  let i = pos;
  while (i < stop && isHanCode(s.charCodeAt(i))) i++;
  return i;
}
