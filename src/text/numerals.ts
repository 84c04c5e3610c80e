// Numerals → numbers: Arabic (1,000 / 2.5 / 2e5), Chinese (三百二十, 两千, 〇, 十余 → 10),
// financial (壹贰叁, 拾佰仟), 廿 卅 卌, mixed (2万, 1.5亿, 3千万, 40k), decimals (三点五),
// colloquial abbreviations (一万三 = 13000, 百三 = 130) and digit strings (二〇二三 = 2023).
// Approximation characters inside a numeral (一千多万, 二十几万, 500余万) are skipped here:
// the metric extractor reports them in `approx`, never in the value. Fractions give their
// value (三分之一 = 0.333…, 百分之三十 = 0.3): reading 百分之 as a percent is the metric
// extractor's business. Two digits side by side with units around (三四万) are a range,
// not one numeral: null.
import { isDigitCode } from './chars.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 幺: 1,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9, 兩: 2, 倆: 2,
};
const TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, k: 1000, K: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const SKIPPED = new Set([' ', ',', '多', '余', '几', '幾', '来']);
const ZERO = new Set(['零', '〇']);

/** The tables above by UTF-16 code (parseChinese looks each character up by its code: no string lookup per character). */
const K_SKIP = 1;
const K_TENS = 2;
const K_DIGIT = 3;
const K_ZERO = 4;
const K_HALF = 5;
const K_POINT = 6;
const K_SMALL = 7;
const K_BIG = 8;
const KIND = new Uint8Array(0x10000);
const VALUE = new Float64Array(0x10000);
const setKind = (c: string, kind: number, value = 0) => {
  KIND[c.charCodeAt(0)] = kind;
  VALUE[c.charCodeAt(0)] = value;
};
for (const c of SKIPPED) setKind(c, K_SKIP);
for (const [c, v] of Object.entries(TENS)) setKind(c, K_TENS, v);
for (const [c, v] of Object.entries(DIGITS)) setKind(c, ZERO.has(c) ? K_ZERO : K_DIGIT, v);
setKind('半', K_HALF);
for (const c of '点點.') setKind(c, K_POINT);
for (const [c, v] of Object.entries(SMALL_UNITS)) setKind(c, K_SMALL, v);
for (const [c, v] of Object.entries(BIG_UNITS)) setKind(c, K_BIG, v);

const ARABIC = /^[-−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;
const ARABIC_GROUPED = /^[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The value of a numeral, or null when `s` is not one. */
export function parseNumeral(input: string): number | null {
  let s = input.trim();
  if (s === '') return null;
  // (both patterns begin with [-−]?\d and end with \d: where s does not, neither matches)
  const c0 = s.charCodeAt(0);
  if ((isDigitCode(c0) || c0 === 0x2d || c0 === 0x2212) && isDigitCode(s.charCodeAt(s.length - 1))) {
    if (ARABIC.test(s)) return Number(s.replace('−', '-'));
    if (ARABIC_GROUPED.test(s)) return Number(s.replace(/,/g, '').replace('−', '-'));
  }
  let sign = 1;
  if (s[0] === '负' || s[0] === '負' || s[0] === '-' || s[0] === '−') {
    sign = -1;
    s = s.slice(1);
  }
  const fraction = s.indexOf('分之');
  if (fraction > 0) {
    const den = parseNumeral(s.slice(0, fraction));
    const num = parseNumeral(s.slice(fraction + 2));
    return den && num !== null ? round((sign * num) / den) : null;
  }
  const v = parseChinese(s);
  return v === null ? null : round(sign * v);
}

function parseChinese(s: string): number | null {
  let total = 0; // the part already scaled by big units
  let lastBig = Infinity; // the smallest big unit applied to `total` so far
  let section = 0; // below the current big unit
  let num: number | null = null; // the pending digit (or Arabic run)
  let lastUnit = 0; // the unit just before `num`, for 一万三 = 13000
  let zeroSince = false; // a 零 between the last unit and `num` cancels the abbreviation
  let decimal = false;
  let sawUnit = false;
  let digitRun = ''; // positional digits when there are no units at all (二〇二三)
  let adjacentDigits = false;
  let sawAny = false;
  for (let i = 0; i < s.length; i++) {
    const x = s.charCodeAt(i);
    const kind = KIND[x];
    if (kind === K_SKIP) continue;
    if (isDigitCode(x)) {
      let j = i;
      while (j < s.length && (isDigitCode(s.charCodeAt(j)) || s[j] === '.' || s[j] === ',')) j++;
      const piece = s.slice(i, j);
      const run = piece.indexOf(',') >= 0 ? piece.replace(/,/g, '') : piece;
      // (/^\d+(\.\d+)?$/ on digits and dots that begin with a digit: no dot, or one not last)
      const dot = run.indexOf('.');
      if ((dot >= 0 && (dot !== run.lastIndexOf('.') || dot === run.length - 1)) || num !== null) return null;
      num = Number(run);
      digitRun = '';
      sawUnit = sawUnit || run.length > 1; // an Arabic run is never part of 二〇二三
      i = j - 1;
      sawAny = true;
      continue;
    }
    if (kind === K_TENS) {
      // 廿 卅 卌 are a digit and 十 in one: 卅五 = 35
      if (num !== null) return null;
      section += VALUE[x];
      lastUnit = 10;
      zeroSince = false;
      sawUnit = true;
      sawAny = true;
      digitRun += 'x';
      continue;
    }
    if (kind === K_DIGIT || kind === K_ZERO) {
      const d = VALUE[x];
      digitRun += String(d);
      sawAny = true;
      if (kind === K_ZERO) {
        zeroSince = true; // 一千零五: the 零 only marks a skipped place
        continue;
      }
      if (num !== null) adjacentDigits = true; // 二〇二三 (fine) or 三四万 (a range, not one numeral)
      num = d;
      continue;
    }
    if (kind === K_HALF) {
      num = 0.5;
      sawAny = true;
      continue;
    }
    if (kind === K_POINT) {
      // fraction digits, read positionally: 三点一四 = 3.14
      let digits = '';
      let j = i + 1;
      for (; j < s.length; j++) {
        const y = s.charCodeAt(j);
        if (isDigitCode(y)) digits += s[j];
        else if (KIND[y] === K_DIGIT || KIND[y] === K_ZERO) digits += String(VALUE[y]);
        else if (y !== 0x20) break;
      }
      if (!digits) return null;
      // 两千三点一 = 2300.1: the abbreviation applies to the digit before the point too
      if (num !== null && lastUnit >= 10 && !zeroSince && Number.isInteger(num) && num < 10 && section + total > 0) num *= lastUnit / 10;
      num = (num ?? 0) + Number('0.' + digits);
      decimal = true;
      sawUnit = true;
      sawAny = true; // .5
      i = j - 1;
      continue;
    }
    if (kind === K_SMALL) {
      const u = VALUE[x];
      section += (num ?? 1) * u;
      num = null;
      lastUnit = u;
      zeroSince = false;
      sawUnit = true;
      sawAny = true;
      continue;
    }
    if (kind === K_BIG) {
      const u = VALUE[x];
      const cur = section + (num ?? 0);
      if (cur === 0 && total === 0) return null; // 万, 万万 alone are not numbers
      if (u < lastBig) total += cur * u;
      else total = (total + cur) * u;
      lastBig = u;
      section = 0;
      num = null;
      lastUnit = u;
      zeroSince = false;
      sawUnit = true;
      continue;
    }
    return null; // not a numeral character
  }
  if (!sawAny) return null;
  if (!sawUnit && digitRun.length > 1 && !digitRun.includes('x')) return Number(digitRun); // 二〇二三
  if (adjacentDigits) return null;
  if (num !== null && lastUnit >= 10 && !zeroSince && !decimal && Number.isInteger(num) && num < 10) {
    num *= lastUnit / 10; // 一万三 = 13000, 两千四百五 = 2450, 百三 = 130
  }
  return total + section + (num ?? 0);
}

/** Rounds away binary noise (4.78 × 1e12 = 4780000000000.0005). */
function round(v: number): number {
  return Number.isInteger(v) || !Number.isFinite(v) ? v : Number(v.toPrecision(15));
}
