// Metrics: the numbers that quantify something (SPEC.md, "metrics"), with their unit,
// kind, approximation word, range, subject and baseline. Dates, ordinals, versions, codes
// and fixed phrases are not metrics.
//
// One linear scan over ctx.norm: every character that can start a number is tried once;
// a numeral run is read by a bounded loop (numeral.ts → readRun), then small anchored
// checks look around it (approximation words, a unit from units.tsv, a fraction or a
// range, the traps). After a match, or after a run that is no metric, the scan resumes
// past it, so no character is read more than a bounded number of times.
//
// Conventions (see also units.tsv and approx.tsv): `text` includes approximation words and
// the unit (超过200个, 30多倍); `value` is scaled (2万 → 20000) and never holds the
// approximation; a range (3至5倍, 两三个, 20%—30%) reports its lower bound as `value` and
// both bounds in `range`; money with a scale word keeps the base unit (1.5亿元 → 150000000
// 元); a bare 一 + measure word before a noun phrase is an article, not a count.
import type { ExtractContext } from '../context.js';
import type { Approx, Metric, Span } from '../../types.js';
import { parseNumeral } from '../../text/numerals.js';
import { groupByCode, loadList, loadRows, tableByCode } from '../../lexicon/load.js';
import { TRADING_DAYS } from '../../lexicon/trading-days.js';
import { digitsEnd, hanEnd, isDigitCode, isHanChar, isHanCode, isLatinChar, isLatinCode, isSpaceOrTab, isUpperLatinCode, unitTable } from '../../text/chars.js';
import { assignSubjects, digitsNameWordAt, RE_LIST_GAP } from './subject.js';
import { matchUnit, UNIT_GROUPS, UNITS, type UnitMatch } from './units.js';

// ---------------------------------------------------------------- character classes

const CN_DIGIT = new Set('零〇一二两俩三四五六七八九壹贰叁肆伍陆柒捌玖');
/** What may not follow the digit of 七成六: scale characters and measure words (三成五年, 七成六个). */
const AFTER_CHENG_DIGIT = new Set([...'十百千万亿点年月日天周个次人名家元岁倍成%']);
const CN_SCALE = new Set('十拾百佰千仟万亿兆廿卅卌');
const FINANCIAL = new Set('壹贰叁肆伍陆柒捌玖拾佰仟');
/** Before 陆 these make a word of it (大陆, 内陆, 着陆, 登陆, 水陆, 欧陆). */
const LU_WORD_BEFORE = new Set('大内着登水海洲欧美非亚新陆');
// The tests below take one character (or undefined past the text's ends) and compare its
// code: cheaper than comparing strings.
const isDigit = (c: string | undefined) => {
  const x = c === undefined ? 0 : c.charCodeAt(0);
  return x >= 0x30 && x <= 0x39;
};
/** Character classes by UTF-16 unit: 1 = a Chinese numeral character, 2 = may start a metric. */
const CLASS = new Uint8Array(0x10000);
for (const ch of [...CN_DIGIT, ...CN_SCALE]) CLASS[ch.charCodeAt(0)] |= 3;
for (const ch of '0123456789.-−负$¥￥半对翻') CLASS[ch.charCodeAt(0)] |= 2;
const isCn = (c: string | undefined) => c !== undefined && (CLASS[c.charCodeAt(0)] & 1) === 1;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
// The same tests on a character code (NaN past the text's ends fails them all).
const isCnCode = (x: number) => (CLASS[x] & 1) === 1;
const code = (ch: string) => ch.charCodeAt(0);
const C_HYPHEN = code('-');
const C_MINUS = code('−');
const C_FU = code('负');
const C_SLASH = code('/');
const C_DOT = code('.');
const C_FULLWIDTH_COMMA = code('，');
const C_BAI = code('百');
const C_BAI_F = code('佰');
const C_FEN = code('分');
const C_WEI = code('位');
const C_BI = code('比');
const C_LIANG = code('两');
const C_ER = code('二');
const C_DIAN = code('点');
const C_K = code('k');
const C_K_UPPER = code('K');
const C_DUO = code('多');
const C_LING = code('零');
const C_DUI = code('对');
const C_BEI = code('倍');
/** The values of the scale words that may stand alone before 倍 (百倍, 千倍, 万倍), by code; 0 for any other. */
const BARE_SCALE_VALUE = new Uint32Array(0x10000);
BARE_SCALE_VALUE[code('百')] = 100;
BARE_SCALE_VALUE[code('千')] = 1000;
BARE_SCALE_VALUE[code('万')] = 10000;
/** The last characters of verbs of change before such a multiple (增长了, 提升, 增加, 扩大, 上涨, 翻). */
const CHANGED_BEFORE_SCALE = unitTable('了长升涨高大加翻');
const C_ZHE = code('折');
const C_DA = code('打');
const C_YOU = code('又');
const C_XIA = code('下');
const C_DOLLAR = code('$');
const C_YEN = code('¥');
const C_YEN_FULLWIDTH = code('￥');
const C_BAN = code('半');
const C_ONE = code('一');
const C_DI = code('第');
const C_DUN_LIST = code('、');
const C_ZHOU = code('周');
const C_QI = code('期');
const C_WEI_FOR = code('为');
const C_BAIP = code('拜');
const C_CHU = code('初');
const C_YUE = code('月');
const C_XING = code('星');
const C_GE = code('个');
const C_TIAN = code('天');
const C_DE = code('的');
const C_UNDERSCORE = code('_');
const C_COMMA = code(',');
const C_COLON = code(':');
const C_YU = code('余');
const C_JI = code('几');
/** CN_SCALE and CN_DIGIT by code: 1 = in the set. */
const SCALE_CODE = new Uint8Array(0x10000);
for (const ch of CN_SCALE) SCALE_CODE[code(ch)] = 1;
const DIGIT_CODE = new Uint8Array(0x10000);
for (const ch of CN_DIGIT) DIGIT_CODE[code(ch)] = 1;
/** Characters after which a bare single numeral may stand (是五, “一”). */
const BARE_BEFORE = new Set(['是', '“', '"', '‘', "'", '「', '『', '\n']);
/** Characters before which a bare single numeral may stand (五这是, 四不是, “一”). */
const BARE_AFTER = new Set(['这', '那', '不', '却', '而', '”', '"', '’', "'", '」', '』', ',', '。', '.', '!', '?', ';', '、', '\n', ' ']);
/** Characters that end a phrase (for 一 + classifier at the end: 一只). */
const PUNCT = new Set([',', '。', '.', '!', '?', ';', ':', '、', '\n', '”', '"', '’', ')', '」', '』', '》', ' ']);
/** A bare number followed by one of these is a date or a time (8月, 15日, 20点). */
const DATE_AFTER = new Set(['级', '转', '派', '标', '月', '日', '号', '时', '点', '分', '秒', '年', '后', '届', '版', '代', '楼', '层', '路', '线', '号', '期', '区', '栋', '室', '座', '倍']);

// ---------------------------------------------------------------- lexicons

// (and the trading days counted from the reference date: 上一交易日 counts nothing)
const NOT_METRICS = [...loadList(new URL('./not-metrics.txt', import.meta.url)), ...TRADING_DAYS.keys()];
/** Fixed words by (the code of) each character they contain: the word, the offset of the character in it, its first character's code. */
const NOT_METRICS_BY_CHAR = new Map<number, { w: string; k: number; first: number }[]>();
for (const w of NOT_METRICS) {
  for (let k = 0; k < w.length; k++) {
    const list = NOT_METRICS_BY_CHAR.get(w.charCodeAt(k)) ?? [];
    list.push({ w, k, first: w.charCodeAt(0) });
    NOT_METRICS_BY_CHAR.set(w.charCodeAt(k), list);
  }
}
/**
 * The same entries split by a neighbour of the character: a word can hold the numeral's first
 * character at offset k only if the text has w[k-1] before it (k >= 1) or w[1] after it
 * (k = 0, two or more characters), as norm.startsWith(w, start - k) requires. Keyed by
 * fixedKey(character, neighbour) — a small integer; two pairs may share a key, which only
 * adds entries that the full test then rejects, so the outcome is the same as over the whole
 * list (the test is "any entry matches": order does not matter).
 */
const FIXED_BY_PREV = new Map<number, { w: string; k: number; first: number }[]>();
const FIXED_BY_NEXT = new Map<number, { w: string; k: number; first: number }[]>();
const FIXED_ALONE = new Map<number, { w: string; k: number; first: number }[]>();
function fixedKey(c: number, neighbour: number): number {
  return c * 2048 + ((neighbour | 0) & 2047); // (NaN past either end: 0, which no entry's neighbour is, or a shared key)
}
/** The characters some fixed word holds (NOT_METRICS_BY_CHAR's keys) by code. */
const FIXED_CHAR = new Uint8Array(0x10000);
for (const c of NOT_METRICS_BY_CHAR.keys()) FIXED_CHAR[c] = 1;
/**
 * The neighbours themselves by code (w[k-1] of the entries in FIXED_BY_PREV, w[1] of those in
 * FIXED_BY_NEXT): where the text's neighbour is none of them, no entry of that map can match
 * (norm.startsWith(w, start - k) needs the text to hold the entry's neighbour there), so the
 * lookup is skipped (NaN past either end: in no table, and no entry matches there either).
 */
const FIXED_PREV_CHAR = new Uint8Array(0x10000);
const FIXED_NEXT_CHAR = new Uint8Array(0x10000);
for (const [c, entries] of NOT_METRICS_BY_CHAR) {
  for (const e of entries) {
    if (e.k >= 1) FIXED_PREV_CHAR[e.w.charCodeAt(e.k - 1)] = 1;
    else if (e.w.length >= 2) FIXED_NEXT_CHAR[e.w.charCodeAt(1)] = 1;
    const [map, key] = e.k >= 1 ? [FIXED_BY_PREV, fixedKey(c, e.w.charCodeAt(e.k - 1))] : e.w.length >= 2 ? [FIXED_BY_NEXT, fixedKey(c, e.w.charCodeAt(1))] : [FIXED_ALONE, c];
    const list = map.get(key) ?? [];
    list.push(e);
    map.set(key, list);
  }
}

interface ApproxWord {
  word: string;
  approx: Approx | null;
}
const APPROX: Record<'pre' | 'mid' | 'post', ApproxWord[]> = { pre: [], mid: [], post: [] };
for (const [word, where, approx] of loadRows(new URL('./approx.tsv', import.meta.url))) {
  APPROX[where as 'pre' | 'mid' | 'post'].push({ word, approx: approx === '-' ? null : (approx as Approx) });
}
for (const list of Object.values(APPROX)) list.sort((a, b) => b.word.length - a.word.length);
/** Words before a number, by (the code of) their last character. */
const PRE_GROUPS = groupByCode(APPROX.pre, (a) => a.word.charCodeAt(a.word.length - 1));
const [PRE_SLOT, PRE_BY_LAST] = tableByCode(PRE_GROUPS);

// 4 = may follow a numeral and matter (a unit's first character, an approximation, a stop)
/** Words between a number and its unit (mid) and after the unit (post), by their first character, longest first. */
const [MID_SLOT, MID_BY_FIRST] = tableByCode(groupByCode(APPROX.mid, (a) => a.word.charCodeAt(0)));
const [POST_SLOT, POST_BY_FIRST] = tableByCode(groupByCode(APPROX.post, (a) => a.word.charCodeAt(0)));
/** Bits by UTF-16 unit for the characters tested around a lone numeral. */
const AROUND = new Uint8Array(0x10000);
const A_PRE_LAST = 1; // last character of an approximation word before a number
const A_BARE_BEFORE = 2;
const A_PUNCT = 4;
for (const k of PRE_GROUPS.keys()) AROUND[k] |= A_PRE_LAST;
for (const ch of BARE_BEFORE) AROUND[ch.charCodeAt(0)] |= A_BARE_BEFORE;
for (const ch of PUNCT) AROUND[ch.charCodeAt(0)] |= A_PUNCT;
AROUND['前'.charCodeAt(0)] |= A_BARE_BEFORE; // 前三: as good as a stop here

for (const k of UNIT_GROUPS.keys()) CLASS[k] |= 4;
for (const ch of '多余几来点分又/^%‰~～-—–至到左上前以及之出开计') CLASS[ch.charCodeAt(0)] |= 4;
for (const ch of [...BARE_AFTER, ...PUNCT, '的', '是']) CLASS[ch.charCodeAt(0)] |= 4;
for (const ch of '0123456789') CLASS[ch.charCodeAt(0)] |= 4;

// ---------------------------------------------------------------- anchored regexes

const ARABIC = /\d{1,24}(?:,\d{3}(?!\d)){0,8}(?:\.\d{1,12})?(?:[eE][-+]?\d{1,3}(?![A-Za-z\d]))?/y;
const URL_RE = /(?:https?|ftp):\/\/[!-~]{1,4000}|www\.[!-~]{1,4000}|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}/g;
const FRACTION_OF = / {0,3}分 {0,3}之 {0,3}/y;
const SLASH = /\/(\d{1,3})(?![\d/.])/y;
/** The rest of a sensor's size after its 1 (1/1.4 英寸, 1/1.95英寸); 1 its denominator. */
const SENSOR_INCH = /\/(\d\.\d{1,2}) ?英寸/y;
const POWER = /\^([-+]{0,2})(\d{1,3})(?!\d)/y;
const CONNECTOR = / {0,3}(?:-|~|～|—{1,2}|–|至|到) {0,3}/y;
/** The characters a CONNECTOR match starts with. */
const CONNECTOR_FIRST = new Uint8Array(0x10000);
const CONNECTOR_CHARS = ' -~～—–至到';
for (const ch of CONNECTOR_CHARS) CONNECTOR_FIRST[ch.charCodeAt(0)] = 1;
const MAX_RUN = 80;
const PLAIN_DIGITS = /^\d+$/;
const C_LEVEL = code('级');
/** What a magnitude in 级 measures: earthquakes and winds. */
const MAGNITUDE_OF = /^(?:地震|余震|强震|大风|阵风|台风)/;
/** A magnitude's measure in the words just before its number (震级, 地震的级别, 风力): no comma or stop between. */
const MAGNITUDE_BEFORE = /(?:震级|地震|余震|强震|风力)[^,。;!?]*$/;
const C_KUAI = code('块');
/** A single digit after 块 and nothing that makes it another number or unit (8块8, not 8块80, 8块8毛). */
const TENTHS_AFTER_KUAI = /^[1-9一二三四五六七八九](?![\d.,个块元毛角分十百千万亿])/;
const MONEY_FRACTION = /(?:又|零)?([一二两三四五六七八九]|\d)(角|毛|美分)(?:([一二两三四五六七八九]|\d)分)?/y;
const SCALE_OF: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 亿: 1e8 };

// ---------------------------------------------------------------- the scan

interface Run {
  start: number; // including a sign
  end: number;
  text: string; // normalized
  value: number | null;
  arabic: boolean; // starts with an Arabic digit (or a sign and one)
  cnDigitsOnly: boolean; // Chinese digits and no scale (二〇二三, 九九)
  range: { min: number; max: number } | null;
}

/**
 * The metrics of a text. A date is never a metric: numbers that overlap one of `dates` (8月15日,
 * 一年前) are dropped before subjects are sought, so that none of them stands between a number
 * and its subject (市场份额从一年前的0.4%).
 */
export function extractMetrics(ctx: ExtractContext, dates: readonly { span: Span }[] = []): Metric[] {
  const norm = ctx.norm;
  const n = norm.length;
  const out: Metric[] = [];
  const skip = urlRanges(norm);
  let skipIdx = 0;
  let i = 0;
  while (i < n) {
    i = nextCandidate(norm, i, n);
    if (i >= n) break;
    const c = norm.charCodeAt(i);
    if (WORD_METRIC_FIRST[c] === 1) {
      const w = wordMetricAt(norm, i, c);
      if (w !== null) {
        out.push(metric(ctx, w));
        i = w.end;
        continue;
      }
      // (翻译, 对手: 翻 and 对 open no number either)
      if (c === C_FAN_TURN || c === C_DUI) {
        i++;
        continue;
      }
    }
    while (skipIdx < skip.length && skip[skipIdx].end <= i) skipIdx++;
    if (skipIdx < skip.length && skip[skipIdx].start <= i) {
      i = skip[skipIdx].end;
      continue;
    }
    const r = tryAt(ctx, i, out);
    i = Math.max(i + 1, r);
  }
  const kept = shareListApprox(ctx.norm, shareListUnits(ctx.norm, joinCompoundDurations(ctx, dropInDates(dropWhere(out, (m) => countsNothing(ctx.norm, m)), dates))));
  currencyDeclared(ctx.norm, kept);
  assignSubjects(ctx, kept, dates);
  return kept;
}

/** 涨, 跌, 升, 降 (微涨, 下跌, 上升, 下降 …) right before a number (a blank between aside): 涨 9 点 counts an index's points. */
const CHANGE_BEFORE_POINTS = unitTable('涨跌升降');
function pointsAfterChange(norm: string, start: number): boolean {
  const b = start > 0 && norm.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  return b > 0 && CHANGE_BEFORE_POINTS[norm.charCodeAt(b - 1)] === 1;
}

/** 二期工程, 一期项目, 分三期实施: 期 after a bare Chinese numeral names a phase, an ordinal (5期研讨班, 十余期 are counts). Tested on the metric's text as written: 兩 is Traditional 两. */
const PHASE = /^[一二两兩三四五六七八九十]{1,2}期$/;
const isPhase = (m: Metric) => m.unit === '期' && PHASE.test(m.text);

/**
 * A number read as a metric that counts nothing, each test on the metric and the text alone (so
 * one pass asks them all): a phase, a quarter's number, a count pointing back, a label in
 * quotation marks, a bond's short name.
 */
function countsNothing(norm: string, m: Metric): boolean {
  return isPhase(m) || numbersQuarter(norm, m) || pointsBack(norm, m) || quotedLabel(norm, m) || inBondName(norm, m);
}

/**
 * 这两家公司, 那三位专家, 这十款机型: a small count after 这 or 那 points back at what was named; it
 * measures nothing (这两年, a span, stays). Right after the list it counts (办赛、观赛、参赛这三个方面)
 * it is a count. Tested on the metric's text as written: 兩 is Traditional 两.
 */
const SMALL_COUNT = /^[一二两兩三四五六七八九十]{1,2}[^\d０-９]*$/; // (tested on the text as written: a full-width digit is a digit too)
const POINTING = unitTable('这那');
/** How far back a list's 、 makes the count after 这 the list's. */
const LIST_REACH = 12;
function countsListBefore(norm: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - LIST_REACH; i--) {
    const c = norm.charCodeAt(i);
    if (c === C_DUN_LIST) return true;
    if (!isHanCode(c)) return false;
  }
  return false;
}
const pointsBack = (norm: string, m: Metric) =>
  m.kind !== 'duration' && m.span.start > 0 && POINTING[norm.charCodeAt(m.span.start - 1)] === 1 && SMALL_COUNT.test(m.text) && !countsListBefore(norm, m.span.start - 1);

/** 1~4 季度, 3 季度: a bare digit of 1–4 before 季度 (or a range of them) numbers quarters; it counts nothing. */
const QUARTER_NUMBER = /^ ?(?:[~\-至到] ?[1-4] ?)?季度/;
const numbersQuarter = (norm: string, m: Metric) =>
  m.unit === null && m.span.end - m.span.start === 1 && norm.charCodeAt(m.span.start) >= 0x31 && norm.charCodeAt(m.span.start) <= 0x34 && QUARTER_NUMBER.test(norm.slice(m.span.end, m.span.end + 6));

/** Opening and closing quotation marks, as the normalized text has them. */
const OPENING_MARK = unitTable('“‘「『"\'');
const CLOSING_MARK = unitTable('”’」』"\'');
/** 健康是‘1’，其他是‘0’: one or two digits alone in quotation marks, with no unit, are a label, not a count. */
const quotedLabel = (norm: string, m: Metric) =>
  m.unit === null && m.span.start > 0 && m.span.end - m.span.start <= 2 && OPENING_MARK[norm.charCodeAt(m.span.start - 1)] === 1 && CLOSING_MARK[norm.charCodeAt(m.span.end)] === 1 && isDigitCode(norm.charCodeAt(m.span.start)) && isDigitCode(norm.charCodeAt(m.span.end - 1));

/**
 * 22亿元（英镑，下同）, 5万（新台币，下同）: the currency an article declares its 元 to be, from there
 * on — a money unit of units.tsv (not the yuan's own) in parentheses right before 下同.
 */
function currencyDeclared(norm: string, metrics: Metric[]): void {
  // (each 下同 of the text, and the few units before it only: nearly every text has none)
  for (let at = norm.indexOf('下同'); at >= 0; at = norm.indexOf('下同', at + 2)) {
    const end = DECLARED_SEP[norm.charCodeAt(at - 1)] === 1 ? at - 1 : at;
    for (let open = Math.max(0, at - 6); open < end - 1; open++) {
      if (norm.charCodeAt(open) !== C_OPEN_PAREN_DECL) continue;
      const u = matchUnit(norm, open + 1);
      if (u === null || u.start !== open + 1 || u.end !== end || u.info.kind !== 'money' || YUAN.has(u.info.unit)) continue;
      for (const x of metrics) if (x.unit === '元' && x.span.end >= open) x.unit = u.info.unit;
      return;
    }
  }
}
const C_OPEN_PAREN_DECL = code('(');
/** The yuan's own names: declaring them (人民币，下同) changes no 元. */
const YUAN = new Set(['元', '人民币']);
/** What may stand between a declared currency and 下同 (英镑，下同). */
const DECLARED_SEP = unitTable(',、');

/** Units a list's last number lends to the bare numbers before it, and the measure word they may keep (个). */
const LENT_UNITS = new Map([['%', ''], ['个百分点', '个'], ['百分点', ''], ['个基点', '个'], ['倍', '']]);
/**
 * 分别上升3.0个和1.7个百分点, 3和5倍: the unit written once, after the list's last number, is
 * every number's (from the end, so that a longer list passes it on: 1.1个、1.2个和0.5个百分点).
 */
function shareListUnits(norm: string, metrics: Metric[]): Metric[] {
  for (let k = metrics.length - 2; k >= 0; k--) {
    const a = metrics[k];
    const b = metrics[k + 1];
    const kept = b.unit === null ? undefined : LENT_UNITS.get(b.unit);
    if (kept === undefined || a.range !== null || a.approx !== null || a.kind !== 'count' || (a.unit !== null && a.unit !== kept)) continue;
    if (!RE_LIST_GAP.test(norm.slice(a.span.end, b.span.start))) continue;
    // (in place: a copy by spread would give the metrics two shapes, and every reader of them
    // slower inline caches, +10 M a warm pass)
    a.unit = b.unit;
    a.kind = b.kind;
  }
  return metrics;
}

/**
 * 分别约为7.72亿元和3.1亿元, 分别不低于X、Y和Z: an approximation written once, between 分别 and
 * the list's first number, holds for every number of the list.
 */
function shareListApprox(norm: string, metrics: Metric[]): Metric[] {
  for (let k = 0; k + 1 < metrics.length; k++) {
    const first = metrics[k];
    if (first.approx === null || first.range !== null || first.span.start < 2 || !norm.startsWith('分别', first.span.start - 2)) continue;
    for (; k + 1 < metrics.length; k++) {
      const b = metrics[k + 1];
      if (b.approx !== null || b.range !== null || !RE_LIST_GAP.test(norm.slice(metrics[k].span.end, b.span.start))) break;
      b.approx = first.approx;
    }
  }
  return metrics;
}

/** A larger time unit, the next smaller one and how many of these make it (1年8个月 is 20 months). */
const COMPOUND_DURATION = new Map([['年', { unit: '月', factor: 12 }], ['小时', { unit: '分钟', factor: 60 }], ['分钟', { unit: '秒', factor: 60 }]]);
/**
 * 有期徒刑1年8个月, 3小时20分钟: a span of time written in two units is one metric, in the
 * smaller unit (20 months), not two (the first alone misstates it). Only plain numbers, the
 * second right after the first.
 */
function joinCompoundDurations(ctx: ExtractContext, metrics: Metric[]): Metric[] {
  let out: Metric[] | null = null;
  for (let k = 0; k < metrics.length; k++) {
    const a = metrics[k];
    const b = k + 1 < metrics.length ? metrics[k + 1] : null;
    const pair = a.kind === 'duration' && a.unit !== null && b !== null && b.kind === 'duration' && b.span.start === a.span.end ? COMPOUND_DURATION.get(a.unit) : undefined;
    if (pair === undefined || b === null || b.unit !== pair.unit || a.range !== null || b.range !== null || b.approx !== null || a.value === null || b.value === null || b.value >= pair.factor) {
      if (out !== null) out.push(a);
      continue;
    }
    if (out === null) out = metrics.slice(0, k);
    out.push(metric(ctx, { start: a.span.start, end: b.span.end, value: a.value * pair.factor + b.value, unit: pair.unit, kind: 'duration', approx: a.approx, range: null }));
    k++;
  }
  return out ?? metrics;
}

/** `metrics` without those that overlap a date (both lists in text order). */
function dropInDates(metrics: Metric[], dates: readonly { span: Span }[]): Metric[] {
  if (dates.length === 0) return metrics;
  let d = 0;
  return metrics.filter((m) => {
    while (d < dates.length && dates[d].span.end <= m.span.start) d++;
    for (let k = d; k < dates.length && dates[k].span.start < m.span.end; k++) {
      if (m.span.start < dates[k].span.end) return false;
    }
    return true;
  });
}

const C_FAN_TURN = code('翻');
const C_FAN_TIMES = code('番');
const C_SHI_MANNER = code('式');
/** 翻N番: how many times the number doubles (翻一番 ×2, 翻两番 ×4, 翻三番 ×8); 翻了一倍 doubles it once. */
const FAN_TIMES = /翻了?(?:([一两二三四])番|一倍)/y;
const DOUBLINGS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };
/** The first characters of wordMetricAt's words: 翻, 对, and the scale words of BARE_SCALE_VALUE. */
const WORD_METRIC_FIRST = unitTable('翻对百千万');
/**
 * A metric said in fixed words at i (c = norm[i]), or null: 翻倍, 翻番, 翻了一倍 (2×) and 翻一番…
 * (the factor: 翻两番 4×, not 翻倍式上涨, a manner); 打对折 (half price); a bare scale word before
 * 倍 right after a verb of change (增长了百倍, 提升千倍; 精神百倍, 信心百倍 are idioms: a noun stands
 * before them).
 */
function wordMetricAt(norm: string, i: number, c: number): Draft | null {
  const c1 = norm.charCodeAt(i + 1);
  if (c === C_FAN_TURN) {
    if (c1 === C_BEI || c1 === C_FAN_TIMES) return norm.charCodeAt(i + 2) === C_SHI_MANNER ? null : wordMultiple(i, i + 2, 2);
    FAN_TIMES.lastIndex = i;
    const m = FAN_TIMES.exec(norm);
    return m === null ? null : wordMultiple(i, i + m[0].length, 2 ** (m[1] === undefined ? 1 : DOUBLINGS[m[1]]));
  }
  if (c === C_DUI) return c1 === C_ZHE && norm.charCodeAt(i - 1) === C_DA ? { start: i, end: i + 2, value: 50, unit: '折', kind: 'discount', approx: null, range: null } : null;
  const scale = BARE_SCALE_VALUE[c];
  return scale !== 0 && c1 === C_BEI && CHANGED_BEFORE_SCALE[norm.charCodeAt(i - 1)] === 1 ? wordMultiple(i, i + 2, scale) : null;
}
const wordMultiple = (start: number, end: number, value: number): Draft => ({ start, end, value, unit: '倍', kind: 'multiple', approx: null, range: null });

/**
 * The first position at or after `i` whose character may start a metric (CLASS bit 2), or
 * `n`. A small function of its own: its loop is optimized early and alone, while the
 * candidates' large code stays out of it (measured: fewer instructions than the same loop
 * inside extractMetrics, which the optimizer compiled and dropped again with its callees).
 */
function nextCandidate(norm: string, i: number, n: number): number {
  while (i < n && (CLASS[norm.charCodeAt(i)] & 2) === 0) i++;
  return i;
}

function urlRanges(norm: string): { start: number; end: number }[] {
  const res: { start: number; end: number }[] = [];
  // (URL_RE needs ://, www. or @; '//' stands for '://' as a gate: held by every text that
  // holds '://', and cheaper to search for, as ':' is common in text and '/' doubled is rare)
  if (norm.indexOf('//') < 0 && norm.indexOf('www.') < 0 && norm.indexOf('@') < 0) return res;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(norm); m; m = URL_RE.exec(norm)) res.push({ start: m.index, end: m.index + m[0].length });
  return res;
}

/** Reads a numeral run at `pos`. Spaces may separate parts when a Chinese numeral is on one side (7 万5 千4 百, 一百 五 十 二). */
function readRun(norm: string, pos: number, allowSpaces: boolean, text: string = norm): Run | null {
  // Characters are read by their codes (no one-character string per character); past the
  // text's end charCodeAt gives NaN, which fails every test below as undefined did.
  const n = norm.length;
  let i = pos;
  const limit = Math.min(n, pos + MAX_RUN);
  const c0 = norm.charCodeAt(i);
  if (c0 === C_HYPHEN || c0 === C_MINUS || c0 === C_FU) {
    const prev = norm.charCodeAt(i - 1);
    if (c0 !== C_FU && (isDigitCode(prev) || isLatinCode(prev) || prev === C_HYPHEN || prev === C_SLASH || prev === C_DOT)) return null;
    const next = norm.charCodeAt(i + 1);
    if (!(isDigitCode(next) || isCnCode(next) || (next === C_DOT && isDigitCode(norm.charCodeAt(i + 2))))) return null;
    if (c0 === C_FU && !(isDigitCode(next) || isCnCode(next))) return null;
    if (c0 === C_FU && isHanCode(prev) && !'为是至到达了约之'.includes(norm[i - 1])) return null; // 减负1872亿元
    i++;
  }
  const bodyStart = i;
  let last: 'ar' | 'cn' | '' = '';
  let arabic = false;
  let sawScale = false;
  let sawCn = false;
  while (i < limit) {
    const c = norm.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c === C_DOT && last === '' && isDigitCode(norm.charCodeAt(i + 1)))) {
      if (last === 'ar') break;
      const from = c === C_DOT ? i + 1 : i;
      ARABIC.lastIndex = from;
      if (!ARABIC.test(norm)) break;
      if (i === bodyStart) arabic = true;
      let stop = ARABIC.lastIndex;
      // $20，300美圆: a full-width comma after an ASCII digit separates clauses (the first such comma ends the run),
      // unless two or more group three digits each (1，990，440股 is one number)
      // (within the run only: an indexOf would search on to the text's end, again per run)
      for (let q = from; q < stop; q++) {
        if (norm.charCodeAt(q) === C_COMMA && text.charCodeAt(q) === C_FULLWIDTH_COMMA && !(text.charCodeAt(q - 1) >= 0xff10 && text.charCodeAt(q - 1) <= 0xff19)) {
          let more = q + 1;
          while (more < stop && norm.charCodeAt(more) !== C_COMMA) more++;
          if (more === stop) stop = q; // (a second group follows: one number)
          break;
        }
      }
      i = stop;
      last = 'ar';
      continue;
    }
    if ((CLASS[c] & 1) === 1) {
      // 百分位, 百分比: the 百 starts a word
      if ((c === C_BAI || c === C_BAI_F) && norm.charCodeAt(i + 1) === C_FEN && (norm.charCodeAt(i + 2) === C_WEI || norm.charCodeAt(i + 2) === C_BI)) break;
      // 两万两, 三十两, 1234两: a final 两 after a scale or a digit is the unit tael
      if (c === C_LIANG && i > bodyStart && !isCnCode(norm.charCodeAt(i + 1))) {
        const p = norm.charCodeAt(i - 1);
        if (SCALE_CODE[p] === 1 || isDigitCode(p) || p === C_ER) break;
      }
      if (SCALE_CODE[c] === 1) sawScale = true;
      sawCn = true;
      i++;
      last = 'cn';
      continue;
    }
    if (last === '') break;
    if (c === C_DIAN) {
      let j = i + 1;
      while (j < limit && j <= i + 2 && isSpaceOrTab(norm.charCodeAt(j))) j++;
      const d = norm.charCodeAt(j);
      if (isDigitCode(d) || (DIGIT_CODE[d] === 1 && d !== C_LIANG)) {
        i = j;
        sawScale = true;
        last = '';
        continue;
      }
      break;
    }
    if ((c === C_K || c === C_K_UPPER) && last === 'ar' && !isLatinCode(norm.charCodeAt(i + 1))) {
      // 40k, 12k个百分点 — but not 4K (a resolution): two digits or a decimal first
      let digits = 0;
      let point = false;
      for (let q = bodyStart; q < i; q++) {
        const x = norm.charCodeAt(q);
        if (isDigitCode(x)) digits++;
        else if (x === C_DOT) point = true;
      }
      if (digits >= 2 || point) {
        i++;
        last = 'cn';
        sawScale = true;
        continue;
      }
      break;
    }
    if (c === C_DUO || c === C_YU || c === C_JI) {
      // 一千多万, 二十几万, 500余万: only before a scale
      const k = scaleAfter(norm, i + 1, allowSpaces);
      if (k < 0) break;
      i = k;
      continue;
    }
    if (allowSpaces && isSpaceOrTab(c)) {
      let j = i;
      while (j < limit && isSpaceOrTab(norm.charCodeAt(j)) && j < i + 4) j++;
      const nx = norm.charCodeAt(j);
      if (nx === C_DUO || nx === C_YU || nx === C_JI) {
        // 十 余 万, 70 余万
        const k = scaleAfter(norm, j + 1, true);
        if (k < 0) break;
        i = k;
        continue;
      }
      if (isCnCode(nx) || (last === 'cn' && isDigitCode(nx)) || (nx === C_DIAN && last === 'cn')) {
        i = j;
        continue;
      }
      break;
    }
    break;
  }
  if (i === bodyStart || last === '') return null;
  const runText = norm.slice(pos, i);
  // plain digits: parseNumeral gives Number(runText) (its Arabic pattern matches them)
  let value = arabic && !sawCn && !sawScale && PLAIN_DIGITS.test(runText) ? Number(runText) : parseNumeral(runText);
  let range: Run['range'] = null;
  if ((value === null || (sawCn && !sawScale && i - bodyStart === 2)) && !arabic) range = adjacentRange(runText);
  if (range) value = range.min;
  const cnDigitsOnly = sawCn && !sawScale && !/\d/.test(norm.slice(bodyStart, i));
  return { start: pos, end: i, text: runText, value, arabic, cnDigitsOnly, range };
}

/** Where a scale character (十 百 千 万 亿) starts at or after `i` (spaces allowed), or -1. */
function scaleAfter(norm: string, i: number, allowSpaces: boolean): number {
  let k = i;
  if (allowSpaces) while (isSpace(norm[k]) && k < i + 3) k++;
  return '十拾百佰千仟万亿'.includes(norm[k] ?? '~') ? k : -1;
}

/** 两三个, 七八成, 二三十, 三四万, 十七八: two neighbouring digits read as a range. */
function adjacentRange(text: string): { min: number; max: number } | null {
  const DIG = '一二两三四五六七八九';
  for (let j = 0; j + 1 < text.length; j++) {
    const a = text[j];
    const b = text[j + 1];
    if (!DIG.includes(a) || !DIG.includes(b)) continue;
    const va = a === '两' ? 2 : DIG.indexOf(a) - (DIG.indexOf(a) > 1 ? 1 : 0) + 1;
    const vb = b === '两' ? 2 : DIG.indexOf(b) - (DIG.indexOf(b) > 1 ? 1 : 0) + 1;
    if (!(vb > va && vb - va <= 2)) return null;
    const lo = parseNumeral(text.slice(0, j + 1) + text.slice(j + 2));
    const hi = parseNumeral(text.slice(0, j) + text.slice(j + 1));
    if (lo === null || hi === null || lo >= hi) return null;
    return { min: lo, max: hi };
  }
  return null;
}


/** What may stand before an order word (数 几 上: 有数千, 达上百, 的几十): verbs, particles, conjunctions. */
const ORDER_BEFORE = '有达到近超约共已逾将了成的和或至好数是为';
/** Before 数 these make a noun of it (人数千人, 指数千点, 次数, 总数, 岁数, 票数 …: 数 is no order
 * word there); before any other character 数十, 数百, 数千 is an order of magnitude (美国数十年来,
 * 筹集数百亿美元, 威胁数十栋). */
const NOUN_BEFORE_SHU = '人指次总倍分系岁天件户个票步位参函少多无半整基读度层页字款家台辆场例名期年月日周点码号行列项条单双复实虚正负变定礼路招心算气命劫术小大倒乘除均众份张头只根块本套座处所栋间级回遍轮批组队班尺寸斤吨米里卡克股笔宗起罐箱车船机';
function approxBefore(norm: string, pos: number, run: Run): { start: number; approx: Approx | null; word: string } | null {
  let p = pos;
  if (p > 1 && isSpaceOrTab(norm.charCodeAt(p - 1)) && !isSpaceOrTab(norm.charCodeAt(p - 2))) p--; // 约 3%
  const candidates = p > 0 ? PRE_BY_LAST[PRE_SLOT[norm.charCodeAt(p - 1)]] : undefined;
  if (!candidates) return null;
  for (let ci = 0; ci < candidates.length; ci++) {
    const a = candidates[ci];
    const s = p - a.word.length;
    if (s < 0 || !norm.startsWith(a.word, s)) continue;
    const before = s > 0 ? norm[s - 1] : undefined;
    const w = a.word;
    if (w === '近' && before !== undefined && '最附靠临邻贴将接'.includes(before)) continue;
    // 过万件, 过亿元: only before a scale word, and not 经过 通过 超过 (its own word) 度过 …
    if (w === '过' && (!'十百千万亿'.includes(norm[pos]) || (before !== undefined && '经通超度越穿走跨错闯不难路只又再透放'.includes(before)))) continue;
    if ((w === '约' || w === '约为' || w === '约有') && before !== undefined && '预节签合制公条契婚解违履纽'.includes(before)) continue; // (纽约有10人)
    if (w === '超' && before === '赶') continue;
    if (w === '破' && before !== undefined && '打击爆攻冲识看道说突跌'.includes(before)) continue;
    if (w === '数' || w === '几' || w === '上') {
      if (!'十拾百佰千仟万亿'.includes(norm[pos])) continue;
      // (a Han character before 数 may end a noun of it, 人数千人, 指数千点: NOUN_BEFORE_SHU;
      // before 几 only 茶几, 无几 are words)
      if (before !== undefined && isHanChar(before) && (w === '几' ? before === '茶' || before === '无' : w === '数' ? NOUN_BEFORE_SHU.includes(before) : !ORDER_BEFORE.includes(before)) && !(w === '上' && run.text.length === 1)) continue;
      if (w === '上' && !'百千万亿'.includes(norm[pos])) continue;
      if (w === '上' && before !== undefined && isHanChar(before) && !ORDER_BEFORE.includes(before) && run.text.length > 1) continue;
    }
    if (w === '最高' && run.arabic === false && norm[pos] === '一') continue;
    return { start: s, approx: a.approx, word: a.word };
  }
  return null;
}

function approxAt(norm: string, pos: number, slot: Uint16Array, byFirst: (ApproxWord[] | undefined)[]): ApproxWord | null {
  const list = byFirst[slot[norm.charCodeAt(pos)]];
  if (!list) return null;
  for (let k = 0; k < list.length; k++) if (norm.startsWith(list[k].word, pos)) return list[k];
  return null;
}

/**
 * A number that opens a bond's short name (22万科MTN004, “21万科02”: its year, its
 * issuer, its code). Read off the metrics found, not tested in tryAt at every number: a test
 * there cost 20 M a warm pass (tryAt compiles worse the larger it is).
 */
function inBondName(norm: string, m: Metric): boolean {
  const start = m.span.start;
  return isDigitCode(norm.charCodeAt(start)) && isDigitCode(norm.charCodeAt(start + 1)) && isHanCode(norm.charCodeAt(start + 2)) && bondNameEnd(norm, start) > 0;
}

/** `metrics` without those `drop` picks (the same array where it picks none, as nearly always). */
function dropWhere(metrics: Metric[], drop: (m: Metric) => boolean): Metric[] {
  let out: Metric[] | null = null;
  for (let k = 0; k < metrics.length; k++) {
    const dropped = drop(metrics[k]);
    if (dropped && out === null) out = metrics.slice(0, k);
    else if (!dropped && out !== null) out.push(metrics[k]);
  }
  return out ?? metrics;
}

/**
 * Where a bond's short name that starts at `pos` ends, or -1: two digits (not after a digit),
 * one to four Han characters, then capitals and digits (22万科MTN004), or only digits inside
 * quotation marks (“21万科02”).
 */
function bondNameEnd(norm: string, pos: number): number {
  if (pos > 0 && isDigitCode(norm.charCodeAt(pos - 1))) return -1;
  const k = hanEnd(norm, pos + 2, 4);
  let caps = k;
  while (caps < k + 5 && caps < norm.length && isUpperLatinCode(norm.charCodeAt(caps))) caps++;
  const d = digitsEnd(norm, caps, 4);
  if (d - caps < 2 || (d < norm.length && isDigitCode(norm.charCodeAt(d)))) return -1;
  if (caps - k >= 2) return d;
  return caps === k && pos > 0 && norm.charCodeAt(pos - 1) === C_LQUOTE && norm.charCodeAt(d) === C_RQUOTE ? d : -1;
}
const [C_LQUOTE, C_RQUOTE] = [code('“'), code('”')];

/** Words of approximation before a scale word (数百, 上千, 近百), and the scale words. */
const APPROX_BEFORE_SCALE = unitTable('数几上近逾超');
const SCALE_FIRST = unitTable('百千万');
const C_NIAN_YEAR = '年'.charCodeAt(0);
const AGO_AFTER = unitTable('前后');
/** Is the numeral starting at `start` (ending at `end`) inside a fixed word (一些, 统一, 十分, 百度)? */
function inFixedWord(norm: string, start: number, end: number): boolean {
  const c = norm.charCodeAt(start);
  if (FIXED_CHAR[c] !== 1) return false; // no fixed word holds the character (as before)
  // (fixedKey written out)
  const base = c * 2048;
  const prev = start > 0 ? norm.charCodeAt(start - 1) : 0;
  // 数百年, 上千年, 近百年: after a word of approximation 百年, 千年 and 万年 count years, no fixed word
  // (not 数百年前, 数万年前: a time long ago, no span)
  if (APPROX_BEFORE_SCALE[prev] === 1 && SCALE_FIRST[c] === 1 && norm.charCodeAt(start + 1) === C_NIAN_YEAR && AGO_AFTER[norm.charCodeAt(start + 2)] !== 1) return false;
  const next = start + 1 < norm.length ? norm.charCodeAt(start + 1) : 0;
  return (FIXED_PREV_CHAR[prev] === 1 && fixedIn(FIXED_BY_PREV.get(base + (prev & 2047)), norm, start, end)) || (FIXED_NEXT_CHAR[next] === 1 && fixedIn(FIXED_BY_NEXT.get(base + (next & 2047)), norm, start, end)) || (FIXED_ALONE.size > 0 && fixedIn(FIXED_ALONE.get(c), norm, start, end));
}

/** Does one of the entries (the numeral's first character at offset k of w) hold the numeral start…end? */
function fixedIn(list: { w: string; k: number; first: number }[] | undefined, norm: string, start: number, end: number): boolean {
  if (list === undefined) return false;
  for (let i = 0; i < list.length; i++) {
    const { w, k, first } = list[i];
    const s = start - k;
    if (s >= 0 && s + w.length >= end && norm.charCodeAt(s) === first && norm.startsWith(w, s)) return true;
  }
  return false;
}

/** Exported for its test (fast.test.ts), which checks it against Number(v.toPrecision(15)). */
export function round(v: number): number {
  if (Number.isInteger(v) || !Number.isFinite(v)) return v;
  return shortDecimal(v) ? v : Number(v.toPrecision(15));
}

/**
 * Is `v` (not an integer) the double nearest to a decimal N / 10^k (k 1…6) of at most 15
 * significant digits (50.2, 27.5, 0.35)? Then Number(v.toPrecision(15)) is v, with no string
 * made: toPrecision(15) gives the 15-digit decimal nearest to v, at least as near as N / 10^k,
 * which lies inside v's rounding interval; no such decimal is the interval's midpoint (for
 * 2^-21 ≤ |v| < 2^53 a midpoint has 16 or more significant digits), and where the interval is
 * lopsided (v a power of two, 2^-21 … 2^-1) v itself has at most 15 digits and is the nearest.
 * N / 10^k is one correctly rounded division of two exact doubles (|N| < 10^15 < 2^53).
 */
function shortDecimal(v: number): boolean {
  const a = Math.abs(v);
  if (!(a >= 2 ** -21 && a < 1e14)) return false;
  for (let k = 1, s = 10; k <= 6; k++, s *= 10) {
    const n = Math.round(v * s);
    if (Math.abs(n) < 1e15 && n / s === v) return true;
  }
  return false;
}

/**
 * Tries to read a metric at `pos`; pushes it to `out` and returns where the scan goes on
 * (past the metric, or past a run that is no metric).
 */
function tryAt(ctx: ExtractContext, pos: number, out: Metric[]): number {
  const norm = ctx.norm;
  // the character and the one before by their codes (NaN before the start fails every test, as undefined did)
  const c = norm.charCodeAt(pos);
  // 零下273度: below zero
  if (c === C_LING && norm.charCodeAt(pos + 1) === C_XIA && (isDigitCode(norm.charCodeAt(pos + 2)) || isCnCode(norm.charCodeAt(pos + 2)))) {
    const before = out.length;
    const r = tryAt(ctx, pos + 2, out);
    if (out.length > before) {
      const m = out[out.length - 1];
      if (m.span.start === pos + 2 && m.value !== null) {
        m.value = -m.value;
        m.span.start = pos;
        const pre = approxBefore(norm, pos, { start: pos, end: pos, text: '', value: null, arabic: true, cnDigitsOnly: false, range: null });
        if (pre) {
          m.span.start = pre.start;
          if (pre.approx && !m.approx) m.approx = pre.approx;
        }
        m.text = ctx.text.slice(m.span.start, m.span.end);
      }
    }
    return r;
  }
  // 一半 (a half): past the fast paths below, which take 一 before 半 for a lone numeral
  if (c === C_ONE && norm.charCodeAt(pos + 1) === C_BAN) {
    const run = readRun(norm, pos, false, ctx.text);
    return run ? readMetric(ctx, run, out) : pos + 1;
  }
  // fast path: a lone Chinese numeral inside a word (一些, 三星, 统一) with nothing around it that could make it a metric
  if ((CLASS[c] & 1) === 1 && pos + 1 < norm.length) {
    const nc = norm.charCodeAt(pos + 1);
    if ((CLASS[nc] & 5) === 0 && nc !== 0x20 && nc !== 0x09 && (pos === 0 || (AROUND[norm.charCodeAt(pos - 1)] & (A_PRE_LAST | A_BARE_BEFORE | A_PUNCT)) === 0)) return pos + 1;
  }
  // currency symbols: $20, ¥300
  if (c === C_DOLLAR || c === C_YEN || c === C_YEN_FULLWIDTH) {
    if (!isDigitCode(norm.charCodeAt(pos + 1)) || isLatinCode(norm.charCodeAt(pos - 1))) return pos + 1;
    const run = readRun(norm, pos + 1, false, ctx.text);
    if (!run || run.value === null) return pos + 1;
    const unit = c === C_DOLLAR ? '美元' : '元';
    return emit(ctx, out, { start: pos, end: run.end, value: run.value, unit, kind: 'money', approx: null, range: null }, run.end);
  }
  if (c === C_BAN) {
    // 半个月, 半年, 半小时: half a time unit (not 上半年/下半年, dates, nor 半年报, 半年度)
    const half = halfDuration(ctx, out, pos);
    if (half >= 0) return half;
    // 半百 = 50, 半成 = 5 %, 半折 = 50 %
    const nx = norm[pos + 1];
    if (nx === '百' && !isHanCode(norm.charCodeAt(pos + 2))) return emit(ctx, out, { start: pos, end: pos + 2, value: 50, unit: null, kind: 'count', approx: null, range: null }, pos + 2);
    // 半数 = a half (超过半数, 半数以上, 发电量半数来自…; not 半数字化, 大半数, 多半数, nor 不过半数 of a condition)
    if (nx === '数' && norm[pos + 2] !== '字' && norm[pos - 1] !== '大' && norm[pos - 1] !== '多' && !norm.startsWith('不过', pos - 2)) {
      // (过半数: more than half; not 不过, 通过, 经过 before it)
      const over = norm[pos - 1] === '过' && !'不通经超'.includes(norm[pos - 2] ?? '');
      const pre = over ? { start: pos - 1, approx: 'more' as Approx } : approxBefore(norm, pos, CN_ONE_RUN);
      const post = approxAt(norm, pos + 2, POST_SLOT, POST_BY_FIRST);
      const e = post ? pos + 2 + post.word.length : pos + 2;
      return emit(ctx, out, { start: pre ? pre.start : pos, end: e, value: 0.5, unit: null, kind: 'fraction', approx: pre?.approx ?? post?.approx ?? null, range: null }, e);
    }
    // 近半员工: nearly half of the noun after it (not 最近半…, a duration read above, nor 近半导体)
    if (norm.charCodeAt(pos - 1) === C_JIN_NEAR && norm.charCodeAt(pos - 2) !== C_ZUI && isHanCode(norm.charCodeAt(pos + 1)) && NOT_AFTER_NEAR_HALF[norm.charCodeAt(pos + 1)] !== 1) {
      return emit(ctx, out, { start: pos - 1, end: pos + 1, value: 0.5, unit: null, kind: 'fraction', approx: 'less', range: null }, pos + 1);
    }
    if ((nx === '成' || nx === '折') && !isHanCode(norm.charCodeAt(pos + 2)) && !isHanCode(norm.charCodeAt(pos - 1))) {
      return emit(ctx, out, { start: pos, end: pos + 2, value: nx === '成' ? 5 : 50, unit: nx === '成' ? '%' : '折', kind: nx === '成' ? 'percent' : 'discount', approx: null, range: null }, pos + 2);
    }
    return pos + 1;
  }
  // ordinals, weekdays, lunar days: 第一, 第3万回, 周一, 星期三, 初一, 正月十五
  const prev = pos > 0 ? norm.charCodeAt(pos - 1) : 0;
  const digit = c >= 0x30 && c <= 0x39;
  // Every test of prevSkips needs the character before to be one of PREV_TESTED (none before the start).
  if (PREV_TESTED[prev] === 1) {
    const r = prevSkips(ctx, pos, c, prev, digit);
    if (r >= 0) return r;
  }
  if (digit && fastPaths) {
    const r = dateDigits(norm, pos);
    if (r >= 0) return r;
    const f = fastUnit(ctx, pos, out);
    if (f >= 0) return f;
  }

  if (!digit && fastPaths) {
    // One Chinese digit before a character that continues no numeral and starts no unit,
    // approximation word, range or stop (CLASS bits 1 and 4 clear, no space), with no
    // approximation word before it (approxBefore: the character before ends none and is no
    // space): readRun reads the digit alone and readMetric finds no unit, so every path
    // ends in `run.end` (a lone financial digit; bareCnOk, which wants a stop after a single
    // digit; or no value): as before, pos + 1 (the fast path above needs more: no stop before)
    if (DIGIT_CODE[c] === 1 && pos + 1 < norm.length) {
      const nc = norm.charCodeAt(pos + 1);
      if ((CLASS[nc] & 5) === 0 && nc !== 0x20 && nc !== 0x09 && (AROUND[prev] & A_PRE_LAST) !== A_PRE_LAST && !isSpaceOrTab(prev)) return pos + 1;
    }
    const f = fastCn(ctx, pos, c, out);
    if (f >= 0) return f;
    if (SCALE_CODE[c] === 1 ? loneNumeral(norm, pos) && !scaleUnitAt(norm, pos) : DIGIT_CODE[c] === 1 && loneNumeral(norm, pos)) return pos + 1;
  }
  let run = readRun(norm, pos, true, ctx.text);
  if (!run) return pos + 1;
  if (run.value === null && !run.range && /\s/.test(run.text)) run = readRun(norm, pos, false, ctx.text) ?? run;
  if (run.value === null && !run.range && (run.text === '亿' || run.text === '万' || run.text === '万亿')) {
    const pre = approxBefore(norm, run.start, run);
    const mid = (norm[run.end] === '余' || norm[run.end] === '多') && matchUnit(norm, run.end + 1);
    if ((pre && pre.approx) || mid) run = { ...run, value: run.text === '亿' ? 1e8 : run.text === '万' ? 1e4 : 1e12 };
  }
  if (run.value === null && !run.range && norm.startsWith('数以', run.start - 2) && norm[run.end] === '计' && /^[十百千万亿]{1,2}$/.test(run.text)) {
    // 数以亿计, 数以万计: an order of magnitude
    const v = [...run.text].reduce((p, ch) => p * SCALE_OF[ch], 1);
    return emit(ctx, out, { start: run.start - 2, end: run.end + 1, value: v, unit: null, kind: 'count', approx: 'order', range: null }, run.end + 1);
  }
  if (run.value === null && !run.range) {
    // 百分之…, 三分之一: the denominator alone (百, 三) may still start a fraction
    if (!(FRACTION_OF.lastIndex = run.end, FRACTION_OF.test(norm))) return run.end;
  }
  return readMetric(ctx, run, out);
}

/**
 * One Chinese digit (CN_DIGIT) or scale character (CN_SCALE; see scaleUnitAt) that readRun +
 * readMetric read as no metric, so that tryAt goes on at `pos + 1` (之一。, 一部分, “三星,
 * 陆海, “万国): false when not sure. Why it is the same:
 * - readRun reads the character alone: the one after it (LONE_AFTER) is no Chinese
 *   numeral, digit, 点, 多/余/几, space or tab (nor 分: no 百分位 rule). With no value tryAt
 *   returns the run's end (no fraction: no space or 分 after; for a lone 万/亿 no
 *   approximation before it and no 余/多 after it; no 数以…计: no 计).
 * - readMetric then finds no fraction (no space or 分), mixed number (no 又), mid word,
 *   post word, range connector or 数以…计 (no 计) after it, and no unit: none starts with
 *   the character, or matchUnit (pure) finds none there (一部分: the blocker 部分). A lone
 *   financial digit returns the end (no unit). No approximation word before it: the
 *   character before ends none and is no space or tab (approxBefore finds none).
 * - A lone scale character: no unit of two or more characters starts with it (scaleUnitAt),
 *   so readMetric does not return past one (千克, 万吨 with no number before).
 * - So the unit-less test is reached before any metric is made (inTitle returns the end),
 *   and bareCnOk (single digit, no approximation) is false when the character before is no
 *   stop, 是 or 前 (no BARE_BEFORE, PUNCT: stopBefore false and not 前三的), or the one
 *   after is no stop and no 的 (stopAfter false, not 三的): the run's end, pos + 1.
 */
function loneNumeral(norm: string, pos: number): boolean {
  const after = pos + 1 < norm.length ? LONE_AFTER[norm.charCodeAt(pos + 1)] : 0;
  if (after === 0) return false;
  const prev = pos > 0 ? norm.charCodeAt(pos - 1) : 0; // at the start: no bit, no space
  const around = AROUND[prev] & (A_PRE_LAST | A_BARE_BEFORE | A_PUNCT);
  if ((around & A_PRE_LAST) !== 0 || isSpaceOrTab(prev)) return false;
  if ((after & L_STOP) !== 0 && (around !== 0 || pos === 0)) return false;
  return (after & L_UNIT) === 0 || matchUnit(norm, pos + 1) === null;
}
/** The unit of two or more characters (not 千卡) at a lone scale character that readMetric reads as a unit (千克, 百分点, 万吨). */
function scaleUnitAt(norm: string, pos: number): boolean {
  const u = matchUnit(norm, pos);
  return u !== null && u.info.surface.length > 1 && u.info.surface !== '千卡';
}
/** By the code after the digit: L_OK = a character loneNumeral allows; L_STOP = a stop or 的 (BARE_AFTER, PUNCT); L_UNIT = a unit starts with it. */
const LONE_AFTER = new Uint8Array(0x10000);
const L_OK = 1;
const L_STOP = 2;
const L_UNIT = 4;
// (filled, then the few excluded characters cleared: a loop over all 65536 codes costs ~60M instructions in a cold run)
LONE_AFTER.fill(L_OK);
LONE_AFTER[0] = 0; // (as past the text's end, where loneNumeral takes 0 without a read and bareCnOk sees no character after)
for (const ch of [...CN_DIGIT, ...CN_SCALE, ...'0123456789 \t点多余几分又计', ...CONNECTOR_CHARS]) LONE_AFTER[code(ch)] = 0;
for (const a of [...APPROX.mid, ...APPROX.post]) LONE_AFTER[a.word.charCodeAt(0)] = 0;
for (const k of UNIT_GROUPS.keys()) if (LONE_AFTER[k] !== 0) LONE_AFTER[k] |= L_UNIT;
for (const ch of [...BARE_AFTER, ...PUNCT, '的']) if (LONE_AFTER[code(ch)] !== 0) LONE_AFTER[code(ch)] |= L_STOP;

const JING = '经'.charCodeAt(0);
const WEI = '纬'.charCodeAt(0);
const isJingWei = (x: number) => x === JING || x === WEI;

/**
 * What readRun + readMetric give, found cheaply, for plain Arabic digits that are a year or
 * a part of a date or time (2023年, 10月, 15日, 8号, 2023-10-17); -1 when the case is not
 * one of these (the full reading decides). Why it is the same: readRun reads exactly the
 * digits (the character after them is none that continues a numeral: not a digit, `,` `.`
 * `e`, a Chinese numeral, 点, 多/余/几 or a space), so the run is {digits, arabic, value a
 * number, no range}; readMetric then passes by the fractions (no 又/`/`/`^` follows, and
 * FRACTION_OF, which needs 分 after the spaces, is tested where 分 follows), the traps (a leading 0 or 11+ digits with no unit returns the same `end`), has
 * no approximation inside or between (no mid word starts with the character), and:
 * - 年 as the unit 年 after a year of four digits (1000–2199): isYear → skipPast(past 年);
 * - otherwise, with no unit at all, no word after (no post word starts with the character),
 *   no range connector, a DATE_AFTER character: `end` (past the title check or skipPast,
 *   which moves past none of these characters) unless an approximation word before gives
 *   an approximation (约10月…), which the full reading handles.
 * - 2023-10: four digits, a hyphen and a digit: skipPast(norm, end), the date trap.
 * One space between the digits and the date character (2025 年 1 月) changes none of this:
 * readRun stops before a space that no numeral follows, no fraction (分之), mixed number
 * (a digit) or range connector follows it, matchUnit looks past it, and the no-unit check
 * reads the character after it (after2).
 */
function dateDigits(norm: string, pos: number): number {
  const end = digitsEnd(norm, pos, 24); // (what /\d{1,24}/y matches at pos: the run, up to 24 digits)
  if (end === pos) return -1;
  // the date character, right after the digits or after one space (2025 年 1 月)
  const spaced = norm.charCodeAt(end) === 0x20;
  const kind = DATE_FAST[norm.charCodeAt(spaced ? end + 1 : end) | 0]; // past the end: NaN | 0 = 0
  if (kind === 0) return -1;
  if (kind === 3) return !spaced && end - pos === 4 && isDigit(norm[end + 1]) ? skipPast(norm, end) : -1;
  // 分 (10时30分, 扣3分): the rules above hold unless FRACTION_OF matches at the digits' end (3分之一, 3 分之一)
  if (kind === 4 && ((FRACTION_OF.lastIndex = end), FRACTION_OF.test(norm))) return -1;
  const unit = matchUnit(norm, end);
  if (unit !== null) {
    if (kind !== 1 || unit.info.surface !== '年' || end - pos !== 4) return -1;
    const year = (norm.charCodeAt(pos) - 48) * 1000 + (norm.charCodeAt(pos + 1) - 48) * 100 + (norm.charCodeAt(pos + 2) - 48) * 10 + (norm.charCodeAt(pos + 3) - 48);
    return year >= 1000 && year <= 2199 ? skipPast(norm, unit.end) : -1;
  }
  const pre = approxBefore(norm, pos, DIGITS_RUN);
  return pre !== null && pre.approx !== null ? -1 : end;
}
/** approxBefore reads of a run only `arabic` (and `text` for 上 before a scale character, never before a digit). */
const DIGITS_RUN: Run = { start: 0, end: 0, text: '', value: 0, arabic: true, cnDigitsOnly: false, range: null };
/** By the code after plain digits: 1 = 年, 2 = another date character, 3 = a hyphen, 4 = 分 (a fraction may follow); 0 = none of dateDigits' cases. */
const DATE_FAST = new Uint8Array(0x10000);
for (const ch of DATE_AFTER) {
  const x = ch.charCodeAt(0);
  // (级: readMetric reads a magnitude first, 12级大风)
  if ((CLASS[x] & 1) === 1 || MID_SLOT[x] !== 0 || POST_SLOT[x] !== 0 || ch === '点' || ch === '又' || ch === '级') continue;
  DATE_FAST[x] = ch === '年' ? 1 : ch === '分' ? 4 : 2;
}
DATE_FAST['-'.charCodeAt(0)] = 3;

/** fastUnit and fastCn on (the default) or off: off, readRun + readMetric read every number (for the test that both agree). */
let fastPaths = true;
export function setFastPaths(on: boolean): void {
  fastPaths = on;
}

/**
 * What readRun + readMetric give, with less work, for the commonest metric: Arabic digits
 * (a decimal part, 万/亿 after them allowed) written right before a unit (50.2%, 27.5万家,
 * 300个); -1 when the case is not one of those below (the full reading decides). FAST_NUM
 * below is the number part it reads, \d{1,24}(?:\.\d{1,12})? at pos. Why it is the same:
 * - readRun: FAST_NUM matches what ARABIC matches when the character after it is in
 *   FAST_NEXT (no digit, `,` `.` `e` `E` after it), no comma inside (the full-width comma
 *   check finds none); 万 and 亿 are Chinese numerals readRun takes (not 百/两, whose own
 *   rules apply), and at a FAST_NEXT character (no Chinese numeral, digit, 点, k/K, 多/余/几,
 *   space or tab) it stops. So the run is this text, arabic, no range, not cnDigitsOnly,
 *   its value Number(text) without 万/亿 (what parseNumeral gives: its Arabic pattern
 *   matches) and parseNumeral(text) with them; null falls back.
 * - readMetric: no fraction (no space or 分 after), no mixed number (no 又, space), no `/`
 *   `^` `:` `-` `.` after, no 多/余/几 in the text, no mid word (FAST_NEXT has no first
 *   character of one), a text that is no lone financial or scale character and does not
 *   end in 千/兆/百; the traps for codes return only without a unit. With the unit matchUnit
 *   finds at the number's end (none: fall back): 点, 成, 折, 块 and 年 after what may be a
 *   year fall back (their own rules); ordinalBeforeNoun as there; factor, add and the unit's approximation as there;
 *   for 元/美元 money a following 又/零/digit (MONEY_FRACTION's first character) and for
 *   any unit a following 半 fall back. The approximation before: approxBefore reads of the
 *   run only `arabic` here (at a digit, 数/几/上 never reach `text`), as in dateDigits. No
 *   数以…计 (计 is no FAST_NEXT character). A post word of one character after the unit
 *   falls back; a range connector there goes to rangeAfter, readMetric's own. With a unit and Arabic digits none of the unit-less or 一 rules apply;
 *   inFixedWord and 人民币 as there.
 */
function fastUnit(ctx: ExtractContext, pos: number, out: Metric[]): number {
  const norm = ctx.norm;
  // FAST_NUM, read off the codes: up to 24 digits, then a '.' and up to 12 digits
  // where a digit follows the '.' (the greedy digits are never given back: the group is optional)
  let e = digitsEnd(norm, pos, 24);
  if (e === pos) return -1;
  if (norm.charCodeAt(e) === C_DOT && isDigitCode(norm.charCodeAt(e + 1))) e = digitsEnd(norm, e + 1, 12);
  const numEnd = e;
  let x = norm.charCodeAt(e);
  // (FAST_NEXT has neither `.` nor these letters: fastUnit would end here with -1, and the full reading may be left to fastCode)
  if (x === C_DOT || (isLatinCode(x) && FAST_NEXT[x] !== 1)) return fastCode(norm, pos, e, x);
  // one space before 万/亿 (4674.7 亿): readRun reads past it to the Chinese numeral
  if (x === 0x20 && (norm.charCodeAt(e + 1) === C_WAN || norm.charCodeAt(e + 1) === C_YI)) x = norm.charCodeAt(++e);
  while (x === C_WAN || x === C_YI) x = norm.charCodeAt(++e);
  // one space before the unit (3 %, 20 亿元): readRun stops before it (no numeral, 多/余/几,
  // digit or 点 after it), no fraction (no 分), mixed number (no digit) or mid word starts
  // there, and matchUnit looks past it as before
  const u = x === 0x20 ? norm.charCodeAt(e + 1) : x;
  const midAt = (x === C_DUO || x === C_YU) && FAST_NEXT[norm.charCodeAt(e + 1) | 0] === 1;
  if (!midAt && FAST_NEXT[u | 0] !== 1) return -1; // past the end: NaN | 0 = 0
  const text = norm.slice(pos, e);
  const value0 = e === numEnd ? Number(text) : parseNumeral(text);
  if (value0 === null) return -1;
  return midAt ? fastMid(ctx, pos, e, text, value0, out) : fastTail(ctx, out, pos, e, value0, DIGITS_RUN, null);
}

/**
 * fastUnit's case of 多 or 余 between the number (pos…e, its text and value as there) and a unit (30多倍, 200余家,
 * 5万余人): -1 when not sure. Why it is the same: readRun stops at 多/余 (scaleAfter finds no
 * scale: a FAST_NEXT character, no space, follows), so the run is as in fastUnit; readMetric
 * finds no fraction, mixed number, `/` or `^` at 多/余, the code trap only for isCodeDigits
 * (falls back), no 多/余/几 in the text, and the mid word (the one-character 多 or 余: no
 * longer one starts there) sets the approximation and moves the unit past it; no lone or back
 * scale rule (Arabic digits, a mid word). A four-character text worth 1000–2199 may be a year
 * before 年 (2000多年): it falls back. The rest is fastTail with the mid word's approximation
 * first (readMetric gives the unit's own only where the mid word has none).
 */
function fastMid(ctx: ExtractContext, pos: number, e: number, text: string, value0: number, out: Metric[]): number {
  const mid = approxAt(ctx.norm, e, MID_SLOT, MID_BY_FIRST);
  if (mid === null || mid.word.length !== 1) return -1;
  if (isCodeDigits(text) || (e - pos === 4 && value0 >= 1000 && value0 <= 2199)) return -1;
  return fastTail(ctx, out, pos, e + 1, value0, DIGITS_RUN, mid.approx);
}

/**
 * What readRun + readMetric give for Arabic digits (FAST_NUM: a decimal part allowed) that
 * are part of a code, a version or a name, not a metric: before `.` and a digit or a Latin
 * letter (600519.SH, 2.0.1) and right before a Latin letter other than e/E/k/K where no
 * unit, mid or post word starts (5G, 3D, 7S店); -1 otherwise (the full reading decides).
 * Called by fastUnit with the FAST_NUM match (pos…e) and the code `x` at e.
 * Why it is the same: readRun reads exactly the FAST_NUM text (ARABIC matches the same
 * there: no comma, exponent or further digit follows; at `.` or such a letter its loop
 * stops), arabic, its value a number (parseNumeral's Arabic pattern). readMetric finds no
 * fraction, mixed number, `/` or `^` after it, then
 * - at `.` + a digit or a Latin letter: the trap for versions and codes, skipPast(end);
 * - at the letter: the trap for phone numbers and codes (11+ digits, a leading 0) returns
 *   the end (no unit there), no approximation inside or between, no unit (matchUnit is
 *   pure: none), no post word or range connector, so the unit-less checks: inside a title
 *   the end; 6 digits with `(` before or SH/SZ/HK after the end; every other check there
 *   (formulas, dates with points, a year, 5G) gives skipPast(end), and it is reached.
 */
function fastCode(norm: string, pos: number, e: number, x: number): number {
  if (x === C_DOT) {
    const y = norm.charCodeAt(e + 1);
    return isDigitCode(y) || isLatinCode(y) ? skipPast(norm, e) : -1;
  }
  if (!isLatinCode(x) || (x | 0x20) === 0x65 || (x | 0x20) === 0x6b || MID_SLOT[x] !== 0 || POST_SLOT[x] !== 0 || matchUnit(norm, e) !== null) return -1; // (e/E: an exponent; k/K: 40k)
  const digits = norm.slice(pos, e);
  if (isCodeDigits(digits) || inTitle(norm, pos) || isStockCode(norm, digits, pos, e)) return e;
  return skipPast(norm, e);
}

/** What a session number names (六次会议, 三中全会 has its own 中): a meeting of a 届. */
const SESSION = /^(?:会议|全会|全体会议|大会)/;
const [C_JIE, C_CI] = [...'届次'].map(code);
/**
 * 八届人大六次会议, 十四届全国人大三次会议: 次 at unitStart names a session, not a count, when a
 * meeting follows and a 届 stands shortly before the number (at numStart) with only Han characters
 * between (召开三次会议 counts meetings).
 */
function sessionNumber(norm: string, numStart: number, unitStart: number, unitEnd: number): boolean {
  if (unitEnd !== unitStart + 1 || norm.charCodeAt(unitStart) !== C_CI || !SESSION.test(norm.slice(unitEnd, unitEnd + 4))) return false;
  for (let i = numStart - 1; i >= Math.max(0, numStart - 8); i--) {
    const c = norm.charCodeAt(i);
    if (c === C_JIE) return true;
    if (!isHanCode(c)) return false;
  }
  return false;
}

/**
 * A time unit that measures nothing here: 分 that counts no points (扣10分, 得25分, 4.9 分) after
 * Chinese numerals (十分重要, 一分热, 宁慢三分) or as the minutes of a time (9时30分, 0 时 38 分,
 * 10点15分, 2小时45分); 秒 as the seconds of a time of day (7时46分45秒; not 2分45秒).
 */
function notMeasure(norm: string, numStart: number, unitStart: number, surface: string, arabic: boolean): boolean {
  if (surface === '秒') return arabic && clockSeconds(norm, numStart);
  // 2023 款日产聆风: a year before 款 is a model year, no count
  if (surface === '款') return arabic && modelYear(norm, numStart, unitStart);
  if (surface !== '分') return false;
  if (!arabic) return true;
  for (let i = numStart; i < unitStart; i++) if (CLOCK_HOUR[norm.charCodeAt(i)] === 1) return true; // 10点15
  let i = numStart - 1;
  while (i >= 0 && norm.charCodeAt(i) === 32) i--;
  return i >= 0 && CLOCK_HOUR[norm.charCodeAt(i)] === 1;
}
/** norm[numStart, unitStart) is four digits of a year (19xx, 20xx), maybe a blank after them. */
function modelYear(norm: string, numStart: number, unitStart: number): boolean {
  let e = unitStart;
  if (e > numStart && norm.charCodeAt(e - 1) === 32) e--;
  if (e - numStart !== 4) return false;
  for (let i = numStart; i < e; i++) if (!isDigitCode(norm.charCodeAt(i))) return false;
  const century = norm.charCodeAt(numStart) === 0x31 ? 0x39 : norm.charCodeAt(numStart) === 0x32 ? 0x30 : -1; // (19xx, 20xx)
  return norm.charCodeAt(numStart + 1) === century;
}
/** Before the number at numStart: minutes (46分) after an hour (7时). */
function clockSeconds(norm: string, numStart: number): boolean {
  let i = numStart - 1;
  while (i >= 0 && norm.charCodeAt(i) === 32) i--;
  if (i < 0 || norm.charCodeAt(i) !== C_FEN) return false;
  let j = i - 1;
  while (j >= 0 && (isDigitCode(norm.charCodeAt(j)) || norm.charCodeAt(j) === 32)) j--;
  if (j === i - 1 || j < 1 || CLOCK_HOUR[norm.charCodeAt(j)] !== 1) return false;
  let h = j - 1;
  while (h >= 0 && norm.charCodeAt(h) === 32) h--;
  return h >= 0 && isDigitCode(norm.charCodeAt(h)); // (用时2分45秒: 时 of a word, no hour)
}
/** What ends an hour before its minutes. */
const CLOCK_HOUR = unitTable('时点時:');

/** A time unit after 半 (units.tsv's surfaces), not a word it starts (半年报, 半年度, 半月刊, 半月谈, 半月板; 半年内 is fine). */
const HALF_UNIT = /(个月|个小时|小时|年|月(?![刊谈板]))(?![报度])/y;
const C_JIN_NEAR = '近'.charCodeAt(0);
const C_ZUI = '最'.charCodeAt(0);
/** After 近半 these make 半 part of another word or a measure read elsewhere (近半导体, 近半岛, 近半数, 近半成). */
const NOT_AFTER_NEAR_HALF = unitTable('导岛径身山场数成折百个年月天日周小');
/** Before 半 these make it part of another word or a date (上半年, 下半年, 前半年, 大半年, 多半, 过半). */
const NOT_BEFORE_HALF = new Set('上下前后大多过一两三四五六七八九十'.split(''));
/** 半个月, 近半年, 半年多 at pos (半): a duration of 0.5 of its unit; returns where reading goes on, or -1. */
function halfDuration(ctx: ExtractContext, out: Metric[], pos: number): number {
  const norm = ctx.norm;
  HALF_UNIT.lastIndex = pos + 1;
  const m = HALF_UNIT.exec(norm);
  if (!m || (pos > 0 && NOT_BEFORE_HALF.has(norm[pos - 1]))) return -1;
  // 近半年, 不到半年, 大约半小时 (approxBefore's guards: not 最近半年); 半年多, 半年左右
  const pre = approxBefore(norm, pos, CN_ONE_RUN);
  const start = pre ? pre.start : pos;
  let approx: Approx | null = pre ? pre.approx : null;
  let end = pos + 1 + m[0].length;
  if (norm[end] === '多') {
    end++;
    approx ??= 'more';
  } else {
    const post = approxAt(norm, end, POST_SLOT, POST_BY_FIRST);
    if (post) {
      end += post.word.length;
      approx ??= post.approx;
    }
  }
  const unit = UNITS.get(m[1] === '月' ? '个月' : m[1])!.unit; // (个 dropped: 个月 → 月; 半月 is 半个月)
  return emit(ctx, out, { start, end, value: 0.5, unit, kind: 'duration', approx, range: null }, end);
}

/** What may follow 一半 for it to be a half (the text's end, NaN | 0, too): punctuation, 的, 以 of 以上, 左 of 左右, 多, a space. */
const HALF_AFTER = new Uint8Array(0x10000);
HALF_AFTER[0] = 1;
for (const ch of '。，,.!?;:、)）”"的以左多 \n') HALF_AFTER[ch.charCodeAt(0)] = 1;
/** Second characters of words that open with 半 (半导体, 半岛, 半路, 半价, 半夜). */
const BAN_WORD_SECOND = '导岛径场途边成数路空山生价晌夜';
/** After a unit's 半 these make a word with it (半导体, 半岛, 半决赛): no half of the unit. */
const NOT_HALF_AFTER = unitTable(BAN_WORD_SECOND + '决');
/** After 一半 these make a word with 半 (一半天, 一半年; 半导体, 半岛, 半路): no half; any other Han unit is the halved noun (近一半受访企业). */
const HALF_WORD_AFTER = unitTable('天年月小个' + BAN_WORD_SECOND);
/** Digits that name rather than count (phone numbers, IDs) or a leading 0 (区号 010, 007). */
function isCodeDigits(t: string): boolean {
  return (t.length >= 11 && PLAIN_DIGITS.test(t)) || (t.length > 1 && t.charCodeAt(0) === 0x30 && isDigitCode(t.charCodeAt(1)));
}

/** Six digits `t` (at `start`) that are a stock code: (600689 or 600689,SH / .SZ / HK after `after`. */
function isStockCode(norm: string, t: string, start: number, after: number): boolean {
  return t.length === 6 && PLAIN_DIGITS.test(t) && (norm.charCodeAt(start - 1) === 0x28 || STOCK_SUFFIX.test(norm.slice(after, after + 4)));
}
const STOCK_SUFFIX = /^[.,]?\s?(SH|SZ|HK|sh|sz)/;
/** What names the digits after it as an identifier, not a count (商品编号均为8418991000, 股票代码600519, 邮编100000). */
const CODE_NAMED_BEFORE = /(?:编号|编码|代码|号码|账号|批号|证号|邮编|工号|学号|单号)(?:均?为|是|:)?\s?$/;

/**
 * The part of fastUnit and fastCn after the number (which ends at `e`, a FAST_NEXT character
 * or one space and one there): the unit and what readMetric does with it; `run` stands for
 * the run in approxBefore (its `arabic`; `text` is not read at a digit, see fastUnit).
 * For 一 (CN_ONE_RUN) the rules of readMetric for 一 as there: a duration before a number,
 * 这/那/的… before it, 一人一车, an article before a noun phrase. `midApprox`: the
 * approximation of a mid word before `e` (fastMid), null with none.
 */
function fastTail(ctx: ExtractContext, out: Metric[], pos: number, e: number, value0: number, run: Run, midApprox: Approx | null): number {
  const norm = ctx.norm;
  const one = run === CN_ONE_RUN;
  const unit = matchUnit(norm, e);
  if (unit === null) return -1;
  const info = unit.info;
  const s = info.surface;
  // 年 after Arabic digits may be a year: isYear(run) needs four digits (the text pos…e, 4
  // long) worth 1000–2199, so falling back there (a superset: 0.1万 too) leaves it to
  // readMetric, and elsewhere (3年, 12.5年, 3000年) 年 is a duration with no rule of its own
  // on this path; never a year after one Chinese digit
  if ((s === '年' && run === DIGITS_RUN && e - pos === 4 && value0 >= 1000 && value0 <= 2199) || s === '点' || s === '成' || s === '折' || s === '块') return -1;
  const uEnd = unit.end;
  const after = norm.charCodeAt(uEnd);
  if ((info.ordinalBeforeNoun && isHanCode(after)) || sessionNumber(norm, pos, unit.start, uEnd) || notMeasure(norm, pos, unit.start, s, run === DIGITS_RUN)) return uEnd;
  const kind = info.kind;
  // (一年半: a half after the unit is the slow path's, before 一周3次's test takes 半 for a numeral)
  if (after === C_BAN) return -1;
  if (one && kind === 'duration' && (isDigitCode(after) || isCnCode(after))) return uEnd; // 一周3次
  const unitName = info.unit || null;
  if (kind === 'money' && (unitName === '元' || unitName === '美元') && (after === C_YOU || after === C_LING || isDigitCode(after) || DIGIT_CODE[after | 0] === 1)) return -1;
  let value = value0;
  if (info.factor !== 1) value *= info.factor;
  if (info.add) value += info.add;
  let approx: Approx | null = midApprox !== null ? midApprox : info.approx ? info.approx : null;
  const pre = approxBefore(norm, pos, run);
  const start = pre ? pre.start : pos;
  if (pre) {
    if (pre.approx && !approx) approx = pre.approx;
    else if (pre.approx === 'order') approx = 'order';
  }
  let end2 = uEnd;
  // a post word of two or more characters (3倍左右, 65%以上) as readMetric takes it; 多/余 fall back
  const post = approxAt(norm, uEnd, POST_SLOT, POST_BY_FIRST);
  const spaced = post === null ? spacedPost(norm, uEnd) : null;
  if (post !== null) {
    if (post.word.length < 2) return -1;
    if (post.approx) approx = approx ?? post.approx;
    end2 = uEnd + post.word.length;
  } else if (spaced !== null) {
    if (spaced.approx) approx = approx ?? spaced.approx;
    end2 = uEnd + 1 + spaced.word.length;
  } else if (CONNECTOR_FIRST[after | 0] === 1 && ((CONNECTOR.lastIndex = uEnd), CONNECTOR.test(norm))) {
    // a range (40%至70%): readMetric reaches its range test with this same state (value,
    // unit, approx, start; end2 = uEnd, no post word), and where no range is read it goes
    // on as below
    const r = rangeAfter(ctx, out, CONNECTOR.lastIndex, start, value, unit, approx, run);
    if (r >= 0) return r;
  }
  if (one) {
    if (!pre && !approx && (pos > 0 && '这那的每同哪另某任其'.includes(norm[pos - 1]))) return end2;
    if ((norm.charCodeAt(end2) === C_YI1 && end2 + 1 < norm.length && isHanCode(norm.charCodeAt(end2 + 1))) || (pos > 1 && norm.charCodeAt(pos - 2) === C_YI1 && isHanCode(norm.charCodeAt(pos - 1)) && end2 === pos + 2)) return end2;
    if (info.classifier && !approx && !pre && isArticle(ctx, pos, end2)) return end2;
  }
  if (inFixedWord(norm, pos, end2)) return end2;
  if (kind === 'money' && unitName !== '人民币' && norm.startsWith('人民币', end2)) end2 += 3;
  if (!Number.isFinite(value)) return end2; // as finish
  if (opensQuotedLabel(norm, start, end2, kind, value)) return end2; // as emit and finish
  out.push(metric(ctx, { start, end: end2, value, unit: unitName, kind, approx, range: null }));
  return end2;
}
/** 40 余年, 1700 余元 (spaces around numbers): 余/多 after the space at `space`, where a unit follows it, or null (a function of its own: readMetric is large enough). */
function spacedMid(norm: string, space: number): ApproxWord | null {
  const m = approxAt(norm, space + 1, MID_SLOT, MID_BY_FIRST);
  return m && (m.word === '余' || m.word === '多') && matchUnit(norm, space + 2) ? m : null;
}

/** A post word of two or more characters after one space (50% 以上, 3 倍 左右: spaces around numbers), or null. One place for readMetric and fastTail. */
function spacedPost(norm: string, uEnd: number): ApproxWord | null {
  if (uEnd >= norm.length || norm.charCodeAt(uEnd) !== 0x20) return null;
  const p = approxAt(norm, uEnd + 1, POST_SLOT, POST_BY_FIRST);
  return p !== null && p.word.length >= 2 ? p : null;
}
const C_WAN = code('万');
const C_YI = code('亿');
/** The characters that may follow the number part in fastUnit: first characters of units, minus those with rules of their own around the number. */
const FAST_NEXT = new Uint8Array(0x10000);
for (const k of UNIT_GROUPS.keys()) {
  if ((CLASS[k] & 1) === 1 || isDigitCode(k) || MID_SLOT[k] !== 0 || ' \t点kK多余几来分又/^:-.,eE计'.includes(String.fromCharCode(k))) continue;
  FAST_NEXT[k] = 1;
}

/**
 * What readRun + readMetric give for one Chinese digit (not 零/〇/俩 or a financial one)
 * right before a unit (两个, 三家, 一年, 一个…): -1 when not that case. Why it is the same:
 * tryAt's earlier tests ran as before; readRun reads the digit alone (a FAST_NEXT character
 * after it continues no numeral: see fastUnit), its value is parseNumeral of it (the table
 * below holds those values), no range (one character with a value), not arabic,
 * cnDigitsOnly; readMetric then finds no fraction, mixed number or mid word, the digit is
 * no financial or scale character, the unit starts right after it (no space: so the Latin
 * unit rule for runs that are not Arabic never applies), and every rule after that for
 * a run of one Chinese digit is in fastTail (cnDigitsOnly matters only for longer runs;
 * isYear is false for one character; approxBefore reads `arabic` = false and, at a digit
 * that is no scale character, no `text`).
 */
function fastCn(ctx: ExtractContext, pos: number, c: number, out: Metric[]): number {
  const value = SINGLE_CN_VALUE[c];
  if (value === 0 || FAST_NEXT[ctx.norm.charCodeAt(pos + 1) | 0] !== 1) return -1;
  return fastTail(ctx, out, pos, pos + 1, value, c === C_YI1 ? CN_ONE_RUN : CN_RUN, null);
}
const C_YI1 = code('一');
/** parseNumeral of the one-digit runs fastCn takes, by code (0: not one of them). */
const SINGLE_CN_VALUE = new Float64Array(0x10000);
for (const ch of '一二两三四五六七八九') SINGLE_CN_VALUE[code(ch)] = parseNumeral(ch) ?? 0;
/** approxBefore's view of a run of Chinese digits (see fastTail), of 一 and of another digit. */
const CN_ONE_RUN: Run = { start: 0, end: 0, text: '一', value: 1, arabic: false, cnDigitsOnly: true, range: null };
const CN_RUN: Run = { start: 0, end: 0, text: '', value: 0, arabic: false, cnDigitsOnly: true, range: null };

const [C_QIAN, C_DAO, C_ZHI] = [code('前'), code('到'), code('至')];
/** The measure words of a rank (前十名, 前两位, 前20强). */
const RANK_UNIT = unitTable('名位强');
/** Past a rank's numeral and measure word at pos (前 or, after an ordinal, 到 至 before it: prev), or -1. */
function rankEnd(norm: string, pos: number, prev: number): number {
  const r = skipRun(norm, pos);
  return RANK_UNIT[norm.charCodeAt(r)] === 1 && (prev === C_QIAN || ordinalBefore(norm, pos - 1)) ? r + 1 : -1;
}
/** What may stand before 前 of a year's first months (前11个月): a clause's start, a comparison, a year. */
const BEFORE_FIRST_PERIOD = unitTable('较比与同年的度:;。!?\n');
/**
 * 较前11个月, 2025年前11个月: the first months (weeks, days) of a period name the period, they
 * count nothing (not 提前3天, 此前3个月; after a comma only before a comma or 的: not 商场提供
 * 摊位，前3个月免租金, a term of the offer): past the numeral and its unit at pos, or -1.
 */
function firstPeriodEnd(norm: string, pos: number): number {
  const comma = pos >= 2 && norm.charCodeAt(pos - 2) === C_COMMA;
  if (pos < 2 ? pos !== 1 : BEFORE_FIRST_PERIOD[norm.charCodeAt(pos - 2)] !== 1 && !comma) return -1;
  let r = skipRun(norm, pos);
  if (r < norm.length && norm.charCodeAt(r) === C_GE) r++;
  const u = r < norm.length ? norm.charCodeAt(r) : 0;
  if (u !== C_YUE && u !== C_ZHOU && u !== C_TIAN) return -1;
  const next = r + 1 < norm.length ? norm.charCodeAt(r + 1) : 0;
  return !comma || next === C_COMMA || next === C_DE ? r + 1 : -1;
}
/** An ordinal (第 and a numeral) ends right before `at` (第十一到二十名: at is 到). */
function ordinalBefore(norm: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= MAX_RUN && (isDigitCode(norm.charCodeAt(k)) || isCnCode(norm.charCodeAt(k)))) k--;
  return k < at - 1 && k >= 0 && norm.charCodeAt(k) === C_DI;
}
/** 宝马 5 系, 3系轿车: 系 after a number names a car's series (not 系统), at p. */
function modelSeriesAt(norm: string, p: number): boolean {
  return norm.charCodeAt(p) === C_XI_SERIES && (!isHanCode(norm.charCodeAt(p + 1)) || SERIES_NEXT[norm.charCodeAt(p + 1)] === 1);
}
const C_XI_SERIES = code('系');
const C_TIMES = code('×');
const C_STAR = code('*');
/**
 * 信用代证3.0, “庄子 2.0”, 能量槽 3.0 技术, 对比之前的1.0和2.0版本: a bare N.0 right after a name
 * (not after a verb of value: 评分为9.0, 汇率破7.0, 得分9.0) or before a second version and 版 is a version.
 */
function versionAt(norm: string, start: number, text: string, after: number): boolean {
  if (!VERSION_NUMBER.test(text)) return false;
  if (VERSION_PAIR.test(norm.slice(after, after + 8))) return true;
  let p = start - 1;
  if (p > 0 && isSpaceOrTab(norm.charCodeAt(p))) p--;
  const c = p >= 0 ? norm.charCodeAt(p) : 0;
  return (isHanCode(c) && NOT_BEFORE_VERSION[c] !== 1) || OPENING_QUOTE_VERSION[c] === 1;
}
const VERSION_NUMBER = /^\d{1,2}\.0$/;
const VERSION_PAIR = /^[和与及、]\s?\d{1,2}\.0\s?版/;
const NOT_BEFORE_VERSION = unitTable('为是达到至破约近超过于升降涨跌比有和与及或共计分数率值级的');
const OPENING_QUOTE_VERSION = unitTable('“‘"\'「『');
const SERIES_NEXT = unitTable('的车轿和与、');
/** Verbs and words of approximation that a bare number follows (为 达 至 约 …): no model name before them. */
const NOT_BEFORE_MODEL = unitTable('为达至到约近超过逾是有和与及共计');
/** What may follow a model's number: a list mark or a stop. */
const AFTER_MODEL = unitTable('、,。;)');
/** Where tryAt goes on when the character before rules the candidate out (an ordinal, a weekday, a version, a code, coordinates), or -1. */
function prevSkips(ctx: ExtractContext, pos: number, c: number, prev: number, digit: boolean): number {
  const norm = ctx.norm;
  // ordinals, weekdays, lunar days: 第一, 第3万回, 周一, 星期三, 初一, 正月十五
  if (prev === C_DI || (isSpaceOrTab(prev) && norm.charCodeAt(pos - 2) === C_DI)) return skipRun(norm, pos);
  // 第一、二次: the next numeral of a list of ordinals
  if (prev === C_DUN_LIST && ordinalBefore(norm, pos - 1)) return skipRun(norm, pos);
  // (期 only as in 星期三: 为期四天, 缓期二年, 刑期三年 are spans of time)
  if (!digit && (prev === C_ZHOU || (prev === C_QI && norm.charCodeAt(pos - 2) === C_XING) || prev === C_BAIP || prev === C_CHU || prev === C_YUE || prev === C_XING)) return skipRun(norm, pos);
  // ranks: 前十名, 前两位, 前20强, and the end of an ordinal range (第十一到二十名)
  if (prev === C_QIAN || prev === C_DAO || prev === C_ZHI) {
    const r = rankEnd(norm, pos, prev);
    if (r >= 0) return r;
    if (prev === C_QIAN) {
      const f = firstPeriodEnd(norm, pos);
      if (f >= 0) return f;
    }
  }
  // 坦克 300、坦克 400, 倚天 710，: three digits or more after a Han name and a blank, and then a
  // list mark or a stop, name a model (not after a verb: 跑分为 3249023)
  if (digit && pos >= 2 && isSpaceOrTab(prev) && isHanCode(norm.charCodeAt(pos - 2)) && NOT_BEFORE_MODEL[norm.charCodeAt(pos - 2)] !== 1) {
    const r = digitsEnd(norm, pos);
    // (408,070 辆: a group comma goes on with the number)
    if (r - pos >= 3 && r < norm.length && AFTER_MODEL[norm.charCodeAt(r)] === 1 && !(norm.charCodeAt(r) === C_COMMA && r + 1 < norm.length && isDigitCode(norm.charCodeAt(r + 1)))) return r;
  }
  // versions and model names: V2.0, GPT-4, A100, iPhone 15
  if (isLatinCode(prev) || ((prev === C_HYPHEN || prev === C_UNDERSCORE || prev === C_DOT) && isLatinCode(norm.charCodeAt(pos - 2))) || (isSpaceOrTab(prev) && isLatinCode(norm.charCodeAt(pos - 2)) && digit)) return skipRun(norm, pos);
  const ellipsis = prev === C_DOT && norm.charCodeAt(pos - 2) === C_DOT;
  const groupComma = prev === C_COMMA && isDigitCode(norm.charCodeAt(pos - 2)) && !(ctx.text.charCodeAt(pos - 1) === C_FULLWIDTH_COMMA && !(ctx.text.charCodeAt(pos - 2) >= 0xff10 && ctx.text.charCodeAt(pos - 2) <= 0xff19));
  // (after a colon only in 10:30, 3:1: 价格：100元 is a number)
  if (digit && !ellipsis && (isDigitCode(prev) || prev === C_DOT || (prev === C_COLON && isDigitCode(norm.charCodeAt(pos - 2))) || prev === C_SLASH || groupComma)) return skipRun(norm, pos);
  if (digit && prev === C_HYPHEN && isDigitCode(norm.charCodeAt(pos - 2))) return skipRun(norm, pos); // 010-62345678, A350-1000
  if (digit && (prev === C_TIMES || prev === C_STAR) && isDigitCode(norm.charCodeAt(pos - 2))) return skipRun(norm, pos); // 7×24小时: a formula's term
  // coordinates: 东经81.6, 北纬35.6 (the pattern ends in 经 or 纬, or in one of them and a \s)
  if (digit && (isJingWei(prev) || isJingWei(norm.charCodeAt(pos - 2))) && /(东经|西经|南纬|北纬)\s?$/.test(norm.slice(Math.max(0, pos - 3), pos))) return skipRun(norm, pos);
  if (c === C_DOT && prev === C_DOT) return pos + 1;
  return -1;
}
/**
 * The characters before a candidate that prevSkips tests for: 第 周 期 拜 初 月 星, 前 到 至 (ranks), Latin
 * letters, digits, - _ . , : / × *, 经 纬, and every \s character (space or tab before 第 or a
 * Latin letter; any \s between 经/纬 and the number).
 */
const PREV_TESTED = new Uint8Array(0x10000);
for (const ch of '第周期拜初月星前到至、0123456789-_.,:/×*经纬\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff') PREV_TESTED[ch.charCodeAt(0)] = 1;
for (let x = 0x41; x <= 0x5a; x++) PREV_TESTED[x] = PREV_TESTED[x + 0x20] = 1;

/** Past the digits (or the Chinese numeral) at `pos`: U17三大组别 skips 17, not 三. */
function skipRun(norm: string, pos: number): number {
  let i = pos;
  if (isDigitCode(norm.charCodeAt(pos))) {
    for (; i < norm.length && i < pos + MAX_RUN; i++) {
      const x = norm.charCodeAt(i);
      if (!(isDigitCode(x) || ((x === C_DOT || x === C_COMMA) && isDigitCode(norm.charCodeAt(i + 1))))) break;
    }
  } else while (i < norm.length && i < pos + MAX_RUN && isCnCode(norm.charCodeAt(i))) i++;
  return Math.max(i, pos + 1);
}

interface Draft {
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  kind: string;
  approx: Approx | null;
  range: { min: number; max: number } | null;
}

function emit(ctx: ExtractContext, out: Metric[], d: Draft, resume: number): number {
  if (d.value === null || !Number.isFinite(d.value)) return resume;
  if (opensQuotedLabel(ctx.norm, d.start, d.end, d.kind, d.value)) return resume;
  out.push(metric(ctx, d));
  return resume;
}

/** Kinds that are never below zero: a dash before their number and unit is punctuation (，-10多名学生受伤; a bare −10000 keeps its sign). */
const UNSIGNED_KINDS = new Set(['count', 'duration', 'age']);
/** The draft without the dash that readRun took for a minus, where its kind cannot be negative. */
function withoutDashSign(ctx: ExtractContext, d: Draft): Draft {
  const c = ctx.norm.charCodeAt(d.start);
  if ((c !== C_HYPHEN && c !== C_MINUS) || d.unit === null || !UNSIGNED_KINDS.has(d.kind) || d.value === null || d.value >= 0) return d;
  // (the dash stood before the first number only)
  return { ...d, start: d.start + 1, value: -d.value, range: d.range ? { min: -d.range.min, max: d.range.max } : null };
}

/** Every metric is made here (from its draft): one place for what holds for all of them. */
function metric(ctx: ExtractContext, draft: Draft): Metric {
  const d = withoutDashSign(ctx, draft);
  // The span is built apart: an object literal nested in another makes V8 copy the whole
  // literal in its runtime (a deep boilerplate copy per metric); two flat literals are
  // copied by its fast builtin. Same object, same key order.
  const span = { start: d.start, end: d.end };
  return {
    id: '',
    text: ctx.text.slice(d.start, d.end),
    span,
    value: d.value === null || Number.isInteger(d.value) ? d.value : round(d.value), // round keeps integers
    unit: d.unit,
    kind: d.kind,
    approx: d.approx,
    range: d.range ? { min: round(d.range.min), max: round(d.range.max) } : null,
    subject: null,
    baseline: null,
    quote: null,
  };
}

function readMetric(ctx: ExtractContext, run: Run, out: Metric[]): number {
  const norm = ctx.norm;
  let end = run.end;
  let value = run.value;
  let range = run.range;

  // ---- fractions: 三分之一, 百分之三十, 千分之二点四, 三又三分之一, 3/5, 1 3/5
  // (FRACTION_OF can match only at a space or 分)
  const fc = norm.charCodeAt(end);
  if ((fc === 0x20 || fc === C_FEN) && ((FRACTION_OF.lastIndex = end), FRACTION_OF.test(norm))) {
    const numStart = FRACTION_OF.lastIndex;
    const num = readRun(norm, numStart, true, ctx.text);
    const den = run.text.replace(/\s/g, '');
    // 百分之, 千分之, 万分之, 百万分之: a share written with scales only, reported in percent
    const percentBase = /^[十拾百佰千仟万亿]+$/.test(den) ? [...den].reduce((p, ch) => p * SCALE_OF[ch], 1) : 0;
    if (!num || (num.value === null && !num.range)) {
      // 还有二分之。: a denominator left alone is still a number
      if (run.value !== null && !percentBase && (norm[numStart] === undefined || PUNCT.has(norm[numStart]))) {
        return emit(ctx, out, { start: run.start, end: run.end, value: run.value, unit: null, kind: 'count', approx: null, range: null }, numStart);
      }
      return Math.max(numStart, run.end);
    }
    const start = approxStart(norm, run);
    if (percentBase) {
      const scale = 100 / percentBase;
      const r = num.range ? { min: num.range.min * scale, max: num.range.max * scale } : null;
      return finish(ctx, out, { start: start.start, end: num.end, value: num.value! * scale, unit: '%', kind: 'percent', approx: start.approx, range: r }, num.end, run);
    }
    if (run.value === null || run.value === 0 || num.range || num.value === null) return num.end;
    if (!Number.isInteger(num.value) && num.arabic) return num.end; // 五百分之2.2: not a fraction anyone writes
    return finish(ctx, out, { start: start.start, end: num.end, value: num.value / run.value, unit: null, kind: 'fraction', approx: start.approx, range: null }, num.end, run);
  }
  if (value === null && !range) return run.end;
  // 一半 (half): a fraction, where 半 ends the word (超过一半, 一半以上, 一半的人; not 一半天)
  if (run.text === '一' && norm.charCodeAt(end) === C_BAN && (HALF_AFTER[norm.charCodeAt(end + 1) | 0] !== 0 || (isHanCode(norm.charCodeAt(end + 1)) && HALF_WORD_AFTER[norm.charCodeAt(end + 1)] !== 1))) {
    const start = approxStart(norm, run);
    const post = approxAt(norm, end + 1, POST_SLOT, POST_BY_FIRST); // 一半以上
    const e = post ? end + 1 + post.word.length : end + 1;
    return finish(ctx, out, { start: start.start, end: e, value: 0.5, unit: null, kind: 'fraction', approx: start.approx ?? post?.approx ?? null, range: null }, e, run);
  }
  // mixed numbers: 三又三分之一, 1 3/5
  const you = skipSpaces(norm, end);
  if ((norm.charCodeAt(you) === C_YOU && you - end <= 2) || (norm.charCodeAt(end) === 0x20 && run.arabic && isDigitCode(norm.charCodeAt(end + 1)))) {
    const isYou = norm[you] === '又';
    const j = isYou ? skipSpaces(norm, you + 1) : end + 1;
    const den = readRun(norm, j, isYou, ctx.text);
    if (den && den.value !== null) {
      FRACTION_OF.lastIndex = den.end;
      if (isYou && FRACTION_OF.test(norm)) {
        const num = readRun(norm, FRACTION_OF.lastIndex, true, ctx.text);
        if (num && num.value !== null && den.value !== 0) {
          const frac = num.value / den.value;
          return finish(ctx, out, { start: run.start, end: num.end, value: value! < 0 ? value! - frac : value! + frac, unit: null, kind: 'fraction', approx: null, range: null }, num.end, run);
        }
      }
      SLASH.lastIndex = den.end;
      const sm = den.arabic ? SLASH.exec(norm) : null;
      if (sm && Number(sm[1]) !== 0 && Number.isInteger(den.value)) {
        return finish(ctx, out, { start: run.start, end: SLASH.lastIndex, value: value! + den.value / Number(sm[1]), unit: null, kind: 'fraction', approx: null, range: null }, SLASH.lastIndex, run);
      }
    }
  }
  if (run.arabic && norm[end] === '/') {
    SLASH.lastIndex = end;
    const sm = SLASH.exec(norm);
    // (1/1.4 英寸: a camera sensor's size, an inch type with a decimal denominator)
    const inch = !sm && run.text === '1' ? ((SENSOR_INCH.lastIndex = end), SENSOR_INCH.exec(norm)) : null;
    if (inch !== null) return finish(ctx, out, { start: run.start, end: SENSOR_INCH.lastIndex, value: 1 / Number(inch[1]), unit: '英寸', kind: 'amount', approx: null, range: null }, SENSOR_INCH.lastIndex, run);
    // (22/28nm: numbers of a process's name, no fraction)
    if (!sm || Number(sm[1]) === 0 || !/^-?\d{1,3}$/.test(run.text) || norm[run.start - 1] === '/' || isLatinCode(norm.charCodeAt(SLASH.lastIndex))) return skipPast(norm, end);
    // (超过1/3: the word of approximation before it is the fraction's too)
    const lead = approxStart(norm, run);
    return finish(ctx, out, { start: lead.start, end: SLASH.lastIndex, value: value! / Number(sm[1]), unit: null, kind: 'fraction', approx: lead.approx, range: null }, SLASH.lastIndex, run);
  }
  if (run.arabic && norm[end] === '^') {
    POWER.lastIndex = end;
    const pm = POWER.exec(norm);
    if (pm) {
      const neg = (pm[1].match(/-/g) ?? []).length % 2 === 1;
      const base = Math.abs(value!);
      const v = Math.pow(base, neg ? -Number(pm[2]) : Number(pm[2]));
      return finish(ctx, out, { start: run.start, end: POWER.lastIndex, value: value! < 0 ? -v : v, unit: null, kind: 'count', approx: null, range: null }, POWER.lastIndex, run);
    }
  }

  // ---- traps around Arabic numbers: dates, times, codes, versions
  if (run.arabic) {
    const after = norm[end];
    if (after === ':' && isDigit(norm[end + 1])) return skipPast(norm, end); // 2:00
    if ((after === '-' || after === '/' || after === '.') && isDigit(norm[end + 1]) && /^\d{4}$/.test(run.text)) return skipPast(norm, end); // 2023-10-17
    if (after === '.' && (isDigit(norm[end + 1]) || isLatinCode(norm.charCodeAt(end + 1)))) return skipPast(norm, end); // 2.0.1, 600519.SH
    if (isCodeDigits(run.text) && !matchUnit(norm, end)) return end; // phone numbers, IDs, codes
  }

  // ---- approximation between the number and its unit: 30多倍, 十余款, 2万多; inside: 70 余万, 一千多万
  let approx: Approx | null = /[多余几]/.test(run.text) ? 'more' : null;
  let mid = approxAt(norm, end, MID_SLOT, MID_BY_FIRST);
  let midAt = end;
  if (!mid && run.arabic && end < norm.length && norm.charCodeAt(end) === 0x20) {
    mid = spacedMid(norm, end);
    if (mid) midAt = end + 1;
  }
  let midEnd = end;
  if (mid) {
    // 来 and 几 count as a mid word only before a unit (十来个); the others always do
    const afterMid = midAt + mid.word.length;
    if ((mid.word !== '来' && mid.word !== '几') || matchUnit(norm, afterMid)) {
      approx = mid.approx;
      midEnd = afterMid;
    }
  }

  // 拾起, 伍仁, 陆地: a lone financial numeral is a word, not a number
  if (run.text.length === 1 && FINANCIAL.has(run.text) && !(norm[run.start - 1] === '是' && (run.end >= norm.length || PUNCT.has(norm[run.end])))) {
    // (大陆人次, 登陆: 陆 ends a word there, whatever unit follows)
    if (run.text === '陆' && LU_WORD_BEFORE.has(norm[run.start - 1])) return run.end;
    const u = '拾佰仟'.includes(run.text) ? null : matchUnit(norm, run.end);
    if (!u || u.info.classifier) return run.end; // 壹打 and 叁元 stay
  }

  // 千克, 千米, 百分点 with no number before: a unit, not a number (but 千卡集群: a thousand cards)
  if (run.text.length === 1 && CN_SCALE.has(run.text) && !mid) {
    const asUnit = matchUnit(norm, run.start);
    if (asUnit && asUnit.info.surface.length > 1 && asUnit.info.surface !== '千卡') return asUnit.end;
  }

  // ---- the unit
  let unit = matchUnit(norm, midEnd);
  // 12千米, 323千卡, 3百分点: a unit that starts with the numeral's last scale character
  if (!mid && run.text.length > 1 && '千兆百'.includes(run.text[run.text.length - 1])) {
    const back = matchUnit(norm, end - 1);
    if (back && back.info.surface.length > 1 && back.start === end - 1) {
      const shorter = parseNumeral(run.text.slice(0, -1));
      if (shorter !== null) {
        value = shorter;
        end = end - 1;
        midEnd = end;
        unit = back;
        range = null;
      }
    }
  }
  if (unit && unit.info.latinStart && unit.start > midEnd && !run.arabic) unit = null;

  let uEnd = unit ? unit.end : midEnd;
  let kind = unit ? unit.info.kind : 'count';
  let unitName = unit ? unit.info.unit || null : null;
  if (unit && ((unit.info.ordinalBeforeNoun && isHanCode(norm.charCodeAt(unit.end))) || sessionNumber(norm, run.start, unit.start, unit.end) || notMeasure(norm, run.start, unit.start, unit.info.surface, run.arabic))) return unit.end;
  // 百县千镇, 万人空巷, 千人计划: a lone 百/千/万 with a unit and no approximation names something
  // (approxBefore is pure: tested after the cheaper text test, same outcome)
  if (unit && !approx && /^[百千万亿佰仟]$/.test(run.text) && unit.info.kind !== 'size' && !approxBefore(norm, run.start, run)) return unit.end;
  // 一周3次, 一天两次: 一 + a time unit before a number is a rate's denominator
  if (unit && run.text === '一' && unit.info.kind === 'duration' && (isDigit(norm[unit.end]) || isCn(norm[unit.end]))) return unit.end;
  if (unit && unit.info.surface === '块' && (isHanCode(norm.charCodeAt(uEnd)) || isLatinCode(norm.charCodeAt(uEnd)))) {
    kind = 'count'; // 5万多块化石标本, 163块LED广告屏: pieces, not yuan
    unitName = '块';
  }
  if (unit) {
    if (unit.info.factor !== 1 && value !== null) {
      value *= unit.info.factor;
      if (range) range = { min: range.min * unit.info.factor, max: range.max * unit.info.factor };
    }
    if (unit.info.add && value !== null) value += unit.info.add;
    if (unit.info.approx && !approx) approx = unit.info.approx;
  }

  // ---- what the unit says about the number
  if (unit) {
    const s = unit.info.surface;
    if (s === '年' && isYear(run)) return skipPast(norm, uEnd); // 2023年, 二〇二三年
    // 3131.52点 (index points) but 8点, 二十点 (a time of day); 微涨 9 点, 下跌 12 点: points after a change
    if (s === '点' && (value === null || (Number.isInteger(value) && value <= 24 && !/[百千万]/.test(run.text) && !pointsAfterChange(norm, run.start)) || approx)) return uEnd;
    if (s === '成') {
      if (run.value === null || run.value > 10) {
        unit = null;
        unitName = null;
        kind = 'count';
        uEnd = midEnd;
        value = run.value;
      } else if (norm[uEnd] === '半') {
        value = (value ?? 0) + 5;
        uEnd++;
      } else {
        // 七成六 = 76 %, 七成 六: a digit of hundredths after 成 — unless it starts another
        // number or a count (三成五年, 七成六个)
        const d = isSpace(norm[uEnd]) ? uEnd + 1 : uEnd;
        if (CN_DIGIT.has(norm[d]) && !CN_DIGIT.has(norm[d + 1]) && !AFTER_CHENG_DIGIT.has(norm[d + 1])) {
          value = (value ?? 0) + (parseNumeral(norm[d]) ?? 0);
          uEnd = d + 1;
        }
      }
    } else if (s === '折') {
      const v = run.value;
      if (v === null || v <= 0 || /十|拾/.test(run.text) || v >= 100 || v === 10) return uEnd;
      value = v < 10 ? v * 10 : v;
    } else if (kind === 'money' && (unitName === '元' || unitName === '美元')) {
      // 五元三毛, 50元6角三分, 两美元又三美分
      MONEY_FRACTION.lastIndex = uEnd;
      const mf = MONEY_FRACTION.exec(norm);
      if (mf && value !== null && (mf[2] === '美分') === (unitName === '美元')) {
        const d = (x: string | undefined) => (x === undefined ? 0 : parseNumeral(x) ?? 0);
        value += mf[2] === '美分' ? d(mf[1]) / 100 : d(mf[1]) / 10 + d(mf[3]) / 100;
        uEnd = MONEY_FRACTION.lastIndex;
      } else if (value !== null && norm.charCodeAt(uEnd - 1) === C_KUAI && TENTHS_AFTER_KUAI.test(norm.slice(uEnd, uEnd + 2))) {
        // 8块8: a digit right after 块 is its tenths (8.8 yuan), as 8块8毛 would say
        value += (parseNumeral(norm[uEnd]) ?? 0) / 10;
        uEnd++;
      }
    } else if (!unit.info.classifier && kind !== 'count' && norm[uEnd] === '半' && NOT_HALF_AFTER[norm.charCodeAt(uEnd + 1) | 0] !== 1) {
      value = (value ?? 0) + 0.5; // 一吨半, 两年半, 一年半时间 (not 三年半导体)
      uEnd++;
    }
  }

  // ---- approximation before the number
  const pre = approxBefore(norm, run.start, run);
  const start = pre ? pre.start : run.start;
  if (pre) {
    if (pre.approx && !approx) approx = pre.approx;
    else if (pre.approx === 'order') approx = 'order';
  }
  // 数以亿计
  if (!pre && norm.startsWith('数以', run.start - 2) && norm[run.end] === '计') {
    return emit(ctx, out, { start: run.start - 2, end: run.end + 1, value, unit: null, kind: 'count', approx: 'order', range: null }, run.end + 1);
  }

  // ---- approximation after the unit: 3倍左右, 65%以上, 一年多
  let end2 = uEnd;
  const post = approxAt(norm, uEnd, POST_SLOT, POST_BY_FIRST);
  const spaced = post === null ? spacedPost(norm, uEnd) : null;
  if (spaced) {
    if (spaced.approx) approx = approx ?? spaced.approx;
    end2 = uEnd + 1 + spaced.word.length;
  } else if (post && (unit || post.word.length > 1)) {
    const single = post.word === '多' || post.word === '余';
    const okSingle = unit && !unit.info.classifier && kind !== 'count' && !approx && !isHanCode(norm.charCodeAt(uEnd + 1)) || (unit && !unit.info.classifier && kind === 'duration' && !approx);
    if (!single || okSingle) {
      if (!(single && unit && unit.info.classifier)) {
        if (post.approx) approx = approx ?? post.approx;
        end2 = uEnd + post.word.length;
      }
    }
  }

  // ---- ranges: 3至5倍, 3-5倍, 20%—30%, 10到15个百分点, 7.85亿元~9.5亿元
  if (!range) {
    // (CONNECTOR can match only where CONNECTOR_FIRST has the character; the test sets only lastIndex, read below)
    if (end2 === uEnd && CONNECTOR_FIRST[norm.charCodeAt(end2) | 0] === 1 && ((CONNECTOR.lastIndex = end2), CONNECTOR.test(norm))) {
      const r = rangeAfter(ctx, out, CONNECTOR.lastIndex, start, value, unit, approx, run);
      if (r >= 0) return r;
    }
  }

  // ---- what may stand without a unit
  if (!unit && !range && inTitle(norm, run.start)) return run.end; // 《最终幻想7》
  if (!unit && !range) {
    // 5.5级地震, 五点五级地震, 12级大风: a magnitude (级 is elsewhere a rank: 一级响应, 二级市场)
    const lv = skipSpaces(norm, midEnd);
    // (里氏5.9级: a magnitude on the Richter scale, whatever follows)
    // (余震平均震级超过4.5级, 此次地震的级别定为6级: what it measures named just before)
    if (norm.charCodeAt(lv) === C_LEVEL && (MAGNITUDE_OF.test(norm.slice(lv + 1, lv + 3)) || (norm.startsWith('里氏', start - 2) || norm.startsWith('里氏 ', start - 3)) || MAGNITUDE_BEFORE.test(norm.slice(Math.max(0, start - 12), start)))) return finish(ctx, out, { start, end: lv + 1, value, unit: '级', kind: 'magnitude', approx, range: null }, lv + 1, run);
    const after = norm[midEnd];
    if (run.arabic) {
      const after2 = isSpace(after) ? norm[midEnd + 1] : after;
      if (!approx && (DATE_AFTER.has(after2) || norm.startsWith('世纪', midEnd) || norm.startsWith('系列', skipSpaces(norm, midEnd)) || modelSeriesAt(norm, skipSpaces(norm, midEnd)))) return skipPast(norm, midEnd);
      // formulas and codes: 4+2+N, 7×24, 2.0 技术, 1 / (1-0.02)
      if ('+×*=/'.includes(after2 ?? '~') || (run.start > 0 && '+×*=/'.includes(norm[run.start - 1]))) return skipPast(norm, midEnd);
      // (1−s, 1/(1-0.02): a number less a variable, or less something inside parentheses, is a formula's term)
      if ((after2 === '-' || after2 === '−') && (isLatinChar(norm[(isSpace(after) ? midEnd + 2 : midEnd + 1)]) || norm[run.start - 1] === '(')) return skipPast(norm, midEnd);
      // list markers: 4.东, 5、发布 at the start of a paragraph
      if ((run.start === 0 || norm[run.start - 1] === '\n') && (after === '.' || after === '、' || after === ')')) return midEnd + 1;
      // (and after a blank that follows a colon or a stop: 应当符合以下标准： 1、单一标的…)
      if (run.start >= 2 && isSpace(norm[run.start - 1]) && ':;。'.includes(norm[run.start - 2]) && (after === '.' || after === '、') && isHanCode(norm.charCodeAt(midEnd + 1))) return midEnd + 1;
      // 2025.4-2026.3, “8.27”新政: a date written with points
      if (/^(19|20)\d\d\.\d{1,2}$/.test(run.text) || (/^\d{1,2}\.\d{1,2}$/.test(run.text) && /["“”]/.test(norm[run.start - 1] ?? '') && /["“”]/.test(after ?? ''))) return skipPast(norm, midEnd);
      if (/^(19|20)\d\d$/.test(run.text) && !approx && !pre0(norm, run)) return skipPast(norm, midEnd); // 2026财年, 央企2025“成绩单”
      if (isStockCode(norm, run.text, run.start, midEnd)) return midEnd; // (600689,SH)
      if (!approx && run.text.length >= 4 && PLAIN_DIGITS.test(run.text) && CODE_NAMED_BEFORE.test(norm.slice(Math.max(0, run.start - 8), run.start))) return midEnd; // 商品编码8418999990
      if (isLatinChar(after)) return skipPast(norm, midEnd); // 5G, 3D, 7B
      if (!approx && pre === null && versionAt(norm, run.start, run.text, skipSpaces(norm, midEnd))) return skipPast(norm, midEnd);
      // (债券7月22到期: a bare number right after a month is its day, 日 left out)
      if (run.start >= 2 && norm.charCodeAt(run.start - 1) === C_YUE && isDigitCode(norm.charCodeAt(run.start - 2)) && run.text.length <= 2) return skipPast(norm, midEnd);
      // 骁龙 8 Elite: a bare number before a capitalized word in Latin letters is part of a name
      if (isSpace(after) && after2 !== undefined && after2 >= 'A' && after2 <= 'Z' && !hasScaleWord(run)) return skipPast(norm, midEnd);
      // （1）出售资产收益: a list mark in parentheses
      if (after === ')' && norm[run.start - 1] === '(' && run.text.length <= 2 && !approx) return midEnd + 1;
      if (after === ']' && norm[run.start - 1] === '[') return midEnd + 1; // 增长7.4%[1]: a note's mark
      if (!approx && pre === null && mid === null && run.text.length >= 3 && PLAIN_DIGITS.test(run.text) && digitsNameWordAt(norm, skipSpaces(norm, midEnd))) return skipPast(norm, midEnd);
    } else {
      if (!bareCnOk(norm, run, midEnd, pre !== null || mid !== null)) return run.end;
    }
    if (run.text.replace(/\s/g, '') === '') return run.end;
  }
  if (!run.arabic && run.text === '一' && !pre && !approx && (run.start > 0 && '这那的每同哪另某任其'.includes(norm[run.start - 1]))) return end2;
  // 一人一车, 一村一品: a distributive idiom, not two counts
  if (run.text === '一' && ((norm[end2] === '一' && isHanCode(norm.charCodeAt(end2 + 1))) || (norm[run.start - 2] === '一' && isHanCode(norm.charCodeAt(run.start - 1)) && end2 === run.end + 1))) return end2;
  if (unit && !run.arabic && run.text === '一' && unit.info.classifier && !approx && !pre && isArticle(ctx, run.start, end2)) return end2;
  if (unit && !run.arabic && run.cnDigitsOnly && run.text.length > 1 && unit.info.surface !== '折' && !range) return end2; // 九九, 五一
  if (!unit && run.cnDigitsOnly && run.text.replace(/\s/g, '').length > 1 && !range) return run.end;
  if (inFixedWord(norm, run.start, end2)) return end2;
  if (!unit && run.start > 0 && inFixedWord(norm, run.start, run.end)) return run.end; // (inFixedWord is pure: tested last)

  // currency written before: 人民币 50元 is left to the unit; 8亿元人民币 takes the suffix
  if (unit && unit.info.kind === 'money' && norm.startsWith('人民币', end2) && unitName !== '人民币') end2 += 3;

  return finish(ctx, out, { start, end: end2, value, unit: unitName, kind: range && !unit ? 'count' : kind, approx, range }, end2, run);
}

/**
 * The second half of a range after a connector ending at `j` (3至5倍, 20%—30%, 7.85亿元~9.5亿元),
 * the first half read up to its unit (`unit`, none: null) with `value`, `approx` and `start`:
 * where the scan goes on (past the range, or past 18至19世纪), or -1 when no range is read
 * there (the caller goes on as without a connector). One place for readMetric and fastTail.
 */
function rangeAfter(ctx: ExtractContext, out: Metric[], j: number, start: number, value: number | null, unit: UnitMatch | null, approx: Approx | null, run: Run): number {
  const norm = ctx.norm;
  // (指数上涨50点至3000点: after a change, 至 leads to the level reached, no end of a range)
  if (unit !== null && unit.info.surface === '点' && pointsAfterChange(norm, run.start)) return -1;
  const r2 = readRun(norm, j, true);
  if (r2 && r2.value !== null && value !== null && (!run.arabic || !/^0\d/.test(r2.text))) {
    const mid2 = approxAt(norm, r2.end, MID_SLOT, MID_BY_FIRST);
    const m2End = mid2 && mid2.word !== '来' && mid2.word !== '几' ? r2.end + mid2.word.length : r2.end;
    const u2 = matchUnit(norm, m2End);
    const sameUnit = u2 && (!unit || unit.info.surface === u2.info.surface || unit.info.unit === u2.info.unit);
    if (!u2 && (norm.startsWith('世纪', m2End) || DATE_AFTER.has(norm[m2End]))) return skipPast(norm, m2End); // 18至19世纪
    // 3至5万元, 3 到 5 亿: the second half's scale word is the first's too (3万 to 5万)
    const scale = unit ? 1 : sharedScale(run, r2);
    if (!u2 && scale > 1 && !mid2 && r2.text.length <= 24) {
      return finish(ctx, out, { start, end: r2.end, value: value * scale, unit: null, kind: 'count', approx, range: { min: value * scale, max: r2.value } }, r2.end, run);
    }
    // 25亿至30亿, 25 亿-30 亿: both halves with their scale words and no unit
    if (!u2 && !unit && !mid2 && r2.value > value && hasScaleWord(run) && hasScaleWord(r2) && r2.text.length <= 24) {
      return finish(ctx, out, { start, end: r2.end, value, unit: null, kind: 'count', approx, range: { min: value, max: r2.value } }, r2.end, run);
    }
    if (u2 && sameUnit && !(u2.info.surface === '年' && isYear(r2))) {
      let v2 = r2.value * u2.info.factor;
      const v1 = unit ? value : (value * scale * u2.info.factor);
      if (u2.info.surface === '成') v2 = r2.value * 10;
      if ((v2 > v1 || (v2 < v1 && countedDown(norm, start, unit !== null, run, r2))) && r2.text.length <= 24) {
        let e2 = u2.end;
        const post2 = approxAt(norm, e2, POST_SLOT, POST_BY_FIRST);
        let ap = approx;
        if (post2 && post2.word.length > 1) {
          ap = ap ?? post2.approx;
          e2 += post2.word.length;
        }
        const lo = Math.min(v1, v2);
        return finish(ctx, out, { start, end: e2, value: lo, unit: u2.info.unit, kind: u2.info.kind, approx: ap, range: { min: lo, max: Math.max(v1, v2) } }, e2, run);
      }
    }
  }
  return -1;
}

/** 距今 before a range: it counts years back, down (距今约4500至3600年). */
const AGO_BEFORE = /距今约?$/;
/** 亏损 before a range: a loss, often given from the larger (亏损6亿元至3亿元). */
const LOSS_BEFORE = /亏损约?$/;
/**
 * A range from `start` whose second half is smaller is one all the same: years back (距今约16万至7万年)
 * or both halves with a scale word, the unit last; or a loss (亏损6亿元至3亿元).
 */
function countedDown(norm: string, start: number, firstHasUnit: boolean, run: Run, r2: Run): boolean {
  const before = norm.slice(Math.max(0, start - 3), start);
  if (LOSS_BEFORE.test(before)) return true;
  return !firstHasUnit && ((hasScaleWord(run) && hasScaleWord(r2)) || AGO_BEFORE.test(before));
}

/**
 * The scale word (万 亿 千) that ends the second half of a range and is the first half's too
 * (3至5万 is 3万 to 5万): the first half has none and is smaller than the second's numeral
 * before it (not 300至5万). 1 where there is none.
 */
function sharedScale(run: Run, r2: Run): number {
  const scale = SCALE_OF[r2.text[r2.text.length - 1]] ?? 1;
  if (scale < 1000 || run.value === null || r2.value === null || hasScaleWord(run)) return 1;
  return run.value < r2.value / scale ? scale : 1;
}

/** The run holds a scale word (万, 亿, 千 …). */
function hasScaleWord(run: Run): boolean {
  for (let k = 0; k < run.text.length; k++) if (SCALE_CODE[run.text.charCodeAt(k)] === 1) return true;
  return false;
}

/** 一个千亿参数的大模型, 一位名叫杰克的男生: 一 (at `start`) + classifier (ending at `end2`) before a noun phrase is an article. */
function isArticle(ctx: ExtractContext, start: number, end2: number): boolean {
  const norm = ctx.norm;
  const nx = norm[end2];
  // (一个 “黑匣子”: a space before a noun phrase in quotation marks is no end either)
  const ok = nx === undefined || (PUNCT.has(nx) && !(isSpace(nx) && (isDigit(norm[end2 + 1]) || isHanCode(norm.charCodeAt(end2 + 1)) || norm[end2 + 1] === '“'))) || (nx === '是' && (start === 0 || norm[start - 1] === '\n'));
  const before2 = norm.slice(Math.max(0, start - 2), start);
  const counted = /(只有|仅有|仅|只|共|就|才|、)$/.test(before2);
  return !ok && !counted && !bareNumberFollows(norm, end2, ctx.text);
}

/** 戒指一对八千: a bare number closing the phrase follows (not 一个千亿参数的大模型). */
function bareNumberFollows(norm: string, pos: number, text: string): boolean {
  if (!isCn(norm[pos]) && !isDigit(norm[pos])) return false;
  const r = readRun(norm, pos, false, text);
  if (!r || r.value === null) return false;
  return (r.end >= norm.length || PUNCT.has(norm[r.end])) && !matchUnit(norm, r.end);
}

function finish(ctx: ExtractContext, out: Metric[], d: Draft, resume: number, run: Run): number {
  void run;
  if (d.value === null || !Number.isFinite(d.value)) return resume; // as emit
  if (opensQuotedLabel(ctx.norm, d.start, d.end, d.kind, d.value)) return resume;
  out.push(metric(ctx, d));
  return resume;
}

function approxStart(norm: string, run: Run): { start: number; approx: Approx | null } {
  const pre = approxBefore(norm, run.start, run);
  return pre ? { start: pre.start, approx: pre.approx } : { start: run.start, approx: null };
}

function skipSpaces(norm: string, i: number): number {
  while (isSpaceOrTab(norm.charCodeAt(i)) && i < norm.length) i++;
  return i;
}

function skipPast(norm: string, i: number): number {
  let j = i;
  for (; j < norm.length && j < i + MAX_RUN; j++) {
    const x = norm.charCodeAt(j);
    if (!(isDigitCode(x) || x === C_DOT || x === C_COLON || x === C_HYPHEN || x === C_SLASH || isLatinCode(x))) break;
  }
  return Math.max(j, i);
}

/**
 * “三道红线”, “十大合作计划”, “一人公司”: a small count (norm[start, end)) opening a short quotation
 * of Han words only (at most 6 after it) names a programme or a label, it counts nothing. (Amounts
 * there are still claims: “1元红线”, “5亿市值红线”, “12岁退役”, as the pairwise readers judged.)
 */
function opensQuotedLabel(norm: string, start: number, end: number, kind: string, value: number | null): boolean {
  if (start === 0 || norm.charCodeAt(start - 1) !== C_LQUOTE || kind !== 'count' || value === null || value >= 10000) return false;
  const k = hanEnd(norm, end, 7);
  return k > end && k < norm.length && norm.charCodeAt(k) === C_RQUOTE;
}

/** Inside 《…》 (a title): the number is part of a name. */
function inTitle(norm: string, pos: number): boolean {
  for (let j = pos - 1; j >= 0 && j >= pos - 30; j--) {
    const c = norm.charCodeAt(j);
    if (c === C_TITLE_OPEN) return true;
    if (c === C_TITLE_CLOSE || c === 0x0a) return false;
  }
  return false;
}
const C_TITLE_OPEN = code('《');
const C_TITLE_CLOSE = code('》');

function pre0(norm: string, run: Run): boolean {
  return approxBefore(norm, run.start, run) !== null;
}

/** 2023年, 1998年, 二〇二三年: a year, not a duration. */
function isYear(run: Run): boolean {
  const t = run.text.replace(/\s/g, '');
  if (/^\d{4}$/.test(t)) {
    const v = Number(t);
    return v >= 1000 && v <= 2199;
  }
  if (/^\d{2}$/.test(t) && false) return true;
  return run.cnDigitsOnly && t.length >= 2;
}

/**
 * A Chinese numeral with no unit is a metric only where it plainly stands for a number:
 * with an approximation (十余, 数十万), with a scale (四十万, 1300 万), or alone between
 * stops (“一”和“五”, 答案是四不是五, a short input that is just 二百五).
 */
function bareCnOk(norm: string, run: Run, end: number, approximate: boolean): boolean {
  const t = run.text.replace(/\s/g, '');
  if (run.cnDigitsOnly && t.length > 1 && !run.range) return false;
  const before = norm[run.start - 1];
  const after = norm[end];
  const stopBefore = before === undefined || BARE_BEFORE.has(before) || PUNCT.has(before) || before === '是';
  const stopAfter = after === undefined || BARE_AFTER.has(after) || PUNCT.has(after);
  const single = t.length === 1 || (t.length === 2 && (t[0] === '负'));
  if ((before === '\n' && (after === undefined || after === '\n')) || (before === undefined && after === '\n')) return false; // a heading: 三⏎
  if (single) {
    if (FINANCIAL.has(t)) return before === '是' && (after === undefined || PUNCT.has(after));
    if (approximate) return true;
    if (after === '的' && (before === undefined || before === '\n' || before === '前')) return true; // 三的另一种写法, 前三的品牌
    return stopBefore && stopAfter && !(after === '、') && !(before === '(' || after === ')');
  }
  if (DATE_AFTER.has(after) && !(after === '点' && /[百千万]/.test(t))) return false; // 晚上八九点, 十一二点
  if (approximate) return true;
  if (stopAfter && after !== '、') return true;
  if (after === '点' && /[百千万]/.test(t)) return true; // 两百点: index points
  if (/[万亿兆]/.test(t) && !isHanChar(after)) return true;
  return false;
}
