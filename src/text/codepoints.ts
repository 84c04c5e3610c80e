// UTF-16 index → code point index. JavaScript strings index UTF-16 units; the contract
// counts code points. Text without surrogate pairs (nearly all news) maps 1:1, so the
// converter is the identity there and costs nothing.

export type OffsetConverter = (utf16Index: number) => number;

/** A surrogate pair (a character outside the BMP). */
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** Does the text hold a character outside the BMP? If not, UTF-16 indices are code points already. */
export function hasSurrogatePairs(text: string): boolean {
  return PAIR.test(text);
}

export function codePointConverter(text: string): OffsetConverter {
  const firstSurrogate = text.search(PAIR);
  if (firstSurrogate < 0) return (i) => i;
  // prefix[i] = number of low surrogates (of valid pairs) before UTF-16 index i.
  const prefix = new Uint32Array(text.length + 1);
  let lows = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = lows;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) lows++;
    }
  }
  prefix[text.length] = lows;
  return (i) => i - prefix[i];
}

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let n = text.length;
  const first = text.search(PAIR); // a native scan; no pair (nearly all news): one unit per code point
  if (first < 0) return n;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
