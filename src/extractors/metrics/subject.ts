// What a number measures, and against what. Within the metric's clause:
// 1. a count names its own subject after the measure word (100多名学生, 10余个村庄), and
//    any number may name it after 的 (超3亿千瓦的公共充电容量, 约 3% 的客户);
// 2. otherwise the noun phrase before the verb that leads to the number (推理速度达到原来的
//    30多倍 → 推理速度, baseline 原来), or between that verb and the number (东区有新能源
//    汽车200多辆 → 新能源汽车), or before a parenthesis (营收（813亿美元）);
// 3. otherwise the clause's words before the number when they are few (续航400公里), or
//    the subject of the sentence's previous number (…规模呈上升趋势，2024年达2.31万亿元).
// Trimmed of connectives, time frames and other numbers; null rather than a guess.
import type { ExtractContext } from '../context.js';
import type { Metric, Span } from '../../types.js';
import { indexAt } from '../../segment/index.js';
import { alternation, groupByCode, loadList, loadListWithExceptions, loadRows, longestFirst, tableByCode, wordsRegExp } from '../../lexicon/load.js';
import { TRADING_DAY_ALT } from '../../lexicon/trading-days.js';
import { allHanCodes, hanEnd, isDigitCode, isHanBlankAt, isHanCode, isLatinCode, someCodeIn, unitTable } from '../../text/chars.js';
import { normalizedUnit } from '../../text/normalize.js';
import { matchUnit, NOUN_UNITS, UNITS } from './units.js';

/** A currency's name (人民币, 美元: units.tsv's money units) between a verb and its amount names the unit, not what is measured (收入为人民币1.46亿元). */
const isMoneyName = (w: string) => UNITS.get(w)?.kind === 'money';

const VERB_LINES = loadRows(new URL('./subject-verbs.txt', import.meta.url));
const VERB_ROWS = VERB_LINES.filter((r) => r[0][0] !== '!');
const VERBS = VERB_ROWS.map((r) => r[0]);
/** One-character verbs that are verbs only right before the number (subject-verbs.txt's `adjacent`). */
const ADJACENT_VERB = new Uint8Array(0x10000);
for (const [v, flag] of VERB_ROWS) if (flag === 'adjacent') ADJACENT_VERB[v.charCodeAt(0)] = 1;
const VERB_SET = new Set(VERBS);
/** Words that start with a verb and are no verb there (subject-verbs.txt's `!` lines), by that verb: 下调解 (指导下调解). */
const NOT_VERB_WORDS = new Map<string, string[]>();
for (const [line] of VERB_LINES) {
  if (line[0] !== '!') continue;
  const word = line.slice(1);
  const verb = VERBS.filter((v) => word.startsWith(v)).sort((a, b) => b.length - a.length)[0];
  if (verb === undefined) throw new Error(`subject-verbs.txt: ${line} starts with no verb`);
  NOT_VERB_WORDS.set(verb, [...(NOT_VERB_WORDS.get(verb) ?? []), word]);
}
/** The first units of those verbs: most verbs found have no such words, and no lookup by string. */
const NOT_VERB_FIRST = unitTable([...NOT_VERB_WORDS.keys()].map((v) => v[0]).join(''));
/** Is the verb w at p of s the start of one of the words that hold it and are none? */
function inNotVerbWord(s: string, p: number, w: string): boolean {
  if (NOT_VERB_FIRST[w.charCodeAt(0)] !== 1) return false;
  const words = NOT_VERB_WORDS.get(w);
  if (words === undefined) return false;
  for (let k = 0; k < words.length; k++) if (s.startsWith(words[k], p)) return true;
  return false;
}
/** Verbs of change (subject-verbs.txt's `change`): 将 + noun before them is their object. */
const CHANGE_VERBS = new Set(VERB_ROWS.filter((r) => r[1] === 'change').map((r) => r[0]));
/** Verbs of forecast (`outlook`: 预计) and of sentencing (`sentence`: 判处); see subject-verbs.txt. */
const OUTLOOK_VERBS = new Set(VERB_ROWS.filter((r) => r[1] === 'outlook').map((r) => r[0]));
const SENTENCE_VERB = new Set(VERB_ROWS.filter((r) => r[1] === 'sentence').map((r) => r[0]));
const MAX_VERB = Math.max(...VERBS.map((v) => v.length));
const TRIM = loadRows(new URL('./subject-trim.txt', import.meta.url));
/** Words that end a place framing the clause, inside a subject (片区内, 范围内): what follows is the subject. */
const FRAME_WORDS = TRIM.filter((r) => r[0] === 'frame').map((r) => r[1]);
for (const w of FRAME_WORDS) if (!w.endsWith('内')) throw new Error(`subject-trim.txt: frame ${w} does not end in 内`);
/** Past a frame word inside norm[s, e) with a noun of two units or more after it, or s. */
function afterFrame(norm: string, s: number, e: number): number {
  // (“十四五”时期央企原油产量: a period that opens it frames it too)
  const period = norm.indexOf('时期', s + 1);
  if (period >= 0 && period - s <= 7 && period + 2 < e - 1) return period + 2;
  const nei = norm.indexOf('内', s + 1);
  if (nei < 0 || nei >= e - 2) return s;
  for (let k = 0; k < FRAME_WORDS.length; k++) {
    const w = FRAME_WORDS[k];
    if (nei + 1 - w.length >= s && norm.startsWith(w, nei + 1 - w.length)) return nei + 1;
  }
  return s;
}
const TRANSITIVE_ROWS = loadRows(new URL('./subject-transitive-verbs.txt', import.meta.url));
const TRANSITIVE_VERBS = TRANSITIVE_ROWS.map((r) => r[0]);
const transitiveWith = (flag: string) => TRANSITIVE_ROWS.filter((r) => (r[1] ?? '').split(' ').includes(flag)).map((r) => r[0]);
/** The `lead` transitive verbs, whose object is what is measured (接待游客2万人次 → 游客). */
const LEAD_VERBS = new Set(transitiveWith('lead'));
/** Trimmed from a subject's start: subject-trim.txt's prefixes, and the lead verbs. */
const PREFIXES = [...TRIM.filter((r) => r[0] === 'prefix').map((r) => r[1]), ...LEAD_VERBS].sort((a, b) => b.length - a.length);
const SUFFIXES = TRIM.filter((r) => r[0] === 'suffix').map((r) => r[1]).sort((a, b) => b.length - a.length);
const SUFFIX_SET = new Set(SUFFIXES);
/** Words that start with a prefix and are none (其他, 并网): not trimmed. */
const KEEP_WORDS = TRIM.filter((r) => r[0] === 'keep').map((r) => r[1]);
/** Every word clean() trims, and the keep words: one left alone is no subject (其余 61.2%), unless flagged a noun (我国有14亿多人口). */
const TRIM_WORDS = new Set(TRIM.filter((r) => r[2] !== 'noun').map((r) => r[1]));
const MAX_TRIM_WORD = Math.max(...[...TRIM_WORDS].map((w) => w.length));
/** Lookups by character code (no string made per character): first characters of verbs,
 * prefixes by their first character and suffixes by their last (longest first, as above). */
const VERB_START = new Uint8Array(0x10000);
for (const v of VERBS) VERB_START[v.charCodeAt(0)] = 1;
/** Verbs by their first character, longest first (at one position at most one verb of each length can match). */
const [VERB_SLOT, VERBS_BY_FIRST] = tableByCode(groupByCode(longestFirst(VERB_SET, (v) => v), (v) => v.charCodeAt(0)));
/** JavaScript's \s (WhiteSpace and LineTerminator): the candidates from which the character tables below are built. */
const JS_SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** A table by code of the characters among `candidates` that `re` (one character class) matches. */
function charTable(re: RegExp, candidates: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const ch of candidates) if (re.test(ch)) t[ch.charCodeAt(0)] = 1;
  return t;
}
/** What clean() trims at the start and at the end (the classes as written there; every character they name is a candidate). */
const JS_SPACE = charTable(/\s/, JS_SPACES);
/** The closing mark of each opening quotation mark, and the opening mark of each closing one (0 for other characters). */
const CLOSER_OF = new Uint16Array(0x10000);
const OPENER_OF = new Uint16Array(0x10000);
for (const [o, c] of ['“”', '‘’', '「」', '『』']) {
  CLOSER_OF[o.charCodeAt(0)] = c.charCodeAt(0);
  OPENER_OF[c.charCodeAt(0)] = o.charCodeAt(0);
}
/** The quotation mark opening norm[s, e) is closed inside it, before its last unit. */
function closedInside(norm: string, s: number, e: number): boolean {
  const c = norm.indexOf(String.fromCharCode(CLOSER_OF[norm.charCodeAt(s)]), s + 1);
  return c > s && c < e - 1;
}
/** The quotation mark ending norm[s, e) is opened inside it. */
function openedInside(norm: string, s: number, e: number): boolean {
  return norm.lastIndexOf(String.fromCharCode(OPENER_OF[norm.charCodeAt(e - 1)]), e - 2) >= s;
}
// (and the marks that open a list item: ○中央企业资产总额)
const TRIM_START = charTable(/[\s“”"'‘’「」『』、(（)）,的》○●■□◆◇▲△★☆•◎+|]/, JS_SPACES + '“”"\'‘’「」『』、(（)）,的》○●■□◆◇▲△★☆•◎+|');
const TRIM_END = charTable(/[\s“”"'‘’「」『』、(（)）,+|]/, JS_SPACES + '“”"\'‘’「」『』、(（)）,+|');
/** The characters a match of LEADING_TIME_AT can start with (its optional lead word, \s, a digit, or the first character of a time word). */
const LEADING_TIME_FIRST = charTable(/[截到至自从在预昨\s\d今去前明上下全当同近目如本一二三四五六七八九十两几第季]/, JS_SPACES + '截到至自从在预昨0123456789今去前明上下全当同近目如本一二三四五六七八九十两几第季');
const [PREFIX_SLOT, PREFIX_BY_FIRST] = tableByCode(groupByCode(PREFIXES, (p) => p.charCodeAt(0)));
const [SUFFIX_SLOT, SUFFIX_BY_LAST] = tableByCode(groupByCode(SUFFIXES, (p) => p.charCodeAt(p.length - 1)));
/** Words that open the number's own phrase (超过200个): they stand for the verb. */
const VERBLIKE_START = /^(超过|超|突破|破|逾|近|将近|接近|不到|不足|约|高达|多达|达)/;
/** The words of a year counted from the reference date (今年, 去年 …): a leading time, or a time inside a subject (INNER_TIME). */
const YEAR_WORDS = '今年|去年|前年|明年|本年';
/** A leading date or time frame: 2023年, 2025年前三季度, 截至9月末 (sticky: read where lastIndex puts it; not 去年中 before 国: 去年中国…). */
const LEADING_TIME_AT = new RegExp(`(?:截至|截止|到|至|自|从|在|预计)?\\s?(?:昨日|昨天|今日|今天|当天|当日|\\d{2,4}\\s?年(?:度|\\s?\\d{1,2}\\s?月(?:\\s?\\d{1,2}\\s?日)?)?|${YEAR_WORDS}|上半年|下半年|全年|当年|同期|近年来|近期|目前|当前|如今|本季度|上季度|本月|上月|第?[一二三四]季度|(?<=\\d\\s?)季度|年底|年初|年末|月底|月末|[一二三四五六七八九十两几\\d]{1,3}\\s?个?(?:年|月|天)(?:以前|之前|前)|(?:前|最后)[一二三四五六七八九十两\\d]{1,3}(?:个月|周|天)|${TRADING_DAY_ALT})(?:前三季度|前两季度|前[一二三四五六七八九十两\\d]{1,3}个月|[一二三四]季度|上半年|下半年|全年|末|底|初|以来|期间|内|中(?![国央美欧日韩非东资方企外]))?(?:末|底|以来|时|起)?`, 'y');
/** Verbs of a share: what follows them, before the number, is the whole (占全市约1/4), not the subject. */
const SHARE_VERB = new Set(['占', '约占', '仅占', '占到']);
/** 占 as the first character of another word (占比, 占地, 占用, 占据, 占有, 占领): no share's verb. */
const NOT_SHARE_AFTER_ZHAN = '比地用据有领';
const NOT_SHARE_AFTER_ZHAN_CODE = unitTable(NOT_SHARE_AFTER_ZHAN);
/** Subject verbs that are nouns too (混合成本增幅, 项目装机占比达): they end no noun phrase. */
const NOUN_VERBS = new Set(['增幅', '占比', '占比为', '占比达']);
/** One-character adverbs left before a predicate (热量摄入仅来自, 高速入口仍处于): no part of the noun. */
const PREDICATE_ADVERBS = '仅均全不正还也都又再共未仍曾';
const ADVERB_BEFORE_PREDICATE = unitTable(PREDICATE_ADVERBS);
/** The words of the clause before the span of time `frame` (after any number before it), cleaned, or null. */
function subjectBeforeFrame(ctx: ExtractContext, metrics: Metric[], f: number, clauseFrom: number): string | null {
  const frame = metrics[f];
  // (the number before it, if in the clause: metrics are in text order, so the one right before)
  const from = f > 0 && metrics[f - 1].span.end > clauseFrom ? metrics[f - 1].span.end : clauseFrom;
  if (frame.span.start - from < 2 || frame.span.start - from > 24) return null;
  return clean(ctx.text, from, ctx.norm.slice(from, frame.span.start));
}
const AGO_END = /距今约?$/;
/** Verbs of the time between two events (时隔八年再次访华, 共事两年, 阔别十年): it measures nothing named. */
const INTERVAL_END = /(?:时隔|阔别|共事|间隔)$/;
const C_LAI_SINCE = '来'.charCodeAt(0);
/** An event a span up to now counts from ends the words before it (subject-since-events.txt; an event noun, EVENT_END, too: 禁渔5年来). */
const SINCE_EVENT_END = wordsRegExp(loadList(new URL('./subject-since-events.txt', import.meta.url)), 'end');
/** Tallies (1金6银4铜): the one-character noun after each bare count, before the next number, a stop or 的. */
const TALLY_NOUN = unitTable(loadList(new URL('./subject-tally-nouns.txt', import.meta.url)).join(''));
const TALLY_AFTER = unitTable('0123456789一二两三四五六七八九十,。;、的');
const C_DA = '大'.charCodeAt(0);
const C_JI_LEVEL = '级'.charCodeAt(0);
const C_DENG = '等'.charCodeAt(0);
/** The words before a count are members listed and 等 (财政部等, 杰弗里斯等): the count is theirs. */
const listedBefore = (before: string) => before.length >= 3 && before.charCodeAt(before.length - 1) === C_DENG;
const C_SHI_IS = '是'.charCodeAt(0);
const C_FAN_TURN = '翻'.charCodeAt(0);
const CLAUSE_STOPS = ',。;!?:';
const CLAUSE_STOP = unitTable(CLAUSE_STOPS);
/** Place words that close a frame of 在 (subject-place-words.txt), and the characters before each that make it part of a word. */
const PLACE_ROWS = loadRows(new URL('./subject-place-words.txt', import.meta.url));
const PLACE_WORD = unitTable(PLACE_ROWS.map((r) => r[0]).join(''));
const PLACE_IN_WORD = new Map(PLACE_ROWS.map((r) => [r[0].charCodeAt(0), unitTable(r[1] ?? '')]));
/** 在31起事件中使用枪支: after 在 the noun a number opens ends at the place word that closes the frame, where it ends the noun or a verb follows (事件); so too without 在 where the place word ends the clause (村庄中，). */
function withinFrame(norm: string, at: number, noun: string, before: string): string {
  for (let q = 2; q < noun.length; q++) {
    const c = norm.charCodeAt(at + q);
    if (PLACE_WORD[c] !== 1 || PLACE_IN_WORD.get(c)![norm.charCodeAt(at + q - 1)] === 1) continue;
    if (q + 1 < noun.length && !startsWithVerb(norm, at + q + 1) && !predicateAt(norm, at + q + 1)) continue;
    if (before.lastIndexOf('在') >= 0) return noun.slice(0, q);
    // (全省3.4万个村庄中，: ending the noun before a clause's mark, it frames the number without 在)
    return q + 1 === noun.length && CLAUSE_STOP[norm.charCodeAt(at + q + 1)] === 1 ? noun.slice(0, q) : noun;
  }
  return noun;
}
/** The ranked group a noun after N大 is one of, or a place word after it (七大领域之一, 五大基地中, 三大平台上). */
const RANKED_OF = /(?:之一|之列|之首|之外|中|上)$/;
const PLACE_NOUN = /^(?:地方|地点|位置|范围)$/;
/** Where a year that ends norm[.., e) starts (2025 年, 2025年度, 在2025年底: four digits from 19 or 20, then 年 and time words), or -1. */
function yearStart(norm: string, lastDigit: number, e: number): number {
  let d = lastDigit;
  while (d >= 0 && isDigitCode(norm.charCodeAt(d))) d--;
  if (lastDigit - d !== 4 || !RE_YEAR_AT.test(norm.slice(d + 1, e))) return -1;
  return withoutZaiBefore(norm, d + 1);
}
/** Where the words before a time at `at` end without the 在, 于 and blanks right before it. */
function withoutZaiBefore(norm: string, at: number): number {
  let d = at - 1;
  while (d >= 0 && (norm.charCodeAt(d) === 0x20 || norm.charCodeAt(d) === C_ZAI || norm.charCodeAt(d) === C_YU)) d--;
  return d + 1;
}
const RE_YEAR_AT = /^(?:19|20)\d\d\s?年(?:度|底|末|初|中|内)?\s?$/;
const C_ZAI = '在'.charCodeAt(0);
/** What ends a span of time after its unit (1年内, 十年间, 3年以内). */
const DURATION_END = unitTable('内间以后');
/** Before 从 these make what follows no change of the subject before it (纪录是从, 既有从). */
const NOT_BEFORE_FROM = unitTable('是有为');
/** 在（短短|过去|近）… before a span and 内/里/中 after it: a frame of time (在短短两个月内). */
const WITHIN_BEFORE = /在(?:短短|过去|近)?$|^在[^在]{1,10}$/;
/** 在开车前 before a span: how long before an event (在开车前4小时以上), a frame. */
const BEFORE_EVENT = /^[且并而]?在[^在]{1,10}[前后]$/;
const WITHIN_AFTER = unitTable('内里中');
/** An event a span of time measures when it follows at once (24 小时耐力测试, 3天会议). */
const HOLD_EVENT = /^(?:召开|举行|举办|开展|进行|参加|组织|完成)/;
const EVENT_END = wordsRegExp(loadList(new URL('./subject-event-nouns.txt', import.meta.url)), 'end');
function eventNounAt(ctx: ExtractContext, e: number): boolean {
  let p = e;
  while (p < ctx.norm.length && p < e + 2 && ctx.norm.charCodeAt(p) === 0x20) p++;
  // (连续两年召开专题会议: a verb opens no event noun)
  if (p >= ctx.norm.length || NOUN_START[ctx.norm.charCodeAt(p)] !== 1 || startsWithVerb(ctx.norm, p) || predicateAt(ctx.norm, p) || HOLD_EVENT.test(ctx.norm.slice(p, p + 2))) return false;
  const noun = nounAfter(ctx, p);
  // (tested on the normalized text: 訓練 is 训练)
  return noun !== null && noun.length <= 8 && EVENT_END.test(ctx.norm.slice(p, p + noun.length));
}
/**
 * Verbs of a span of time (比赛为期4天, 历时5年, 耗时20天), as regex alternatives; `taken`: the verb
 * names the time something takes (耗时近一周), and opening the clause it is the subject of the span after it.
 */
const SPAN_VERBS: readonly { verb: string; taken: boolean }[] = [
  { verb: '为期', taken: false },
  { verb: '历时', taken: true },
  { verb: '历经', taken: false },
  { verb: '耗时', taken: true },
  { verb: '用时', taken: true },
  { verb: '只用了?', taken: false },
  { verb: '仅用了?', taken: false },
];
const SPAN_VERB_END = new RegExp(`(?:${SPAN_VERBS.map((v) => v.verb).join('|')})$`);
const TIME_TAKEN_VERB = new Set(SPAN_VERBS.filter((v) => v.taken).map((v) => v.verb));
/** What follows a span of time that bounds a record (近三年高位, 半年最佳, 十年来新低); sticky, read where lastIndex is set. */
const RECORD_AFTER_SPAN = /(?:来|以来)?(?:高位|低位|新高|新低|最佳|最差|高点|低点)/y;
/** An adverb and a verb before a span of time (又努力, 再寻找, 要做好, 已举办, 曾经): no noun. */
const ADVERB_VERB = /^(?:又|再次?|要|已经?|曾经?)/;
/** Adverbs of two or more characters that open the predicate right after a count (6人当场死亡, 1人抢救无效死亡), and their first characters. */
const COUNT_PREDICATE_AT = /当场|当即|先后|相继|陆续|均已|抢救无效|送院/y;
const COUNT_PREDICATE_FIRST = unitTable('当先相陆均抢送');
/** A tally verb that ends the predicate after such an adverb, within a few characters of its clause (当场死亡, 送院抢救无效身亡). */
const TALLY_VERB_AHEAD = /[^,。;:!?、]{0,8}?(死亡|身亡|遇难|丧生|遇害|受伤|重伤|轻伤|失踪|获救)(?=$|[,。;:!?、])/y;
/** Of ADVERB_BEFORE_PREDICATE, those that open no noun (not 全市, 正式工, 不良贷款, 共享单车). */
const ADVERB_ONLY = unitTable('仅均还也都又再未仍曾尚');
/**
 * 半数受访者, 超 1/4 游戏开发者, 过半数议席: a fraction right before a noun of people, firms or seats
 * counts it (not 五分之一个西湖, 一半以上从新疆出境, 1/4决赛).
 */
function fractionOfPeople(ctx: ExtractContext, e: number): boolean {
  let p = e;
  if (ctx.norm.charCodeAt(p) === 0x20) p++;
  const noun = NOUN_START[ctx.norm.charCodeAt(p)] === 1 ? headNounAfter(ctx, p) : null;
  // (tested on the normalized text: noun is cut from the original, 受訪者 is 受访者)
  return noun !== null && noun.length >= 2 && noun.length <= 8 && FRACTION_NOUN_END.test(ctx.norm.slice(p, p + noun.length));
}
const FRACTION_NOUN_END = /(?:者|人|员|户|企业|公司|家庭|席位|议席|席|岗位)$/;
/** Verbs of saying that may follow a share of people (30% 表示, 27% 认为), a blank before them. */
const SAYING_WORDS = '表示|认为|指出|预计|希望|担心|相信|坦言|透露';
const SAY_AFTER_SHARE = new RegExp(`^ ?(?:${SAYING_WORDS}|称)`);
/** A verb of saying of two characters at lastIndex (sticky): it ends even a one-character noun (65%的人认为 → 人). */
const SAYING_AT = new RegExp(`(?:${SAYING_WORDS})`, 'y');
/** The first characters of SAYING_WORDS, by code. */
const SAYING_FIRST = unitTable(SAYING_WORDS.split('|').map((w) => w[0]).join(''));
/** How long a noun of people a verb of saying may end (人, 企业, 受访者, 受访企业). */
const MAX_SAYER = 4;
/** Words that open a predicate (subject-predicates.txt, and the subject verbs of two characters or more): a noun phrase after a number ends before them. */
const PREDICATE_LINES = loadListWithExceptions(new URL('./subject-predicates.txt', import.meta.url));
const PREDICATES = [...PREDICATE_LINES.words, ...VERBS.filter((v) => v.length >= 2 && !NOUN_VERBS.has(v))];
/** Nouns that hold a predicate word (种植技术, 分成协议: the `!` lines of subject-predicates.txt and of subject-verbs.txt), by their first unit. */
const NOT_PREDICATE = groupByCode([...PREDICATE_LINES.except, ...[...NOT_VERB_WORDS.values()].flat()], (w) => w.charCodeAt(0));
const [PREDICATE_SLOT, PREDICATES_BY_FIRST] = tableByCode(groupByCode(longestFirst(new Set(PREDICATES), (v) => v), (v) => v.charCodeAt(0)));
/** The first two units of the predicate words, hashed (no false negatives): most positions fail here, with no list walk. */
const PREDICATE_PAIR = new Uint8Array(0x10000);
const predicatePair = (a: number, b: number) => ((a * 31) ^ b) & 0xffff;
for (const w of PREDICATES) PREDICATE_PAIR[predicatePair(w.charCodeAt(0), w.charCodeAt(1))] = 1;
/** A predicate word (two units or more) starts at s[p] (p + 1 < s.length). */
function predicateAt(s: string, p: number): boolean {
  if (PREDICATE_PAIR[predicatePair(s.charCodeAt(p), s.charCodeAt(p + 1))] === 0) return false;
  const list = PREDICATES_BY_FIRST[PREDICATE_SLOT[s.charCodeAt(p)]];
  if (list === undefined) return false;
  for (let k = 0; k < list.length; k++) if (s.startsWith(list[k], p)) return !notPredicateAt(s, p);
  return false;
}
/** A noun that holds a predicate word starts at s[p] (种植技术). */
function notPredicateAt(s: string, p: number): boolean {
  const nouns = NOT_PREDICATE.get(s.charCodeAt(p));
  if (nouns === undefined) return false;
  for (let k = 0; k < nouns.length; k++) if (s.startsWith(nouns[k], p)) return true;
  return false;
}
/** Where a noun phrase after a number stops. */
const NOUN_STOP = new Set([...'的和与及或、在已将都也是为被因等并而了后前时…—'.split(''), ',', '。', '.', '!', '?', ';', ':', '(', ')', '“', '”', '"', '《', '》', '\n', '/', '|']); // (|: a spec sheet's items, 7400mAh 电池 | 100W; for + see plusSeparates)
const NOUN_STOP_CODE = new Uint8Array(0x10000);
for (const ch of NOUN_STOP) NOUN_STOP_CODE[ch.charCodeAt(0)] = 1;
const C_PLUS = '+'.charCodeAt(0);
/**
 * The + at i separates a spec sheet's items (100W 有线快充 + 无线充, 24GB+1TB: a blank beside it
 * or a digit after it); written tight between words, or after a letter, it joins a name (光伏+储能, PWM+DC, B+ 轮).
 */
function plusSeparates(norm: string, i: number): boolean {
  const prev = norm.charCodeAt(i - 1);
  const next = norm.charCodeAt(i + 1);
  return prev === 0x20 || isDigitCode(next) || (next === 0x20 && !isLatinCode(prev)); // (B+ 轮融资: a grade)
}
/** The characters a noun phrase may start with: no stop, digit or space (past the end, NaN: none), or an opening quotation mark. */
const NOUN_START = new Uint8Array(0x10000).fill(1);
for (const ch of [...NOUN_STOP, ...'0123456789 ·']) NOUN_START[ch.charCodeAt(0)] = 0; // (20.74GB/户·月: a dot goes on with the unit)
const C_OPEN_QUOTE = '“'.charCodeAt(0);
NOUN_START[C_OPEN_QUOTE] = 1;
/** Prepositions that open no noun phrase (以“黑户”身份, 对“中功”) nor go on one (“停摆”对经济…). */
const PREPOSITION = unitTable('以对向把被将给从在为与跟');
/** Sentence and clause stops inside a quotation make it no name. */
const QUOTED_NAME_STOP = unitTable(',。;:!?、\n');
/** Nouns after 的 that are the change itself, not what is measured (25%的增长). */
const NOT_SUBJECT_NOUN = wordsRegExp(loadList(new URL('./subject-change-nouns.txt', import.meta.url)), 'start');
const MAX_SUBJECT = 24;
/** Nouns after a number that frame it (突破万亿元大关, 4800美元关口, 93美元附近): what it measures is before it. */
const FRAME_NOUN = wordsRegExp(loadList(new URL('./subject-frame-nouns.txt', import.meta.url)), 'start');
/** First characters of verbs that may follow a number directly (97.1 万亿韩元创新高, 47%同比…). */
const VERB_FIRST = new Set('创同较比增降下上居位排列成达占超约左为是用以至到来让使将已再还又'.split(''));
/** Two-character words that hold a one-character verb and are no verb (保有量, 作为, 甚至). */
const NOT_VERB = new Set(loadList(new URL('./subject-not-verbs.txt', import.meta.url)));
/** Verbs whose object, after the number, is what is measured (提供超3亿千瓦的…). */
const TRANSITIVE = wordsRegExp(TRANSITIVE_VERBS, 'end');
/** The transitive verbs flagged `duration`: a duration right after them measures their object (设立5年过渡期). */
const DURATION_OBJECT = wordsRegExp(transitiveWith('duration'), 'end');
/** What starts no object after a duration: the time words that end its phrase (一个月以来, 1小时内, 三年多). */
const DURATION_TAIL = unitTable('以来内里间多余左上下之中');
/** After a lead verb these make it a noun (贡献率, 覆盖率, 接待量, 提供方): no verb to trim. */
const NOMINAL_SUFFIXES = '率度额量者方值费';
const NOMINAL_END = unitTable(NOMINAL_SUFFIXES);
/** After a subject verb these make it a noun too (安置点, 安置房, 增长率, 同比增速, 降幅): no verb to find there. */
const VERB_NOUN_END = unitTable(NOMINAL_SUFFIXES + '点房区时速幅'); // (仅用时: a noun)

/** The regular expressions of the functions below, compiled once (none is global or sticky: test/exec/search ignore and keep no lastIndex, so sharing one object is the same as a literal per call). */
export const RE_LIST_GAP = /^\s?[和与及、或]\s?$/; // between two numbers of a list (3%和5%, 1.1个、1.2个)
const RE_CONVERSION = /^(约合|折合|合计约|相当于)/;
/** What joins the items of a list before 分别 (钢材、水泥产量, 汽车和手机产量). */
const LIST_MARKS = [...'和与及、'];
const RE_LIST_MARK = new RegExp(`[${LIST_MARKS.join('')}]`);
const RE_WAN_YI = /[万亿]/;
const RE_BASELINE_DE = /^(.{1,12}?)的$/;
const RE_LINK_ONLY = /^(了|到|至|为|约|近|超过|达|出|有|\s)+$/;
/**
 * 营业利润为亏损1.2亿元, 由盈利0.5亿元修正为亏损3亿元: a sign word between a copula (…为) and the
 * number is no noun (but 实现盈利5亿元 → 盈利; and after a time, 上年同期为亏损20.74亿元, the sign word
 * is the only word that names what is measured).
 */
const SIGN_ONLY = /^\s*(?:亏损|净亏损|盈利|负)\s*$/;
/** A time right before the copula (上年同期为亏损…): the sign word after it stays the subject. */
const TIME_BEFORE_SIGN = /(?:同期|年|季度|月|期内)\s*$/;
const RE_MORE = /^(超过|超|逾|高于|多于|大于)$/;
const RE_LESS = /^(不到|不足|低于|少于|近|接近)$/;
const RE_DIGIT = /\d/;
const RE_PRONOUN = /^(他|她|我|你|它|这|那|其|该|他们|我们|公司)$/;
const RE_ANY_DIGIT = /[\d０-９]/;
/** Before 比 these make a word with it (对比, 相比, 同比, 占比, 无比, 好比, 堪比 …), after it these (比例, 比重, 比亚迪, 比如, 比对 …). */
const NOT_THAN_BEFORE_CHARS = '对相同环占类无好堪评配';
const NOT_THAN_AFTER_CHARS = '重例率值较赛如亚对分特利照肩拼';
/** 较上年, 比去年同期 at the end of the phrase before a verb (global: searched from where lastIndex is set, as findSubject says). */
const RE_COMPARE_TAIL = new RegExp(`(较|同比|环比|(?<![${NOT_THAN_BEFORE_CHARS}])比(?![${NOT_THAN_AFTER_CHARS}])|相比|相较于?)([^,。]{1,12})$`, 'g');
/** A comparison opening the words before the verb (较…, 比…, 相比…), as RE_COMPARE_TAIL's words. */
const COMPARE_HEAD = new RegExp(`^\\s*(?:较|相比|相较|比(?![${NOT_THAN_AFTER_CHARS}]))`);
/** The longest match of RE_COMPARE_TAIL: its longest word (相较于) and 12 characters. */
const COMPARE_MAX = 15;

/**
 * The document's dates, in order (set by assignSubjects for the one document it reads: clean()
 * is called from many rules, each with its words' offset). A date that ends the words before a
 * number says when, and is no part of what is measured (水稻去年, 市场份额在第四季度, 股价昨日);
 * nor is a date holding a number inside them (5年前村集体经济收入).
 */
let documentDates: readonly { span: Span }[] = [];
/** 较 and 比 right before a date that ends a noun after a number (7个行业利润较上年增长): they go with the date. */
const C_JIAO_THAN = '较'.charCodeAt(0);
const C_BI_THAN = '比'.charCodeAt(0);
/** Times of a clause that a date may open after a count (五人去年被捕, 两人昨天到案). */
const TIME_AFTER_COUNT = /^(?:去年|今年|明年|前年|昨天|今天|明天|昨日|今日|当天|当日|上周|本周|近日|日前|此前|周[一二三四五六日])/;
const TIME_AFTER_COUNT_FIRST = unitTable('去今明前昨当上本近日此周');
/** Where the document's first date starting at pos or later starts, or -1. */
function firstDateFrom(pos: number): number {
  let lo = 0;
  let hi = documentDates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (documentDates[mid].span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < documentDates.length ? documentDates[lo].span.start : -1;
}
/** The index of the document's date that holds position pos, or -1. */
function dateAt(pos: number): number {
  let lo = 0;
  let hi = documentDates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (documentDates[mid].span.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && documentDates[lo - 1].span.end > pos ? lo - 1 : -1;
}

export function assignSubjects(ctx: ExtractContext, metrics: Metric[], dates: readonly { span: Span }[] = []): void {
  documentDates = dates;
  const norm = ctx.norm;
  headlineBlanks = metrics.length > 0 && ctx.seg.paragraphs.length > 0 ? blanksBetweenHalves(norm, ctx.seg.paragraphs[0].end) : NO_BLANKS;
  let prevSentence = -1;
  let prevSubject: string | null = null;
  // 营业收入和归母净利润分别达669.26亿元和28.33亿元: one subject for each number, in order
  let list: string[] | null = null;
  let listIdx = 0;
  const sentences = ctx.seg.sentences;
  for (let k = 0; k < metrics.length; k++) {
    const m = metrics[k];
    const si = indexAt(sentences, m.span.start);
    if (si !== prevSentence) {
      prevSubject = null;
      list = null;
    }
    prevSentence = si;
    const prev = k > 0 ? metrics[k - 1] : null;
    // (the list pattern spans 1 to 3 characters: a longer or empty gap is never one)
    const gapLength = prev ? m.span.start - prev.span.end : 0;
    const gap = prev && gapLength >= 1 && gapLength <= 3 && indexAt(sentences, prev.span.end - 1) === si ? norm.slice(prev.span.end, m.span.start) : null;
    if (gap !== null && RE_LIST_GAP.test(gap)) {
      // …和28.33亿元: the next number of a list
      listIdx++;
      m.subject = list ? noFragment(list[listIdx] ?? null) : prevSubject;
      m.baseline = prev!.baseline;
      continue;
    }
    // 约合 4674.7 亿元人民币: a conversion measures what the number before it measured
    const c0 = norm.charCodeAt(m.span.start);
    const conversion = (c0 === C_YUE || c0 === C_ZHE || c0 === C_HE || c0 === C_XIANG) && RE_CONVERSION.test(norm.slice(m.span.start, m.span.start + 3));
    // (约合 524.75 亿元人民币 after a number with no subject: none, and the note's label (现汇率) is
    // no subject for the numbers after it)
    if (conversion && prevSubject === null) {
      m.subject = null;
      m.baseline = null;
      continue;
    }
    let r: SubjectResult = conversion ? { subject: prevSubject, baseline: null, inherit: false } : findSubject(ctx, metrics, k);
    // (马大为又努力了10年, 哪怕再寻找10年: an adverb and a verb say how long it lasts, no noun names it)
    if (m.kind === 'duration' && r.subject !== null && r.subject.length <= 4 && ADVERB_VERB.test(r.subject)) r = { subject: null, baseline: null, inherit: false };
    // (为近10个季度高位, 创去年7月以来半年最佳单日表现: a span of time that bounds a record measures nothing)
    if (m.kind === 'duration' && ((RECORD_AFTER_SPAN.lastIndex = m.span.end), RECORD_AFTER_SPAN.test(norm))) r = { subject: null, baseline: null, inherit: false };
    // (1年多时间增长了400多倍: the 时间 of the duration before is no subject; the change measures what that one did)
    if (r.subject === '时间' && prev !== null && prev.kind === 'duration' && norm.startsWith('时间', prev.span.end)) r = { subject: null, baseline: r.baseline, inherit: true };
    listIdx = 0;
    if (r.subject && fenbieIn(norm, Math.max(0, sentences[si].start, m.span.start - 40), m.span.start)) {
      const items = withSharedHead(
        RE_LIST_MARK.test(r.subject)
          ? r.subject.split(RE_LIST_MARK).map((x) => x.trim()).filter(Boolean)
          : (itemsBefore(ctx, sentences[si].start, m.span.start, r.subject, listLength(norm, metrics, k)) ?? []),
        ctx.text,
        Math.max(sentences[si].start, m.span.start - 120),
        m.span.start,
      );
      if (items.length > 1) {
        list = items;
        m.subject = noFragment(items[0]);
        m.baseline = r.baseline;
        prevSubject = m.subject;
        continue;
      }
    }
    if (r.subject === null && r.inherit && list) {
      m.subject = noFragment(list[0]);
      m.baseline = r.baseline;
      continue;
    }
    m.subject = labelled(norm, sentences[si].start, m.span.start, noFragment(r.subject ?? (r.inherit ? rankedClauseSubject(ctx, m.span.start) ?? prevSubject ?? previousClauseSubject(ctx, m.span.start) : null)));
    m.baseline = r.baseline;
    if (r.direction && m.approx === null) m.approx = r.direction;
    if (m.subject) {
      prevSubject = r.local === true ? null : m.subject;
      list = null;
    }
  }
  countsSharingNoun(ctx, metrics);
  shareBreakdownHead(ctx, metrics);
  shareOfGroup(ctx, metrics);
  matchRespectively(ctx, metrics);
}

/**
 * 分别拍下7宗、5宗宅地, 共有3个、5个和8个项目: counts with a measure word joined as a list share
 * the noun after the last of them.
 */
function countsSharingNoun(ctx: ExtractContext, metrics: Metric[]): void {
  const norm = ctx.norm;
  for (let k = 0; k + 1 < metrics.length; k++) {
    const first = metrics[k];
    if (first.kind !== 'count' || first.unit === null) continue;
    let last = k;
    while (last + 1 < metrics.length && metrics[last + 1].kind === 'count' && metrics[last + 1].unit === first.unit && listGapBetween(norm, metrics[last].span.end, metrics[last + 1].span.start)) last++;
    if (last === k) continue;
    // (not before a verb or an adverb: 5层和10层基本人去楼空, 十万台、百万台到目前)
    const at = metrics[last].span.end;
    const c = norm.charCodeAt(at);
    const noun = isHanCode(c) && VERB_FIRST_CODE[c] !== 1 && ADVERB_BEFORE_PREDICATE[c] !== 1 && !predicateAt(norm, at) && !startsWithVerb(norm, at) ? headNounAfter(ctx, at) : null;
    if (noun !== null && noun.length >= 2) for (let j = k; j <= last; j++) metrics[j].subject = noun;
    k = last;
  }
}
/** norm[a, b) joins two items of a list (、 和 与 及, one or two units). */
function listGapBetween(norm: string, a: number, b: number): boolean {
  return b - a >= 1 && b - a <= 2 && RE_LIST_GAP.test(norm.slice(a, b));
}

/**
 * 在已被裁员的开发者中，约48%表示…, 在受访的1000名消费者中，70%认识了…: a share opening a clause
 * after one that ends with 中 is a share of the group named there (开发者, 消费者), not of what
 * follows the number.
 */
/** What may stand between the comma after a group and its share (有45%, 约三分之二; 约 outside the number's text). */
const SHARE_LEAD = unitTable('有');
function shareOfGroup(ctx: ExtractContext, metrics: Metric[]): void {
  const norm = ctx.norm;
  for (let k = 0; k < metrics.length; k++) {
    const m = metrics[k];
    // (剩余履约义务中，有45%, 这笔巨资中，约三分之二: 有 or 约 may stand between the comma and the share)
    const s = m.span.start - (m.span.start > 0 && SHARE_LEAD[norm.charCodeAt(m.span.start - 1)] === 1 ? 1 : 0);
    // (not 超过78%的受访者: a share that names its group after 的)
    if ((m.unit !== '%' && m.kind !== 'fraction') || s < 4 || norm.charCodeAt(s - 1) !== C_COMMA_CLAUSE || norm.charCodeAt(s - 2) !== C_ZHONG || norm.charCodeAt(m.span.end) === C_DE) continue;
    // the clause before, back to its stop (within GROUP_CLAUSE units)
    let g = s - 2;
    const lowest = Math.max(0, s - 2 - GROUP_CLAUSE);
    while (g > lowest && GROUP_CLAUSE_STOP[norm.charCodeAt(g - 1)] !== 1) g--;
    if (g > 0 && GROUP_CLAUSE_STOP[norm.charCodeAt(g - 1)] !== 1) continue;
    if (norm.charCodeAt(g) === C_ZAI) g++;
    // (after a description ending in 的, and after a count of the group: 受访的1000名消费者)
    for (let j = s - 3; j >= g; j--) if (norm.charCodeAt(j) === C_DE) { g = j + 1; break; }
    if (k > 0 && metrics[k - 1].span.end > g && metrics[k - 1].span.end < s - 2) g = metrics[k - 1].span.end;
    if (s - 2 - g < 2 || !allHanCodes(norm, g, s - 2) || WORDS_IN_ZHONG.has(norm.slice(s - 3, s - 1))) continue;
    m.subject = ctx.text.slice(g, s - 2);
  }
}
const C_COMMA_CLAUSE = ','.charCodeAt(0);
/** What ends the clause before a share (a clause stop or a line break). */
const GROUP_CLAUSE_STOP = unitTable(CLAUSE_STOPS + '\n');
/** How far back the clause naming a share's group may start (…的开发者中，). */
const GROUP_CLAUSE = 30;

/**
 * 38人死亡（其中四川32人，云南6人）, 攀枝花市死亡5人（东区1人，西区2人）: counts in parentheses
 * that open right after a count (and the word it counts) break it down by place; each measures
 * what that count measures, not its place's label (but 男运动员58人 names a kind of it). Counts only: in 营收100亿元（其中海外30亿元）
 * the label does tell what is measured.
 */
function shareBreakdownHead(ctx: ExtractContext, metrics: Metric[]): void {
  const norm = ctx.norm;
  let head: Metric | null = null;
  let close = -1;
  for (let k = 1; k < metrics.length; k++) {
    const m = metrics[k];
    if (head !== null && m.span.start < close) {
      if (m.unit === head.unit) m.subject = breakdownItemSubject(m.subject, head.subject!);
      continue;
    }
    head = null;
    const h = metrics[k - 1];
    if (h.kind !== 'count' || h.subject === null || m.unit !== h.unit) continue;
    const limit = Math.min(m.span.start, h.span.end + BREAKDOWN_OPEN_WITHIN);
    let open = h.span.end;
    // (in the count's paragraph: a window in units would reach further in an LF text than in its CRLF twin)
    while (open < limit && norm.charCodeAt(open) !== C_OPEN_PAREN && CLAUSE_STOP[norm.charCodeAt(open)] !== 1 && norm.charCodeAt(open) !== 0x0a) open++;
    if (open >= limit || norm.charCodeAt(open) !== C_OPEN_PAREN) continue;
    // (its closing parenthesis within a short breakdown's length: an indexOf would search on to the text's end;
    // and in its paragraph: a parenthesis left open is no breakdown of the next one's numbers)
    let shut = open + 1;
    const shutLimit = Math.min(norm.length, open + BREAKDOWN_LENGTH);
    while (shut < shutLimit && norm.charCodeAt(shut) !== C_CLOSE_PAREN && norm.charCodeAt(shut) !== C_OPEN_PAREN && norm.charCodeAt(shut) !== 0x0a) shut++;
    if (shut >= shutLimit || norm.charCodeAt(shut) !== C_CLOSE_PAREN || shut < m.span.end) continue;
    head = h;
    close = shut;
    m.subject = breakdownItemSubject(m.subject, h.subject);
  }
}
/** An item's own subject where it names a kind of what the head counts (运动员126人（男运动员58人）, 248亿次激活（含141亿次付费激活）), else the head's. */
function breakdownItemSubject(own: string | null, head: string): string {
  return own !== null && own.length > head.length && own.endsWith(head) && !own.includes('(') ? own : head;
}
/** A breakdown's parenthesis opens within this many units after its count (38人死亡（) and is at most this long. */
const BREAKDOWN_OPEN_WITHIN = 7;
const BREAKDOWN_LENGTH = 120;

/** The noun of a quoted label after its number at `end` (2 to 8 Han characters up to the closing mark; not 之省, not a verb: 买一整端, nor a clause), or null. */
function quotedLabelNoun(ctx: ExtractContext, end: number): string | null {
  const norm = ctx.norm;
  let a = end;
  while (a < norm.length && a - end < 2 && norm.charCodeAt(a) === 0x20) a++;
  const k = hanEnd(norm, a, 9);
  if (k - a < 2 || k - a > 8 || k >= norm.length || norm.charCodeAt(k) !== C_CLOSE_QUOTE || norm.charCodeAt(a) === C_ZHI_OF || startsWithVerb(norm, a) || someCodeIn(norm, NOT_IN_LABEL, a, k)) return null;
  return ctx.text.slice(a, k);
}
const C_ZHI_OF = '之'.charCodeAt(0);
/** A negation or a preposition makes the label a clause, no noun (两个月从零到走起来). */
const NOT_IN_LABEL = unitTable('不从到');
/** Words for people an age may open with no 的 between (subject-age-people.txt: 12岁以下儿童, 60岁以上老年人). */
const PEOPLE_AFTER_AGE = new RegExp(`(?:${alternation(loadList(new URL('./subject-age-people.txt', import.meta.url)))})`, 'y');
/** Where the person an age describes ends, a verb or an adverb starting there (李玉说, 王先生专程从台中). */
const AGE_PERSON_END = /说|称|表示|告诉|介绍|专程|特意|特地|从(?![业事])|来自|正|一直/;
/** A measure (subject-measure-nouns.txt: 面积, 价格, 效率 …) at the end of the words before a number, a verb of reaching after it. */
const MEASURE_ROWS = loadRows(new URL('./subject-measure-nouns.txt', import.meta.url));
const MEASURE_BEFORE = new RegExp(`(${alternation(MEASURE_ROWS.map((r) => r[0]))})(?:达到|达|为|约|超过|超|近|可达)?$`);
/** The measures that are rates (subject-measure-nouns.txt's `rate`): a share before 的 is their value. */
const RATE_MEASURES = new Set(MEASURE_ROWS.filter((r) => r[1] === 'rate').map((r) => r[0]));
/** Measures that say nothing of whose they are (营收, 销量, 占比): a label before them names it. */
const GENERIC_MEASURE = /^(?:营收|收入|营业收入|总营收|销量|销售额|利润|净利润|营业利润|毛利率|出货量|产量|占比|份额|市场份额|增速|规模|均价)$/;
const LABEL_BREAK = unitTable(',。;!?:()“”《》');
/**
 * iPhone：营收 852.69 亿美元: a generic measure right after a label and its colon, the label
 * opening the sentence (at most 16 units, no clause mark), is the label's: iPhone营收.
 */
function labelled(norm: string, sentenceStart: number, at: number, subject: string | null): string | null {
  if (subject === null || subject.length > 4 || !GENERIC_MEASURE.test(subject)) return subject;
  const idx = norm.lastIndexOf(subject, at);
  if (idx <= sentenceStart + 1) return subject;
  let c = idx - 1;
  while (c > sentenceStart && norm.charCodeAt(c) === 0x20) c--;
  if (norm.charCodeAt(c) !== 0x3a || c - sentenceStart > 16 || someCodeIn(norm, LABEL_BREAK, sentenceStart, c)) return subject;
  const label = norm.slice(sentenceStart, c).trim();
  return label.length === 0 || /\d/.test(label) || SPEECH_END.test(label) ? subject : label + subject;
}

/**
 * 游客3.23亿人次，旅游花费3700亿元，同比分别增长8%、8.4%: the numbers of a list after a clause of
 * 分别 measure, in order, what the numbers right before that clause in the sentence measured.
 */
function matchRespectively(ctx: ExtractContext, metrics: Metric[]): void {
  const norm = ctx.norm;
  const sentences = ctx.seg.sentences;
  for (let k = 1; k < metrics.length; k++) {
    // (most pairs of numbers have no 分别 between them: found without a slice)
    const a = metrics[k - 1].span.end;
    const b = metrics[k].span.start;
    if (b - a > 16 || b - a < 3 || !fenbieIn(norm, a, b) || !RESPECTIVELY_CLAUSE.test(norm.slice(a, b))) continue;
    const n = listLength(norm, metrics, k);
    if (n < 2 || k - n < 0) continue;
    const si = indexAt(sentences, metrics[k].span.start);
    const refs = metrics.slice(k - n, k);
    if (indexAt(sentences, refs[0].span.start) !== si || refs.some((r) => r.subject === null)) continue;
    for (let i = 0; i < n; i++) metrics[k + i].subject = refs[i].subject;
    k += n - 1;
  }
}
const C_FEN = '分'.charCodeAt(0);
const C_BIE = '别'.charCodeAt(0);
/** 分别 lies within norm[from, to): a look at those characters only, no slice and no search to the text's end. */
function fenbieIn(norm: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (norm.charCodeAt(i) === C_FEN && norm.charCodeAt(i + 1) === C_BIE) return true;
  return false;
}
/** The clause between the last number a list refers to and the list: ，同比分别增长 */
const RESPECTIVELY_CLAUSE = /^\s*[,;]\s*(?:同比|环比|较上年|比上年)?分别[^,。;\d]{0,8}$/;

/**
 * 村集体收入、村民收入增长平均分别达到103%、32%: the subject found is the list's last item; the
 * items before it in its clause (joined by 、 和 与 及) make the whole list, each cleaned as a
 * subject is; null where none stands before it or the items do not match the numbers.
 */
function itemsBefore(ctx: ExtractContext, from: number, to: number, subject: string, count: number): string[] | null {
  const norm = ctx.norm;
  const at = norm.lastIndexOf(subject, to);
  // (增速分别高于同期基础设施、制造业: a list after 分别 is no list of what is measured)
  if (at <= from || LIST_JOINER[norm.charCodeAt(at - 1)] !== 1 || norm.lastIndexOf('分别', to) < at) return null;
  let clause = at - 1;
  while (clause > from && ITEM_BEFORE[norm.charCodeAt(clause - 1)] !== 1 && at - clause < 60) clause--;
  // (生物化学农药及微生物农药制造、文化用信息化学品制造: where joining at every joiner gives more
  // items than numbers, only 、 separates them)
  for (const joiners of [LIST_JOINER, DUN_ONLY]) {
    const items: string[] = [];
    let start = clause;
    let ok = true;
    for (let k = clause; k < at && ok; k++) {
      if (joiners[norm.charCodeAt(k)] !== 1) continue;
      const item = k > start ? clean(ctx.text, start, norm.slice(start, k)) : null;
      // (国家一、二级保护鸟类: numbers sharing one noun, no list of nouns)
      if (item === null || NUMERAL_FIRST[item.charCodeAt(item.length - 1)] === 1) ok = false;
      else items.push(item);
      start = k + 1;
    }
    if (ok && items.length > 0 && items.length + 1 === count) return [...items, subject];
  }
  return null;
}
const DUN_ONLY = unitTable('、');
/**
 * 铁路、公路、水路、民航货运量, 内、外贸吞吐量, 中、小型企业PMI: items of one or two Han characters
 * joined by 、 before a longer last one share its head (the last item past that length): 铁路货运量,
 * 内贸吞吐量. Not lists joined by 和 与 及 (研究和试验发展投资 is one item), nor items of other
 * lengths (锂电池、电动汽车出口: where the last item's own word ends is unknown).
 */
function withSharedHead(items: string[], text: string, from: number, to: number): string[] {
  const n = items.length;
  if (n < 2) return items;
  const last = items[n - 1];
  const len = items[0].length;
  // (joined so in the words before the number: a window of at most 120 units, sliced only here)
  const words = text.slice(from, to);
  const joined = (joins: readonly string[]) => items.every((x, k) => k === n - 1 || joins.some((j) => words.includes(x + j + items[k + 1])));
  // 钢材、水泥产量: the rest of the last item after as many characters as the others have, where
  // they are one or two characters each, joined by 、 (商品及金融衍生品类 is no 商品衍生品类)
  if (len <= 2 && last.length > len + 1 && allHanCodes(last, 0, last.length) && items.every((x, k) => k === n - 1 || x.length === len) && joined(['、'])) {
    const head = last.slice(len);
    return items.map((x, k) => (k < n - 1 ? x + head : x));
  }
  // 民用无人机、工业机器人产量, 汽车和手机产量: a head noun of lists that ends the last item and is in no other
  const m = LIST_HEAD_END.exec(last);
  if (m === null || m[0].length >= last.length || items.some((x, k) => k < n - 1 && LIST_HEAD_IN.test(x)) || !joined(LIST_MARKS)) return items;
  return items.map((x, k) => (k < n - 1 ? x + m[0] : x));
}
/** Nouns that end a list's last item and stand for each item (subject-list-heads.txt); an item that holds one has its own. */
const LIST_HEADS = alternation(loadList(new URL('./subject-list-heads.txt', import.meta.url)));
const LIST_HEAD_END = new RegExp(`(?:${LIST_HEADS})$`);
const LIST_HEAD_IN = new RegExp(LIST_HEADS);
/** How many numbers make the list that starts with metrics[k] (…分别增长20%和25%: 2). */
function listLength(norm: string, metrics: Metric[], k: number): number {
  let n = 1;
  while (k + n < metrics.length && RE_LIST_GAP.test(norm.slice(metrics[k + n - 1].span.end, metrics[k + n].span.start))) n++;
  return n;
}
/** Where the clause of a list starts: after these. */
const ITEM_BEFORE = unitTable(',;:。');

/** A keep word of subject-trim.txt starts at s (其他企业: no prefix 其 to trim). */
function keptWordAt(norm: string, s: number): boolean {
  for (let k = 0; k < KEEP_WORDS.length; k++) if (norm.startsWith(KEEP_WORDS[k], s)) return true;
  return false;
}

/** One character is a subject only where it is a noun (车, 村); else it is a fragment (同, 从, 涨): none, rather than a guess. */
function noFragment(subject: string | null): string | null {
  // (the subject is cut from the original text: its one character normalized first, 氣 as 气)
  return subject !== null && subject.length === 1 && SINGLE_NOUN[normalizedUnit(subject.charCodeAt(0))] !== 1 ? null : subject;
}

interface SubjectResult {
  subject: string | null;
  baseline: string | null;
  inherit: boolean;
  direction?: 'more' | 'less' | 'about' | null;
  /** The subject holds for this number only: the numbers after it in the sentence do not take it. */
  local?: boolean;
}

const PASSED_BEFORE = /(?:过去了?|未来) ?$/;

function findSubject(ctx: ExtractContext, metrics: Metric[], k: number): SubjectResult {
  const m = metrics[k];
  const norm = ctx.norm;
  const start = m.span.start;
  const end = m.span.end;
  // 过去五年, 仅过去了302个交易日, 未来10年: the time that has passed or is to come frames the
  // clause, it measures nothing named (but 过去8年的净利润 measures what follows 的)
  // (but 未来五年战略愿景: an event right after the span is what it measures)
  if (m.kind === 'duration' && norm.charCodeAt(end) !== C_DE && PASSED_BEFORE.test(norm.slice(Math.max(0, start - 4), start)) && !eventNounAt(ctx, end)) return { subject: null, baseline: null, inherit: false };
  // 这两年, 在这十多年间, 过了这两天: a span pointed at by 这 or 那 is a time the clause happens in, it measures nothing
  if (m.kind === 'duration' && start > 0 && (norm.charCodeAt(start - 1) === C_ZHE_THIS || norm.charCodeAt(start - 1) === C_NA_THAT)) return { subject: null, baseline: null, inherit: false };
  // 12岁以下儿童票量, 13-18岁青少年: an age names the people right after it, not the noun they open
  if (m.kind === 'age') {
    PEOPLE_AFTER_AGE.lastIndex = end;
    const people = PEOPLE_AFTER_AGE.exec(norm);
    if (people !== null) return { subject: ctx.text.slice(end, end + people[0].length), baseline: null, inherit: false, local: true };
  }
  // “15分钟文化圈”, “2.5天弹性休假”: a number opening a quoted label measures the label's noun
  // (not an age, which is a person's: “12岁退役”)
  if (start > 0 && norm.charCodeAt(start - 1) === C_OPEN_QUOTE && m.kind !== 'age') {
    const label = quotedLabelNoun(ctx, end);
    if (label !== null) return { subject: label, baseline: null, inherit: false, local: true };
  }
  const clauses = ctx.seg.clauses;
  const ci = indexAt(clauses, start);
  let from = ci >= 0 ? clauses[ci].start : Math.max(0, start - 40);
  if (start - from > 60) from = start - 60;
  // (新疆打造发展“绿色底座” 新能源装机占比达64%: a blank between a headline's halves ends a clause)
  // (the document's such blanks, found once: most clauses hold none)
  const blank = lastBlankBefore(start - 1);
  if (blank > from) from = blank + 1;
  const clauseFrom = from;
  let frame = -1; // the index of a span of time right before (…拥有量五年间增长超75%)
  // another number earlier in the clause: what we look for lies after it
  for (let j = k - 1; j >= 0 && metrics[j].span.end > from; j--) {
    // (融资目标翻倍至200亿美元: a multiple in words is the verb of the change, no number in the way)
    if (metrics[j].span.end <= start && norm.charCodeAt(metrics[j].span.start) === C_FAN_TURN) continue;
    if (metrics[j].span.end <= start) {
      from = metrics[j].span.end;
      if (metrics[j].kind === 'duration' && DURATION_END[norm.charCodeAt(from)] === 1) frame = j;
      // (1年内的存货: the time word that ends a span is no part of what follows)
      if (metrics[j].kind === 'duration') while (from < start && DURATION_END[norm.charCodeAt(from)] === 1) from++;
      break;
    }
  }

  // 1. after the number: 100多名学生, 超3亿千瓦的公共充电容量
  const isCount = m.kind === 'count';
  let beforeEnd = start; // as .replace(/\s+$/, '') on the slice: without its trailing \s characters
  while (beforeEnd > from && JS_SPACE[norm.charCodeAt(beforeEnd - 1)] === 1) beforeEnd--;
  const before = norm.slice(from, beforeEnd);
  // 雕塑长5米、高3米: a dimension alone before a length is what it measures, of what the length before
  // it measured (雕塑长 → 雕塑高; not before 的: 一幅长18米、高8米的天安门墙绘 measures the noun after it)
  if (norm.charCodeAt(end) !== C_DE && before.length <= 2 && before.length > 0 && DIMENSION[before.charCodeAt(before.length - 1)] === 1 && (before.length === 1 || before.charCodeAt(0) === C_DUN) && m.unit !== null && LENGTH_UNITS.has(m.unit)) {
    const prev = k > 0 && metrics[k - 1].span.end === from ? metrics[k - 1].subject : null;
    const owner = prev !== null && prev.length > 1 && DIMENSION[prev.charCodeAt(prev.length - 1)] === 1 ? prev.slice(0, -1) : '';
    return { subject: owner + ctx.text.slice(beforeEnd - 1, beforeEnd), baseline: null, inherit: false, local: true };
  }
  let e = end;
  while (norm.charCodeAt(e) === 0x20 && e < end + 2) e++;
  // 2375.53 亿新台币（IT之家注：现汇率约合…）营业收入: a note in parentheses between an amount
  // and its noun is passed over
  if (m.unit !== null && norm.charCodeAt(e) === C_OPEN_PAREN) e = afterNote(norm, e);
  // (1700多米长的猫道: a length with its dimension before 的 measures the noun after it)
  const dimensioned = m.kind === 'amount' && DIMENSION[norm.charCodeAt(e)] === 1 && norm.charCodeAt(e + 1) === C_DE;
  if (dimensioned) e++;
  const de = norm.charCodeAt(e) === C_DE;
  // last: the noun right after a number with a unit and no verb there (3亿元资金), tested only
  // where the tests before it fail (it is pure: startsWithVerb is called less); de is false
  // there, and isCount too wherever m.unit !== null (a count with a unit passed before)
  // (VERB_FIRST by code: NaN past the end is in no table, as undefined was in no set)
  // (the number's text is read where needed: norm[start] is its first character)
  // (a duration measures the noun after it only as the object of some verbs: 设立5年过渡期, 采集10万小时数据; not 实施二十周年)
  // (7.52万元/吨的价格, 100美元/盎司大幅上调: after a rate, 的 or an adverb leads to no noun it
  // measures; 7.12元/股非公开发行 is the issue's price; but 以414.24元/股的均价减持: a price named after 的 is it)
  const nothingAfterRate = m.unit !== null && m.unit.includes('/') && (de || RATE_NOT_BEFORE.test(norm.slice(e, e + 2)));
  // (not where a price is named before: 碳酸锂价格以7.52万元/吨的价格低迷开年)
  if (nothingAfterRate && de && !PRICE_BEFORE_YI.test(before)) {
    const price = PRICE_AFTER_DE.exec(norm.slice(e + 1, e + 5));
    if (price !== null) return { subject: ctx.text.slice(e + 1, e + 1 + price[0].length), baseline: null, inherit: false, local: true };
  }
  // (距今约4500至3600年: years back from now date something, they measure nothing named)
  if (m.kind === 'duration' && AGO_END.test(before)) return { subject: null, baseline: null, inherit: false };
  // (登上距离火场50米外的楼顶, 距首都洛美以北160公里的高原区: a length after 距离 X is the distance from X)
  if (m.unit !== null && LENGTH_UNITS.has(m.unit) && before.length >= 3) {
    const d = DISTANCE_FROM_END.exec(before);
    // (only where nothing measured stands before it: 登上距离火场, 在距离游乐园; 震中距离浙江 keeps 震中)
    if (d !== null && (d.index === 0 || PLACE_LEAD_END[before.charCodeAt(d.index - 1)] === 1)) return { subject: ctx.text.slice(from + d.index, from + d.index + d[1].length), baseline: null, inherit: false, local: true };
  }
  const interval = intervalOrTally(ctx, m, before, isCount);
  if (interval !== null) return interval;
  // 大众在短短不到两个月内, 在购票支付成功30分钟内, 在开车前4小时: a span framing the clause measures nothing named
  if (m.kind === 'duration' && ((e < norm.length && WITHIN_AFTER[norm.charCodeAt(e)] === 1 && WITHIN_BEFORE.test(before)) || BEFORE_EVENT.test(before))) return { subject: null, baseline: null, inherit: false };
  if (!nothingAfterRate && (de || (isCount && m.unit !== null) || (m.kind === 'duration' && m.unit !== '周年' && DURATION_TAIL[norm.charCodeAt(e)] !== 1 && ((before.length > 1 && DURATION_OBJECT.test(before)) || eventNounAt(ctx, e))) || (isCount && m.unit === null && (norm.charCodeAt(end - 1) === C_DA || RE_WAN_YI.test(norm.slice(start, end)))) || ((m.unit !== null || (m.kind === 'fraction' && fractionOfPeople(ctx, e))) && m.kind !== 'duration' && m.kind !== 'age' && m.unit !== '倍' && (VERB_FIRST_CODE[norm.charCodeAt(e)] !== 1 || notVerbPair(norm, e)) && !startsWithVerb(norm, e)))) {
    // (most numbers are followed by a stop, a digit or a space: no phrase starts there and
    // nounAfter would find an empty one, null; tested here, no call)
    // (26兆瓦级海上风电机组: after 级 stands what is rated)
    const rated = !de && m.unit !== null && norm.charCodeAt(e) === C_JI_LEVEL;
    let nounAt = de || rated ? e + 1 : e;
    // (2500 亿美元的 Azure 云服务: a blank after 的 in text spaced around Latin words and numbers)
    if (de && norm.charCodeAt(nounAt) === 0x20 && nounAt + 1 < norm.length && norm.charCodeAt(nounAt + 1) !== 0x20) nounAt++;
    // (2 亿像素 1/1.4 英寸主摄: two specs in a row measure the noun after the second)
    if (!de && m.kind === 'amount' && m.unit !== null && k + 1 < metrics.length && metrics[k + 1].span.start === nounAt && metrics[k + 1].kind === 'amount' && metrics[k + 1].unit !== null) {
      nounAt = metrics[k + 1].span.end;
      if (norm.charCodeAt(nounAt) === 0x20) nounAt++;
    }
    // (其余4人均情况稳定, 7000点仅耗时: an adverb after the number opens its predicate; the
    // number is the clause's subject, measuring nothing but its unit)
    // (其余61.2%都会: a share still measures what the sentence named before; 未来 is no adverb)
    // (杰弗里斯等三人尚未: but the members listed before 等 are what is counted, below)
    if (!de && nounAt < norm.length && ADVERB_ONLY[norm.charCodeAt(nounAt)] === 1 && !norm.startsWith('未来', nounAt) && !listedBefore(before)) return { subject: null, baseline: null, inherit: m.kind === 'percent' };
    // (另有 30% 表示不确定, 27% 认为: a verb of saying after a share opens its predicate too)
    if (!de && (m.kind === 'percent' || m.kind === 'fraction') && SAY_AFTER_SHARE.test(norm.slice(nounAt, nounAt + 3))) return { subject: null, baseline: null, inherit: true };
    // (6人当场死亡, 3人送院抢救无效身亡: an adverb of the predicate right after a count, as above;
    // without one the predicate is what the count tallies, 3人死亡 → 死亡)
    // (3人送院抢救无效身亡, 1人当场死亡: a tally verb ending that predicate is what the count tallies)
    if (!de && isCount && COUNT_PREDICATE_FIRST[norm.charCodeAt(nounAt)] === 1 && ((COUNT_PREDICATE_AT.lastIndex = nounAt), COUNT_PREDICATE_AT.test(norm))) {
      TALLY_VERB_AHEAD.lastIndex = nounAt;
      const tally = TALLY_VERB_AHEAD.exec(norm);
      return { subject: tally === null ? null : ctx.text.slice(nounAt + tally[0].length - tally[1].length, nounAt + tally[0].length), baseline: null, inherit: false };
    }
    // (三成五年内完工: another number starting there opens no noun)
    let found = (NOUN_START[norm.charCodeAt(nounAt)] === 1 || nounWithBeiAt(norm, nounAt) > 0) && !(k + 1 < metrics.length && metrics[k + 1].span.start === nounAt && metrics[k + 1].kind === 'duration') ? headNounAfter(ctx, nounAt) : null;
    // (超 1/4 游戏开发者近两年遭解雇: the noun ends where the next number starts)
    // (两只基金过去三年的收益率, 游戏开发者近两年: a word of time opening the next number's phrase is no part of the noun)
    if (found !== null && k + 1 < metrics.length && metrics[k + 1].span.start < nounAt + found.length && metrics[k + 1].span.start - nounAt >= 2) {
      found = found.slice(0, metrics[k + 1].span.start - nounAt);
      const time = TIME_BEFORE_NEXT.exec(found);
      if (time !== null && time.index >= 2) found = found.slice(0, time.index);
    }
    // (从1.2亿元大幅增加至, 数亿甚至数十亿人: an adverb trimmed before a verb is no noun; tested on the
    // normalized text, as found is cut from the original: 環比 is 环比)
    if (found !== null && found.length <= MAX_TRIM_WORD && SUFFIX_SET.has(norm.slice(nounAt, nounAt + found.length))) found = null;
    // (售价4499元起: a lone 起 after the number says "from", it names nothing)
    else if (found !== null && found.length === 1 && norm.charCodeAt(nounAt) === C_QI_FROM) found = null;
    const noun = found !== null && found.length >= 3 ? withinFrame(norm, nounAt, found, before) : found;
    // (found and noun are cut from the original text, from nounAt on: the word lists are tested on
    // their normalized twins, as 大關 is 大关)
    const nounNorm = noun === null ? null : norm.slice(nounAt, nounAt + noun.length);
    // (the tests are pure: the character test and the length run before the regex over 'before' now)
    // (为期约10天的绕月飞行: after a verb of a span of time the noun after 的 is what lasts)
    // (这张面额为500美元的支票, 市值为100亿元的公司: after a noun and the copula 为, the number is that
    // noun's value, and the clause in 的 describes the noun after it)
    // (我国目前约98%的高校: a share before 的 is of the noun after it)
    // (but 其约140吨的黄金储备, 与超过5000亿美元的ETF市场: no noun before, or a preposition right before)
    const preferBefore = (de && !isCount && m.kind !== 'percent' && !dimensioned && APPROX_FIRST_CODE[norm.charCodeAt(start)] === 1 && before.length > 0 && PREPOSITION_END[before.charCodeAt(before.length - 1)] !== 1 && !TRANSITIVE.test(before) && !(m.kind === 'duration' && SPAN_VERB_END.test(before)) && clean(ctx.text, from, before) !== null) || (de && before.length >= 3 && copulaEnds(before));
    // (11人减至5人: a verb after a count with a unit is no noun, unless a modifier in 的 stands before
    // the number (公布的10起查处“生鲜灯”典型案例; not where a change starts: 由2020年的约180家增长到);
    // the last branch of the test above asked already)
    // (在相距不到两公里的地方: a place after 的 frames the number, which measures nothing named)
    if (nounNorm && de && PLACE_NOUN.test(nounNorm)) return { subject: null, baseline: null, inherit: false };
    const counted = countedNounRule(ctx, m, noun, nounAt, de, isCount, rated, before, from);
    if (counted !== null) return counted;
    if (noun && nounNorm && !(de && NOT_SUBJECT_NOUN.test(nounNorm)) && !FRAME_NOUN.test(norm.slice(nounAt, nounAt + found!.length)) && !NEGATED_PREDICATE.test(nounNorm) && m.unit !== '倍' && !preferBefore && (de || !isCount || (before.length > 0 && before.charCodeAt(before.length - 1) === C_DE && startOfChange(norm, from - 1, beforeEnd) < 0) || !startsWithVerb(norm, nounAt))) {
      // (开设了面积100多平方米的营业网点: a physical measure named right before the amount is what
      // it measures; 载重60公斤的农用无人机…不到3分钟就转运下山: the numbers after it do not take it)
      // (最高系统效率96%的…电驱总成, 单件销售价格不超过6000元的数码产品: a price, a rate or a value the same)
      const measure = de && (m.kind === 'amount' || m.kind === 'money' || m.kind === 'percent') ? MEASURE_BEFORE.exec(before) : null;
      if (measure !== null && (m.kind !== 'percent' || RATE_MEASURES.has(measure[1]))) return { subject: measure[1], baseline: null, inherit: false, local: true };
      // (27岁的兰州市市民李玉说, 25岁的王先生专程从台中前来: an age's person ends before the verb)
      const personEnd = m.kind === 'age' ? AGE_PERSON_END.exec(noun) : null;
      return { subject: personEnd !== null && personEnd.index >= 2 ? noun.slice(0, personEnd.index) : noun, baseline: null, inherit: false };
    }
  }

  // 将最新一轮融资目标从 100 亿美元提高至…: the number where a change starts measures what
  // stands before 从/由 (the object of 将 there)
  // (the length first: a read before an empty string's start, charCodeAt(-1), costs findSubject
  // ~50 M instructions a warm pass, as the README's speed rounds found for norm)
  const change = before.length >= 3 && FROM_CHAR[before.charCodeAt(before.length - 1)] === 1 ? startOfChange(before, 0, before.length) : -1;
  // (not after a copula or an opening mark: 纪录是从, “从0到1”)
  if (change > 0 && change === before.length - 1 && isHanCode(before.charCodeAt(change - 1)) && NOT_BEFORE_FROM[before.charCodeAt(change - 1)] !== 1) {
    const objectStart = Math.max(0, jiangObject(before, change, 2));
    // (就实现了产值从300万元: 产值)
    const s = cleanAfterLead(ctx.text, from + objectStart, before.slice(objectStart, change), null);
    if (s) return { subject: s, baseline: null, inherit: false };
  }

  // 营收（813亿美元）
  if (before.length > 0 && before.charCodeAt(before.length - 1) === 0x28) {
    // (as /\($/: a '(' last)
    const inner = before.slice(0, -1);
    const cut = Math.max(inner.lastIndexOf(')'), inner.lastIndexOf('和'), inner.lastIndexOf('与'), inner.lastIndexOf('、'));
    const s = clean(ctx.text, from + cut + 1, inner.slice(cut + 1));
    return { subject: s, baseline: null, inherit: s === null };
  }

  // 2. the verb nearest before the number
  let verbAt = -1;
  let verb = '';
  const lowest = Math.max(0, before.length - 16);
  for (let p = lastVerbStart(before, before.length - 1, lowest); p >= 0; p = lastVerbStart(before, p - 1, lowest)) {
    // the longest verb at p (as slicing lengths MAX_VERB…1 and looking each up did), a one-character one unless inside a NOT_VERB word
    const list = VERBS_BY_FIRST[VERB_SLOT[before.charCodeAt(p)]]!;
    for (let k = 0; k < list.length; k++) {
      const w = list[k];
      // (an `adjacent` verb only right before the number: 沪指报4117.95点, not 报关单)
      if (!before.startsWith(w, p)) continue;
      // a word of two characters or more after 的 is a noun, and no verb starts in it (对经济增长的贡献超四成,
      // 纯电车型的占比将超过; not 有 of 支持…的有10人)
      if (w.length > 1 && p > 0 && before.charCodeAt(p - 1) === C_DE) break;
      // a verb made a noun by what follows it is no verb either (集中安置点812个, 增长率)
      if (w.length > 1 && p + w.length < before.length && VERB_NOUN_END[before.charCodeAt(p + w.length)] === 1) break;
      if (inNotVerbWord(before, p, w)) continue;
      if (!(w.length === 1 && (notVerbPair(before, p - 1) || notVerbPair(norm, from + p) || (ADJACENT_VERB[w.charCodeAt(0)] === 1 && p + 1 !== before.length)))) {
        verbAt = p;
        verb = w;
        break;
      }
    }
    if (verbAt >= 0) break;
  }
  if (verbAt >= 0) {
    // the longest verb that ends where this one ends: 同比增长, not 增长
    const vEnd = verbAt + verb.length;
    for (let L = MAX_VERB; L > verb.length; L--) {
      if (vEnd - L < 0 || VERB_START[before.charCodeAt(vEnd - L)] === 0) continue; // (tested before the slice now: a word whose first character starts no verb is no verb)
      const w = before.slice(vEnd - L, vEnd);
      if (VERB_SET.has(w)) {
        verbAt = vEnd - L;
        verb = w;
        break;
      }
    }
  }
  // 占其持有公司股份数的51.11%: a share's whole may hold a verb of its own (持有); 占 before it,
  // with the whole ending in 的 at the number, is the clause's verb
  if (verbAt > 0 && !SHARE_VERB.has(verb) && before.charCodeAt(before.length - 1) === C_DE) {
    const zhan = before.lastIndexOf('占', verbAt - 1);
    if (zhan >= lowest && !NOT_SHARE_AFTER_ZHAN.includes(before[zhan + 1])) {
      verbAt = zhan;
      verb = '占';
    }
  }
  let baseline: string | null = null;
  if (verbAt >= 0) {
    const bStart = verbAt + verb.length;
    const between = before.slice(bStart);
    const bm = between.length >= 2 && between.charCodeAt(between.length - 1) === C_DE ? RE_BASELINE_DE.exec(between) : null; // (it can match only there)
    if (bm && m.unit === '倍') {
      baseline = cleanBaseline(ctx, from + bStart, from + bStart + bm[1].length);
    } else if (SHARE_VERB.has(verb) && between.length > 0) {
      // 经济总量却能占全市约1/4: after 占 stands the whole, the baseline; the subject is before 占
      baseline = cleanBaseline(ctx, from + bStart, from + bStart + between.length, true);
    } else if (between.length > 0 && !RE_LINK_ONLY.test(between) && !bm && between[0] !== '每' && !isMoneyName(between) && !(verb.endsWith('为') && SIGN_ONLY.test(between) && !TIME_BEFORE_SIGN.test(before.slice(Math.max(0, verbAt - 3), verbAt))) && !(OUTLOOK_VERBS.has(verb) && RESULT_ONLY.test(between) && clean(ctx.text, from, before.slice(0, verbAt)) !== null)) {
      // 东区有新能源汽车200多辆: the noun between the verb and the number (not a verb of result
      // after a noun: 净利润预计亏损约820亿元; but 公司预计亏损1200万元 → 亏损)
      const s = clean(ctx.text, from + bStart, between);
      if (s) return { subject: s, baseline: null, inherit: false };
    }
    // (刘世兵判处二十五年: after a verb of sentencing only the penalty between it and the number is named)
    if (SENTENCE_VERB.has(verb)) return { subject: null, baseline: null, inherit: false };
    let rawEnd = verbAt;
    let rawNorm = before.slice(0, rawEnd);
    // 较上年增长12%: the baseline follows 较/比
    // (a match ends at the end and is at most 3 + 12 long: it starts in the last 15
    // characters; the pattern looks at nothing before its start, so the search from there,
    // lastIndex of the global copy, finds the same match with no scan of the rest)
    RE_COMPARE_TAIL.lastIndex = Math.max(0, rawEnd - COMPARE_MAX);
    const cmp = RE_COMPARE_TAIL.exec(rawNorm);
    if (cmp) {
      // (同比大幅增长: after 同比/环比 stand adverbs; the baseline, the same period before, is unnamed)
      if (baseline === null && cmp[1] !== '同比' && cmp[1] !== '环比') baseline = cleanBaseline(ctx, from + cmp.index + cmp[1].length, from + rawEnd);
      rawEnd = cmp.index;
      rawNorm = rawNorm.slice(0, rawEnd);
    } else if (COMPARE_HEAD.test(rawNorm)) {
      // (比天文学家用超新星观测的结果高出40倍, 较全球平均水平（107.5 部 / 百人）高出: a baseline too
      // long for the tail's reach opens the clause; what is compared is the sentence's)
      rawEnd = 0;
      rawNorm = '';
    }
    const obj = objectOfJiang(rawNorm, verb);
    // (需求驱动数据中心收入同比激增: after a lead verb inside, its object is what changed)
    // (not a verb that makes a term with its object: 重点项目完成投资额, 申请办理台胞证人次)
    let s = obj >= 0 ? (clean(ctx.text, from + obj, rawNorm.slice(obj)) ?? clean(ctx.text, from, rawNorm)) : cleanAfterLead(ctx.text, from, rawNorm, TERM_VERB);
    // 万人高价值发明专利拥有量五年间增长超75%: with nothing between a span of time and the verb,
    // what changed stands before the span
    if (s === null && frame >= 0 && rawNorm.length <= 1) s = subjectBeforeFrame(ctx, metrics, frame, clauseFrom);
    // 超过其去年收入规模的 100 倍: the verb says which way the number errs; 约为全球平均水平的1.6倍:
    // 约 before the verb makes the multiple approximate
    const direction = baseline === null ? null : RE_MORE.test(verb) ? 'more' : RE_LESS.test(verb) ? 'less' : (verbAt > 0 && before.charCodeAt(verbAt - 1) === C_YUE) || verb.charCodeAt(0) === C_YUE ? 'about' : null;
    // (12个班次，历时4个月: a span of time with nothing named before it inherits nothing; 耗时近一周才能完成,
    // 用时两天: where the clause opens with the verb, the time it takes is what the span measures)
    if (s === null && rawNorm.length === 0 && TIME_TAKEN_VERB.has(verb)) s = ctx.text.slice(from + verbAt, from + verbAt + verb.length);
    return { subject: s, baseline, inherit: s === null && !SPAN_VERB_END.test(verb), direction };
  }

  // 续航：7400mAh, 价格：100元: the label before a colon that opens the clause. (from > 0 first:
  // norm.charCodeAt(-1), a read out of the string, made V8 run findSubject +18 M instructions a
  // warm pass, though it happens in a few documents only)
  if (before.length === 0 && from > 0 && norm.charCodeAt(from - 1) === C_COLON) {
    const s = labelBefore(ctx, from - 1);
    if (s) return { subject: s, baseline: null, inherit: false };
  }

  // 3. the few words before the number (续航400公里), or the sentence's previous subject
  // (，占查处的形式主义、官僚主义问题总数的84.7%: a share's whole too long for the verb's reach
  // above; what the share measures is the sentence's)
  if (before.length > 2 && before.charCodeAt(0) === C_ZHAN && NOT_SHARE_AFTER_ZHAN_CODE[before.charCodeAt(1)] !== 1) return { subject: null, baseline: cleanBaseline(ctx, from + 1, from + before.length, true), inherit: true };
  // (实际转让估值只有约15亿元，较评估值整整低了约10亿元: a comparison opens the words, with no
  // verb of the list; what is compared is the sentence's)
  if (before.length > 2 && COMPARE_HEAD.test(before)) return { subject: null, baseline: null, inherit: true };
  const own = norm.slice(start, start + 3);
  // (2025 年底全国累计发电装机容量 38.9 亿千瓦: a year that opens the words is cut off by clean; the words after it count)
  // (还有便携风扇、加热饭盒、保温杯等实用物资3800份: a list's head noun after 等 names it, however long the list)
  if (before.length <= 16 || wordsAfterOpeningYear(before) <= 16 || VERBLIKE_START.test(own) || before.indexOf('的') >= 0 || listHeadAtEnd(before)) {
    // 娘子关村共接待游客约36万人次: after a lead verb inside the words, its object is what is counted
    const s = cleanAfterLead(ctx.text, from, before, null);
    if (s) return { subject: s, baseline: null, inherit: false };
  }
  // (其中七人是省政协副主席, 其中259人是儿童: with nothing named before, a count is of what it is;
  // not 一个是…, 三大是…, which open an enumeration)
  if (isCount && m.unit !== null && m.value !== 1 && norm.charCodeAt(e) === C_SHI_IS) {
    const what = nounAfter(ctx, e + 1);
    if (what !== null) return { subject: what, baseline: null, inherit: false };
  }
  return { subject: null, baseline: null, inherit: true };
}

/** 时隔八年: the time between two events names nothing; 1金6银4铜: a tally's one-character noun (kept apart: a smaller findSubject). */
function intervalOrTally(ctx: ExtractContext, m: Metric, before: string, isCount: boolean): SubjectResult | null {
  const norm = ctx.norm;
  const end = m.span.end;
  if (m.kind === 'duration' && before.length >= 2 && INTERVAL_END.test(before)) return { subject: null, baseline: null, inherit: false };
  // (三年多来首次相合, 两小时不到，点赞量就…: a span up to now, or one not yet over when something
  // happened, frames the clause; it measures nothing named)
  // (开业一年来: after an event the span is the time since it, named as usual)
  if (m.kind === 'duration' && ((norm.charCodeAt(end) === C_LAI_SINCE && !SINCE_EVENT_END.test(before) && !EVENT_END.test(before)) || (norm.startsWith('不到', end) && CLAUSE_STOP[norm.charCodeAt(end + 2)] === 1))) return { subject: null, baseline: null, inherit: false };
  // (发生4死2伤事故: the last of a tally may be followed by the noun of the whole)
  if (isCount && m.unit === null && end < norm.length && TALLY_NOUN[norm.charCodeAt(end)] === 1 && (end + 1 >= norm.length || TALLY_AFTER[norm.charCodeAt(end + 1)] === 1 || (m.span.start > 0 && TALLY_NOUN[norm.charCodeAt(m.span.start - 1)] === 1))) return { subject: ctx.text.slice(end, end + 1), baseline: null, inherit: false };
  return null;
}

/** The rules for a noun after N大, after a unit that is a noun (方面, 部门) and after a rating 级 (kept apart: a smaller findSubject). */
function countedNounRule(ctx: ExtractContext, m: Metric, noun: string | null, nounAt: number, de: boolean, isCount: boolean, rated: boolean, before: string, from: number): SubjectResult | null {
  const norm = ctx.norm;
  const end = m.span.end;
  // (七大领域之一, 三大先导产业: after N大 a short noun; a longer run holds its predicate, 区域肩负着)
  const countedBig = noun !== null && !de && isCount && m.unit === null && norm.charCodeAt(end - 1) === C_DA;
  if (countedBig) {
    const head = noun.replace(RANKED_OF, '');
    return { subject: head.length >= 2 && head.length <= 6 ? head : null, baseline: null, inherit: false };
  }
  // (三方面举措, 九部门印发: a unit that is a noun itself counts the noun after it, if one follows; a predicate there names nothing)
  // (财政部等三部门: without a noun after it, the members listed before 等)
  if (m.unit !== null && NOUN_UNITS.has(m.unit) && !de) {
    if (noun !== null && !predicateAt(norm, nounAt) && !startsWithVerb(norm, nounAt)) return { subject: noun, baseline: null, inherit: false };
    return { subject: listedBefore(before) ? clean(ctx.text, from, before) : null, baseline: null, inherit: false };
  }
  // (10 纳米级（1c）DDR5: after 级 no noun, nothing named; but 跃升至千万千瓦级。 ends the clause)
  if (rated && noun === null && CLAUSE_STOP[norm.charCodeAt(nounAt)] !== 1) return { subject: null, baseline: null, inherit: false };
  return null;
}

/** The object of a lead verb inside `words` (at `off` in the text), cleaned; else all of `words`, cleaned. */
function cleanAfterLead(text: string, off: number, words: string, except: ReadonlySet<string> | null): string | null {
  const lead = leadVerbInside(words, except);
  return (lead > 0 ? clean(text, off + lead, words.slice(lead)) : null) ?? clean(text, off, words);
}

/** How long the object after a lead verb may be (湖北将推动老旧小区电梯加装更新: 10). */
const MAX_LEAD_OBJECT = 10;
/**
 * Where the object of the last lead verb inside `before` starts (接待游客 → 游客), or -1: not at
 * its start (clean() trims a lead verb there), not one made a noun (接待量), not before 的
 * (a modifier clause: 提供服务的企业).
 */
function leadVerbInside(before: string, except: ReadonlySet<string> | null): number {
  if (before.length < 4) return -1;
  // (an object of at most MAX_LEAD_OBJECT characters, 了 and a verb of at most 3 before it)
  for (let p = before.length - 3; p >= 1 && p >= before.length - MAX_LEAD_OBJECT - 4; p--) {
    const list = LEADS_BY_FIRST[LEAD_SLOT[before.charCodeAt(p)]];
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k++) {
      const v = list[k];
      if (!before.startsWith(v, p)) continue;
      if (except !== null && except.has(v)) return -1;
      // (受托管理资产, 新发放贷款: a passive or 新 makes the verb part of another word)
      if (NOT_BEFORE_LEAD[before.charCodeAt(p - 1)] === 1) return -1;
      let o = p + v.length;
      if (o < before.length && before.charCodeAt(o) === C_LE) o++; // 推出了首款
      const object = before.slice(o);
      // (接待人数: a count of the verb's own is no object; nor a predicate, 培训覆盖, or 人均)
      // (a 的 anywhere before the number makes the words a modifier clause: 提供服务的企业; looked for only here, where a lead verb stands)
      if (object.length < 2 || object.length > MAX_LEAD_OBJECT || NOMINAL_END[object.charCodeAt(0)] === 1 || !allHanCodes(object, 0, object.length) || predicateAt(object, 0) || object.charCodeAt(object.length - 1) === C_JUN || before.indexOf('的') >= 0) return -1;
      return object.length === 2 && object.charCodeAt(1) === C_SHU ? -1 : o;
    }
  }
  return complementInside(before);
}

/**
 * 长江干流监测到鱼类, 全区优化调整了中小学幼儿园: a verb no list names, known by its complement
 * 了 or 到 (not 了解, 到港, 到账 …): where its object starts, under the lead verbs' conditions, or -1.
 */
function complementInside(before: string): number {
  if (before.indexOf('的') >= 0) return -1;
  for (let p = before.length - 3; p >= 1 && p >= before.length - 10; p--) {
    const c = before.charCodeAt(p);
    if (c !== C_LE && c !== C_DAO) continue;
    const next = before.charCodeAt(p + 1);
    const prev = before.charCodeAt(p - 1);
    // (到了年终: 到 of a time; 从研发到生产: a span, 每到: whenever; 宣布了一项: an article, the noun follows the number)
    if (c === C_LE ? next === C_JIE || prev === C_DAO : NOT_AFTER_DAO[next] === 1 || prev === C_MEI || before.lastIndexOf('从', p) >= 0) return -1;
    if (!isHanCode(prev) || NUMERAL_BEFORE_DAO[prev] === 1 || NUMERAL_BEFORE_DAO[next] === 1) return -1;
    const o = p + 1;
    if (before.length - o > 8 || NOMINAL_END[next] === 1 || !allHanCodes(before, o, before.length) || predicateAt(before, o)) return -1;
    return o;
  }
  return -1;
}
const C_JIE = '解'.charCodeAt(0);
/** After 到 these make a word with it (到港, 到账, 到位 …): no complement. */
const NOT_AFTER_DAO = unitTable('港账访店位期岗货达家场会底头手处馆发如今现');
const C_MEI = '每'.charCodeAt(0);
/** 一到, 三到五: 到 of a range or a manner, not a complement (nor a numeral after it). */
const NUMERAL_BEFORE_DAO = unitTable('一二两三四五六七八九十百千万几');
const NOT_BEFORE_LEAD = unitTable('受被新');
/** Lead verbs that make a term with their object (完成投资额, 办理台胞证人次: subject-transitive-verbs.txt's `term`). */
const TERM_VERB = new Set(transitiveWith('term'));
const C_JUN = '均'.charCodeAt(0);
const C_SHU = '数'.charCodeAt(0);
/** The lead verbs by their first character, longest first. */
const [LEAD_SLOT, LEADS_BY_FIRST] = tableByCode(groupByCode(longestFirst(LEAD_VERBS, (v) => v), (v) => v.charCodeAt(0)));

/** The label that ends at the colon at `colon` (8 characters at most, no stop or digit), cleaned, or null; not 他说：, IT之家注：. */
function labelBefore(ctx: ExtractContext, colon: number): string | null {
  const norm = ctx.norm;
  let b = colon;
  while (b > 0 && colon - b < 9 && LABEL_STOP[norm.charCodeAt(b - 1)] !== 1) b--;
  if (b === colon || colon - b > 8) return null;
  const label = norm.slice(b, colon);
  return SPEECH_END.test(label) ? null : clean(ctx.text, b, label); // (tested on the normalized text: 說 is 说)
}

/** The last position from `p` down to `lowest` where a verb may start, or -1 (a small loop of its own: optimized early). */
function lastVerbStart(s: string, p: number, lowest: number): number {
  for (; p >= lowest; p--) if (VERB_START[s.charCodeAt(p)] === 1) return p;
  return -1;
}

/**
 * Does a verb of two to four characters start at `p` (as looking up the slices of four, three
 * and two characters did)? Such a verb starts with norm[p], so it is in that character's list;
 * startsWith makes no string. Past the end no verb starts (the slices were empty); with one
 * character left every slice was that character: a one-character verb.
 */
function startsWithVerb(norm: string, p: number): boolean {
  if (VERB_START[norm.charCodeAt(p)] !== 1) return false;
  if (p + 1 === norm.length) return VERB_SET.has(norm[p]);
  const list = VERBS_BY_FIRST[VERB_SLOT[norm.charCodeAt(p)]]!;
  for (let k = 0; k < list.length; k++) {
    const w = list[k];
    if (w.length >= 2 && w.length <= MAX_VERB_AFTER && norm.startsWith(w, p) && !inNotVerbWord(norm, p, w)) return true;
  }
  return false;
}
const MAX_VERB_AFTER = Math.min(MAX_VERB, 4);


/** How far a note in parentheses after an amount may reach (（IT之家注：现汇率约合 526.4 亿元人民币）). */
const MAX_NOTE = 48;
const C_ZHU_NOTE = '注'.charCodeAt(0);

/**
 * Where the words after a note in parentheses opening at `open` start, when the note is an
 * editor's (注) or a conversion (约合, 折合) and a noun, not a verb, starts after it (…）营业收入,
 * not …）同比下降 or …）。); else `open` itself. (A bare amount in parentheses, 400万元（73万新元）,
 * is followed as often by the predicate as by the noun: it is not passed over.) The close is
 * looked for within MAX_NOTE characters, and a nested opening gives up: no scan runs to the
 * text's end.
 */
function afterNote(norm: string, open: number): number {
  const limit = Math.min(norm.length, open + MAX_NOTE);
  let note = false;
  for (let i = open + 1; i < limit; i++) {
    const c = norm.charCodeAt(i);
    if (c === C_OPEN_PAREN || c === 0x0a) return open;
    if (c === C_ZHU_NOTE || ((c === C_YUE || c === C_ZHE) && norm.charCodeAt(i + 1) === C_HE)) note = true;
    if (c !== C_CLOSE_PAREN) continue;
    if (!note) return open;
    let p = i + 1;
    while (norm.charCodeAt(p) === 0x20 && p < i + 3) p++;
    return p < norm.length && NOUN_START[norm.charCodeAt(p)] === 1 && !startsWithVerb(norm, p) && isHanCode(norm.charCodeAt(p)) ? p : open;
  }
  return open;
}
/** Words that end a clause ranking its subject (…最多，为247件; …次之，为74件). */
const RANK_END = /(?:最多|最少|最高|最低|最大|最小|次之|居首|居次|居第[一二三四五])$/;
const RANK_LAST = unitTable('多少高低大小之首次一二三四五');
/** 涉及制造业的集中最多，为247件: the clause before names what ranks, the number's clause gives its number. */
function rankedClauseSubject(ctx: ExtractContext, pos: number): string | null {
  const clauses = ctx.seg.clauses;
  const ci = indexAt(clauses, pos);
  if (ci <= 0) return null;
  const prev = clauses[ci - 1];
  const e = prev.end > prev.start && ctx.norm.charCodeAt(prev.end - 1) === 0x2c ? prev.end - 1 : prev.end;
  if (RANK_LAST[ctx.norm.charCodeAt(e - 1)] !== 1) return null; // (most clauses end otherwise: no slice, no regex)
  const t = ctx.norm.slice(Math.max(prev.start, e - 30), e);
  const rank = RANK_END.exec(t);
  return rank && rank.index > 0 && indexAt(ctx.seg.sentences, prev.start) === indexAt(ctx.seg.sentences, pos) ? clean(ctx.text, e - t.length, t.slice(0, rank.index)) : null;
}
/** The subject of the clause before: 中国情绪经济市场规模呈上升趋势，2024年达2.31万亿元. */
function previousClauseSubject(ctx: ExtractContext, pos: number): string | null {
  const clauses = ctx.seg.clauses;
  const ci = indexAt(clauses, pos);
  if (ci <= 0) return null;
  const prev = clauses[ci - 1];
  if (indexAt(ctx.seg.sentences, prev.start) !== indexAt(ctx.seg.sentences, pos)) return null;
  const t = ctx.norm.slice(prev.start, Math.min(prev.end, prev.start + 30));
  for (let p = 1; p < t.length; p++) {
    if (VERB_START[t.charCodeAt(p)] === 0) continue; // no verb starts here
    // the longest verb at p, as slicing lengths MAX_VERB…1 (never past t's end) and looking each up did
    const list = VERBS_BY_FIRST[VERB_SLOT[t.charCodeAt(p)]]!;
    for (let k = 0; k < list.length; k++) {
      const w = list[k];
      if (t.startsWith(w, p) && !OUTLOOK_VERBS.has(w) && !(w.length === 1 && (notVerbPair(t, p - 1) || notVerbPair(t, p) || ADJACENT_VERB[w.charCodeAt(0)] === 1))) {
        return clean(ctx.text, prev.start, t.slice(0, p));
      }
    }
  }
  // 部分质量区间的限制精度，比天文学家…的结果高出40倍: a clause that is a noun alone, the topic of
  // a comparison opening the next
  if (t.length === prev.end - prev.start && t.length <= MAX_TOPIC && COMPARE_HEAD.test(ctx.norm.slice(clauses[ci].start, clauses[ci].start + 3))) return clean(ctx.text, prev.start, t);
  return null;
}
/** How long a clause that is a noun alone may be to be taken as the next clause's topic. */
const MAX_TOPIC = 16;
/** After 从 these make a word (从业, 从事, 从属): no 从 of origin. */
const NOT_AFTER_CONG = unitTable('业事属');
/** Nouns of one character counted alone (3人, 十余辆车, 两个词, 四个字). */
const ONE_UNIT_NOUN = unitTable('人车词字');
/** Adverbs or a verb of purpose that may follow such a noun (人不喜欢, 人至少选择, 人都, 词来描述). */
const ADVERB_AFTER_ONE_UNIT_NOUN = unitTable('不至都也均来已将仍');
/** What after 等 is no head noun: a manner (通过大宗交易、集中竞价等方式减持), or 在内 (…等在内共十余款). */
const NOT_LIST_HEAD = /^(?:方式|形式|途径|渠道|手段|在内)$/;
/** How long the head noun after the 等 closing a list may be for it to name the number (…等实用物资3800份). */
const MAX_LIST_HEAD = 6;
/** `before` ends with 等 and a head noun of 2 to MAX_LIST_HEAD Han characters (…保温杯等实用物资). */
function listHeadAtEnd(before: string): boolean {
  const deng = before.lastIndexOf('等');
  const head = before.length - deng - 1;
  if (deng <= 0 || head < 2 || head > MAX_LIST_HEAD || !allHanCodes(before, deng + 1, before.length)) return false;
  // (…等方式减持, …等在内共, …等均已推出: a manner, 在内 or a predicate after the list, no head noun)
  if (ADVERB_BEFORE_PREDICATE[before.charCodeAt(deng + 1)] === 1 || NOT_LIST_HEAD.test(before.slice(deng + 1, deng + 3))) return false;
  for (let q = deng + 1; q < before.length - 1; q++) if (predicateAt(before, q) || startsWithVerb(before, q)) return false;
  return true;
}

/**
 * The noun phrase that starts at `p` (a few characters up to a particle or a stop). One pass
 * finds where it stops (a stop character or a digit, a space first or before another space,
 * or the limit) and whether it holds a Han character (U+3400–U+9FFF) or a Latin letter (as
 * /[\u3400-\u9fffA-Za-z]/ on the slice; norm: full-width letters count too).
 */
function nounAfter(ctx: ExtractContext, p: number): string | null {
  const norm = ctx.norm;
  // (7.6级 海啸预警: after a blank between Chinese characters, a headline's next clause)
  if (p > 1 && isHanBlankAt(norm, p - 1)) return null;
  const limit = Math.min(norm.length, p + 14);
  let i = p;
  let word = false;
  let beforeAside = -1; // where the noun was before a quotation or parenthesis inside it
  // (三家公司去年均亏损: a date the date extractor found after the noun ends it)
  // (五人去年被捕: a time after the number is no noun it counts; but 9天春节假期 counts the holiday's days)
  if (TIME_AFTER_COUNT_FIRST[norm.charCodeAt(p)] === 1 && TIME_AFTER_COUNT.test(norm.slice(p, p + 2)) && firstDateFrom(p) === p) return null;
  const dateStop = firstDateFrom(p + 1);
  while (i < limit) {
    if (i === dateStop) {
      if ((norm.charCodeAt(i - 1) === C_JIAO_THAN || norm.charCodeAt(i - 1) === C_BI_THAN) && i - 1 > p) i--; // (7个行业利润较上年增长)
      break;
    }
    const c = norm.charCodeAt(i);
    // 三名员工则推介…, 三名从业人员均被…: an adverb after the noun ends it (not 规则, 人均)
    if ((c === C_ZE || c === C_JUN) && i >= p + 2 && (c === C_ZE ? NOT_BEFORE_ZE : NOT_BEFORE_JUN)[norm.charCodeAt(i - 1)] !== 1) break;
    // (2000名儿童从学校…: 从 opens where something comes from, after the noun; not 从业, 从事)
    if (c === C_CONG && i >= p + 1 && NOT_AFTER_CONG[norm.charCodeAt(i + 1)] !== 1) break;
    // (34名伤者中有重伤8人, 34名伤者中除两人…外: 中 before a tally or a frame closes the group counted)
    if (c === C_ZHONG_IN && i >= p + 1 && AFTER_GROUP_ZHONG[norm.charCodeAt(i + 1)] === 1) break;
    // 200万千瓦滩涂光伏示范项目于2024年开工: 于 ends the noun, and a word it ends (位于, 用于) with it
    if (c === C_YU && i >= p + 2) {
      if (ENDS_WITH_YU[norm.charCodeAt(i - 1)] === 1) i--;
      if (ADVERB_BEFORE_YU_WORD[norm.charCodeAt(i - 1)] === 1 && i - 1 > p + 1) i--; // (高速入口仍处于, 数据远劣于)
      break;
    }
    // a name in quotation marks is part of the noun where it opens it or, after a word of one or
    // two characters, the noun goes on after it (“窗口期”, “明日科创营”主题教育空间, 暖“新”举措);
    // at its end it is a predicate or a label (课堂“同上一堂课”, 净利润“蒸发”), after a longer
    // phrase mostly a verb's object (跨界收购“小巨人”企业), after a preposition no noun (以“黑户”身份)
    if (c === C_OPEN_QUOTE) {
      const close = norm.indexOf('”', i + 1);
      if (close < 0 || close >= limit || someCodeIn(norm, QUOTED_NAME_STOP, i + 1, close)) break;
      if (i > p && (i - p > 2 || NOUN_START[norm.charCodeAt(close + 1)] !== 1 || PREPOSITION[norm.charCodeAt(p)] === 1 || PREPOSITION[norm.charCodeAt(close + 1)] === 1 || close + 1 >= limit)) break;
      if (i > p && beforeAside < 0) beforeAside = i;
      i = close + 1;
      word = true;
      continue;
    }
    // 2153个村（社区）党群服务中心: a parenthesis inside the noun (at its end it is a note: 德州仪器（…）)
    if (c === C_OPEN_PAREN && i > p) {
      const close = norm.indexOf(')', i + 1);
      if (close > i + 1 && close - i <= 6 && close + 2 < limit && nounGoesOn(norm, close + 1) && hanOrDunOnly(norm, i + 1, close)) {
        if (beforeAside < 0) beforeAside = i;
        i = close + 1;
        continue;
      }
    }
    // ID.4 电动汽车, iPhone17: digits (and a point between digits) right after Latin letters are part of a model's name
    if (((c >= 0x30 && c <= 0x39) || (c === 0x2e && i + 1 < limit && isDigitCode(norm.charCodeAt(i + 1)))) && i > p && inModelName(norm, i)) {
      i++;
      continue;
    }
    // (3500 万美元税前重组费用, 售后服务: a stop inside one of the nouns that hold one goes on)
    if (NOUN_STOP_CODE[c] === 1 && i > p && STOP_IN_NOUN_FIRST[norm.charCodeAt(i - 1)] === 1 && stopInNoun(norm, i - 1)) {
      i++;
      continue;
    }
    // (20名被困矿工中, 3名被告人: a noun may open with 被)
    // (190多个国家和地区进出口: a pair of nouns joined by 和 that makes one word and ends the noun)
    if (c === C_HE_AND && i >= p + 2 && norm.startsWith(COUNTRIES_AND_REGIONS, i - 2)) {
      i += COUNTRIES_AND_REGIONS.length - 2;
      word = true;
      break;
    }
    const bei = c === C_BEI && i === p ? nounWithBeiAt(norm, i) : 0;
    if (bei > 0) {
      i += bei;
      word = true;
      continue;
    }
    if (NOUN_STOP_CODE[c] === 1 || (c >= 0x30 && c <= 0x39) || (c === C_PLUS && plusSeparates(norm, i))) {
      // (a stop that makes a word with the unit before it takes that unit too: 综合钢厂以及…, 以及 joins a
      // list; 5000辆换电即将投入, 即将 opens the predicate; 1.4万名公司职员之后, 之后 and 之前 a frame)
      const first = FIRST_OF_STOP_WORD[c];
      if (first !== 0 && norm.charCodeAt(i - 1) === first && i > p + (c === C_JI_AND ? 2 : 1)) i--;
      // (29.54%股权以4.43亿元转让: 以 before a number opens how it was paid)
      else if (c <= 0x39 && c >= 0x30 && norm.charCodeAt(i - 1) === C_YI_WITH && i > p + 2) i--;
      break;
    }
    // (two blanks, or one between Chinese characters: a headline's clause break, 百余人伤亡 警方逮捕)
    if (c === 0x20 && (norm.charCodeAt(i + 1) === 0x20 || i === p || isHanBlankAt(norm, i))) break;
    if ((c >= 0x3400 && c <= 0x9fff) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) word = true;
    i++;
  }
  // Ran to the limit without a boundary: where the noun phrase ends is unknown, and a cut
  // word (…面向公众开) is worse than no subject; but a noun that went on past a quotation or
  // a parenthesis (创纪录“停摆”对宏观经济…) ends before it.
  if (i === limit && limit < norm.length) {
    if (beforeAside < 0) return null;
    i = beforeAside;
  }
  if (!word) return null;
  i = listEnd(norm, p, i);
  // (65%的人认为, 两成的人表示, 55%的企业希望: a verb of saying ends a noun of one to four
  // characters; 为 stops the scan above, so the noun may end at its second character)
  for (let q = p + 1; q < i && q <= p + MAX_SAYER; q++) {
    if (SAYING_FIRST[norm.charCodeAt(q)] === 1 && ((SAYING_AT.lastIndex = q), SAYING_AT.test(norm))) {
      i = q;
      if (ADVERB_BEFORE_PREDICATE[norm.charCodeAt(i - 1)] === 1 && i - 1 > p) i--; // (民众不相信)
      break;
    }
  }
  // 1842名干部成立管家队伍: the noun ends where a predicate starts (from its third character on;
  // up to the stop, which may be the predicate's second character: 创新主体参与, 藏品尤为)
  // (30人不喜欢, 十余辆车连环相撞, 两个词来描述: after a noun of one character that is a word
  // alone, a predicate or an adverb may start at its second)
  if (i > p + 1 && ONE_UNIT_NOUN[norm.charCodeAt(p)] === 1 && (predicateAt(norm, p + 1) || ADVERB_AFTER_ONE_UNIT_NOUN[norm.charCodeAt(p + 1)] === 1)) i = p + 1;
  for (let q = p + 2; q < i; q++) {
    if (predicateAt(norm, q)) {
      i = q;
      // (三四间病房内住着: a localizer before the predicate places it, no part of the noun)
      if ((ADVERB_BEFORE_PREDICATE[norm.charCodeAt(i - 1)] === 1 || LOCALIZER_BEFORE_PREDICATE[norm.charCodeAt(i - 1)] === 1) && i - 1 > p + 1) i--;
      break;
    }
  }
  const t = ctx.text.slice(p, i).trim();
  // (亏损8.87亿元有所收窄: an adverb of change right after the number opens a predicate, no noun;
  // 1.25万亿元新台币: nor is the currency the unit is in; 1.25万亿元新台币的特别预算: the noun after its 的 is)
  if (t.length < 1 || norm.startsWith('有所', p)) return null;
  if (isMoneyName(t)) return norm.charCodeAt(i) === C_DE && !isMoneyName(norm.slice(i + 1, i + 4)) ? nounAfter(ctx, i + 1) : null;
  return t;
}

/** The localizer that ends a place before a predicate (病房内住着; not 里: 天开新智里, 心里). */
const LOCALIZER_BEFORE_PREDICATE = unitTable('内');
const C_HE_AND = '和'.charCodeAt(0);
const COUNTRIES_AND_REGIONS = '国家和地区';
const C_BEI = '被'.charCodeAt(0);
/** Nouns (of people) that open with 被, a noun stop elsewhere: 被困矿工, 被告人, 被执行人, 被保险人. */
const NOUNS_WITH_BEI = ['被困', '被告', '被执行', '被保险', '被拐', '被害'];
/** The length of the word of NOUNS_WITH_BEI at norm[i], or 0. */
function nounWithBeiAt(norm: string, i: number): number {
  for (let k = 0; k < NOUNS_WITH_BEI.length; k++) if (norm.startsWith(NOUNS_WITH_BEI[k], i)) return NOUNS_WITH_BEI[k].length;
  return 0;
}
const C_ZE = '则'.charCodeAt(0);
const C_YU = '于'.charCodeAt(0);
/** Before 于 these make a word with it (位于, 用于, 属于, 高于 …; subject-yu-words.txt): a predicate that starts before 于. */
const ENDS_WITH_YU = unitTable(loadList(new URL('./subject-yu-words.txt', import.meta.url)).join(''));
/** Adverbs before such a word (仍处于, 远劣于, 略高于). */
const ADVERB_BEFORE_YU_WORD = unitTable(PREDICATE_ADVERBS + '远略');
const C_JI_AND = '及'.charCodeAt(0);
/** By the code of a stop, the unit before it that makes a word with it (以及, 即将, 之后, 之前), or 0. */
const FIRST_OF_STOP_WORD = new Uint16Array(0x10000);
for (const w of ['以及', '即将', '之后', '之前']) FIRST_OF_STOP_WORD[w.charCodeAt(1)] = w.charCodeAt(0);
/** Nouns of two units that end in a stop character (税前利润, 售后服务, 临时安置中心): the stop ends no noun there. */
const STOP_IN_NOUN = ['税前', '税后', '售前', '售后', '临时', '实时', '即时'];
const STOP_IN_NOUN_FIRST = unitTable(STOP_IN_NOUN.map((w) => w[0]).join(''));
function stopInNoun(norm: string, p: number): boolean {
  for (let k = 0; k < STOP_IN_NOUN.length; k++) if (norm.startsWith(STOP_IN_NOUN[k], p)) return true;
  return false;
}
const C_ZHONG_IN = '中'.charCodeAt(0);
/** After 中 these open a tally of the group or a frame (伤者中有, 伤者中除, 运动员中包含): 中 is the localizer, not part of a word. */
const AFTER_GROUP_ZHONG = unitTable('有除共仅只超近约逾包');
const C_QI_FROM = '起'.charCodeAt(0);
/** Before 则 and 均 these make a word with them (规则, 原则, 人均, 平均 …). */
const NOT_BEFORE_ZE = unitTable('规原准细法守否总通实');
const NOT_BEFORE_JUN = unitTable('人平户亩日年月场车周时次股均');
/** norm[i] (a digit or a point) follows Latin letters, or digits and points that follow them. */
function inModelName(norm: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (isDigitCode(norm.charCodeAt(k)) || norm.charCodeAt(k) === 0x2e)) k--;
  return k >= 0 && isLatinCode(norm.charCodeAt(k));
}

/**
 * 488个地方和单位, 3200余名快递员、外卖员: short nouns joined by 和 与 及 、 are what the number
 * counts, together. The noun that ends at `i` goes on over each next one of at most four Han
 * characters (no longer than the first by more than one) that a stop, 等 or a predicate ends
 * (not 10名学生和老师一起, 7个基本条件、必须履行的).
 */
function listEnd(norm: string, p: number, i: number): number {
  const first = i - p;
  if (first > 4 || !allHanCodes(norm, p, i) || someCodeIn(norm, ADVERB_BEFORE_PREDICATE, p, i)) return i;
  while (i < norm.length && LIST_JOINER[norm.charCodeAt(i)] === 1) {
    let j = i + 1;
    let atPredicate = false;
    while (j < norm.length && j - i - 1 < 5 && isHanCode(norm.charCodeAt(j)) && NOUN_STOP_CODE[norm.charCodeAt(j)] !== 1) {
      if (j > i + 1 && predicateAt(norm, j)) {
        atPredicate = true;
        break;
      }
      j++;
    }
    const len = j - i - 1;
    // (学生、家长和教师: another joiner goes on with the list)
    // (22个国家和地区的36个城市: 的 ends a list of short words joined by 和, not one of 、 whose
    // items may be clauses, nor 宿迁百宝和本次收购的)
    const ends = atPredicate || j >= norm.length || LIST_END[norm.charCodeAt(j)] === 1 || PREDICATE_OPENER[norm.charCodeAt(j)] === 1 || (LIST_JOINER[norm.charCodeAt(j)] === 1 && len <= first + 1) || (norm.charCodeAt(j) === C_DE && norm.charCodeAt(i) !== C_DUN && first <= 3 && len <= 3);
    // (an item joined by 和 与 及 that a stop ends may be longer than the first: 近30个沿海和内陆城市，; not
    // one with a numeral, 学生和老师一起)
    const stopEnds = first >= 2 && !atPredicate && j < norm.length && LIST_END[norm.charCodeAt(j)] === 1 && norm.charCodeAt(i) !== C_DUN && !someCodeIn(norm, NUMERAL_FIRST, i + 1, j);
    if (len < 1 || len > 4 || (len > first + 1 && !stopEnds) || !ends) break;
    // (及其个人: a pronoun; 除了…马化腾外: a frame; 车均属和田: an adverb before, a place after)
    // (…死亡、两人受伤, 死亡和多人: a count opens another clause, no noun of the list)
    if (norm.charCodeAt(i + 1) === C_QI || norm.charCodeAt(j - 1) === C_WAI || NUMERAL_FIRST[norm.charCodeAt(i + 1)] === 1 || someCodeIn(norm, ADVERB_BEFORE_PREDICATE, i + 1, j)) break;
    i = j;
  }
  return i;
}
const LIST_JOINER = unitTable('和与及、');
/** Noun stops that open a predicate (488个地方和单位被命名, 三家银行和券商将…): they end a list of nouns too. */
const PREDICATE_OPENER = unitTable('被将已都也是为');
const C_DUN = '、'.charCodeAt(0);
const NUMERAL_FIRST = unitTable('一二两三四五六七八九十几多数百千万');
const C_QI = '其'.charCodeAt(0);
const C_WAI = '外'.charCodeAt(0);
const LIST_END = unitTable(',。;!?:、)等');
const C_OPEN_PAREN = '('.charCodeAt(0);
/** Two Han characters that stop no noun at `k`: the noun goes on after a parenthesis. */
function nounGoesOn(norm: string, k: number): boolean {
  return isHanCode(norm.charCodeAt(k)) && NOUN_STOP_CODE[norm.charCodeAt(k)] !== 1 && isHanCode(norm.charCodeAt(k + 1)) && NOUN_STOP_CODE[norm.charCodeAt(k + 1)] !== 1;
}
/** norm[a, b) holds only Han characters and 、 (社区, 地、州、盟). */
function hanOrDunOnly(norm: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = norm.charCodeAt(k);
    if (!isHanCode(c) && c !== 0x3001) return false;
  }
  return true;
}

/**
 * nounAfter, past a modifier that ends in 的 (100名来自全国各地的代表, 两个非常棒的启发): the
 * counted noun is the one after it. Only modifiers that open as such (来自, 具有, a degree adverb);
 * 5家上市公司的负责人 counts the companies.
 */
function headNounAfter(ctx: ExtractContext, p: number): string | null {
  const noun = nounAfter(ctx, p);
  // (the cheap test first: most nouns are followed by neither 的 nor 、)
  let de = p + (noun === null ? 0 : noun.length);
  const next = ctx.norm.charCodeAt(de);
  if (noun === null || (next !== C_DE && next !== C_DUN) || !(MODIFIER_START.test(noun) || (next === C_DE && modifierClause(ctx.norm, p, de)))) return noun;
  // 160余位来自香港特区政府部门、中央驻港机构…的代表: a modifier may list several places before its 的
  if (next === C_DUN && ctx.norm.startsWith('来自', p)) {
    const stop = Math.min(ctx.norm.length, p + MODIFIER_LIST_REACH);
    while (de < stop && ctx.norm.charCodeAt(de) !== C_DE && CLAUSE_STOP[ctx.norm.charCodeAt(de)] !== 1) de++;
  }
  if (ctx.norm.charCodeAt(de) !== C_DE) return noun;
  const at = de + 1;
  return NOUN_START[ctx.norm.charCodeAt(at)] === 1 ? (nounAfter(ctx, at) ?? noun) : noun;
}
/**
 * norm[a, b) before 的 is a place that describes the noun after it, not a noun of its own (4名另一辆小巴上的乘客):
 * it ends in 上; not 5家上市公司的负责人.
 */
function modifierClause(norm: string, a: number, b: number): boolean {
  // (三大平台上的月活跃用户数: after N大 the noun is what is counted, its place frames the next one)
  return b - a >= 3 && norm.charCodeAt(b - 1) === C_SHANG_ON && norm.charCodeAt(a - 1) !== C_DA;
}
const C_SHANG_ON = '上'.charCodeAt(0);
const MODIFIER_START = /^(?:来自|大大小小|另一|疑似|充满|具有|非常|十分|特别|更加|较为|极为|很|最|国家级|省级|市级|世界级|独自|独立|共同|专门|这样|那样|这种|那种|这类|崭新|全新|全封闭|不同|类似|相同|同样|各种|各类|已)/;
/** How far a modifier listing places (来自A、B、C的) is followed to its 的. */
const MODIFIER_LIST_REACH = 60;


/**
 * The baseline in text[a, b): the words are tested on the normalized text (將 is 将) and cut from
 * the original; `approxEnd`: an approximation word ending them is no part of it (占全市约1/4).
 */
function cleanBaseline(ctx: ExtractContext, a: number, b: number, approxEnd = false): string | null {
  const norm = ctx.norm;
  if (approxEnd && b > a && BASELINE_APPROX_END[norm.charCodeAt(b - 1)] === 1) b--;
  while (a < b && JS_SPACE[norm.charCodeAt(a)] === 1) a++;
  while (b > a && JS_SPACE[norm.charCodeAt(b - 1)] === 1) b--;
  // (同比分别增长12%: an adverb between 同比 and the verb is no baseline)
  b -= BASELINE_PARTICLE_END.exec(norm.slice(a, b))![0].length;
  a += BASELINE_ADVERB_START.exec(norm.slice(a, b))?.[0].length ?? 0;
  b -= BASELINE_ADVERB_END.exec(norm.slice(a, b))?.[0].length ?? 0;
  const t = norm.slice(a, b);
  // (a particle or a copula alone is no baseline: 参与的…了)
  return t.length >= 1 && t.length <= 12 && !RE_ANY_DIGIT.test(ctx.text.slice(a, b)) && !(t.length === 1 && FUNCTION_ONE[t.charCodeAt(0)] === 1) ? ctx.text.slice(a, b) : null; // full-width digits too (tested on the text)
}
const BASELINE_APPROX_END = unitTable('约近超逾');
const BASELINE_PARTICLE_END = /[再又还也将]?的?$/;
const BASELINE_ADVERB_START = /^(?:分别|均|都|也|还|仍|已经|已)+/;
const BASELINE_ADVERB_END = /(?:分别|都|(?<!平)均)$/;

const NONE: string[] = [];
/** First and second characters of the NOT_VERB words by code: s[p..p+2) can be one only where both tables hold its characters (past either end: p < 0 or NaN, in no table, as the shorter slice was no two-character word). */
const NV_FIRST = new Uint8Array(0x10000);
const NV_SECOND = new Uint8Array(0x10000);
for (const w of NOT_VERB) {
  NV_FIRST[w.charCodeAt(0)] = 1;
  NV_SECOND[w.charCodeAt(1)] = 1;
}
function notVerbPair(s: string, p: number): boolean {
  return p >= 0 && NV_FIRST[s.charCodeAt(p)] === 1 && p + 1 < s.length && NV_SECOND[s.charCodeAt(p + 1)] === 1 && NOT_VERB.has(s.slice(p, p + 2));
}
/** Closing marks that may end a headline's first half before a blank (“绿色底座” 新能源…). */
const HEADLINE_HALF_END = unitTable('”」』》');
/** The blanks of the document's headline that stand between its halves, in order (set by assignSubjects). */
let headlineBlanks: readonly number[] = [];
const NO_BLANKS: readonly number[] = [];
/** The blanks of the headline (norm up to end) with a Han character after them and a Han character or a closing mark before. */
function blanksBetweenHalves(norm: string, end: number): number[] {
  const out: number[] = [];
  // (the first paragraph only, the headline's: the body's blanks are spaces around numbers and Latin words)
  for (let b = norm.indexOf(' ', 1); b >= 0 && b < end; b = norm.indexOf(' ', b + 1)) {
    if (isHanCode(norm.charCodeAt(b + 1)) && (isHanCode(norm.charCodeAt(b - 1)) || HEADLINE_HALF_END[norm.charCodeAt(b - 1)] === 1)) out.push(b);
  }
  return out;
}
/** The last of headlineBlanks before pos, or -1. */
function lastBlankBefore(pos: number): number {
  let lo = 0;
  let hi = headlineBlanks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headlineBlanks[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? headlineBlanks[lo - 1] : -1;
}
const APPROX_FIRST_CODE = new Uint8Array(0x10000);
for (const ch of '超逾近约破') APPROX_FIRST_CODE[ch.charCodeAt(0)] = 1;
/** What clean() skips after a number inside the phrase (the class as written there; every character it names is a candidate). */
const C_KUAN = '款'.charCodeAt(0);
const AFTER_NUMBER = charTable(/[\s\d.%万亿千百岁年月日个名家项及以上下多余初底末内代来度届份]/, JS_SPACES + '0123456789.%万亿千百岁年月日个名家项及以上下多余初底末内代来度届份');
const C_DE = '的'.charCodeAt(0);
const C_NIAN = '年'.charCodeAt(0);
const UP_DOWN = unitTable('上下');
const C_YI_WITH = '以'.charCodeAt(0);
/** Words of a dimension after a length (长 高 宽 深 厚: 1700多米长的猫道). */
const DIMENSION = unitTable('长高宽深厚');
/** A date's last unit, the units of a date, and adverbs that may follow a date before the verb (29日一度). */
const DATE_UNIT = unitTable('日号');
const DATE_PART = charTable(/[\d年月日号 ]/, '0123456789年月日号 ');
const DATE_ADVERBS_ONLY = /^\s*(?:一度|曾|曾经|已|已经|再度|再次|均|都|也|盘中|盘初|早盘|午盘|尾盘|晚间)+\s*$/;
/** Where the date ending at j (its last digit at lastDigit) starts, when only adverbs follow it up to e; else -1. */
function dateBeforeAdverbs(norm: string, lastDigit: number, j: number, e: number): number {
  if (!DATE_ADVERBS_ONLY.test(norm.slice(j, e))) return -1;
  let d = lastDigit;
  while (d >= 0 && DATE_PART[norm.charCodeAt(d)] === 1) d--;
  return d + 1;
}
/** Adverbs between an outlook verb and the verb of the number (预计将, 预计分别). */
const ONLY_ADVERBS = /^\s*(?:将|会|要|仍|还|也|再|分别|同比|均|在|为|达到?|于|持续|超过|突破|保持|维持)*\s*$/;
/** What ends a noun of a measured quantity (净利润, 每股收益, 销售额). */
const MEASURE_END = /(?:利润|收益|收入|营收|业绩|销量|规模|额|量)$/;
/** A price or a speed named after a rate and 的 (以218.97元/股的价格, 的均价, 约1.02千米/秒的公转速度): what the rate measures. */
const PRICE_AFTER_DE = /^(?:成交均价|平均价格|均价|价格|单价|售价|公转速度|自转速度|速度|速率|时速|估值)/;
/** A price named before 以 and the rate (碳酸锂价格以7.52万元/吨的价格): that price is what the rate measures. */
const PRICE_BEFORE_YI = /价格?\s?以$/;
/** Prepositions that may stand right before an approximate amount (与超过5000亿美元的ETF市场): no noun measured ends there. */
const PREPOSITION_END = unitTable('与和同跟对以向在从比');
/** What after a rate names nothing it measures: adverbs, verbs of change, prepositions, a frame (价格). */
const RATE_NOT_BEFORE = /^(?:大幅|小幅|一度|再度|累计|左右|价格|相对|[向跌涨升降增减从到至和与及])/;
/** A verb of result alone after an outlook verb (预计亏损, 预计盈利): the noun stands before both. */
const RESULT_ONLY = /^\s*(?:将|会)?(?:亏损|盈利|净亏损|实现|增长|下降|减少|增加)\s*$/;
const C_LE = '了'.charCodeAt(0);
const C_DAO = '到'.charCodeAt(0);
const C_COLON = ':'.charCodeAt(0);
/** A label that is someone speaking (他说：, 李明表示：) or a note or headline mark (IT之家注：, 日电题：), not the name of a value. */
const SPEECH_END = /(?:说|表示|称|道|指出|认为|强调|介绍|透露|问|答|注|题)$/;
/** Where a label before a colon starts (after these, or 8 characters back): stops, digits and spaces. */
const LABEL_STOP = charTable(/[\s\d,。;:!?、()“”"]/, JS_SPACES + '0123456789,。;:!?、()“”"');
const VERB_FIRST_CODE = new Uint8Array(0x10000);
for (const ch of VERB_FIRST) VERB_FIRST_CODE[ch.charCodeAt(0)] = 1;
/** First characters of the conversion words (约合, 折合, 合计约, 相当于). */
const C_YUE = '约'.charCodeAt(0);
const C_ZHE = '折'.charCodeAt(0);
const C_ZHE_THIS = '这'.charCodeAt(0);
const C_NA_THAT = '那'.charCodeAt(0);
const C_HE = '合'.charCodeAt(0);
const C_XIANG = '相'.charCodeAt(0);

const C_CONG = '从'.charCodeAt(0);
/** 从 and 由, which open where a change starts. */
const FROM_CHAR = unitTable('从由');
const C_YE = '业'.charCodeAt(0);
/** Before 由 these make a word (自由, 理由, 缘由, 经由, 来由), not 由 of a change. */
const NOT_BEFORE_YOU = new Uint8Array(0x10000);
for (const ch of '自理缘经来') NOT_BEFORE_YOU[ch.charCodeAt(0)] = 1;
/** A year's word, a part of a year, or both (今年一季度, 上半年), inside a subject. */
const INNER_TIME = new RegExp(`(?:${YEAR_WORDS})度?(?:全年|上半年|下半年|前三季度|第?[一二三四]季度)?|上半年|下半年|前三季度|第?[一二三四]季度`, 'g');
/** What the noun after an inner time word ends with: a measure (营收, 净利润, 交付量); not a verb's phrase (去年出货, 今年将降息). */
const INNER_TIME_NOUN_END = /(?:利润|收益|收入|营收|业绩|销量|规模|总值|支出|价格|亏损|盈利|区间|指数|额|量|率)$/;
/** What may not stand before an inner time word (较去年, 与上半年, 占全年): it names a baseline or a share, no frame. */
const NOT_BEFORE_INNER_TIME = unitTable('较比与和同占对于在至到截从自及、');
/** What may not follow one (今年以来, 去年同期, 一季度末: more of the time; 去年在中国的交付量: a place frame first). */
const NOT_AFTER_INNER_TIME = unitTable('以同期末底初内中来前后的在刚');
/**
 * Where a time word that frames the number inside norm[s, e) ends (公司今年一季度营收 → 营收), or -1:
 * something stands before it and a noun of two units or more after it. Only pieces holding 年 or 季 are searched.
 */
function innerTimeEnd(norm: string, s: number, e: number): number {
  let has = false;
  for (let i = s + 2; i < e - 2 && !has; i++) has = norm.charCodeAt(i) === C_NIAN || norm.charCodeAt(i) === C_JI_SEASON;
  if (!has) return -1;
  INNER_TIME.lastIndex = s + 2;
  const m = INNER_TIME.exec(norm);
  if (m === null) return -1;
  const end = m.index + m[0].length;
  if (end > e - 2 || NOT_BEFORE_INNER_TIME[norm.charCodeAt(m.index - 1)] === 1 || NOT_AFTER_INNER_TIME[norm.charCodeAt(end)] === 1 || !isHanCode(norm.charCodeAt(end))) return -1;
  return INNER_TIME_NOUN_END.test(norm.slice(end, e)) ? end : -1;
}
const C_JI_SEASON = '季'.charCodeAt(0);

/** 从 or 由 opening the tail of norm[s, e) that names where a change starts (从上季度的, 由, 从日产), or -1. */
function startOfChange(norm: string, s: number, e: number): number {
  // (native searches: no loop over the characters in cold code)
  const f = Math.max(norm.lastIndexOf('从', e - 1), norm.lastIndexOf('由', e - 1));
  if (f <= s) return -1;
  if (e - f > 4) {
    // (从2024年的: up to 12 before a closing 的; 从去年的低点: or a short noun after it)
    const de = norm.lastIndexOf('的', e - 1);
    if (e - f > 12 || de <= f || de < e - 3) return -1;
  }
  if (norm.charCodeAt(f) === C_CONG) return f + 1 < e && norm.charCodeAt(f + 1) === C_YE ? -1 : f; // 从业人员
  return (f + 1 < e && norm.charCodeAt(f + 1) === C_YU) || NOT_BEFORE_YOU[norm.charCodeAt(f - 1)] === 1 ? -1 : f; // 由于, 自由, 理由
}
/**
 * 较 or 比 and a baseline ending a piece before a number (较前一年的, 比上月的; 较上年同期, 较上一季度:
 * a period needs no 的; 成交额较上个交易日放量: the market reports' turnover, more or less than the day before;
 * 高于前一日的, 优于中际旭创的: a verb of comparison and a baseline in 的).
 */
const COMPARED_OF = /(?:较|比(?![例重率值分])|(?<=[高低优劣好差])于(?=[^较比,]{1,10}的$))(?:[^较比,]{1,10}的|[^较比,的]{0,6}(?:同期|季度|年度|年|月|周|交易日(?:放量|缩量)?))$/;
/** Where the adverbs of degree or negation ending norm[0, e) start (明显, 远, 仍, 不), or e. */
function adverbsBefore(norm: string, e: number): number {
  ADVERBS_OF_COMPARISON.lastIndex = 0;
  const a = ADVERBS_OF_COMPARISON.exec(norm.slice(Math.max(0, e - 4), e));
  return a === null ? e : e - a[0].length;
}
const ADVERBS_OF_COMPARISON = /(?:明显|大幅|远远|略微|显著|[远仍略稍均都也还不更])+$/g;
/** The last characters of COMPARED_OF's matches. */
const COMPARED_OF_END = unitTable('的期度年月周日量');
/** How far before the number a comparison with 比 may open (比竞品高出, 比审计后账面净资产增值). */
const MAX_THAN = 12;
const NOT_THAN_BEFORE = unitTable(NOT_THAN_BEFORE_CHARS);
const NOT_THAN_AFTER = unitTable(NOT_THAN_AFTER_CHARS);
/** Where a comparison with 比 (比竞品高出, 比上年多出) opens within norm's last MAX_THAN units, or -1 (as RE_COMPARE_TAIL's 比). */
function thanAt(norm: string): number {
  const f = norm.lastIndexOf('比');
  if (f < 0 || norm.length - f > MAX_THAN || f + 2 > norm.length - 1) return -1;
  if (f > 0 && NOT_THAN_BEFORE[norm.charCodeAt(f - 1)] === 1) return -1;
  // (性价比, 能效比: ratios)
  if (f >= 2 && (norm.startsWith('性价', f - 2) || norm.startsWith('能效', f - 2))) return -1;
  return NOT_THAN_AFTER[norm.charCodeAt(f + 1)] === 1 ? -1 : f;
}
const C_YIN = '因'.charCodeAt(0);
const C_CLOSE_PAREN = ')'.charCodeAt(0);
/** Before 因 these make a word (原因, 基因, 诱因, 成因, 起因, 主因), after it 素 子 果 此 而. */
const NOT_CAUSE_BEFORE = unitTable('原基诱成起主病死');
const NOT_CAUSE_AFTER = unitTable('素子果此而');
/** Where a cause clause (因业绩利好, 因为…) opens the tail of norm[s, e), or -1. */
function causeAt(norm: string, s: number, e: number): number {
  const f = norm.lastIndexOf('因', e - 1);
  if (f <= s || e - f > 12 || norm.charCodeAt(f) !== C_YIN) return -1;
  // (美国黑人因警方执法致死的概率: a clause with 的 after it describes the noun, no cause of the change)
  if (norm.lastIndexOf('的', e - 1) > f) return -1;
  return NOT_CAUSE_BEFORE[norm.charCodeAt(f - 1)] === 1 || (f + 1 < e && NOT_CAUSE_AFTER[norm.charCodeAt(f + 1)] === 1) ? -1 : f;
}
/**
 * The subject in `norm` (a piece of the normalized text), cut from the original `text` where
 * that piece starts at `off` (the callers passed text.slice(off, off + L) with L >= norm.length
 * before; every cut below lies within norm's length, so cutting the whole text at off + … is the same).
 */
/** Units of length: after 距离 X, the number is the distance from X. */
const LENGTH_UNITS = new Set(['米', '公里', '千米', '海里', '英里', '里']);
/** 距离 X (or 距 X) ending the words before a length, with a direction or 约 after X (距首都洛美以北, 距离火场约). */
const DISTANCE_FROM_END = /((?:距离|(?<![车轴间差轮焦行株相])距(?!离))[^,。;:、的]{1,12}?)(?:以?[东南西北]{1,2}(?:方向)?|约|大约|仅有?|还有|只有|不到|有)?$/;
/** Words that lead to a place and end before 距离 (在, 于, 到, 登上, 位于, 至). */
const PLACE_LEAD_END = unitTable('在于到上至');
/** A condition that ends a subject (在未扣除出口退税的情况下, 在不考虑汇率的情况下). */
const CONDITION_END = /(?:在|于)[^,。;:]{1,24}?情况下$/;
/** A bound against a whole that ends a subject (应不少于经济舱总座位数的, 不超过总额的). */
const BOUND_OF_WHOLE = /(?:应|须|需|要|将)?(?:不少于|不低于|不超过|不高于|少于|多于|低于|高于)[^,。;:]{1,14}的$/;
/** A record set that ends a subject (刷新历史高位, 创下盘中新高, 再创纪录; the words between the verb and the record kept short). */
const RECORD_SET_END = /(?:刷新|再创|创下|创出|创)了?[^,。;:]{0,6}?(?:高位|新高|低位|新低|纪录|记录|高点|低点)$/;
const RECORD_LAST = unitTable('位高低录点');

/** The longest event a span up to now counts from at the start of a subject (入冬, 长期, 自成立: 入冬以来). */
const MAX_SINCE_EVENT = 4;

/** Where a short span up to now (入冬以来, 一直以来) that opens s…e ends, leaving at least two characters after it; -1 where none does. */
function sinceFrameEnd(norm: string, s: number, e: number): number {
  const since = norm.indexOf('以来', s + 1);
  if (since < 0 || since - s > MAX_SINCE_EVENT || e - since - 2 < 2) return -1;
  for (let i = s; i < since; i++) if (CLAUSE_STOP[norm.charCodeAt(i)] === 1) return -1;
  return since + 2;
}

function clean(text: string, off: number, norm: string): string | null {
  // 市场份额从 2024 年的: where a change starts is cut first where it holds a number (a date), so
  // that the number does not hide what comes before it (the cut is tried again below, after other
  // trims; not 其中路由器端, where 由 is no change)
  const change = norm.length >= 3 ? startOfChange(norm, 0, norm.length) : -1;
  if (change > 1 && RE_DIGIT.test(norm.slice(change))) norm = norm.slice(0, change);
  // 增速较前一季度的40%出现了放缓, 较前一年的13.6%有所增长: the number after 较…的 is the baseline's
  // value; what it measures stands before 较, or in the sentence before
  // (实现发电量252亿千瓦时，较上年同期173亿千瓦时, 较上一季度 23.08 亿美元: the same after a period)
  if (norm.length >= 3 && COMPARED_OF_END[norm.charCodeAt(norm.length - 1)] === 1) {
    const than = COMPARED_OF.exec(norm);
    if (than !== null) {
      // (高于…的: the verb's first character and the adverbs before it go too, 仍低于, 明显高于)
      const at = norm.charCodeAt(than.index) === C_YU ? adverbsBefore(norm, than.index - 1) : than.index;
      if (at < 2) return null;
      norm = norm.slice(0, at);
    }
  }
  // 该车型售价比竞品高出30%, 营收比上年多出30亿元: what is compared stands before 比; the
  // baseline and the comparison after it are no part of it
  const bi = thanAt(norm);
  if (bi >= 0) {
    if (bi < 2) return null;
    norm = norm.slice(0, bi);
  }

  // 税收收入在未扣除出口退税的情况下增长3%: a condition framing the number is no part of what it measures
  const condition = norm.length >= 6 && norm.endsWith('情况下') ? CONDITION_END.exec(norm) : null;
  if (condition !== null && condition.index >= 2) norm = norm.slice(0, condition.index);
  // 国内航班免费可选座位应不少于经济舱总座位数的70%: a bound against a whole (…的N%) says what the
  // number is a share of; what is measured stands before the bound
  const bound = norm.length >= 6 && norm.charCodeAt(norm.length - 1) === C_DE ? BOUND_OF_WHOLE.exec(norm) : null;
  if (bound !== null && bound.index >= 2) norm = norm.slice(0, bound.index);
  // 白银在纽约中午刷新历史高位至接近118美元: a record set before 至 says how the price got there;
  // what rose stands before the verb, and before a place or time it rose in (在…)
  const record = norm.length >= 4 && RECORD_LAST[norm.charCodeAt(norm.length - 1)] === 1 ? RECORD_SET_END.exec(norm) : null;
  if (record !== null) {
    if (record.index < 2) return null;
    const at = norm.lastIndexOf('在', record.index - 1);
    norm = norm.slice(0, at >= 2 ? at : record.index);
  }

  let s = 0;
  let e = norm.length;
  // 全国国有及国有控股企业（以下称国有企业）营业总收入: what follows a short name given in
  // parentheses is the measure of what it names
  const aside = norm.indexOf('(以下');
  if (aside >= 0) {
    const close = norm.indexOf(')', aside);
    if (close > 0 && close + 2 < e) s = close + 1;
  }
  // another number inside: keep what follows the last one (我国60岁及以上老年人口)
  // (RE_DIGIT first: most pieces hold no digit)
  const lastDigit = RE_DIGIT.test(norm) ? lastNumberDigit(norm) : -1;
  if (lastDigit >= 0) {
    let j = lastDigit + 1;
    // (2023 款日产聆风: a model year's 款, and no more)
    const kuan = j < norm.length && norm.charCodeAt(j) === 32 ? j + 1 : j;
    if (kuan < e && norm.charCodeAt(kuan) === C_KUAN) j = kuan + 1;
    // (上 and 下 only as in 以上, 上下: 2025年上海社会融资规模 keeps 上海)
    else while (j < e && AFTER_NUMBER[norm.charCodeAt(j)] === 1 && !(UP_DOWN[norm.charCodeAt(j)] === 1 && norm.charCodeAt(j - 1) !== C_YI_WITH && AFTER_NUMBER[norm.charCodeAt(j + 1)] !== 1)) j++;
    if (norm.startsWith('财年', j)) j += 2; // (2026 财年收入: the fiscal year is no part of the noun)
    // (特斯拉品牌价值在 2025 年: a year that ends the piece frames it; what stands before it is the noun)
    const year = j === e ? yearStart(norm, lastDigit, e) : -1;
    if (year > 1) e = year;
    else {
      // (国际现货黄金价格29日一度上涨至: a date with only adverbs after it says when; the noun stands before it)
      const date = j < e && DATE_UNIT[norm.charCodeAt(j - 1)] === 1 ? dateBeforeAdverbs(norm, lastDigit, j, e) : -1;
      if (date >= 1) e = date;
      else {
        // (5年前村集体经济收入: the number is in a date the date extractor found; the noun follows the whole date)
        const di = documentDates.length > 0 ? dateAt(off + lastDigit) : -1;
        const dateEnd = di >= 0 ? documentDates[di].span.end - off : -1;
        // (销售毛利率在2025年二季度达到: a date that ends the piece frames it, as a year does above)
        const dateStart = dateEnd >= e ? documentDates[di].span.start - off : -1;
        if (dateStart > 1) e = withoutZaiBefore(norm, dateStart);
        else s = dateEnd > j && dateEnd < e - 1 ? dateEnd : j;
      }
    }
  }
  // 公司今年一季度营收, 美睿公司上半年净利润: a time word inside frames the number, as a year in
  // digits does (above); what follows it is the noun
  if (e - s >= 5) {
    const t = innerTimeEnd(norm, s, e);
    if (t > 0) s = t;
    // (消息公布前一个交易日彪马收盘价: so does a trading day, what follows it is the noun)
    const td = norm.indexOf('交易日', s + 2);
    if (td >= 0 && td + 5 <= e) s = td + 3 + (norm.charCodeAt(td + 3) === C_QI_FROM ? 1 : 0);
  }
  // Meta 预计今年支出: after an outlook verb inside, what follows names the number (the trims
  // below take 今年)
  // (not where only adverbs follow it: 客运量预计将达, 预计分别达到)
  // (万科归母净利润预计亏损: a verb of result after it leaves the noun before it)
  const outlook = norm.lastIndexOf('预计');
  if (outlook > s && outlook + 2 < e) {
    const rest = norm.slice(outlook + 2, e);
    if (RESULT_ONLY.test(rest) && MEASURE_END.test(norm.slice(s, outlook))) e = outlook;
    else if (!ONLY_ADVERBS.test(rest)) s = outlook + 2;
  }
  let changed = true;
  while (changed && s < e) {
    changed = false;
    while (s < e && TRIM_START[norm.charCodeAt(s)] === 1) {
      if (CLOSER_OF[norm.charCodeAt(s)] !== 0 && closedInside(norm, s, e)) break; // (“十四五”时期年均增速: the mark stays)
      s++;
      changed = true;
    }
    // (e is still norm.length here: the sticky copy at s reads what the slice s…e held)
    const lt = s < e && LEADING_TIME_FIRST[norm.charCodeAt(s)] === 1 ? ((LEADING_TIME_AT.lastIndex = s), LEADING_TIME_AT.exec(norm)) : null;
    if (lt && lt[0].length > 0) {
      s += lt[0].length;
      changed = true;
    }
    // 入冬以来全市降雨, 长期以来: a short span up to now (an event, 以来) frames the clause; what follows is the noun
    const since = s < e ? sinceFrameEnd(norm, s, e) : -1;
    if (since > 0) {
      s = since;
      changed = true;
    }
    // 按照上年价格计算的电信业务总量: how the number is computed is no part of what it measures
    const by = s < e && norm.charCodeAt(s) === C_AN ? RE_COMPUTED_BY.exec(norm.slice(s, Math.min(e, s + 16))) : null;
    // (按固定汇率计算增长9%: the basis alone names nothing)
    if (by && by[0].length === e - s) return null;
    if (by && by[0].length < e - s) {
      s += by[0].length;
      changed = true;
    }
    const prefixes = s < e ? (PREFIX_BY_FIRST[PREFIX_SLOT[norm.charCodeAt(s)]] ?? NONE) : NONE;
    for (let k = 0; k < prefixes.length; k++) {
      const p = prefixes[k];
      if (!norm.startsWith(p, s)) continue;
      // (其中新增2万个: what is left is the word itself, no shorter prefix cuts it to a fragment, 中; alone it is none)
      if (e - s === p.length) break;
      if (keptWordAt(norm, s)) continue;
      const lead = LEAD_VERBS.has(p);
      if (lead && NOMINAL_END[norm.charCodeAt(s + p.length)] === 1) continue; // (a verb made a noun: 贡献率, 覆盖率, 接待量)
      s += p.length;
      // 推出了首款, 采集到的化石标本: the verb's particle goes with it (的: TRIM_START, above)
      if (lead && s < e && (norm.charCodeAt(s) === C_LE || (norm.charCodeAt(s) === C_DAO && norm.charCodeAt(s + 1) === C_DE))) s++;
      changed = true;
      break;
    }
  }
  // 大乌石片区内村均集体经营性收入: a place that frames the clause (…片区内, …范围内) is no part of
  // the noun after it (subject-trim.txt's `frame` words, all ending in 内)
  s = afterFrame(norm, s, e);
  // 只是把做饭时间(从70分钟缩短到): the object of 把 is what is measured (not 把握, 把关, 一把手)
  const ba = norm.lastIndexOf('把', e - 1);
  if (ba >= s && e - ba > 2 && NOT_AFTER_BA[norm.charCodeAt(ba + 1)] !== 1 && (ba === 0 || norm.charCodeAt(ba - 1) !== C_YI)) s = ba + 1;
  // (两家公司为何市值相差: what a question asks about follows its word)
  const why = norm.lastIndexOf('为何', e - 1);
  if (why >= s && e - why > 3) s = why + 2;
  // 德州仪器（Texas Instruments）因业绩利好: the cause after 因 is not what is measured (once: it
  // is the tail's last clause)
  if (e - s >= 4) {
    const c = causeAt(norm, s, e);
    if (c > s + 1) e = c;
  }
  changed = true;
  while (changed && e > s) {
    changed = false;
    // a parenthesis at the end, a name's other spelling or a note (德州仪器（Texas Instruments）,
    // 营收（不含税）), is no part of it (tested before TRIM_END takes its ')')
    // (每股收益（EPS） 为: the blank after it first, or TRIM_END takes the ')' with it)
    while (e > s && JS_SPACE[norm.charCodeAt(e - 1)] === 1) e--;
    if (e - s >= 4 && norm.charCodeAt(e - 1) === C_CLOSE_PAREN) {
      const open = norm.lastIndexOf('(', e - 1);
      if (open > s + 1) {
        e = open;
        changed = true;
      }
    }
    while (e > s && TRIM_END[norm.charCodeAt(e - 1)] === 1) {
      if (OPENER_OF[norm.charCodeAt(e - 1)] !== 0 && openedInside(norm, s, e)) break; // (“留花剔地”和“留地剔花”: the mark stays)
      e--;
      changed = true;
    }
    // 该指标从上季度的3920亿美元, 蜂蜜产量从日产2000瓶, 人才由不足百人: 从/由… is where a change
    // starts, not what it measures (not 从业, 自由, 理由)
    if (e - s >= 3) {
      const f = startOfChange(norm, s, e);
      if (f > s + 1) {
        e = f;
        changed = true;
      }
    }
    // (a date the date extractor found ending the words: 新疆经济去年, 长和星期五)
    if (documentDates.length > 0 && e - s >= 4) {
      const di = dateAt(off + e - 1);
      const d = di >= 0 && documentDates[di].span.end === off + e ? documentDates[di].span.start : -1;
      if (d >= 0 && d - off >= s + 2) {
        e = d - off;
        // (公安机关已于近期: 于 opens the date; 在 before one is trimmed as a suffix)
        if (norm.charCodeAt(e - 1) === C_YU && e - s >= 3) e--;
        changed = true;
      }
    }
    const suffixes = SUFFIX_BY_LAST[SUFFIX_SLOT[norm.charCodeAt(e - 1)]] ?? NONE;
    for (let k = 0; k < suffixes.length; k++) {
      const p = suffixes[k];
      // (…案件6543件，年均增长31.8%: 年均 alone is a trim word, no subject, and the clause before
      // names what grew; its 均 is not cut to leave 年, a fragment that inherits nothing)
      if (p === '年均' && e - s === 2 && norm.endsWith(p, e)) break;
      // (合约, 节约, 条约: 约 ends a word there, no approximation; 上年同期 names a period, 股价同期 says when)
      if (norm.endsWith(p, e) && e - s > p.length && WORD_BEFORE_SUFFIX.get(p)?.[norm.charCodeAt(e - 2)] !== 1 && !(p === '同期' && norm.charCodeAt(e - 3) === C_NIAN)) {
        e -= p.length;
        changed = true;
        break;
      }
    }
  }
  if (e - s < 1) return null;
  // 1986年进一步降至28%: nothing but an adverb or a frame word is no subject (the sentence's is inherited)
  if (e - s <= MAX_TRIM_WORD && TRIM_WORDS.has(norm.slice(s, e))) return null;
  // (传言“某基金…申购量: a quotation opened and not closed before the number starts the subject)
  // (not after a short name: 黄河“几字弯)
  const open = e - s >= 4 ? norm.lastIndexOf('“', e - 1) : -1;
  // (nor where it closes right after the words, before the number: 政府“大礼包”就占了)
  if (open >= s + 3 && open + 2 < e && (e >= norm.length || norm.charCodeAt(e) !== C_CLOSE_QUOTE)) {
    const close = norm.indexOf('”', open);
    if (close < 0 || close >= e) s = open + 1;
  }
  let from = s;
  let tn = norm.slice(s, e);
  if (e - s > MAX_SUBJECT || tn.indexOf('、') >= 0) {
    // a long phrase: keep its last part (…等品牌部分单品 → 品牌部分单品)
    const cut = Math.max(tn.lastIndexOf('的'), lastListEnd(tn), tn.lastIndexOf('、'));
    if (cut >= 0 && tn.length - cut - 1 >= 2 && tn.length - cut - 1 <= MAX_SUBJECT) {
      from = s + cut + 1;
      tn = tn.slice(cut + 1);
    } else if (e - s > MAX_SUBJECT) return null;
  }
  if (tn.length <= 2 && RE_PRONOUN.test(tn)) return null; // (it matches one or two characters only)
  // 确诊患者中789名: the group the number is part of (not 高中, 震中: words that end in 中)
  // (特斯拉股价在盘后交易中: 在…中 frames the number, what is measured stands before it; not before 占,
  // 纯电动汽车在欧盟市场份额中占比, where the frame is the whole the share is of)
  if (tn.length >= 3 && tn.charCodeAt(tn.length - 1) === C_ZHONG && !WORDS_IN_ZHONG.has(tn.slice(-2))) {
    const zai = tn.indexOf('在');
    e = zai >= 2 && text.charCodeAt(off + e) !== C_ZHAN ? from + zai : e - 1;
  }
  const out = text.slice(off + from, off + e).trim();
  // (世茂集团（00813.HK）涨幅: a stock's code in parentheses inside the words is left out)
  if (tn.indexOf('(') >= 0 && tn.indexOf('.') >= 0) return out.replace(STOCK_CODE_NOTE, '') || null;
  return out || null;
}
const STOCK_CODE_NOTE = /[(（]\s*\d{4,6}\s?[.．]\s?[A-Za-z]{2}\s*[)）]/g;

const C_ZHONG = '中'.charCodeAt(0);
const C_ZHAN = '占'.charCodeAt(0);
const C_CLOSE_QUOTE = '”'.charCodeAt(0);
/** By a one-character suffix, the characters that make a word with it before it: 约 (合约, 节约, 条约, 预约), 都 (成都, 首都, 古都). */
const WORD_BEFORE_SUFFIX = new Map([
  ['约', unitTable('合公条协签契预节制邀')],
  ['都', unitTable('成首京古国帝故迁陪')],
  ['均', unitTable('人户亩案场日月')], // (案均, 人均, 日均: an average's word, no adverb; not 持股均, 每次均)
]);
const C_AN = '按'.charCodeAt(0);
/** One-character words that are no baseline alone. */
const FUNCTION_ONE = unitTable('了的是在和与及也就都还');
const RE_COMPUTED_BY = /^按照?[^,。]{1,10}?(?:计算|统计|测算)的?/;
/** The last 等 of s that ends a list (…等品牌), not one that opens a word (等效利用小时数, 等级), or -1. */
function lastListEnd(s: string): number {
  let k = s.lastIndexOf('等');
  while (k >= 0 && k + 1 < s.length && DENG_WORD_SECOND.includes(s[k + 1])) k = k > 0 ? s.lastIndexOf('等', k - 1) : -1;
  return k;
}
/** Second characters of words that open with 等 (等效, 等级, 等同, 等量, 等额, 等比, 等离子, 等待, 等候). */
const DENG_WORD_SECOND = '效级同量额比离待候';
/** Negated predicates that stand where a noun would after a number (维持在3.50%-3.75%不变, 三县不通高速公路,
 *  40%至75%不等, where 等 ends the noun at 不; not 不同型号, 未成年人). */
const NEGATED_PREDICATE = /^(?:[不未没]$|不变|不等|未变|不通|不到位|没有变化)/;
const C_YI = '一'.charCodeAt(0);
const C_JI = '即'.charCodeAt(0);
/** After 将 these open a predicate (将会, 将于, 将在, 将再, 将进一步): 将 is the future there. */
const PREDICATE_OR_ADVERB = unitTable('会于在再进持继要可能有是成从由与向对大');
/** The last character of a verb of result (维持在, 降至, 扩大到, 调整为): before it 将 + noun is its object. */
const RESULT_END = unitTable('至到在为');
/**
 * 宣布将联邦基金利率目标区间(维持在), 可将电子控制单元数量(减少): where 将 marks the object of a
 * verb of result or change, where that object starts in raw (-1 if nowhere); not 将 of the
 * future (谷歌将支付, 即将, 将会).
 */
function objectOfJiang(raw: string, verb: string): number {
  if (!(RESULT_END[verb.charCodeAt(verb.length - 1)] === 1 || CHANGE_VERBS.has(verb))) return -1;
  // (before a verb of one character, 至 为, what follows 将 may be the verb's own first half: 将放缓至)
  return jiangObject(raw, raw.length, verb.length === 1 ? 4 : 2);
}
/** Where the object of the last 将 in raw[0, end) starts, more than `minGap` before end; -1 where that 将 is the future (即将, 将会, 将于) or none stands there. */
function jiangObject(raw: string, end: number, minGap: number): number {
  const j = raw.lastIndexOf('将', end - 1);
  if (j < 0 || end - j <= minGap || (j > 0 && raw.charCodeAt(j - 1) === C_JI) || PREDICATE_OR_ADVERB[raw.charCodeAt(j + 1)] === 1 || startsWithVerb(raw, j + 1)) return -1;
  return j + 1;
}
/** After 把 these make a word (把握, 把关, 把控, 把脉): no object follows. */
const NOT_AFTER_BA = unitTable('握关控脉');
const WORDS_IN_ZHONG = new Set(['震中', '高中', '初中', '华中', '集中', '空中', '居中', '适中', '命中', '选中', '看中', '击中', '其中', '之中', '当中', '途中']);
/** The one-character subjects that are nouns. */
const SINGLE_NOUN = unitTable(loadList(new URL('./subject-single-nouns.txt', import.meta.url)).join(''));

/**
 * After three or more digits these start no word the digits name: a scale or approximation
 * (300万人, 100多家), a date (2023年营收), a range's second half (至 到), a function word or adverb.
 */
const NOT_NAMED_AFTER = unitTable('万亿多余年月日号至到只是也都就才又还仍已将被把在为和与及或的了看即却');
/**
 * Do three or more plain digits before `w` (the first character after them and any spaces)
 * name the word there (4680 电池, 863计划, 104国道, 标普500指数)? A count would have its
 * measure word, so not where a unit follows (300家企业), nor a word of NOT_NAMED_AFTER or a
 * frame (徘徊在106附近). One rule for the metrics scan (no metric there) and for subjects (the
 * digits stay in the name).
 */
export function digitsNameWordAt(s: string, w: number): boolean {
  const c = w < s.length ? s.charCodeAt(w) : 0;
  return isHanCode(c) && NOT_NAMED_AFTER[c] !== 1 && !FRAME_NOUN.test(s.slice(w, w + 2)) && matchUnit(s, w) === null;
}
/**
 * How many units of s follow the year that opens it (2025年, 2025 年底, 截至 2025 年底: the year,
 * after a word of time at most, then the units and time words after it), or s.length; also
 * s.length where another number follows (2025年至2026年产季…: clean keeps only what follows that).
 */
function wordsAfterOpeningYear(s: string): number {
  const lead = YEAR_LEAD.exec(s);
  let j = lead === null ? 0 : lead[0].length;
  const digits = j;
  while (j < s.length && isDigitCode(s.charCodeAt(j))) j++;
  if (j - digits < 4) return s.length;
  if (s.charCodeAt(j) === 0x20) j++;
  if (s.charCodeAt(j) !== C_NIAN) return s.length;
  while (j < s.length && AFTER_NUMBER[s.charCodeAt(j)] === 1) j++;
  return RE_DIGIT.test(s.slice(j)) ? s.length : s.length - j;
}
/** The first characters of the words of time after a year set off by blanks (2025 全年, 2026 财年, 2025 上半年). */
const YEAR_WORD_FIRST = unitTable('全财上下前第整年度季');
/** Before the copula 为 these make another word with it (成为, 作为, 认为, 称为, 因为, 以为, 行为, 更为). */
const NOT_BEFORE_COPULA = unitTable('成作认称因以行更');
const C_WEI_COPULA = '为'.charCodeAt(0);
/** s ends with a noun's last character and the copula 为 (面额为, 市值为): the number after it is that noun's value. */
function copulaEnds(s: string): boolean {
  const b = s.charCodeAt(s.length - 2);
  return s.charCodeAt(s.length - 1) === C_WEI_COPULA && b >= 0x4e00 && b <= 0x9fff && NOT_BEFORE_COPULA[b] !== 1;
}
/** Words of time before a span that ends a noun (基金过去三年, 开发者近两年). */
const TIME_BEFORE_NEXT = /(?:过去|未来|最近|近|连续)$/;
/** Words of time that may stand before an opening year (截至 2025 年底). */
const YEAR_LEAD = /^(?:截至|截止|到|至|在|于) ?/;

/**
 * The index of the last digit of the last number in s, or -1; a digit run glued to a Latin
 * letter is part of a name (5G, H3N2, 1000Mbps), not a number (5G基站数 keeps its 5G), and so are
 * three or more digits between Han characters with no unit after them (标普500指数).
 */
/** A term of one or two digits of years (1年期, not 2015年期初) and a model year (2023 年款) after the digits. */
const TERM_YEARS = /^\s?年期(?![初末间内中])/;
const MODEL_YEAR = /^\s?年款/;
function lastNumberDigit(s: string): number {
  let i = s.length - 1;
  while (i >= 0) {
    if (!isDigitCode(s.charCodeAt(i))) {
      i--;
      continue;
    }
    const last = i;
    let point = false;
    while (i >= 0 && (isDigitCode(s.charCodeAt(i)) || s.charCodeAt(i) === 0x2e)) if (s.charCodeAt(i--) === 0x2e) point = true;
    if (i >= 0 && isLatinCode(s.charCodeAt(i))) continue;
    if (last + 1 < s.length && isLatinCode(s.charCodeAt(last + 1))) continue;
    // (1年期LPR, 5年期以上LPR: a term of years is part of the rate's name; 2023 年款车型: a model year)
    if (!point && ((last - i <= 2 && TERM_YEARS.test(s.slice(last + 1, last + 4))) || (last - i === 4 && MODEL_YEAR.test(s.slice(last + 1, last + 4))))) continue;
    // (当代置业（01107.HK）涨: a stock's code, its exchange after a point, is part of its name)
    if (last + 2 < s.length && s.charCodeAt(last + 1) === 0x2e && isLatinCode(s.charCodeAt(last + 2))) continue;
    // 标普500指数, 沪深300指数: after a Han character, three or more digits that name the word after them
    // (标普 500 指数, 罗素 2000 指数: with a blank on both sides, as some sites set digits)
    // (not a year before a word of its time: 瑞昱 2025 全年营收, 2026 财年)
    if (!point && last - i >= 3 && i >= 0) {
      const blanks = last + 2 < s.length && s.charCodeAt(i) === 0x20 && s.charCodeAt(last + 1) === 0x20 ? 1 : 0;
      if (i - blanks >= 0 && isHanCode(s.charCodeAt(i - blanks)) && digitsNameWordAt(s, last + 1 + blanks) && (blanks === 0 || YEAR_WORD_FIRST[s.charCodeAt(last + 2)] !== 1)) continue;
    }
    return last;
  }
  return -1;
}
