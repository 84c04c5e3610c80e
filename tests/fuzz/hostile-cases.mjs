// Hostile inputs: each a unit repeated to 1 MB. Shared by tests/hostile.test.ts (which
// asserts correctness) and scripts/bench-hostile.mjs (which measures time against news).
// The first five are the cases of the issue; the rest probe the same weak spots.
export const HOSTILE_CASES = [
  ['“ only', '“'],
  ['digits', '1234567890'],
  ['的 only', '的'],
  ['他说：“ unclosed', '他说：“'],
  ['多多多倍', '多多多倍'],
  ['” only', '”'],
  ['「『‘ nested opens', '「『‘“'],
  ['ASCII " toggles', '"'],
  ['digits with , and .', '1,2.3,'],
  ['full-width digits', '１２３４５６７８９０'],
  ['Chinese numerals', '一二三四五六七八九十百千万亿'],
  ['百分之 chains', '百分之'],
  ['约近超过逾', '约近超过逾'],
  ['years 2023年', '2023年'],
  ['年月日 without numbers', '年月日'],
  ['cue verbs', '表示说认为称'],
  ['names + cue', '刘庆峰表示，'],
  ['titled names + cue', '公司董事长王强表示，'],
  ['，', '，'],
  ['。', '。'],
  ['…', '…'],
  ['spaces', ' '],
  ['blank lines', '\n'],
  ['CRLF lines', '他说。\r\n'],
  ['&nbsp;', '&nbsp;'],
  ['& without ;', '&amp'],
  ['ASCII letters', 'abcdefghij'],
  ['emoji (astral)', '😀'],
  ['Traditional', '說認為億萬兩'],
  ['《 unclosed', '《'],
  ['（ unclosed', '（'],
  ['3至5倍 chains', '3至5倍至'],
  ['20%-30%- chains', '20%-'],
];

/** `unit` repeated to `bytes` bytes of UTF-8 (cut at a character boundary). */
export function fill(unit, bytes = 1_000_000) {
  const unitBytes = Buffer.byteLength(unit);
  let s = unit.repeat(Math.floor(bytes / unitBytes));
  let n = Buffer.byteLength(s);
  for (const ch of unit) {
    const b = Buffer.byteLength(ch);
    if (n + b > bytes) break;
    s += ch;
    n += b;
  }
  return s;
}
