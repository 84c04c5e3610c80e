// Dates: absolute (2023-10-17, 2023年10月17日, 二〇二三年十月十七日), relative to the reference
// date (今天, 去年, 上周三, 今年3月), fuzzy periods (9月初, 年底, 一季度, 上半年), holidays (春节,
// 国庆; lunar ones through ICU's Chinese calendar), open periods (以来, 截至, 之前, 之后), ranges
// (3月至5月, 5月6日—8日, 2022-2023年) and vague words (近期, 目前). The conventions are in
// the README (section "Dates: conventions") and follow SPEC.md; corpus.yaml beside this file holds the examples (= the tests).
//
// One left-to-right scan over ctx.norm: at each position that can start a date, bounded sticky
// regexes try the atoms in a fixed order; an atom that matches is extended by a range (至/到/-)
// and by a prefix/suffix (自, 截至, 以来, 之前 …), and the scan resumes after it.
import type { ExtractContext } from '../context.js';
import type { DateItem } from '../../types.js';
import { alternation, loadList, loadRows } from '../../lexicon/load.js';
import { parseNumeral } from '../../text/numerals.js';
import { digitsEnd, isDigitCode, isLatinCode, someCodeIn, unitTable } from '../../text/chars.js';
import { indexAt } from '../../segment/index.js';
import { addDays, addMonths, addMonthsToDate, isoDateWide, lastOfMonth, mondayOf, weekday } from '../../calendar.js';
import { lunarNewYearsEve, lunarToIso } from './lunar.js';
import { firstUnits, unitTables } from './first.js';
import { mentionsFiscalYear, withFiscalPeriods } from './fiscal.js';
import { mentionsPlan, withPlanPeriods } from './plans.js';
import { mentionsEvent, withEventPeriods } from './events.js';
import { TIMES_OF_DAY, TIMES_OF_DAY_ALT } from '../../lexicon/times.js';
import { TRADING_DAYS } from '../../lexicon/trading-days.js';
import { inPlaceOf } from './merge.js';

/** A date item; `lunar` is set on dates resolved through the lunar calendar, `fiscal` on fiscal periods (fiscal.ts). */
export type DateOut = DateItem & { lunar?: boolean; fiscal?: boolean };

// ---------------------------------------------------------------- lexicons (data files)

const HOLIDAYS = new Map<string, { cal: string; m: number; d: number }>();
for (const [name, cal, m, d] of loadRows(new URL('./holidays.tsv', import.meta.url))) HOLIDAYS.set(name, { cal, m: +m, d: +d });
const ERAS = new Map<string, number>();
for (const [name, y] of loadRows(new URL('./eras.tsv', import.meta.url))) ERAS.set(name, +y);
const NOT_DATES = loadList(new URL('./not-dates.txt', import.meta.url));
/** Days counted from the reference date (前日 as the news uses it: 前天; 前日本 is in not-dates.txt). */
const DAY_REL: Record<string, number> = { 大前天: -3, 前天: -2, 前日: -2, 前晚: -2, 昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 今天: 0, 今日: 0, 今晨: 0, 今早: 0, 今晚: 0, 明天: 1, 明日: 1, 明晚: 1, 明早: 1, 后天: 2, 大后天: 3 };
/** 当天 (次日, 前一天): the day of the date the paragraph gave last (the day after it, before it); see Scanner.lastDay. */
const DAY_ANAPHOR: Record<string, number> = { 当天: 0, 当日: 0, 同日: 0, 同一天: 0, 当晚: 0, 那天: 0, 那一天: 0, 次日: 1, 翌日: 1, 隔天: 1, 前一天: -1, 此前一天: -1, 前一日: -1 };

/** How far back a lunar date with no year may be before the next one, if that is within LUNAR_AHEAD days, is taken instead (nearLunar). */
const LUNAR_PAST_REACH = 300;
const LUNAR_AHEAD = 60;
/** 当月 (次月): the month of the date the paragraph gave last, a month or a day in it (the month after it). */
const MONTH_ANAPHOR: Record<string, number> = { 当月: 0, 同月: 0, 次月: 1 };
/** 同期 alone: the period the paragraph gave last (2025年，券商净利润增长50%，同期指数上涨30%). */
const SAME_PERIOD = '同期';
/** What may stand right before 同期 alone (not 历史同期, 往年同期: the same time of other years; nor 较同期, 与同期相比: last year's). */
const BEFORE_SAME_PERIOD = unitTable('而且在是为于,。;:、 ');
/** Measures that last a number of days written right after them (行政拘留10日, 停牌3日): a span, no day. */
const SPAN_OF_DAYS_BEFORE = /(?:拘留|拘役|禁闭|停牌|停业|休假|隔离)\s?$/;
/** The last units of those measures and a blank: most bare days fail this table, with no slice. */
const SPAN_OF_DAYS_LAST = unitTable('留役闭牌业假离 ');
/** A bare day's number at `at` follows such a measure. */
function spanOfDaysBefore(norm: string, at: number): boolean {
  return at >= 2 && SPAN_OF_DAYS_LAST[norm.charCodeAt(at - 1)] === 1 && SPAN_OF_DAYS_BEFORE.test(norm.slice(Math.max(0, at - 3), at));
}
/** A day of the month right after 同月/当月 (同月25日). */
const DAY_OF_MONTH_AFTER = /(\d{1,2})\s?[日号]/y;
const DAY_WORDS = [...Object.keys(DAY_REL), ...Object.keys(DAY_ANAPHOR), ...TRADING_DAYS.keys(), ...Object.keys(MONTH_ANAPHOR), SAME_PERIOD];
/** Before 前一天 these make it no day before the paragraph's last one (提前一天, 投票的前一天). */
const NOT_BEFORE_DAY_BEFORE = unitTable('提的');

// ---------------------------------------------------------------- patterns

const CN_DIGIT = '〇零一二三四五六七八九';
const MON = '1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|正|腊|冬';
const DAY = '3[01]|[12]\\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|初[一二三四五六七八九十]|[一二三四五六七八九]';
const NUM = `\\d{1,3}|[一二三四五六七八九十两半]{1,3}`;
const DASH = '[-–—~～－至到]|——';
const MID_OK = '(?=[^\\u4e00-\\u9fff]|[的以前后时旬下]|期(?!选|目标|规划)|$)'; // 年中/月中 only before these (not 年中国, not 9月中期选举, not 中期目标)
/** How far into its paragraph 当天 may stand and still take the day of the paragraph before (拉伊达·贾瓦伯是当天). */
const OPENING_REACH = 10;
/** How many paragraphs back such a day may stand (the date found last: none in the paragraphs between). */
const OPENING_PARAGRAPHS = 2;
/** What may stand between a holiday and a bare day that takes its month (春节假期（15日至23日）, 国庆期间(3日)). */
const HOLIDAY_TO_DAY = /^(?:假期|长假|期间|黄金周)?\s?\(?$/;

const sticky = (s: string) => new RegExp(s, 'y');
/** More quarters after the first one's numeral, in a list or a range (第三、第四季度, 一至三季度): the date spans them all. */
const QUARTER_MORE = '[ \\t]?[、至到和-][ \\t]?第?[ \\t]?[一二三四1-4]';
const QUARTER_LIST = `(?:${QUARTER_MORE}){0,2}`;
/** A quarter's numeral and the marks of a list of quarters, read back from the last one (一、二季度). */
const QUARTER_NUMERAL = unitTable('一二三四1234');
const QUARTER_LIST_MARK = unitTable('、和');
const C_DI_ORD = '第'.charCodeAt(0);
/**
 * Where a year of four digits (19xx, 20xx) ends right before p, or before one blank there (2025
 * 上半年: blanks around numbers), starts; -1 where none does (nor the end of a longer number or a decimal).
 */
function bareYearStart(norm: string, p: number): number {
  const e = p >= 1 && norm.charCodeAt(p - 1) === 0x20 ? p - 1 : p;
  if (e < 4 || !isDigitCode(norm.charCodeAt(e - 4)) || !isDigitCode(norm.charCodeAt(e - 3)) || !isDigitCode(norm.charCodeAt(e - 2)) || !isDigitCode(norm.charCodeAt(e - 1))) return -1;
  if (e >= 5 && (isDigitCode(norm.charCodeAt(e - 5)) || norm.charCodeAt(e - 5) === 0x2e)) return -1;
  const y = digitsValue(norm, e - 4, e);
  return y >= 1900 && y <= 2099 ? e - 4 : -1;
}
const RE = {
  iso: /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|\.\d)/y,
  yearRange: sticky(`(\\d{4})[ \\t]?(?:${DASH})[ \\t]?(\\d{4})[ \\t]?年(?!代)`),
  yearNum: /(\d{4}|\d{2}|[〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})[ \t]?年(?!代|级)(度)?/y,
  yearRel: /(大前年|大后年|前年|去年|(?<!如)今年|明年|后年|本年|上年|上一年|下一年|新一年|新的一年|这个(?=[春夏秋冬][季天])|年内(?<![\s\d一二两三四五六七八九十百几数多半今去明前后上下本当同该近每整往年]年内))(?!纪)(度)?/y,
  yearAnaphor: /(当年|同年|次年|翌年|隔年)/y,
  yearThousands: /([一二两]千[零〇]?[一二三四五六七八九十]{0,3})[ \t]?年/y,
  era: sticky(`(${alternation(ERAS.keys())})(元|\\d{1,3}|[一二三四五六七八九十]{1,3})年`),
  yearPart: sticky(
    `(?:的[ \\t]?|[ \\t](?=[Qq]))?(?:(上半年|前半年|中期(?![选间]|目标|规划|以来))|(下半年|后半年)|前[ \\t]?([一二三1-3])[ \\t]?个?季度|第?[ \\t]?([一二三四1-4])${QUARTER_LIST}[ \\t]?季(?:度|报|(?<=第[ \\t]?[一二三四1-4][ \\t]?季))(末|初)?|[Qq]([1-4])(?!\\d)|(首季度)` +
      `|年?(初(?![夏春秋冬])|伊始|开年首月|开年|中(?:(?<=年年中)(?!国)|${MID_OK})|底|末|上旬|中旬|下旬)|(春季|春天|夏季|夏天|秋季|秋天|冬季|冬天|(?:春夏|夏秋|秋冬)季?(?!之交))` +
      `|第[ \\t]?(\\d{1,2}|[一二三四五六七八九十]{1,3})[ \\t]?(周|週|个星期|个月)` +
      `|(前|最后|最後)[ \\t]?(\\d{1,2}|[一二三四五六七八九十两]{1,3})[ \\t]?(个)?[ \\t]?(周|週|星期|月|天|日|季度))`,
  ),
  // (新年以来, 新年伊始: the new year is this one, from its start; not 新年 alone, the holiday or a greeting)
  yearPartAlone: sticky(`(上半年|下半年|年初|开年(?=以来|至今)|新年(?:伊始|(?=以来))|年中${MID_OK}|年底|年末|岁末)`),
  quarterAlone: sticky(`(?:第[ \\t]?([一二三四1-4])|([一二三四]))${QUARTER_LIST}[ \\t]?季度(末|初)?|前[ \\t]?([一二三])[ \\t]?个?季度|[Qq]([1-4])(?!\\d)|(首季度)`),
  monthRange: sticky(`(${MON})[ \\t]?(?:${DASH})[ \\t]?(${MON})[ \\t]?月份?`),
  month: sticky(`(${MON})[ \\t]?月(份)?`),
  monthRel: /(上上个月|本月|这个月|上个月|上月|下个月|下月)(份)?/y,
  monthPart: sticky(
    `(?:(上中旬|中上旬)|(中下旬)|(初|上旬)|(中旬|中${MID_OK})|(下旬|底|末)|(上半月|前半月)|(下半月|后半月)|的?第[ \\t]?([一二三四五1-5])[ \\t]?(?:周|週|个星期)` +
      `|的?(前|最后|最後)[ \\t]?(\\d{1,2}|[一二两三四五六七八九十]{1,3})[ \\t]?个?[ \\t]?(周|週|星期|天|日))`,
  ),
  monthPartAlone: sticky(`(?:月(初|中${MID_OK}|底|末)|(上旬|中旬|下旬)|(上半月|下半月))`),
  halfYearRel: /(上|下|这|本)个?半年/y,
  /** The day of a lunar month alone, the end of a range (腊月二十七至二十八, 正月初一至初七). */
  lunarDayAfter: sticky(`初?((?:二十|廿|十)?[一二三四五六七八九]|[二三]?十)(?![0-9一二三四五六七八九十百千万亿年月日号个多余人名家位])`),
  dayRange: sticky(`(${DAY})[ \\t]?(?:${DASH})[ \\t]?(${DAY})[ \\t]?([日号])`),
  day: sticky(`(${DAY})[ \\t]?([日号])?`),
  // (not 下一个周期, 上周年: 周 opening another word)
  week: /(上上|下下|上一|下一|上|下|本|这)[ \t]?个?[ \t]?(周(?![期年刊报边围])|週|星期|礼拜|禮拜)(末|[一二三四五六日天1-7])?/y,
  weekday: /(?:周|週|星期|礼拜|禮拜)([一二三四五六日]|(?<=[期拜])天)/y,
  halfWeek: /(上半周|下半周)/y,
  quarterRel: /(上一?个?|本|这一?个?|下一?个?)季度(末|初)?/y,
  dayRel: sticky(`(${alternation(DAY_WORDS)})`),
  vague: /(近期|近日|(?<![接将])近来|日前|不久前|前不久|近年来|近些年来|近些年|这些年来|这些年|近几年来?|近几(?:周|个月)来?|最近几年|最近(?=[,:]|一段时间)(?<![^\n。,!?:;“”"」\s]最近)|这几年|(?<![接将贴靠逼临亲附])近年(?![底初末中轻龄纪])|至今(?![年天日])|迄今)/y,
  // 目前/当前/如今 are dates only as the end of an open period (截至目前, 到目前为止)
  now: /(目前|当前|现在|如今)(为止)?/y,
  ago: sticky(`(${NUM})(?:多|余)?[ \\t]?(个)?多?[ \\t]?(年|月|周|星期|天)(以前|之前|前|以后|之后|后)(?![一二三四五六七八九十两\\d])`),
  decade: sticky(
    `(?:(上|本)世纪|(\\d{2}|[一二]?十[一二三四五六七八九]?)[ \\t]?世纪)?[ \\t]?((?:1[89]|20)\\d0|\\d0|[一二三四五六七八九]十|[一二三四五六七八][二三四五六七八九]十)[ \\t]?年代(初期|中期|末期|初|中|末)?`,
  ),
  century: /(?:(上|本)世纪|(\d{2}|[一二]?十[一二三四五六七八九]?)[ \t]?世纪)(初期|中期|末期|初|中叶|末)?/y,
  holiday: sticky(`(${alternation(HOLIDAYS.keys())})`),
  lunarDay: /(?:(农历|阴历)[ \t]?)?(?:(\d{4}|[〇零一二三四五六七八九]{4})[ \t]?年)?[ \t]?(农历|阴历)?[ \t]?(正|腊|冬|十[一二]?|[一二三四五六七八九])月(初[一二三四五六七八九十]|[一二]?十[一二三四五六七八九]?|三十|廿[一二三四五六七八九]?|[一二三四五六七八九])(?![日号\d])/y,
  conn: sticky(`[ \\t]{0,2}(?:${DASH}|和|与|及)[ \\t]{0,2}`),
  between: /[ \t]?(?:之间|间)/y,
  suffix:
    /(以来|至今|迄今|起(?![草诉火飞来步源点码床居])|开始|前后|或之前|或以前|及以前|及之前|或之后|或以后|及以后|及之后|以前|之前|以后|之后|前(?![一二三四五六七八九十两几\d半个天年日晚夕期])|后(?![一二三四五六七八九十两几\d半个期天年日]))/y,
  weekdayApposition: /[ \t]?[,(]?[ \t]?(?:星期|周|週|礼拜)[一二三四五六日天]\)?/y,
  prefix: /(自从|自|从|截至到|截止到|截止至|截至|截止)[ \t]?$/, // (PREFIX_LAST: the last units of its words)
  // 将 is also the object marker (将旗下资产转让): only 将 before a time, 于/在/会/要, or a launch verb.
  // 预期 as a verb only (消费者预期6个月后): not the noun (的预期, 高于预期, 预期回报率), said of past periods too.
  forward: /考虑(?:在|于)|将(?:于|在|会|要|从|自|[\d一二三四五六七八九十今明下本]|举行|举办|召开|推出|发布|上线|开幕|开通|启动|实施|开始|迎来|到来|持续)|即日起|即将|暂定|计划(?![，,。；;、的）)”】已])|预计|拟|有望|准备|打算|定于|定在|恐(?:将|会|怕|导致)|届时|力争|争取|预定|瞄准|临近|可能(?:会|将|在|于)|(?<![的于超对场入利长观理好涨降息])预期(?![的回收与值目差尚上下,。])/,
};

/** A sticky regex with the table (by unit class, see first.ts) of the units a match of it can start with. */
interface Pat {
  re: RegExp;
  first: Uint8Array;
}
const PAT_RES: RegExp[] = [];
const pat = (re: RegExp): Pat => {
  PAT_RES.push(re);
  return { re, first: new Uint8Array(0) };
};
/**
 * The sticky patterns of RE; `Scanner.at` runs one only where its table allows. (Made in one
 * go by Object.fromEntries, which gives an object of fast properties: filled key by key, its 31
 * keys put it in dictionary mode, and every P.x load was a hash lookup.)
 */
const P = Object.fromEntries(
  Object.entries(RE)
    .filter(([k]) => k !== 'prefix' && k !== 'forward')
    .map(([k, re]) => [k, pat(re)]),
) as Record<Exclude<keyof typeof RE, 'prefix' | 'forward'>, Pat>;

const PREFIX_LAST = [...'从自到至止'].map((c) => c.charCodeAt(0));
const C_YUE = '月'.charCodeAt(0);
/** Verbs of saying in the clause after a date: what follows them is what was said. */
const SPEECH_AFTER_DATE = /宣布|表示|透露|指出|强调|声称|宣称/;
/** A futures contract after a month (4月黄金期价, 3月白银期货, 2月期银, 4月期权, 5月合约, 3月交货的伦敦布伦特原油期货). */
const FUTURES_AFTER = /^(?:[\u4e00-\u9fff]{0,2}(?:期价|期货|合约|期权|期银|期金)|交货|交割)/;
/** 截至 and a clock's zone before a date (截至美东时间27日): a cut-off, as RE.prefix's 截至. */
const CUTOFF_IN_ZONE = /(截至|截止)[ \t]?(?:北京时间|美东时间|美国东部时间|当地时间|东京时间|纽约时间|伦敦时间)[ \t]?$/;
const C_JIAN_TIME = '间'.charCodeAt(0);

// Where a date can start: a table of first characters, then one sticky regex (numerals
// followed by a date unit, and the words that open a date); the atom regexes run only there.
// Words that open a date (besides holidays, eras and the not-dates list; 近年 as P.vague takes
// it, not in 接近年底, and no other pattern begins with 近年):
const WORDS = [
  '大前年', '大后年', '前年', '去年', '今年', '明年', '后年', '本年', '上年', '上一年', '下一年', '新一年', '新的一年', '年内', '当年', '同年', '次年', '翌年', '隔年',
  '上半年', '下半年', '前半年', '后半年', '年初', '开年', '新年', '年中', '年底', '年末', '岁末', '首季度',
  '这个冬', '这个夏', '这个春', '这个秋',
  '本月', '这个月', '上个月', '上月', '下个月', '下月', '上上个月', '月初', '月中', '月底', '月末', '上旬', '中旬', '下旬', '上半月', '下半月',
  ...DAY_WORDS,
  '近期', '近日', '近来', '日前', '不久前', '前不久', '近年来', '近些年', '这些年来', '这些年', '近几年', '近几周', '近几个月', '最近几年', '最近', '这几年', '近年', '迄今', '农历', '阴历', '上世纪', '本世纪',
];
/**
 * 目前/当前/现在/如今 open a date only as P.now accepts it in Scanner.other: before 为止, or
 * after (截至|截止|截止到|截至到|到|至)[ \t]? (whose last units are 至, 到 or 截止). No other
 * pattern, holiday, era or not-date begins with these words (目 现 如 begin nothing else; 当 also
 * 当年 of P.yearAnaphor, which this does not touch), so elsewhere expression() failed there and the
 * scan went on one unit later, as it does where CANDIDATE fails. (The lookbehind runs only after
 * the word has matched.) So too 至今, a date only as P.vague takes it: not before 年 天 日 (no
 * other pattern begins with 至今). Their first two units still feed FIRST and WORD_PAIR, as words do.
 */
const GUARDED_WORDS = ['目前', '当前', '现在', '如今', '至今'];
const GUARDED_ALT = `(?:目前|当前|现在|如今)(?:为止|(?<=(?:[至到]|截止)[ \\t]?..))|至今(?![年天日])`;
/** The word before 目前/当前/现在/如今 that makes it the end of an open period (截至目前, 到现在); not 到
 *  of a verb (考虑到当前, 达到现在的, 看到). */
const UNTIL_BEFORE = /(截至|截止|截止到|截至到|(?<![虑想看得受遇提谈意识感达收听见找做办注])到|至)[ \t]?$/;
/** 多 or 余 after the number of a span (10多年前): more than that. */
const MORE_AFTER_NUMBER = /[多余]/;
/** 多 + a measure word after a year is "many" (2026年多项重点工作), not "more than N years". */
const MANY_OF = /^多[项个家种次场地位名部国方款批轮]/;
/** An event's verb and 以来 right after a date (2009年注册以来, 2001年实施以来): open since the date. */
const SINCE_VERBS = loadList(new URL('./since-verbs.txt', import.meta.url));
const VERB_SINCE = new RegExp(`^(?:${SINCE_VERBS.join('|')})以来`);
const VERB_FIRST_SINCE = unitTable(SINCE_VERBS.map((v) => v[0]).join(''));
/** 以来 after a few more words of the clause (自2010年至2011年流感季以来). */
const SINCE_AHEAD = /^[^,，。;；:：]{0,8}以来/;
/** 从, 自: where a span that 到 closes opens. */
const FROM_WORDS = unitTable('从自');
/** The end of a period before 前, 之前 or 以前 (月底前, 年末前, 年底之前): a deadline, "by the end of". */
const DEADLINE_END = unitTable('底末');
const C_QIAN_BEFORE = '前'.charCodeAt(0);
const [C_QI, C_ZHI, C_DAO] = [...'起至到'].map((c) => c.charCodeAt(0));
/** A verb with 了 after a date (in its sentence, within 16 characters): the date is told as past. */
const TOLD_AS_DONE = /^[^。；;]*?[\u4e00-\u9fff](?<![为除])了(?!解)/;
/** CANDIDATE's first alternative: a numeral unit, up to 8 of them, then a date unit (NUM_TAIL). */
const NUM_UNIT = '(?:[\\d〇零一二三四五六七八九十]|[廿两半初正腊冬])';
// What may follow a run of numeral units for some pattern to match at its start. Each pattern
// that begins with numeral units takes the whole run (what it needs after its numerals is none of
// them), so the unit after the run (and a space or tab) decides:
//   年  yearNum, lunarDay (a run of 2 or 4 digits: NUM_YEAR), ago (年 then 以前 之前 前 以后 之后 后),
//       decade (年代)
//   个  ago alone: 个[ \t]?(年|月|周|星期|天) then its suffix (天 after 个 never opened a candidate)
//   周 星期 天  ago alone, with its suffix;   季  quarterAlone alone: [一二三四][ \t]?季度 (NUM_QUARTER)
//   月 日 号 世纪 and a dash: month, lunarDay, day, dayRange, monthRange, century, decade, yearRange, iso
// (和 与 及 、 and a 个 before 半年 or 季度 continue none of them: they opened candidates that failed.)
const NUM_TAIL = '(?:[多余][ \\t]?(?:个[ \\t]?)?(?:年|月|周|星期|天)[以之前后]|年[以之前后代]|月|日|号|世纪|个[ \\t]?多?(?:月|周|星期|年)[以之前后]|(?:周|星期|天)[以之前后]|[-–—~～－至到/.])';
const NUM_YEAR = '[\\d〇零一二三四五六七八九]{2}(?:[\\d〇零一二三四五六七八九]{2})?[ \\t]?年';
const NUM_QUARTER = '[一二三四][ \\t]?季度';
const CANDIDATE_PARTS = [
  // (the class of numeral units as two: a class of more than 16 ranges is tested by a call out
  // of the regex code (V8's IsCharacterInRangeArray) at every unit; two smaller ones inline.
  // Same matches: each alternative takes one unit, the two sets are disjoint, no captures.)
  // (not at a run of digits other than 4 long before a '.': 1.5, 12.8, 12345.6. No pattern can
  // start there (Scanner.startCan: '.' after a run is in DIGIT_RULES for iso alone, 4 digits;
  // the other patterns that begin with a digit are P.day, which needs 日/号 after one or two),
  // so expression failed there and the scan went on after the run, as it does where this fails;
  // no other alternative begins with a digit; at 4 digits and a '.', iso needs \d{1,2}\. next)
  `(?!(?:\\d{1,3}|\\d{5,})\\.|\\d{4}\\.(?!\\d\\d?\\.))(?:${NUM_UNIT}{1,8}[ \\t]?${NUM_TAIL}|${NUM_YEAR}|${NUM_QUARTER})`,
  '[Qq][1-4]',
  // (at 第, P.quarterAlone alone can match: P.yearPart's 第N周/第N个月 are read only after a year)
  `第[ \\t]?[一二三四1-4]${QUARTER_LIST}[ \\t]?季度`,
  '前[ \\t]?[一二三1-3][ \\t]?个?季度',
  '(?:上上|下下|上一|下一|上|下|本|这)[ \\t]?个?[ \\t]?(?:周|週|星期|礼拜|禮拜)',
  '(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]',
  '(?:上|下|这|本)个?半[年月周]',
  '(?:上一?个?|本|这一?个?|下一?个?)季度',
];
const CANDIDATE_WORD_ALT = alternation([...HOLIDAYS.keys(), ...ERAS.keys(), ...NOT_DATES, ...WORDS]);
const CANDIDATE = new RegExp([...CANDIDATE_PARTS, CANDIDATE_WORD_ALT, GUARDED_ALT].join('|'), 'y');
/**
 * CANDIDATE where the unit is an ASCII digit: its numeral alternative alone, as no other
 * alternative and no word begins with one (checked when the module loads; else CANDIDATE
 * itself). A failing test of CANDIDATE tries every word of its list; this one tries none.
 */
const CANDIDATE_AT_DIGIT = (() => {
  const others = firstUnits(new RegExp([...CANDIDATE_PARTS.slice(1), CANDIDATE_WORD_ALT, GUARDED_ALT].join('|'), 'y'));
  const digitFree = others !== null && !others.some((lo, k) => k % 2 === 0 && lo <= 57 && others[k + 1] >= 48);
  return digitFree ? new RegExp(CANDIDATE_PARTS[0], 'y') : CANDIDATE;
})();
// The characters a candidate can begin with, for a cheap test before the regex runs.
// 1: run CANDIDATE there (CANDIDATE_AT_DIGIT at a digit); 2: a unit that only words begin with (中 of 中秋, 国 of 国庆 …):
// CANDIDATE can match there only when the next unit continues one of those words (WORD_PAIR).
// 4 and 8 (below): as 2, or when the next unit has that bit in NEXT (2 is never one of NEXT's bits).
const FIRST = new Uint8Array(0x10000);
/**
 * For FIRST 4 and 8: the units that can come second in a match of the alternatives they begin
 * (bit 4: NUM_NEXT, bit 8: WORD_NEXT); bit 1: the second unit of some word of two or more units
 * (WORD_PAIR can hold a pair ending in this unit only then).
 */
const NEXT = new Uint8Array(0x10000);
/** Ranges (lo, hi, …) that hold every unit FIRST is not 0 at (with some more), for the tables built from it. */
const FIRST_RANGES: number[] = [];
for (const c of '0123456789〇零一二三四五六七八九十廿两半初正腊冬Qq第前上下本这周週星礼禮') {
  FIRST[c.charCodeAt(0)] = 1;
  FIRST_RANGES.push(c.charCodeAt(0), c.charCodeAt(0));
}
{
  // the units the other alternatives (all but the word list) can start with, read off their source
  const other = firstUnits(new RegExp(CANDIDATE_PARTS.join('|'), 'y')) ?? [0, 0xffff];
  for (let k = 0; k < other.length; k += 2) FIRST.fill(1, other[k], other[k + 1] + 1);
  FIRST_RANGES.push(...other);
}
// 4: a numeral unit that begins no alternative but the numeral one (and maybe words of two or
// more units): CANDIDATE can match there only when the next unit continues the numeral one (a
// numeral unit, space, tab or a first unit of NUM_TAIL: NUM_NEXT, bit 4 of NEXT) or one of those words (WORD_PAIR).
{
  // (the second unit of NUM_YEAR is a numeral unit; of NUM_QUARTER a space, tab or 季: a list of
  // quarters, 一、二季度, is taken in from its last numeral, in Scanner.ymd)
  const next = firstUnits(new RegExp(`${NUM_UNIT}|[ \\t]|${NUM_TAIL}|季`, 'y'));
  const starts = firstUnits(new RegExp(NUM_UNIT, 'y'));
  const rest = firstUnits(new RegExp(CANDIDATE_PARTS.slice(1).join('|'), 'y'));
  if (next && starts && rest) {
    for (let k = 0; k < next.length; k += 2) for (let u = next[k]; u <= next[k + 1]; u++) NEXT[u] |= 4;
    const other = new Uint8Array(0x10000);
    for (let k = 0; k < rest.length; k += 2) other.fill(1, rest[k], rest[k + 1] + 1);
    for (let k = 0; k < starts.length; k += 2) for (let u = starts[k]; u <= starts[k + 1]; u++) if (FIRST[u] === 1 && other[u] === 0) FIRST[u] = 4;
  }
}
// 8: 上 下 这 本 前 第 begin, besides words of two or more units, only these alternatives of
// CANDIDATE (none of the others: checked below against their first units), whose second unit
// is one of WORD_NEXT, bit 8 of NEXT (read off this regex: what follows their first unit):
//   第[ \t]?[一二三四1-4]…                 space tab, 1-4, 一二三四
//   前[ \t]?[一二三1-3]…                   space tab, 一二三 1-3
//   (?:上上|下下|上一|下一|上|下|本|这)[ \t]?个?[ \t]?(?:周|週|星期|礼拜|禮拜)   上 下 一, space tab, 个, 周 週 星 礼 禮
//   (?:上|下|这|本)个?半[年月周]             个 半
//   (?:上一?个?|本|这一?个?|下一?个?)季度      一 个 季
// CANDIDATE can match at one of them only when the next unit is in WORD_NEXT or continues a word (WORD_PAIR).
{
  const next = firstUnits(/[ \t\d一二三四五六七八九十]|[上下一个半季]|周|週|星期|礼拜|禮拜/y);
  const rest = firstUnits(new RegExp([CANDIDATE_PARTS[0], CANDIDATE_PARTS[1], CANDIDATE_PARTS[5]].join('|'), 'y'));
  const alone = new Set([...'上下这本前第'].map((c) => c.charCodeAt(0)));
  // (only when no other alternative, read off its source, can begin with one of them)
  if (next && rest && !rest.some((lo, k) => k % 2 === 0 && [...alone].some((u) => u >= lo && u <= rest[k + 1]))) {
    for (let k = 0; k < next.length; k += 2) for (let u = next[k]; u <= next[k + 1]; u++) NEXT[u] |= 8;
    for (const u of alone) if (FIRST[u] === 1) FIRST[u] = 8;
  }
}
/** First and second unit of every word of the word list, as first × 0x10000 + second. */
const WORD_PAIR = new Set<number>();
for (const w of [...HOLIDAYS.keys(), ...ERAS.keys(), ...NOT_DATES, ...WORDS, ...GUARDED_WORDS]) {
  const c = w.charCodeAt(0);
  FIRST_RANGES.push(c, c);
  if (w.length < 2) FIRST[c] = 1; // (also a 4 or 8: a one-unit word matches whatever follows)
  else {
    if (FIRST[c] === 0) FIRST[c] = 2;
    WORD_PAIR.add(c * 0x10000 + w.charCodeAt(1));
    NEXT[w.charCodeAt(1)] |= 1;
  }
}

// 16: the second units of the alternatives that begin with a unit of FIRST 1 (Q q 周 週 星 礼 禮,
// checked below; their words' second units have bit 1):
//   [Qq][1-4]                                  1-4
//   (?:周|週|星期|礼拜|禮拜)[一二三四五六日天]     一二三四五六日天, 期, 拜
// So at a unit of NEXT 0, no candidate has its second unit (FIRST 2 4 8: see above; 1: by bit 16).
// 32: FIRST is not 0 there. Where the unit after i has NEXT 0, neither i nor i + 1 starts a
// candidate, and the scan steps by two.
{
  const ones = [...'Qq周週星礼禮'].map((c) => c.charCodeAt(0));
  const next = firstUnits(/[1-4一二三四五六日天期拜]/y);
  let onlyThese = next !== null;
  for (let k = 0; k < FIRST_RANGES.length; k += 2)
    for (let u = FIRST_RANGES[k]; u <= FIRST_RANGES[k + 1]; u++) {
      if (FIRST[u] === 1 && !ones.includes(u)) onlyThese = false;
      if (FIRST[u] !== 0) NEXT[u] |= 32;
    }
  // (else no unit has NEXT 0: every position is looked at)
  if (onlyThese) for (let k = 0; k < next!.length; k += 2) for (let u = next![k]; u <= next![k + 1]; u++) NEXT[u] |= 16;
  else for (let u = 0; u < 0x10000; u++) NEXT[u] |= 16; // (keeping the other bits: the digit-run rules read bit 4)
}

/**
 * For tests: whether the scan's load-time shortcuts are on. Each falls back to the plain scan
 * (same output) when its check at load fails, which only a slower run would otherwise show.
 */
export const SCAN_SHORTCUTS = { numeralAtDigit: CANDIDATE_AT_DIGIT !== CANDIDATE, stepByTwo: NEXT.indexOf(0) >= 0, digitRun: CANDIDATE_AT_DIGIT !== CANDIDATE && (NEXT[48] & 4) !== 0 };
/** digitRunCandidate may answer for CANDIDATE_AT_DIGIT: it is the numeral alternative alone, and NEXT has its bit 4. */
const DIGIT_RUN_RULES = SCAN_SHORTCUTS.digitRun;

const NOT_DATES_RE = NOT_DATES.length ? pat(sticky(`(?:${alternation(NOT_DATES)})`)) : null;
/** Names that hold a date word one or two units in (not-dates-inside.txt: 光明日报), and their first units. */
const NOT_DATES_INSIDE = loadList(new URL('./not-dates-inside.txt', import.meta.url));
const NOT_DATES_INSIDE_FIRST = unitTable(NOT_DATES_INSIDE.map((w) => w[0]).join(''));
/** p lies inside such a name (光明日报: no 明日 at 明); a table read first, so the names are compared only after their first unit. */
function insideNotDate(norm: string, p: number): boolean {
  for (let k = 1; k <= 2 && k <= p; k++) {
    if (NOT_DATES_INSIDE_FIRST[norm.charCodeAt(p - k)] !== 1) continue;
    for (const w of NOT_DATES_INSIDE) if (w.length > k && norm.startsWith(w, p - k)) return true;
  }
  return false;
}
// every Pat's table, and the map from a unit to its class
const { unit: UNIT_CLASS, tables: PAT_TABLES } = unitTables(PAT_RES);
for (const pt of [...Object.values(P), ...(NOT_DATES_RE ? [NOT_DATES_RE] : [])]) pt.first = PAT_TABLES[PAT_RES.indexOf(pt.re)];

// The patterns tried at a date's first unit (and the month ones after a year), one bit each:
// START_MASK[class of a unit] holds the bits of those that can start with it, so that a
// function asks for the mask once and runs at() only for the patterns it admits.
const enum Bit {
  ago = 1 << 0,
  century = 1 << 1,
  day = 1 << 2,
  dayRange = 1 << 3,
  dayRel = 1 << 4,
  decade = 1 << 5,
  era = 1 << 6,
  halfWeek = 1 << 7,
  halfYearRel = 1 << 8,
  holiday = 1 << 9,
  iso = 1 << 10,
  lunarDay = 1 << 11,
  monthPartAlone = 1 << 12,
  now = 1 << 13,
  quarterAlone = 1 << 14,
  quarterRel = 1 << 15,
  vague = 1 << 16,
  week = 1 << 17,
  weekday = 1 << 18,
  yearAnaphor = 1 << 19,
  yearNum = 1 << 20,
  yearPartAlone = 1 << 21,
  yearRange = 1 << 22,
  yearRel = 1 << 23,
  yearThousands = 1 << 24,
  monthRel = 1 << 25,
  monthRange = 1 << 26,
  month = 1 << 27,
  notDate = 1 << 28,
}
/** The Bit of each pattern by name (for skippedMatches). */
const BITS: Record<string, number> = { ago: Bit.ago, century: Bit.century, day: Bit.day, dayRange: Bit.dayRange, dayRel: Bit.dayRel, decade: Bit.decade, era: Bit.era, halfWeek: Bit.halfWeek, halfYearRel: Bit.halfYearRel, holiday: Bit.holiday, iso: Bit.iso, lunarDay: Bit.lunarDay, monthPartAlone: Bit.monthPartAlone, now: Bit.now, quarterAlone: Bit.quarterAlone, quarterRel: Bit.quarterRel, vague: Bit.vague, week: Bit.week, weekday: Bit.weekday, yearAnaphor: Bit.yearAnaphor, yearNum: Bit.yearNum, yearPartAlone: Bit.yearPartAlone, yearRange: Bit.yearRange, yearRel: Bit.yearRel, yearThousands: Bit.yearThousands, monthRel: Bit.monthRel, monthRange: Bit.monthRange, month: Bit.month, notDate: Bit.notDate };
/** The patterns ymd() tries where its position allows (the month ones at q, which is p without a year). */
const YMD_BITS = Bit.lunarDay | Bit.yearRange | Bit.yearNum | Bit.yearThousands | Bit.yearRel | Bit.yearAnaphor | Bit.era | Bit.yearPartAlone | Bit.quarterAlone | Bit.monthRel | Bit.monthRange | Bit.month | Bit.dayRange | Bit.day | Bit.monthPartAlone;
/** The patterns of a month after a year (ymd tries them at q). */
const MONTH_BITS = Bit.monthRel | Bit.monthRange | Bit.month;
/** The patterns other() tries. */
const OTHER_BITS = Bit.decade | Bit.century | Bit.ago | Bit.holiday | Bit.halfYearRel | Bit.quarterRel | Bit.halfWeek | Bit.week | Bit.weekday | Bit.dayRel | Bit.vague | Bit.now;
const START_MASK = new Int32Array(PAT_TABLES[0].length);
for (const [name, bit] of Object.entries(BITS)) {
  if (bit === Bit.notDate) continue; // NOT_DATES_RE, below: not one of P
  const t = P[name as keyof typeof P].first;
  for (let c = 0; c < t.length; c++) if (t[c] === 1) START_MASK[c] |= bit;
}
if (NOT_DATES_RE) for (let c = 0; c < NOT_DATES_RE.first.length; c++) if (NOT_DATES_RE.first[c] === 1) START_MASK[c] |= Bit.notDate;

/** What follows 21世纪 in the names of a newspaper, an institute and a magazine (《21世纪经济报道》). */
const CENTURY_NAME = /^(?:经济报道|经济研究|商业评论)/;

// At a digit, these patterns take the whole run of digits, of a length they allow, and need
// one of a few units right after it (read off the patterns; skips.test.ts checks them):
//   iso        (\d{4})([-/.])                                4      - / .
//   yearRange  (\d{4})[ \t]?(?:DASH)                          4      space tab DASH
//   yearNum    (\d{4}|\d{2}|…)[ \t]?年                        2, 4   space tab 年
//   lunarDay   (?:(\d{4}|…)[ \t]?年)?…                         4      space tab 年 (no other part starts with a digit)
//   month      (1[0-2]|0?[1-9]|…)[ \t]?月                      1, 2   space tab 月
//   monthRange (MON)[ \t]?(?:DASH)…                           1, 2   space tab DASH
//   dayRange   (3[01]|[12]\d|0?[1-9]|…)[ \t]?(?:DASH)…        1, 2   space tab DASH
//   ago        (\d{1,3}|…)(?:多|余)?[ \t]?(个)?[ \t]?(年|月|周|星期|天)…  1-3    space tab 个 年 月 周 星 天 多 余
//   decade     (?:(\d{2}|…)[ \t]?世纪)?[ \t]?(\d{3}0|\d0|…)[ \t]?年代…  2, 4   space tab 世 年
//   century    (?:…|(\d{2}|…)[ \t]?世纪)…                      2      space tab 世
// (A digit after the match would continue the run; a shorter match would leave a digit next.)
// RUN_LEN[length] and RUN_NEXT[unit after the run]: the bits of the patterns that allow them;
// DIGIT_FREE: the bits of all other patterns, untouched.
const DASH_UNITS = ' \t-–—~～－至到';
const DIGIT_RULES: [number, number[], string][] = [
  [Bit.iso, [4], '-/.'],
  [Bit.yearRange, [4], DASH_UNITS],
  [Bit.yearNum, [2, 4], ' \t年'],
  [Bit.lunarDay, [4], ' \t年'],
  [Bit.month, [1, 2], ' \t月'],
  [Bit.monthRange, [1, 2], DASH_UNITS],
  [Bit.dayRange, [1, 2], DASH_UNITS],
  [Bit.ago, [1, 2, 3], ' \t个年月周星天多余'],
  [Bit.decade, [2, 4], ' \t世年'],
  [Bit.century, [2], ' \t世'],
];
const RUN_LEN = new Int32Array(6); // lengths 1…4, 5 for longer runs
const RUN_NEXT = new Map<number, number>();
let DIGIT_FREE = -1;
for (const [bit, lens, next] of DIGIT_RULES) {
  DIGIT_FREE &= ~bit;
  for (const l of lens) RUN_LEN[l] |= bit;
  for (const u of next) RUN_NEXT.set(u.charCodeAt(0), (RUN_NEXT.get(u.charCodeAt(0)) ?? 0) | bit);
}

/** Can a not-date (NOT_DATES_RE) start at some ASCII digit? (None does today: plainDate then need not ask.) */
const NOT_DATE_AT_DIGIT = [...'0123456789'].some((c) => (START_MASK[UNIT_CLASS[c.charCodeAt(0)] ?? 0] & Bit.notDate) !== 0);

/** The units P.lunarDay can go on with after its year's 年 and spaces: 农历/阴历 or a lunar month's first unit. */
const LUNAR_AFTER_YEAR = new Uint8Array(0x10000);
for (const c of '农阴正腊冬十一二三四五六七八九') LUNAR_AFTER_YEAR[c.charCodeAt(0)] = 1;

const CJK = /[\u4e00-\u9fff]/;
/** CJK.test of the unit with code u (−1: none). */
function isHan(u: number): boolean {
  return u >= 0x4e00 && u <= 0x9fff;
}
/** Numeral units ([\d.〇零一二三四五六七八九十百千万亿两]) by code, for the unit before a position. */
const NUMERAL_UNIT = new Uint8Array(0x10000);
for (const c of '0123456789.〇零一二三四五六七八九十百千万亿两') NUMERAL_UNIT[c.charCodeAt(0)] = 1;
/** Is the unit at i (i may be −1: none) a numeral unit? */
function numeralAt(norm: string, i: number): boolean {
  return i >= 0 && NUMERAL_UNIT[norm.charCodeAt(i)] === 1;
}

/**
 * The value of s[from, to) when that is 1 to 15 ASCII digits, else −1: what Number gives for
 * such a string (its decimal value, leading zeros and all; exact below 2^53), read off the codes
 * without a substring and the runtime's string-to-number conversion, which a cold run calls
 * for every `+str` of a fresh string.
 */
function digitsValue(s: string, from: number, to: number): number {
  if (to <= from || to - from > 15 || to > s.length) return -1;
  let a = 0;
  for (let k = from; k < to; k++) {
    const u = s.charCodeAt(k);
    if (u < 48 || u > 57) return -1;
    a = a * 10 + u - 48;
  }
  return a;
}
/**
 * Scanner.plainDate's ISO date (2023-10-17, 2023/1/5, 2023.10.17) at p, where 4 digits (year y)
 * and the separator `sep` (- / .) are and no numeral unit is before p; null (read it in
 * full) for anything else. It is the atom readAtom reads: startCan admits P.iso there (a run of
 * 4, then - / .), P.iso takes the 4 digits, sep, a run of 1–2 digits, sep, a run of 1–2 digits
 * not before \.\d (\d{1,2} cannot stop inside a run: a digit would follow it), and readAtom
 * keeps it when no [\d.\-/A-Za-z] is before p and the date is one it accepts.
 */
function plainIso(norm: string, p: number, sep: number, y: number): Atom | null {
  const prev = norm.charCodeAt(p - 1);
  if (prev === 45 || prev === 47 || isLatinCode(prev)) return null; // - / A-Z a-z
  const mo = runValue(norm, p + 5);
  if (mo < 0) return null;
  const ml = isDigitCode(norm.charCodeAt(p + 6)) ? 2 : 1;
  if (norm.charCodeAt(p + 5 + ml) !== sep) return null;
  const dd = runValue(norm, p + 6 + ml);
  if (dd < 0) return null;
  const dl = isDigitCode(norm.charCodeAt(p + 7 + ml)) ? 2 : 1;
  const end = p + 6 + ml + dl;
  if (norm.charCodeAt(end) === 46 && isDigitCode(norm.charCodeAt(end + 1))) return null; // (?!\.\d)
  if (!isoDateWide(y, mo, dd) || y > 2199 || !(y >= 1900 || (sep === 45 && ml === 2 && dl === 2))) return null;
  const spec = newSpec();
  spec.y = y;
  spec.m = mo;
  spec.d = dd;
  return { start: p, end, spec };
}

/**
 * The value of the run of ASCII digits at i when it is one or two digits long, else −1 (also
 * where no digit is): what MON and DAY compare their 1–2 digit alternatives with.
 */
function runValue(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  if (!(a >= 0 && a <= 9)) return -1;
  const b = s.charCodeAt(i + 1) - 48;
  if (!(b >= 0 && b <= 9)) return a;
  const c = s.charCodeAt(i + 2) - 48;
  return c >= 0 && c <= 9 ? -1 : a * 10 + b;
}
/**
 * Where the 日 or 号 after a day of value d (1–2 digits as runValue read them) at i stands, past
 * one space or tab ([ \t]?[日号]), or -1.
 */
function daySuffixAt(s: string, i: number, d: number): number {
  let e = i + (d >= 10 || s.charCodeAt(i) === 48 ? 2 : 1);
  let v = s.charCodeAt(e);
  if (v === 32 || v === 9) v = s.charCodeAt(++e);
  return v === 0x65e5 || v === 0x53f7 ? e : -1; // 日 号
}
/** +s.slice(from, to) (digitsValue where it applies). */
function numberAt(s: string, from: number, to: number): number {
  const v = digitsValue(s, from, to);
  return v >= 0 ? v : +s.slice(from, to);
}
/** +s (digitsValue where it applies). */
function numberOf(s: string): number {
  const v = digitsValue(s, 0, s.length);
  return v >= 0 ? v : +s;
}

/** Is s exactly one of the characters of `set` (as /^[…]$/.test(s))? */
function isOneOf(s: string, set: string): boolean {
  return s.length === 1 && set.includes(s);
}
/** Does s begin with one of the characters of `set` (as /^[…]/.test(s))? */
function startsWithOneOf(s: string, set: string): boolean {
  return s.length > 0 && set.includes(s[0]);
}

// ---------------------------------------------------------------- values

interface Res {
  start: string | null;
  end: string | null;
  gran: string;
  relative: boolean;
  mod: string | null;
  lunar?: boolean;
}

/**
 * Every Res is made here, with its fields in one order (lunar: true or undefined; only its
 * truth is read), so that all of them share one shape: no spreads, no fields added later.
 */
function mkRes(start: string | null, end: string | null, gran: string, relative: boolean, mod: string | null, lunar: boolean | undefined): Res {
  return { start, end, gran, relative, mod, lunar };
}

/** A calendar expression with fields still to resolve: year (explicit or relative), month, day, part. */
interface Spec {
  y: number | null; // explicit year
  yOff: number | null; // 今年 0, 去年 −1 …
  m: number | null;
  mOff: number | null; // 本月 0, 上月 −1
  d: number | null;
  part: Part | null;
  lunar: boolean;
  year2: number | undefined; // 2022-2023年
  month2: number | undefined; // 3-5月
  day2: number | undefined; // 6-8日
}

/**
 * A Spec with nothing set. Every Spec is made here, with all its fields: one map (hidden class)
 * for all of them. Literals at each site, with year2/month2/day2 added where ymd reads a range,
 * gave several maps, and the ones for added fields are freed by a full collection when no Spec
 * holds them: made anew after it, they changed the state of the ICs of resolve, build and
 * expression, which resets V8's count towards optimizing those methods.
 */
function newSpec(): Spec {
  return { y: null, yOff: null, m: null, mOff: null, d: null, part: null, lunar: false, year2: undefined, month2: undefined, day2: undefined };
}

/** The quarter `n` as written in `text` (第三季度末), or the quarters from `n` to the last one a list names (第三、第四季度: QUARTER_LIST). */
function quarters(text: string, n: number, edge: string | undefined): Part {
  const last = text.search(/[一二三四1-4][ \t]?季/);
  const to = num(text[last]) ?? n;
  if (to !== n) return { k: 'q', n, to };
  return { k: 'q', n, edge: edge === '末' ? 'late' : edge === '初' ? 'early' : undefined };
}

type Part =
  | { k: 'h'; n: 1 | 2 }
  | { k: 'interim' }
  | { k: 'q'; n: number; edge?: 'early' | 'late'; to?: number }
  | { k: 'firstQ'; n: number }
  | { k: 'yearEdge'; mod: 'early' | 'mid' | 'late' }
  | { k: 'season'; n: number; months: number }
  | { k: 'nth'; n: number; unit: string }
  | { k: 'firstN' | 'lastN'; n: number; unit: string }
  | { k: 'monthEdge'; from: number; to: number | null; mod: string | null; gran?: string }
  | { k: 'monthWeek'; n: number }
  | { k: 'monthFirstLast'; first: boolean; n: number; unit: '天' | '周' };

const INTERIM: Part = { k: 'interim' };
const FIRST_HALF: Part = { k: 'h', n: 1 };
const MID_YEAR: Part = { k: 'yearEdge', mod: 'mid' };

/** How far back a book title's 《 may open for a day word to lie inside it (《今天》). */
const TITLE_REACH = 30;
const C_TITLE_OPEN = '《'.charCodeAt(0);
const C_TITLE_CLOSE = '》'.charCodeAt(0);
/** 的 and a multiple after a date (2024年的3.26倍, 去年的两倍): the date is the multiple's baseline. */
const MULTIPLE_OF_BASE = /的[\d.一二两三四五六七八九十百千半多]{1,8}倍/y;
const C_DE_OF = '的'.charCodeAt(0);
/** The year words that name the year before (去年, 上年, 上一年): 去年同期 is a period of it. */
const YEAR_BEFORE = new Set(['去年', '上年', '上一年']);
/** Parts of a year that take the year of a date of a year just before them (今年上半年…，下半年). */
const YEAR_PART_KINDS = new Set(['h', 'q', 'firstQ', 'yearEdge']);
const YEAR_LEVEL_GRANS = new Set(['year', 'half-year', 'quarter', 'part-of-year']);
const YEAR_REL: Record<string, number> = { 大前年: -3, 前年: -2, 去年: -1, 上年: -1, 上一年: -1, 今年: 0, 本年: 0, 这个: 0, 年内: 0, 明年: 1, 下一年: 1, 后年: 2, 大后年: 3 };
const MONTH_REL: Record<string, number> = { 上上个月: -2, 上个月: -1, 上月: -1, 本月: 0, 这个月: 0, 下个月: 1, 下月: 1 };
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
const SEASON: Record<string, number> = { 春: 3, 夏: 6, 秋: 9, 冬: 12 };

const C_DONG_WINTER = '冬'.charCodeAt(0);
const WINTER_AFTER = unitTable('季天');
/** The weekday one step (step −1: back, 1: on) from iso, passing over Saturday and Sunday. */
function tradingDayFrom(iso: string, step: number): string {
  let d = addDays(iso, step);
  while (weekday(d) > 5) d = addDays(d, step);
  return d;
}
/** Where a holiday that ends at e ends with 当日/当天/当晚 after it, the day itself (元旦当日). */
function holidayEnd(norm: string, e: number): number {
  return norm.charCodeAt(e) === C_DANG && HOLIDAY_DAY_WORD[norm.charCodeAt(e + 1)] === 1 ? e + 2 : e;
}
const C_DANG = '当'.charCodeAt(0);
const HOLIDAY_DAY_WORD = unitTable('日天晚');
/** Before a number of years (and 约), these make it a span compared (早约1100年, 晚200年), no year. */
const COMPARED_SPAN_BEFORE = unitTable('早晚');
const C_YUE_ABOUT = '约'.charCodeAt(0);
/** The number at p follows 早 or 晚 (and 约): how much earlier or later, no year (岩画还要早约1100年). */
function comparedSpanBefore(norm: string, p: number): boolean {
  const k = p > 0 && norm.charCodeAt(p - 1) === C_YUE_ABOUT ? p - 2 : p - 1;
  // (not 最早1990年, 最晚2030年: the earliest or latest year)
  return k >= 0 && COMPARED_SPAN_BEFORE[norm.charCodeAt(k)] === 1 && (k === 0 || norm.charCodeAt(k - 1) !== C_ZUI_MOST);
}
const C_ZUI_MOST = '最'.charCodeAt(0);
/** The units that join the two numbers of a range of spans back (4-5年前, 7至8年前). */
const AGO_RANGE_DASH = unitTable('-–—~～－至到');
/**
 * A range's first number before the span back at p (4- in 4-5年前): where it starts and its
 * value, smaller than n; or null.
 */
function agoRangeBefore(norm: string, p: number, n: number): { start: number; n: number } | null {
  let k = p - 1;
  if (k < 1 || AGO_RANGE_DASH[norm.charCodeAt(k)] !== 1) return null;
  k--;
  if (norm.charCodeAt(k) === 0x20) k--;
  let first = k + 1;
  while (first > 0 && first > k - 2 && (isDigitCode(norm.charCodeAt(first - 1)) || CN_SMALL_NUMERAL[norm.charCodeAt(first - 1)] === 1)) first--;
  if (first > k || (first > 0 && NUMERAL_UNIT[norm.charCodeAt(first - 1)] === 1)) return null;
  const n1 = num(norm.slice(first, k + 1));
  return n1 !== null && n1 > 0 && n1 < n ? { start: first, n: n1 } : null;
}
const CN_SMALL_NUMERAL = unitTable('一二三四五六七八九十两');

function num(s: string): number | null {
  if (s === '半') return 0.5;
  if (s === '元' || s === '正' || s === '首') return 1;
  if (s === '腊') return 12;
  if (s === '冬') return 11;
  // (ASCII digits: parseNumeral gives Number(s), their value)
  const a = digitsValue(s, 0, s.length);
  if (a >= 0) return a;
  if (s.startsWith('初')) s = s.slice(1);
  const v = parseNumeral(s);
  return v === null || !Number.isFinite(v) ? null : v;
}

/** A written year: 4 digits, or 2 digits (08 → 2008, 98 → 1998), Arabic or Chinese digit by digit. */
function yearOf(s: string): number | null {
  // all ASCII digits (what \d{4} and \d{2} of P.yearNum give): the loop below would copy them
  // as they are, so the value is read off them directly
  // (longer runs of ASCII digits, which digitsValue leaves, are null below too)
  const n = s.length;
  const a = digitsValue(s, 0, n);
  if (a >= 0) {
    if (n === 2) return a < 50 ? 2000 + a : 1900 + a;
    return n === 4 ? a : null;
  }
  let digits = '';
  for (const c of s) {
    const i = CN_DIGIT.indexOf(c);
    digits += i >= 0 ? String(i === 1 ? 0 : i > 1 ? i - 1 : 0) : c;
  }
  if (!/^\d+$/.test(digits)) return null;
  const v = +digits;
  if (digits.length === 2) return v < 50 ? 2000 + v : 1900 + v;
  return digits.length === 4 ? v : null;
}

/**
 * Does every period build() gives for spec in a year y lie within y (not lunar: a lunar year
 * spills into the next; no season: winter ends in February; no week: a month's or year's weeks
 * can begin or end across its edge)? The parts a year-less spec can hold are of these kinds.
 */
function inItsYear(spec: Spec): boolean {
  if (spec.lunar) return false;
  const k = spec.part === null ? null : spec.part.k;
  return k === null || k === 'h' || k === 'q' || k === 'firstQ' || k === 'yearEdge' || k === 'monthEdge';
}

function yearBounds(y: number): [string, string] {
  return [isoDateWide(y, 1, 1)!, isoDateWide(y, 12, 31)!];
}
function monthBounds(y: number, m: number): [string, string] | null {
  const a = isoDateWide(y, m, 1);
  return a ? [a, lastOfMonth(y, m)] : null;
}
/** Monday of the first week of a period: the week that holds its 4th day (ISO 8601 for years). */
function firstMonday(y: number, m: number): string {
  return mondayOf(isoDateWide(y, m, 4)!);
}

/**
 * The period of a year-part within year y, for a text dated `ref` (ISO, or null; `refY` its year)
 * whose year is `relative` (今年, 去年) or written out.
 */
function yearPart(y: number, p: Part, ref: string | null = null, refY = 0, relative = false): PartRange | null {
  switch (p.k) {
    case 'interim':
      // 2025年中期 of a half-year already over is its interim period (中期业绩); of one still
      // ahead it is the middle of the year (2026 年中期进行 IPO)
      return yearPart(y, ref !== null && isoDateWide(y, 6, 30)! < ref ? FIRST_HALF : MID_YEAR);
    case 'h':
      return { r: p.n === 1 ? [isoDateWide(y, 1, 1)!, isoDateWide(y, 6, 30)!] : [isoDateWide(y, 7, 1)!, isoDateWide(y, 12, 31)!], gran: 'half-year', mod: null };
    case 'q': {
      if (p.n < 1 || p.n > 4) return null;
      const m0 = p.n * 3 - 2;
      if (p.to !== undefined) return p.to > p.n && p.to <= 4 ? { r: [isoDateWide(y, m0, 1)!, lastOfMonth(y, p.to * 3)], gran: 'quarter', mod: null } : null;
      if (p.edge === 'late') return { r: monthBounds(y, m0 + 2)!, gran: 'quarter', mod: 'late' };
      if (p.edge === 'early') return { r: monthBounds(y, m0)!, gran: 'quarter', mod: 'early' };
      return { r: [isoDateWide(y, m0, 1)!, lastOfMonth(y, m0 + 2)], gran: 'quarter', mod: null };
    }
    case 'firstQ':
      return p.n >= 1 && p.n <= 4 ? { r: [isoDateWide(y, 1, 1)!, lastOfMonth(y, p.n * 3)], gran: 'quarter', mod: null } : null;
    case 'yearEdge':
      if (p.mod === 'early') return { r: [isoDateWide(y, 1, 1)!, lastOfMonth(y, 2)], gran: 'part-of-year', mod: 'early' };
      if (p.mod === 'mid') return { r: [isoDateWide(y, 6, 1)!, lastOfMonth(y, 7)], gran: 'part-of-year', mod: 'mid' };
      return { r: [isoDateWide(y, 11, 1)!, isoDateWide(y, 12, 31)!], gran: 'part-of-year', mod: 'late' };
    case 'season': {
      // written in January or February, 今年冬季 (and 2026年的冬天 in 2026) is the winter in
      // progress, which began in December of the year before; 去年冬天 the one before it
      const sy = p.n === 12 && ref !== null && ref < isoDateWide(refY, 3, 1)! && (relative || refY === y) ? y - 1 : y;
      const eym = addMonths(sy, p.n, p.months - 1);
      const ey = eym[0];
      const em = eym[1];
      return { r: [isoDateWide(sy, p.n, 1)!, lastOfMonth(ey, em)], gran: 'season', mod: null };
    }
    case 'nth': {
      if (p.unit === '月') return p.n >= 1 && p.n <= 12 ? { r: monthBounds(y, p.n)!, gran: 'month', mod: null } : null;
      if (p.n < 1 || p.n > 53) return null;
      const a = addDays(firstMonday(y, 1), 7 * (p.n - 1));
      return { r: [a, addDays(a, 6)], gran: 'week', mod: null };
    }
    case 'firstN':
    case 'lastN': {
      const n = p.n;
      if (!(n >= 1 && Number.isInteger(n))) return null;
      if (p.unit === '月' || p.unit === '季度') {
        const months = p.unit === '季度' ? n * 3 : n;
        if (months > 12) return null;
        // (最后一个季度, 前一个季度: one quarter, the fourth or the first)
        if (p.unit === '季度' && n === 1) return p.k === 'firstN' ? { r: [isoDateWide(y, 1, 1)!, lastOfMonth(y, 3)], gran: 'quarter', mod: null } : { r: [isoDateWide(y, 10, 1)!, isoDateWide(y, 12, 31)!], gran: 'quarter', mod: null };
        return p.k === 'firstN'
          ? { r: [isoDateWide(y, 1, 1)!, lastOfMonth(y, months)], gran: 'month', mod: 'early' }
          : { r: [isoDateWide(y, 13 - months, 1)!, isoDateWide(y, 12, 31)!], gran: 'month', mod: 'late' };
      }
      if (p.unit === '天' || p.unit === '日') return n > 366 ? null : edgeDays(isoDateWide(y, 1, 1)!, isoDateWide(y, 12, 31)!, n, p.k === 'firstN');
      return n > 53 ? null : edgeWeeks(firstMonday(y, 1), firstMonday(y + 1, 1), n, p.k === 'firstN');
    }
    default:
      return null;
  }
}

function monthPart(y: number, m: number, p: Part): PartRange | null {
  if (p.k === 'monthEdge') {
    const a = isoDateWide(y, m, p.from);
    if (!a) return null;
    const b = p.to === null ? lastOfMonth(y, m) : isoDateWide(y, m, p.to)!;
    return { r: [a, b], gran: p.gran ?? 'part-of-month', mod: p.mod };
  }
  if (p.k === 'monthWeek') {
    const a = addDays(firstMonday(y, m), 7 * (p.n - 1));
    return { r: [a, addDays(a, 6)], gran: 'week', mod: null };
  }
  if (p.k === 'monthFirstLast') {
    const { first, n } = p;
    if (n < 1) return null;
    if (p.unit === '天') {
      const last = lastOfMonth(y, m);
      return n > Number(last.slice(8)) ? null : edgeDays(isoDateWide(y, m, 1)!, last, n, first);
    }
    const [ny, nm] = addMonths(y, m, 1);
    return n > 4 ? null : edgeWeeks(firstMonday(y, m), firstMonday(ny, nm), n, first);
  }
  return null;
}

/** A part of a year or a month: its first and last day, granularity and mod. */
type PartRange = { r: [string, string]; gran: string; mod: string | null };
/** The first or last n days of the period a … b (ISO dates). */
function edgeDays(a: string, b: string, n: number, first: boolean): PartRange {
  return first ? { r: [a, addDays(a, n - 1)], gran: 'day', mod: 'early' } : { r: [addDays(b, 1 - n), b], gran: 'day', mod: 'late' };
}
/** The first or last n weeks, Monday to Sunday, of a period whose first week starts on `monday` and whose last ends before `nextMonday`. */
function edgeWeeks(monday: string, nextMonday: string, n: number, first: boolean): PartRange {
  if (first) return { r: [monday, addDays(monday, 7 * n - 1)], gran: 'week', mod: 'early' };
  const end = addDays(nextMonday, -1);
  return { r: [addDays(end, 1 - 7 * n), end], gran: 'week', mod: 'late' };
}

// ---------------------------------------------------------------- the extractor

/** One matched atom: a Spec still to resolve (Y/M/D family) or an already resolved period. */
interface Atom {
  start: number;
  end: number;
  spec?: Spec;
  res?: Res;
}

/** First units of the words that end in 前 or 后 (此前, 之后, 然后, 随后, 目前 …). */
const BEFORE_FRONT_BACK = unitTable('此之以然随今目事提先空生眼面跟最过背落其往稍滞幕售善身午当向');
/** 前天, 后天, 前年, 前晚 … at p is the end of such a word and the start of another (此前天孚通信, 之后天气转好, 比以前年轻, 此前晚些时候): no date. */
function endsWordBefore(norm: string, p: number, word: string): boolean {
  if (p === 0 || word.length !== 2) return false;
  // (网上年货节, 线上年会, 马上年底: 上 ends a word before it)
  if (word[0] === '上') return BEFORE_SHANG[norm.charCodeAt(p - 1)] === 1;
  return (word[0] === '前' || word[0] === '后') && BEFORE_FRONT_BACK[norm.charCodeAt(p - 1)] === 1;
}
const BEFORE_SHANG = unitTable('网线马晚早身桌墙台车楼');

/** Days written as D、D+1日 (or 号) at q, ASCII digits: the first day and the end of the text, or null. */
function consecutiveDays(norm: string, q: number): { a: number; end: number } | null {
  const e1 = digitsEnd(norm, q, 2);
  if (e1 === q || norm.charCodeAt(e1) !== C_DUN_LIST) return null;
  const e2 = digitsEnd(norm, e1 + 1, 2);
  if (e2 === e1 + 1 || (norm.charCodeAt(e2) !== C_RI_DAY && norm.charCodeAt(e2) !== C_HAO_DAY)) return null;
  const a = digitsValue(norm, q, e1);
  const b = digitsValue(norm, e1 + 1, e2);
  return a >= 1 && b === a + 1 && b <= 31 ? { a, end: e2 + 1 } : null;
}
const C_DUN_LIST = '、'.charCodeAt(0);
const C_RI_DAY = '日'.charCodeAt(0);
const C_HAO_DAY = '号'.charCodeAt(0);
/** What may follow a day of one Chinese digit (八日): a time of day, a stop, or the verb of an event. */
const C_YU_AT = '于'.charCodeAt(0);
const ONE_DIGIT_DAY_BEFORE = new RegExp(`^(?:[,。;:]|${TIMES_OF_DAY_ALT}|起|发生|召开|举行|举办|宣布|表示|开幕|闭幕|启动|开通|发布|公布|签署|抵达|会见|出席)`);

/** The year before the reference date's, where the headline names it and the reference date is in the first quarter (a review of that year), else null. */
function reviewYearOf(ctx: ExtractContext, refY: number, refM: number): number | null {
  const title = ctx.header.title;
  if (title === null || refM === 0 || refM > 3) return null;
  const y = HEADLINE_YEAR.exec(ctx.norm.slice(title.start, title.end));
  return y !== null && +y[1] === refY - 1 ? refY - 1 : null;
}
const HEADLINE_YEAR = /(?<!\d)(\d{4})\s?年(?!\d|代)/;

class Scanner {
  ref: string | null = null;
  refY = 0;
  refM = 0;
  /** The year of the last date found, for 当年/同年/次年. */
  lastYear: number | null = null;
  /** The past year a review published in the first quarter names in its headline (2025年… in January 2026), or null. */
  reviewYear: number | null = null;

  private norm = '';
  private ctx: ExtractContext;

  constructor(ctx: ExtractContext) {
    this.ctx = ctx;
    this.start(ctx);
  }

  /** Sets every field as a new Scanner for ctx has it (extractDates keeps one Scanner: see SCANNER; dates.test.ts reads the corpus after a primer document to catch a field left out). */
  start(ctx: ExtractContext): void {
    this.ctx = ctx;
    this.norm = ctx.norm;
    this.ref = ctx.referenceDate;
    this.refY = this.ref ? numberAt(this.ref, 0, 4) : 0;
    this.refM = this.ref ? numberAt(this.ref, 5, 7) : 0;
    this.reviewYear = reviewYearOf(ctx, this.refY, this.refM);
    this.lastYear = null;
    this.runEnd = 0;
    this.lastSentence = null;
    this.prevEnd = 0;
    this.prevStart = 0;
    this.prevY = 0;
    this.prevM = 0;
    this.prevGran = null;
    this.prevFrom = null;
    this.prevTo = null;
    this.prevRelative = false;
    this.prevYearNamed = false;
    this.yearFromContext = false;
    this.lastYearWordAt = -1;
    this.eStart = 0;
    this.eEnd = 0;
    this.eRes = null;
    this.eNext = 0;
  }

  /** The end of the digit run at the position canAt was last asked about, when that is a digit. */
  private runEnd = 0;

  /** The bits of the patterns (Bit) that can start at p; all of them past the end, where at() runs each. */
  canAt(p: number): number {
    const norm = this.norm;
    const u = norm.charCodeAt(p);
    const c = UNIT_CLASS[u];
    if (c === undefined) return -1;
    if (u < 48 || u > 57) return START_MASK[c];
    // a digit: the patterns of DIGIT_RULES only where the run's length and the unit after it fit
    const e = digitsEnd(norm, p + 1);
    this.runEnd = e;
    let fit = RUN_LEN[Math.min(e - p, 5)] & (RUN_NEXT.get(norm.charCodeAt(e)) ?? 0);
    if (fit & Bit.lunarDay && !this.lunarMonthAfterYear(e)) fit &= ~Bit.lunarDay;
    return START_MASK[c] & (DIGIT_FREE | fit);
  }

  /**
   * At a digit, P.lunarDay can only match through its year, (\d{4})[ \t]?年, and must then go on
   * with [ \t]?(农历|阴历)?[ \t]? and a lunar month's first unit (正腊冬十一…九): e is the end
   * of the 4-digit run. Is there, after [ \t]?年, at most two spaces/tabs and then one of
   * LUNAR_AFTER_YEAR (those month units, 农 or 阴)? When not, the regex would fail here.
   */
  private lunarMonthAfterYear(e: number): boolean {
    const norm = this.norm;
    let c = norm.charCodeAt(e);
    if (c === 32 || c === 9) c = norm.charCodeAt(++e);
    if (c !== 0x5e74) return false; // 年
    c = norm.charCodeAt(++e);
    if (c === 32 || c === 9) c = norm.charCodeAt(++e);
    if (c === 32 || c === 9) c = norm.charCodeAt(++e);
    return LUNAR_AFTER_YEAR[c] === 1; // (NaN past the end: undefined)
  }

  private at(pt: Pat, p: number): RegExpExecArray | null {
    // a unit that no match starts with: the regex would fail here (first.ts)
    if (pt.first[UNIT_CLASS[this.norm.charCodeAt(p)]] === 0) return null;
    pt.re.lastIndex = p;
    return pt.re.exec(this.norm);
  }

  /** The sentence found last (sentences do not overlap: one that holds `pos` is the one the search finds). */
  private lastSentence: { start: number; end: number; index: number } | null = null;

  /** The sentence that holds `pos` (or a window around it when there are no sentences). */
  private sentenceAt(pos: number): { start: number; end: number; index: number } {
    const last = this.lastSentence;
    if (last !== null && pos >= last.start && pos < last.end) return last;
    const seg = this.ctx.seg;
    const si = seg.sentences.length ? indexAt(seg.sentences, pos) : -1;
    if (si >= 0) return (this.lastSentence = { start: seg.sentences[si].start, end: seg.sentences[si].end, index: si });
    return { start: Math.max(0, pos - 60), end: Math.min(this.norm.length, pos + 60), index: -1 };
  }

  /**
   * Does the sentence look forward at this date (将于, 计划, 预计 …)? The cue must come before
   * the date in its sentence, or right after it in the same clause (8月15日将举行): in
   * `UPS 27日宣布，计划今年减员` the plan is not the date's.
   */
  forward(pos: number, end: number): boolean {
    // (no cache: the answer depends on pos, end and the text only, RE.forward keeps no state,
    // and over the corpus no (pos, end) was asked twice; a Map by a numeric key cost more)
    const s = this.sentenceAt(pos);
    const norm = this.norm;
    let after = norm.slice(end, Math.min(s.end, end + 8));
    const cut = after.search(/[,;:，；：。]/);
    if (cut === 0) {
      // a fronted date (8月15日,公司将举行发布会): the clause after it is its predicate
      after = norm.slice(end + 1, Math.min(s.end, end + 21));
      const cut2 = after.search(/[,;:，；：。]/);
      if (cut2 >= 0) after = after.slice(0, cut2 + 1);
    } else if (cut > 0) after = after.slice(0, cut + 1);
    // (当地时间周三，瑞典政府宣布拟…: what a speech verb after the date reports looks forward, not
    // the date, the day it was said)
    const said = after.search(SPEECH_AFTER_DATE);
    if (said > 0) after = after.slice(0, said);
    // (the clause's mark is kept: 参加了义诊计划, — 计划 before it is a noun)
    // 3月底前全部到位: a deadline looks forward, unless the clause tells it as done (已, 了)
    if (DEADLINE_END[norm.charCodeAt(end - 1)] === 1 && norm.charCodeAt(end) === C_QIAN_BEFORE && !/[已了]/.test(after)) return true;
    // 4月黄金期价, 5月合约: a futures contract's month is one to come
    if (norm.charCodeAt(end - 1) === C_YUE && FUTURES_AFTER.test(after)) return true;
    return RE.forward.test(norm.slice(Math.max(s.start, pos - 80), pos)) || RE.forward.test(after);
  }

  /** The date just found before, for 去年12月4日、15日 and 今年春节假期，2月15日至23日. */
  // (fields of one record, overwritten by each date, rather than a new object per date;
  // prevGran null: no date yet; its sentence is looked up from prevStart only when context() asks,
  // which sentenceAt answers alike at any time: the sentence that holds the position, or none)
  private prevEnd = 0;
  private prevStart = 0;
  private prevY = 0;
  private prevM = 0;
  private prevGran: string | null = null;
  /** Where ymd read 上年/上一年 or 去年同期 last (that date leaves the year context as it is). */
  private lastYearWordAt = -1;
  /** The span of the date found last (ISO), and whether it needed the reference date: for 当天/次日 and 去年同期. */
  private prevFrom: string | null = null;
  private prevTo: string | null = null;
  private prevRelative = false;
  /** The date found last had its year written or named (2025年, 今年), or took it from such a date (yearContext). */
  private prevYearNamed = false;
  /** The date being resolved took its year from yearContext. */
  private yearFromContext = false;

  /**
   * The date found last when it is one day in p's paragraph, else null. With `opening` (当天,
   * 当日, 当晚) also one in the two paragraphs before, where p opens its own (…余艳红1月28日表示…⏎当天，…).
   */
  private lastDay(p: number, opening = false): string | null {
    if (this.prevGran !== 'day' || this.prevFrom === null || this.prevFrom !== this.prevTo) return null;
    if (this.inLastDatesParagraph(p)) return this.prevFrom;
    if (!opening) return null;
    const paragraphs = this.ctx.seg.paragraphs;
    const pi = indexAt(paragraphs, p);
    // (the date found last: a paragraph between with no date at all does not break the story's day)
    return pi > 0 && p - paragraphs[pi].start <= OPENING_REACH && indexAt(paragraphs, this.prevStart) >= pi - OPENING_PARAGRAPHS ? this.prevFrom : null;
  }

  /** The first day of the month of the date found last, where that is a month or a day in p's paragraph, else null (2025年12月…当月). */
  private lastMonth(p: number): string | null {
    const from = this.prevFrom;
    if (from === null || this.prevTo === null || (this.prevGran !== 'month' && this.prevGran !== 'day') || this.prevTo.slice(0, 7) !== from.slice(0, 7) || !this.inLastDatesParagraph(p)) return null;
    return from.slice(0, 8) + '01';
  }

  /**
   * 去年同期 (上年同期) at p: the period the paragraph gave last (a month, quarter, year …, not a
   * day), moved a year back (一季度 → last year's first quarter; 2025年 → 2024); null without
   * one (then 去年 is read alone).
   */
  private samePeriodYearBefore(p: number): Res | null {
    const r = this.samePeriod(p);
    return r === null ? null : mkRes(addMonthsToDate(r.start!, -12), addMonthsToDate(r.end!, -12), r.gran, r.relative, null, undefined);
  }

  /**
   * The period the paragraph spoke of last, not a day nor a vague one (2025年…，同期…), or null.
   * (A day is mostly when the news was told, 1月28日公布…较去年同期, not the period compared.)
   */
  private samePeriod(p: number): Res | null {
    const from = this.prevFrom;
    const to = this.prevTo;
    if (from === null || to === null || this.prevGran === null || !this.inLastDatesParagraph(p)) return null;
    const g = this.prevGran;
    if (g === 'day' || g === 'holiday' || g === 'decade' || g === 'century' || g === 'vague') return null;
    return mkRes(from, to, g, this.prevRelative, null, undefined);
  }

  /** The period the paragraph spoke of last (not a day), moved to year y (2025年上半年…，2024年同期 → 2024's first half); or null. */
  private samePeriodInYear(p: number, y: number): Res | null {
    const from = this.prevFrom;
    const to = this.prevTo;
    if (from === null || to === null || this.prevGran === null || !this.inLastDatesParagraph(p)) return null;
    const g = this.prevGran;
    if (g === 'day' || g === 'holiday' || g === 'decade' || g === 'century' || g === 'vague' || g === 'year') return null;
    const fromY = numberAt(from, 0, 4);
    if (numberAt(to, 0, 4) !== fromY || fromY === y) return null;
    return mkRes(addMonthsToDate(from, 12 * (y - fromY)), addMonthsToDate(to, 12 * (y - fromY)), g, false, null, undefined);
  }

  /** Is p in the paragraph of the date found last? */
  private inLastDatesParagraph(p: number): boolean {
    const paragraphs = this.ctx.seg.paragraphs;
    return indexAt(paragraphs, p) === indexAt(paragraphs, this.prevStart);
  }

  /**
   * A month or a day of the month after the reference date's, written with no year, is the
   * coming one (2月 in a January article: news names last year's with 去年), unless the
   * paragraph gave an earlier year just before (2024年8月被查，隔年2月…) or the clause tells it as
   * done (11月3日,公司发布了新品).
   */
  private nextMonthAhead(spec: Spec, start: number, end: number): boolean {
    if (spec.m === null || spec.lunar || spec.m !== (this.refM % 12) + 1) return false;
    if (this.prevGran !== null && this.prevY < this.refY && this.inLastDatesParagraph(start)) return false;
    return !TOLD_AS_DONE.test(this.norm.slice(end, Math.min(this.sentenceAt(start).end, end + 16)));
  }

  /** Year (and month) that a year-less date takes from the date just before it in the same sentence. */
  /** The year of the date just before, when it is a year or a part of one in the same sentence (within 30 units), or null. */
  private yearContext(start: number): number | null {
    if (this.prevGran === null || !this.prevYearNamed || start - this.prevEnd > 30 || !YEAR_LEVEL_GRANS.has(this.prevGran)) return null;
    // (2025上半年: a year written without 年 right before is its own; 岁末年初: the start of the
    // year after the end just named)
    if (isDigitCode(this.norm.charCodeAt(start - 1))) return null;
    if (DEADLINE_END[this.norm.charCodeAt(start - 1)] === 1 || this.norm.startsWith('年底', start - 2)) return null;
    if (this.sentenceAt(start).index !== this.sentenceAt(this.prevStart).index) return null;
    return this.prevY;
  }

  /**
   * The year and month of the date just before start in its sentence, for a date without year: a
   * day's or a holiday's; with inMonth (a bare part of a month), a month's or a part of one's too.
   * A bare day (bareDay) takes a holiday's month only where its holidays or a parenthesis stand
   * between (春节假期（15日至23日）; not a festival's in a name: 欢乐春节推广月27日).
   */
  private context(start: number, inMonth: boolean, bareDay: boolean): { y: number; m: number } | null {
    if (this.prevGran === null || start - this.prevEnd > 30) return null;
    if (this.prevGran !== 'day' && this.prevGran !== 'holiday' && !(inMonth && (this.prevGran === 'part-of-month' || this.prevGran === 'month'))) return null;
    if (bareDay && this.prevGran === 'holiday' && !HOLIDAY_TO_DAY.test(this.norm.slice(this.prevEnd, start))) return null;
    if (this.sentenceAt(start).index !== this.sentenceAt(this.prevStart).index) return null;
    return { y: this.prevY, m: this.prevM };
  }

  // ---- atoms ----

  /** The Y/M/D family at p: years (absolute, relative, reign), year parts, months, month parts, days, lunar days. */
  ymd(p: number, inRange: boolean, can: number): Atom | null {
    const norm = this.norm;
    // (can: startCan(p)) none of the patterns tried below can start here (each is tried only where its bit is
    // set; the month ones at q = p, as there is no year): nothing to find
    if ((can & YMD_BITS) === 0) return null;
    const spec = newSpec();
    let q = p;
    let hasYear = false;
    let m: RegExpExecArray | null;
    // (the unit before p as a code, −1 at the start: no one-unit string made per call; the rare
    // tests of it against a set of characters read norm[p - 1] where the unit is a Han one)
    const prev = p > 0 ? norm.charCodeAt(p - 1) : -1;
    const numBefore = numeralAt(norm, p - 1);

    // lunar day first: 农历2015年十月初一, 正月初一, 腊月二十三
    if ((m = (can & Bit.lunarDay ? this.at(P.lunarDay, p) : null)) && (m[1] || m[3] || isOneOf(m[4], '正腊冬') || startsWithOneOf(m[5], '初廿')) && !numBefore) {
      const y = m[2] ? yearOf(m[2]) : null;
      const mo = num(m[4]);
      const d = num(m[5]);
      if (mo && d && d <= 30) {
        spec.y = y;
        spec.m = mo;
        spec.d = d;
        spec.lunar = true;
        return { start: p, end: p + m[0].length, spec };
      }
    }

    // year
    if ((m = (can & Bit.yearRange ? this.at(P.yearRange, p) : null)) && !numBefore) {
      const a = numberOf(m[1]);
      const b = numberOf(m[2]);
      if (a >= 1000 && b > a && b - a < 200) {
        // (2025至2026年冬季: the winter that spans the two years)
        const e = p + m[0].length;
        if (b === a + 1 && norm.charCodeAt(e) === C_DONG_WINTER && WINTER_AFTER[norm.charCodeAt(e + 1)] === 1) {
          return { start: p, end: e + 2, res: mkRes(isoDateWide(a, 12, 1), lastOfMonth(b, 2), 'season', false, null, undefined) };
        }
        spec.y = a;
        spec.year2 = b;
        return { start: p, end: e, spec };
      }
    }
    if ((m = (can & Bit.yearNum ? this.at(P.yearNum, p) : null)) && !numBefore && prev !== 0x7b2c) { // 第
      const y = yearOf(m[1]);
      const digits = m[1].length;
      const after = p + m[0].length;
      // (whether a month follows is asked only where it counts: at() has no other effect)
      const ok =
        y !== null &&
        (digits === 4
          ? y >= 1000 && y <= 2199 && !(startsWithOneOf(norm.slice(after, after + 1), '多余') && !MANY_OF.test(norm.slice(after, after + 2)))
          : /^[0〇零]/.test(m[1]) || this.monthAfter(after) || prev === 0x27 || prev === 0x2019); // ' ’
      // (一季度…，2024年同期: the period the paragraph spoke of last, in the year written)
      if (ok && y !== null && norm.startsWith('同期', after)) {
        const same = this.samePeriodInYear(p, y);
        if (same) {
          this.lastYearWordAt = p; // (names no period of its own, as 去年同期)
          return { start: p, end: after + 2, res: same };
        }
      }
      // (比…岩画还要早约1100年, 晚了200年: after 早/晚 a number of years is how much earlier, no year)
      if (ok && !comparedSpanBefore(norm, p)) {
        spec.y = y;
        hasYear = true;
        q = after;
      }
    }
    if (!hasYear && (m = (can & Bit.yearThousands ? this.at(P.yearThousands, p) : null)) && !numBefore) {
      const y = parseNumeral(m[1]);
      const after = p + m[0].length;
      if (y !== null && y >= 1000 && y <= 2199 && this.at(P.month, after)) {
        spec.y = y;
        hasYear = true;
        q = after;
      }
    }
    if (!hasYear && (m = (can & Bit.yearRel ? this.at(P.yearRel, p) : null)) && !endsWordBefore(norm, p, m[1])) {
      // 一季度…去年同期: the period the paragraph spoke of last, a year earlier
      if (YEAR_BEFORE.has(m[1]) && norm.startsWith('同期', p + m[0].length)) {
        const same = this.samePeriodYearBefore(p);
        if (same) {
          this.lastYearWordAt = p; // (names no period of its own: a second 去年同期 is the same one)
          return { start: p, end: p + m[0].length + 2, res: same };
        }
      }
      // 上年 (上一年) is the year before the one the paragraph speaks of: 2025年，利润较上年增长 → 2024
      const lastYearWord = m[1] === '上年' || m[1] === '上一年';
      if (lastYearWord) this.lastYearWordAt = p;
      const ownYear = this.lastYear !== null && this.inLastDatesParagraph(p);
      if (lastYearWord && ownYear) spec.y = this.lastYear! - 1;
      // (in a review of the past year, its headline naming that year, a paragraph that names no
      // year of its own speaks of the year reviewed: 2025年文化企业营业收入… in January 2026, 比上年增长 → 2024)
      else if ((lastYearWord || m[1] === '本年') && !ownYear && this.reviewYear !== null) spec.y = this.reviewYear - (lastYearWord ? 1 : 0);
      // 本年 likewise is the year a review of the past year speaks of, in the first quarter, when
      // such reviews appear (截至2025年底，本年净增… in January 2026 → 2025); later in the year it is
      // this year (2017年…贡献…。若…不能在本年度完成复产, in May 2018 → 2018)
      else if (m[1] === '本年' && this.lastYear === this.refY - 1 && this.refM <= 3 && this.inLastDatesParagraph(p)) spec.y = this.lastYear;
      // 年内 is the year its paragraph speaks of (2025年全年…，并于年内), else this one
      else if (m[1] === '年内' && this.lastYear !== null && this.inLastDatesParagraph(p)) spec.y = this.lastYear;
      // 新一年 is the year that begins: the next one late in a year, else this one
      else if (m[1] === '新一年' || m[1] === '新的一年') spec.yOff = this.refM >= 10 ? 1 : 0;
      else spec.yOff = YEAR_REL[m[1]];
      hasYear = true;
      q = p + m[0].length;
    }
    if (!hasYear && this.lastYear !== null && (m = (can & Bit.yearAnaphor ? this.at(P.yearAnaphor, p) : null))) {
      // 当年5月, 次年初: the year the text mentioned last; only with a month or part after it
      // (one blank between: 同年 4 月)
      const after = p + m[0].length + (norm.charCodeAt(p + m[0].length) === 0x20 ? 1 : 0);
      if (this.at(P.month, after) || this.at(P.yearPart, after)) {
        spec.y = this.lastYear + (m[1] === '次年' || m[1] === '翌年' || m[1] === '隔年' ? 1 : 0);
        hasYear = true;
        q = after;
      } else if (m[1] !== '当年' && !this.prevRelative && this.inLastDatesParagraph(p)) {
        // 同年，苹果确认…, 次年: alone too, after a year written out in the same paragraph (not 当年: "back then")
        spec.y = this.lastYear + (m[1] === '同年' ? 0 : 1);
        hasYear = true;
        q = p + m[0].length;
      }
    }
    if (!hasYear && (m = (can & Bit.era ? this.at(P.era, p) : null))) {
      const base = ERAS.get(m[1])!;
      const n = num(m[2]);
      if (n) {
        spec.y = base + n - 1;
        hasYear = true;
        q = p + m[0].length;
      }
    }

    if (hasYear) {
      // year → holiday, year part, or month
      if ((m = this.at(P.holiday, q)) && !inRange) {
        const h = this.holidayAt(q, m[1], spec);
        if (h) return { start: p, end: holidayEnd(norm, q + m[0].length), res: h };
      }
      if ((m = this.at(P.yearPart, q))) {
        const part = this.yearPartOf(m);
        if (part) {
          spec.part = part;
          return { start: p, end: this.halfYearEnd(spec, q + m[0].length), spec };
        }
      }
    } else if ((m = (can & Bit.yearPartAlone ? this.at(P.yearPartAlone, p) : null))) {
      const w = m[1];
      const part: Part =
        w === '上半年' ? { k: 'h', n: 1 } : w === '下半年' ? { k: 'h', n: 2 } : { k: 'yearEdge', mod: w === '年初' || w === '开年' || w === '新年' || w === '新年伊始' ? 'early' : w === '年中' ? 'mid' : 'late' };
      // (not 8年中, 两年中: during a span of years; not 中国 after a word)
      if (!(w === '年中' && ((isHan(prev) && !'在于至到止自从的及和、今去明'.includes(norm[p - 1])) || isDigitCode(norm.charCodeAt(p - 1))))) {
        spec.part = part;
        // (2025上半年: a year written without 年 right before a half is its year)
        const ys = part.k === 'h' ? bareYearStart(norm, p) : -1;
        if (ys >= 0) spec.y = digitsValue(norm, ys, ys + 4);
        return { start: ys >= 0 ? ys : p, end: this.halfYearEnd(spec, p + m[0].length), spec };
      }
    } else if ((m = (can & Bit.quarterAlone ? this.at(P.quarterAlone, p) : null)) && (!numBefore || bareYearStart(norm, p) >= 0)) {
      // 一、二季度, 一、二、三季度: the scan opens no date at a numeral before 、 or 和 (a test at
      // every such numeral cost ~28 M a warm pass); a quarter right after such a list takes it in
      let from = p;
      if (m[1] || m[2]) while (from >= 2 && QUARTER_LIST_MARK[norm.charCodeAt(from - 1)] === 1 && QUARTER_NUMERAL[norm.charCodeAt(from - 2)] === 1) from -= norm.charCodeAt(from - 3) === C_DI_ORD ? 3 : 2;
      const first = from < p ? num(norm[norm.charCodeAt(from) === C_DI_ORD ? from + 1 : from]) : null;
      const part: Part | null = m[4]
        ? { k: 'firstQ', n: num(m[4])! }
        : m[5] || m[6] ? { k: 'q', n: m[5] ? +m[5] : 1 } : quarters(norm.slice(from, p + m[0].length), first ?? num(m[1] ?? m[2])!, m[3]);
      spec.part = part;
      // (2025Q4, 2025四季度: a year written without 年 right before a quarter is its year)
      const ys = from === p ? bareYearStart(norm, p) : -1;
      if (ys >= 0) spec.y = digitsValue(norm, ys, ys + 4);
      return { start: ys >= 0 ? ys : from, end: p + m[0].length, spec };
    }

    // month
    let hasMonth = false;
    if (hasYear && norm[q] === '的' && this.at(P.month, q + 1)) q++; // 2020年的5月13日
    if (hasYear && norm[q] === ' ' && q + 1 < norm.length && norm[q + 1] !== ' ' && (this.at(P.month, q + 1) || this.at(P.monthRange, q + 1))) q++;
    const prevQ = q > 0 ? norm.charCodeAt(q - 1) : -1;
    const canQ = this.canAt(q);
    const numBeforeQ = numeralAt(norm, q - 1);
    // 星期一到十月一日: 一 belongs to 星期 (期 周 拜 週 before it)
    const afterWeekWord = !hasYear && (prevQ === 0x671f || prevQ === 0x5468 || prevQ === 0x62dc || prevQ === 0x9031);
    if ((m = (canQ & Bit.monthRel ? this.at(P.monthRel, q) : null)) && (!hasYear || spec.yOff !== null)) {
      spec.mOff = MONTH_REL[m[1]];
      hasMonth = true;
      q += m[0].length;
    } else if ((hasYear || !numBeforeQ) && !afterWeekWord && (m = (canQ & Bit.monthRange ? this.at(P.monthRange, q) : null))) {
      const a = num(m[1]);
      const b = num(m[2]);
      if (a && b && a < b && b <= 12 && !isOneOf(m[1], '正腊冬')) {
        spec.m = a;
        spec.month2 = b;
        q += m[0].length;
        return { start: p, end: q, spec };
      }
    }
    if (!hasMonth && (hasYear || !numBeforeQ) && !afterWeekWord && (m = (canQ & Bit.month ? this.at(P.month, q) : null))) {
      const mo = num(m[1]);
      if (mo && mo <= 12 && !isOneOf(m[1], '正腊冬')) {
        spec.m = mo;
        hasMonth = true;
        q += m[0].length;
      }
    }
    if (hasYear && !hasMonth) {
      // 2021年的第一周 … handled above; a bare year
      return { start: p, end: q, spec };
    }
    if (hasMonth) {
      if (!m?.[2] || spec.mOff !== null) {
        // day or part after the month (not after 月份)
        if ((m = this.at(P.monthPart, q))) {
          const part = this.monthPartOf(m);
          spec.part = part;
          return { start: p, end: q + m[0].length, spec };
        }
        if (norm[q] === ' ' && /\d/.test(norm[q + 1] ?? '')) {
          const probe = this.at(P.day, q + 1);
          if (probe?.[2]) q++;
        }
        const dr = this.at(P.dayRange, q);
        if (dr) {
          const a = num(dr[1]);
          const b = num(dr[2]);
          if (a && b && a < b && b <= 31 && !startsWithOneOf(dr[1], '初廿')) {
            spec.d = a;
            spec.day2 = b;
            return { start: p, end: q + dr[0].length, spec };
          }
        }
        // 1月26、27日: two days in a row listed with 、 are the two days (not 26 alone and 27日 apart)
        const pair = consecutiveDays(norm, q);
        if (pair !== null) {
          spec.d = pair.a;
          spec.day2 = pair.a + 1;
          return { start: p, end: pair.end, spec };
        }
        const dm = this.at(P.day, q);
        if (dm) {
          const d = num(dm[1]);
          const next = norm[q + dm[0].length] ?? '';
          const withSuffix = !!dm[2];
          const lunarForm = startsWithOneOf(dm[1], '初廿');
          const bareOk = !withSuffix && (hasYear || /[一二三四五六七八九十]/.test(dm[1])) && !/[\d〇零一二三四五六七八九十百千万亿个%.多余号日]/.test(next) && !/[\dA-Za-z]/.test(next);
          if (d && d <= 31 && (withSuffix || bareOk) && !lunarForm) {
            spec.d = d;
            q += dm[0].length;
          }
        }
      }
      return { start: p, end: q, spec };
    }

    // bare day: 17日, 十七日, 6-8日 (never 3号线, 30日内, 第3日)
    if (!numBefore && prev !== 0x7b2c && prev !== 0x6bcf) { // 第 每
      if ((m = (can & Bit.dayRange ? this.at(P.dayRange, p) : null))) {
        const a = num(m[1]);
        const b = num(m[2]);
        if (a && b && a < b && b <= 31 && this.bareDayOk(m[1], m[3], p + m[0].length)) {
          spec.d = a;
          spec.day2 = b;
          return { start: p, end: p + m[0].length, spec };
        }
      }
      if ((m = (can & Bit.day ? this.at(P.day, p) : null)) && m[2]) {
        const d = num(m[1]);
        if (d && d <= 31 && this.bareDayOk(m[1], m[2], p + m[0].length)) {
          spec.d = d;
          return { start: p, end: p + m[0].length, spec };
        }
      }
    }
    if ((m = (can & Bit.monthPartAlone ? this.at(P.monthPartAlone, p) : null))) {
      const edge = m[1] ?? m[2] ?? m[3];
      const ok = !m[1] || !isHan(prev) || '在于至到止自从的及和、'.includes(norm[p - 1]); // 岁月中 is not 月中
      if (ok) {
        spec.mOff = null;
        const arr = ['', '', '', '', '', '', '', ''];
        arr[edge === '上半月' ? 6 : edge === '下半月' ? 7 : /初|上旬/.test(edge) ? 3 : /中/.test(edge) ? 4 : 5] = edge;
        spec.part = this.monthPartOf(arr);
        return { start: p, end: p + m[0].length, spec };
      }
    }
    return null;
  }

  /**
   * canAt(p) without P.day where a bare day cannot come of it: a bare day (the only use of
   * P.day at a date's start, in ymd) counts only with its 日/号 (m[2]). At a digit, DAY takes
   * one or two digits (3[01], [12]\d, 0?[1-9]) and the suffix must follow them: so the run must
   * be of one or two digits, and [ \t]?[日号] right after it.
   */
  startCan(p: number): number {
    const can = this.canAt(p);
    return can & Bit.day && !this.daySuffixAfterRun(p) ? can & ~Bit.day : can;
  }

  /** At a digit (canAt(p) just asked): is the run one or two digits long, followed by [ \t]?[日号]? Elsewhere true. */
  private daySuffixAfterRun(p: number): boolean {
    const norm = this.norm;
    const u = norm.charCodeAt(p);
    if (u < 48 || u > 57) return true;
    let e = this.runEnd;
    if (e - p > 2) return false;
    let c = norm.charCodeAt(e);
    if (c === 32 || c === 9) c = norm.charCodeAt(e + 1);
    return c === 0x65e5 || c === 0x53f7; // 日 号
  }

  private bareDayOk(numeral: string, suffix: string, after: number): boolean {
    if (startsWithOneOf(numeral, '初廿')) return false;
    if (spanOfDaysBefore(this.norm, after - suffix.length - numeral.length)) return false;
    // 一日三餐, 七日后: a day of one Chinese digit only before a time of day or an event (八日发生, 八日中午起)
    // (or after 于: 该展览于八日开幕)
    if (!/^\d/.test(numeral) && !/[十廿]/.test(numeral)) {
      const before = after - 2 - numeral.length; // (the unit before the numeral, its 日 at after - 1)
      return numeral !== '一' && suffix === '日' && (ONE_DIGIT_DAY_BEFORE.test(this.norm.slice(after, after + 2)) || (before >= 0 && this.norm.charCodeAt(before) === C_YU_AT));
    }
    return this.bareDaySuffixOk(suffix === '日', after);
  }

  /** May a bare day's 日 (ri) or else 号 come before `after`? */
  private bareDaySuffixOk(ri: boolean, after: number): boolean {
    const next = this.norm.slice(after, after + 3);
    // (28日报道, but 人民日报; “12日战争” is a war's name; 20日移动平均线, 5日线: a moving average's days, but 28日线上)
    // (价格28日均突破: 均 is "both" before a verb; 20日均线, 5日均价: a moving average's days)
    if (ri) return !/^(内|以内|之内|游|均(?![突上下超达创出有为在已收较比大])|元|本|报(?!道)|前后|电|语|产|系|韩|军|方|籍|企|媒|美|战争|移动|线(?![上下]))/.test(next);
    // 号: 3号线, 5号楼 are not dates
    return /^(?:[,。;:!?)\s]|上午|下午|晚|早|凌晨|中午|夜|起|开始|前|以来|至|到|的|当天|零时|$)/.test(next) || next === '';
  }

  /** 上半年末 (下半年末) is the late part of its half's last quarter, as 二季度末: where 末 follows a half year, spec.part becomes that, and the date ends after 末. */
  private halfYearEnd(spec: Spec, end: number): number {
    const part = spec.part;
    if (part === null || part.k !== 'h' || end >= this.norm.length || this.norm.charCodeAt(end) !== 0x672b) return end; // 末
    spec.part = { k: 'q', n: part.n === 1 ? 2 : 4, edge: 'late' };
    return end + 1;
  }

  private yearPartOf(m: RegExpExecArray): Part | null {
    if (m[1]) return m[1] === '中期' ? INTERIM : { k: 'h', n: 1 };
    if (m[2]) return { k: 'h', n: 2 };
    if (m[3]) return { k: 'firstQ', n: num(m[3])! };
    if (m[4]) return quarters(m[0], num(m[4])!, m[5]);
    if (m[6]) return { k: 'q', n: +m[6] };
    if (m[7]) return { k: 'q', n: 1 };
    // (开年首月: the year's first month, not its first two)
    if (m[8] === '开年首月') return { k: 'nth', n: 1, unit: '月' };
    // (2024年下旬: the ten-day parts of a month said of a year, its early, middle and late part)
    if (m[8]) return { k: 'yearEdge', mod: m[8] === '初' || m[8] === '伊始' || m[8] === '开年' || m[8] === '上旬' ? 'early' : m[8] === '中' || m[8] === '中旬' ? 'mid' : 'late' };
    // (夏秋, 秋冬季: two seasons, six months from the first one's start)
    if (m[9]) return { k: 'season', n: SEASON[m[9][0]], months: SEASON[m[9][1]] === undefined ? 3 : 6 };
    if (m[10]) {
      const n = num(m[10]);
      return n ? { k: 'nth', n, unit: m[11] === '个月' ? '月' : '周' } : null;
    }
    if (m[12]) {
      const n = num(m[13]);
      const unit = m[15] === '週' || m[15] === '星期' ? '周' : m[15];
      return n ? { k: m[12] === '前' ? 'firstN' : 'lastN', n, unit } : null;
    }
    return null;
  }

  private monthPartOf(m: ArrayLike<string | undefined>): Part {
    if (m[1]) return { k: 'monthEdge', from: 1, to: 20, mod: 'early' };
    if (m[2]) return { k: 'monthEdge', from: 11, to: null, mod: 'late' };
    if (m[3]) return { k: 'monthEdge', from: 1, to: 10, mod: 'early' };
    if (m[4]) return { k: 'monthEdge', from: 11, to: 20, mod: 'mid' };
    if (m[5]) return { k: 'monthEdge', from: 21, to: null, mod: 'late' };
    if (m[6]) return { k: 'monthEdge', from: 1, to: 15, mod: 'early' };
    if (m[7]) return { k: 'monthEdge', from: 16, to: null, mod: 'late' };
    if (m[9]) {
      // 1月前两周, 3月最后一周, 5月前10天 (the weeks as 第一周's: Monday to Sunday)
      // (a numeral num cannot read gives n 0: no period, monthPart says)
      return { k: 'monthFirstLast', first: m[9] === '前', n: num(m[10] ?? '') ?? 0, unit: m[11] === '天' || m[11] === '日' ? '天' : '周' };
    }
    return { k: 'monthWeek', n: num(m[8] ?? '1') ?? 1 };
  }

  // ---- resolution of a Spec ----

  /** Candidate periods for a spec whose year (and maybe month) comes from the reference date. */
  resolve(spec: Spec, start: number, end: number): Res {
    const explicitYear = spec.y !== null;
    const relative = !explicitYear;
    if (!explicitYear && !this.ref) return mkRes(null, null, this.granOf(spec), true, this.modOf(spec), spec.lunar || undefined);
    if (spec.yOff !== null && spec.mOff !== null) {
      const ym = addMonths(this.refY + spec.yOff, this.refM, spec.mOff); // 去年本月
      const y = ym[0];
      const mo = ym[1];
      return this.build(spec, y, mo, true) ?? this.unresolved(spec, true);
    }
    if (explicitYear || spec.yOff !== null) {
      const y = explicitYear ? spec.y! : this.refY + spec.yOff!;
      return this.build(spec, y, spec.m, relative) ?? this.unresolved(spec, relative);
    }
    if (spec.mOff !== null) {
      const ym = addMonths(this.refY, this.refM, spec.mOff);
      const y = ym[0];
      const mo = ym[1];
      return this.build(spec, y, mo, true) ?? this.unresolved(spec, true);
    }
    // 今年上半年增长5%，下半年…: a part of a year right after a date of a year in the same
    // sentence is of that year
    if (spec.part !== null && spec.m === null && spec.d === null && YEAR_PART_KINDS.has(spec.part.k)) {
      const y = this.yearContext(start);
      const r = y !== null ? this.build(spec, y, null, true) : null;
      // (去年通胀基数抬升，下半年通胀也将开始下行: a sentence looking forward is not held to a year gone by)
      if (r && r.start && !(r.end !== null && r.end < this.ref! && this.forward(start, end))) {
        this.yearFromContext = true;
        return r;
      }
    }
    // no year: the most recent such period that starts on or before the reference date,
    // or the first that ends on or after it when the sentence looks forward.
    // (2月上旬偏多，中旬偏少: a bare part of a month takes the month of a date of its month before it)
    const bareMonthPart = spec.m === null && spec.d === null && spec.part !== null && spec.part.k === 'monthEdge';
    const ctxDate = (spec.d !== null || bareMonthPart) && !spec.lunar ? this.context(start, bareMonthPart, spec.m === null && !bareMonthPart) : null;
    if (ctxDate) {
      // the date just before in the same sentence gives the year (and, to a bare day, the month)
      const r = this.build(spec, ctxDate.y, spec.m ?? ctxDate.m, true);
      // (星期五（1月30日）报道，在截至12月27日的三个月中: a year inferred for a date on or before the
      // reference date does not carry a later one past it, unless the sentence looks forward)
      if (r && r.start && (r.start <= this.ref! || !this.prevRelative || (this.prevTo !== null && this.prevTo > this.ref!) || this.forward(start, end))) return r;
    }
    const fwd = this.forward(start, end) || this.nextMonthAhead(spec, start, end);
    const ref = this.ref!;
    const monthLevel = spec.part !== null && (spec.part.k === 'monthEdge' || spec.part.k === 'monthWeek');
    // (forward, a bare day from the day before the reference date on: 预计，27日20时至28日20时 in a
    // forecast of the 27th published on the 28th is this month's; a month's day from a week
    // before it: 5月17日晚间发布公告称，公司拟… of 5月18日, and …将会从2026年二季度开始改善，
    // 但…，1月23日英特尔股价下跌 of 1月28日, are this year's, not next year's)
    const since = fwd && spec.d !== null ? addDays(ref, spec.m === null ? -1 : -7) : ref;
    if (spec.m === null && ((spec.d !== null && spec.part === null) || monthLevel)) {
      // a bare day or part of a month (17日, 月底, 上旬): this month or an earlier one
      // (k: 0, 1, 2, 3 forward, else 0, −1, −2, −3; counted, not an array literal iterated, and
      // the pairs of addMonths read by index, not destructured through the iterator protocol)
      for (let j = 0; j < 4; j++) {
        const k = fwd ? j : 0 - j;
        const ym = addMonths(this.refY, this.refM, k);
        const y = ym[0];
        const mo = ym[1];
        const r = this.build(spec, y, mo, true);
        if (r && r.start && r.end && (fwd ? r.end >= since : r.start <= ref)) return r;
      }
      return this.unresolved(spec, true);
    }
    // (k: −1, 0 … 8 forward, else 1, 0 … −8; the first of them is skipped where the period lies
    // in its own year: then the one in the year after the reference date's starts after that
    // date, and the one in the year before ends before it, so that try could not be taken)
    for (let j = inItsYear(spec) ? 1 : 0; j < 10; j++) {
      const k = fwd ? j - 1 : 1 - j;
      const y = this.refY + k;
      const r = this.build(spec, y, spec.m, true);
      if (!r || !r.start || !r.end) continue;
      if (fwd ? r.end >= since : r.start <= ref) return spec.lunar && !fwd ? this.nearLunar(spec, y, r) : r;
    }
    return this.unresolved(spec, true);
  }

  /**
   * A lunar date with no year whose latest one on or before the reference date, r (of lunar year y), is
   * nearly a year back, while the next falls within weeks after it: the next (腊月二十七 in a January
   * article on the coming Spring Festival travel is next month's, not last January's).
   */
  private nearLunar(spec: Spec, y: number, r: Res): Res {
    const ref = this.ref!;
    // (not in a story told of a past year: 2024年10月…。正月初六，公司生产线已满负荷 is the 2025 festival's)
    if (r.start! >= addDays(ref, -LUNAR_PAST_REACH) || (this.lastYear !== null && this.lastYear < this.refY)) return r;
    const next = this.build(spec, y + 1, spec.m, true);
    return next && next.start && next.start > ref && next.start <= addDays(ref, LUNAR_AHEAD) ? next : r;
  }

  private unresolved(spec: Spec, relative: boolean): Res {
    return mkRes(null, null, this.granOf(spec), relative, this.modOf(spec), spec.lunar || undefined);
  }

  private granOf(spec: Spec): string {
    if (spec.d !== null) return 'day';
    if (spec.part) {
      const p = spec.part;
      if (p.k === 'h') return 'half-year';
      if (p.k === 'q' || p.k === 'firstQ') return 'quarter';
      if (p.k === 'season') return 'season';
      if (p.k === 'monthEdge') return 'part-of-month';
      if (p.k === 'monthWeek') return 'week';
      return 'part-of-year';
    }
    return spec.m !== null || spec.mOff !== null ? 'month' : 'year';
  }

  private modOf(spec: Spec): string | null {
    const p = spec.part;
    if (p && (p.k === 'yearEdge' || p.k === 'monthEdge')) return p.mod;
    return null;
  }

  /**
   * The period of spec in year y (and month mo when given) as the Res itself (`relative` as
   * given; lunar only on a lunar spec, whose every period comes from the first branch), or
   * null when it does not exist.
   */
  private build(spec: Spec, y: number, mo: number | null, relative: boolean): Res | null {
    if (spec.lunar) {
      if (mo === null || spec.d === null) return null;
      const g = lunarToIso(y, mo, spec.d);
      return g ? mkRes(g, g, 'day', relative, null, true) : null;
    }
    if (spec.year2 !== undefined) return mkRes(isoDateWide(y, 1, 1), isoDateWide(spec.year2, 12, 31), 'year', relative, null, undefined);
    if (mo === null && spec.d === null) {
      if (spec.part) {
        const r = yearPart(y, spec.part, this.ref, this.refY, relative);
        return r ? mkRes(r.r[0], r.r[1], r.gran, relative, r.mod, undefined) : null;
      }
      const yb = yearBounds(y);
      return mkRes(yb[0], yb[1], 'year', relative, null, undefined);
    }
    if (mo === null) return null;
    if (spec.month2 !== undefined) return mkRes(isoDateWide(y, mo, 1), lastOfMonth(y, spec.month2), 'month', relative, null, undefined);
    if (spec.d !== null) {
      const d = isoDateWide(y, mo, spec.d);
      if (!d) return null;
      if (spec.day2 !== undefined) {
        const d2 = isoDateWide(y, mo, spec.day2);
        return d2 ? mkRes(d, d2, 'day', relative, null, undefined) : null;
      }
      return mkRes(d, d, 'day', relative, null, undefined);
    }
    if (spec.part) {
      const r = monthPart(y, mo, spec.part);
      return r ? mkRes(r.r[0], r.r[1], r.gran, relative, r.mod, undefined) : null;
    }
    const b = monthBounds(y, mo);
    return b ? mkRes(b[0], b[1], 'month', relative, null, undefined) : null;
  }

  // ---- other atoms ----

  holidayAt(p: number, name: string, yearSpec: Spec | null): Res | null {
    const h = HOLIDAYS.get(name)!;
    const lunar = h.cal === 'lunar' || h.cal === 'eve';
    const on = (y: number): string | null => {
      if (h.cal === 'solar') return isoDateWide(y, h.m, h.d);
      if (h.cal === 'lunar') return lunarToIso(y, h.m, h.d);
      if (h.cal === 'eve') return lunarNewYearsEve(y);
      if (h.cal === 'weekday') {
        // the n-th weekday w of the month (d = n × 10 + w, w 0 = Sunday): 感恩节 11 44
        const first = isoDateWide(y, h.m, 1);
        if (!first) return null;
        const n = Math.floor(h.d / 10);
        const w = h.d % 10;
        return addDays(first, ((w - weekday(first) + 7) % 7) + 7 * (n - 1));
      }
      if (h.cal === 'qingming') {
        const yy = y % 100;
        const c = y >= 2000 ? 4.81 : 5.59;
        return isoDateWide(y, 4, Math.floor(yy * 0.2422 + c) - Math.floor(yy / 4));
      }
      return null;
    };
    const mk = (d: string | null, relative: boolean): Res => mkRes(d, d, 'holiday', relative, null, lunar ? true : undefined);
    if (yearSpec && yearSpec.y !== null) return mk(on(yearSpec.y), false);
    if (!this.ref) return mk(null, true);
    if (yearSpec && yearSpec.yOff !== null) return mk(on(this.refY + yearSpec.yOff), true);
    // a holiday without year: the occurrence nearest the reference date (春节 in a late-January
    // article is the coming one), or the next one when the sentence looks forward
    const fwd = this.forward(p, p + name.length);
    const refT = Date.parse(this.ref);
    let best: string | null = null;
    let bestGap = Infinity;
    for (let k = -1; k <= 1; k++) {
      const d = on(this.refY + k);
      if (!d || (fwd && d < this.ref)) continue;
      const gap = Math.abs(Date.parse(d) - refT);
      if (gap < bestGap) {
        best = d;
        bestGap = gap;
      }
    }
    return mk(best, true);
  }

  /** Every atom that is not in the Y/M/D family. */
  other(p: number, can: number): Atom | null {
    if ((can & OTHER_BITS) === 0) return null; // each pattern below is tried only where its bit is set
    const norm = this.norm;
    const prev = p > 0 ? norm[p - 1] : '';
    const ref = this.ref;
    let m: RegExpExecArray | null;

    if ((m = (can & Bit.decade ? this.at(P.decade, p) : null)) && !numeralAt(norm, p - 1)) {
      let century = m[1] === '上' ? 20 : m[1] === '本' ? 21 : m[2] ? num(m[2]) : null;
      // 1990年代: the year of the decade's start, written out
      const full = m[3].length === 4;
      if (full) century = Math.floor(Number(m[3]) / 100) + 1;
      // 六七十年代: two decades in a row, one 十 (from the first one's start to the second one's end)
      const joint = m[3].length === 3;
      const dec = joint ? num(m[3][0] + '十') : full ? Number(m[3]) % 100 : num(m[3]);
      const span = joint ? num(m[3][1] + '十')! - dec! : 0;
      if (dec !== null && dec % 10 === 0 && dec < 100 && (span === 0 || span === 10)) {
        let y0: number;
        if (century) y0 = (century - 1) * 100 + dec;
        else {
          // the most recent such decade that has begun by the reference date (or by 2000 without one)
          const top = ref ? this.refY : 2000;
          y0 = Math.floor(top / 100) * 100 + dec;
          if (y0 > top) y0 -= 100;
          century = null;
        }
        let a = isoDateWide(y0, 1, 1)!;
        let b = isoDateWide(y0 + span + 9, 12, 31)!;
        const edge = m[4];
        let mod: string | null = null;
        if (edge && edge.startsWith('初')) [a, b, mod] = [a, isoDateWide(y0 + 3, 12, 31)!, 'early'];
        else if (edge && edge.startsWith('中')) [a, b, mod] = [isoDateWide(y0 + 3, 1, 1)!, isoDateWide(y0 + 6, 12, 31)!, 'mid'];
        else if (edge && edge.startsWith('末')) [a, b, mod] = [isoDateWide(y0 + 7, 1, 1)!, b, 'late'];
        const relative = !century && !!ref;
        return { start: p, end: p + m[0].length, res: mkRes(a, b, 'decade', relative, mod, undefined) };
      }
    }
    if ((m = (can & Bit.century ? this.at(P.century, p) : null)) && !numeralAt(norm, p - 1)) {
      const c = m[1] === '上' ? 20 : m[1] === '本' ? 21 : num(m[2]!);
      // (《21世纪经济报道》, 21世纪商业评论: a name; not-dates.txt takes no word opening with a digit)
      if (c && c >= 1 && c <= 22 && !CENTURY_NAME.test(norm.slice(p + m[0].length, p + m[0].length + 4))) {
        let a = isoDateWide((c - 1) * 100 + 1, 1, 1)!;
        let b = isoDateWide(c * 100, 12, 31)!;
        const edge = m[3];
        let mod: string | null = null;
        const y0 = (c - 1) * 100;
        if (edge && edge.startsWith('初')) [b, mod] = [isoDateWide(y0 + 20, 12, 31)!, 'early'];
        else if (edge && edge.startsWith('中')) [a, b, mod] = [isoDateWide(y0 + 41, 1, 1)!, isoDateWide(y0 + 60, 12, 31)!, 'mid'];
        else if (edge && edge.startsWith('末')) [a, mod] = [isoDateWide(y0 + 81, 1, 1)!, 'late'];
        return { start: p, end: p + m[0].length, res: mkRes(a, b, 'century', !!m[1], mod, undefined) };
      }
    }
    if ((m = (can & Bit.ago ? this.at(P.ago, p) : null)) && !numeralAt(norm, p - 1) && prev !== '第') {
      const n = num(m[1]);
      const unit = m[3];
      if (n !== null && n > 0 && (unit !== '月' || m[2])) {
        const past = m[4].endsWith('前');
        // N年后 counts from the reference date only in a forward-looking sentence (预计6个月后);
        // elsewhere it counts from the event told (戈马易手一年后); N多年后 mostly from an event
        // (在发布十多年后即将谢幕), so only N多年前 is a date
        // (2024年，到馆人次比5年前增加: compared with the year its sentence named, N年前 is that year's Nth before)
        if (past && unit === '年' && prev === '比' && this.prevGran === 'year' && this.prevYearNamed && this.sentenceAt(p).index === this.sentenceAt(this.prevStart).index) {
          const y = this.prevY - n;
          return { start: p, end: p + m[0].length, res: mkRes(isoDateWide(y, 1, 1), isoDateWide(y, 12, 31), 'year', this.prevRelative, null, undefined) };
        }
        if (past || (this.forward(p, p + m[0].length) && !MORE_AFTER_NUMBER.test(m[0]))) {
          const d = ref ? this.shift(ref, past ? -n : n, unit) : null;
          // (4-5年前, 7至8年前: a range of spans; the longer span is the earlier end before now)
          const range = agoRangeBefore(norm, p, n);
          if (range !== null) {
            const d1 = ref ? this.shift(ref, past ? -range.n : range.n, unit) : null;
            return { start: range.start, end: p + m[0].length, res: past ? this.rel(d, d1, 'day', 'approx') : this.rel(d1, d, 'day', 'approx') };
          }
          return { start: p, end: p + m[0].length, res: this.rel(d, d, 'day', 'approx') };
        }
      }
    }
    if ((m = (can & Bit.holiday ? this.at(P.holiday, p) : null))) {
      const res = this.holidayAt(p, m[1], null);
      if (res && !(m[1] === '国庆' && CJK.test(prev) && !'在于至到止自从的及和、迎度庆今去明'.includes(prev))) return { start: p, end: holidayEnd(norm, p + m[0].length), res };
    }
    if ((m = (can & Bit.halfYearRel ? this.at(P.halfYearRel, p) : null))) {
      // 上个半年: the half-year before the reference date's
      if (!ref) return { start: p, end: p + m[0].length, res: this.rel(null, null, 'half-year') };
      const h = this.refM <= 6 ? 0 : 1;
      const k = h + (m[1] === '上' ? -1 : m[1] === '下' ? 1 : 0);
      const y = this.refY + Math.floor(k / 2);
      const second = ((k % 2) + 2) % 2 === 1;
      const r = second ? this.rel(isoDateWide(y, 7, 1), isoDateWide(y, 12, 31), 'half-year') : this.rel(isoDateWide(y, 1, 1), isoDateWide(y, 6, 30), 'half-year');
      return { start: p, end: p + m[0].length, res: r };
    }
    if ((m = (can & Bit.quarterRel ? this.at(P.quarterRel, p) : null))) {
      // 上一季度, 本季度: the quarter before / of the reference date
      if (!ref) return { start: p, end: p + m[0].length, res: this.rel(null, null, 'quarter') };
      const off = m[1].startsWith('上') ? -1 : m[1].startsWith('下') ? 1 : 0;
      const [y, q0] = addMonths(this.refY, this.refM - ((this.refM - 1) % 3), 3 * off);
      const r = yearPart(y, { k: 'q', n: (q0 + 2) / 3, edge: m[2] === '末' ? 'late' : m[2] === '初' ? 'early' : undefined })!;
      return { start: p, end: p + m[0].length, res: this.rel(r.r[0], r.r[1], 'quarter', r.mod) };
    }
    if ((m = (can & Bit.halfWeek ? this.at(P.halfWeek, p) : null))) {
      if (!ref) return { start: p, end: p + m[0].length, res: this.rel(null, null, 'week') };
      const mon = mondayOf(ref);
      const r = m[1] === '上半周' ? this.rel(mon, addDays(mon, 2), 'week', 'early') : this.rel(addDays(mon, 3), addDays(mon, 6), 'week', 'late');
      return { start: p, end: p + m[0].length, res: r };
    }
    if ((m = (can & Bit.week ? this.at(P.week, p) : null)) && prev !== '每') {
      const off = { 上上: -2, 下下: 2, 上一: -1, 下一: 1, 上: -1, 下: 1, 本: 0, 这: 0 }[m[1]]!;
      const what = m[3];
      if (!ref) return { start: p, end: p + m[0].length, res: this.rel(null, null, what && what !== '末' ? 'day' : 'week') };
      const mon = addDays(mondayOf(ref), 7 * off);
      let r: Res;
      if (!what) r = this.rel(mon, addDays(mon, 6), 'week');
      else if (what === '末') r = this.rel(addDays(mon, 5), addDays(mon, 6), 'weekend');
      else {
        const d = addDays(mon, WEEKDAY[what] - 1);
        r = this.rel(d, d, 'day');
      }
      return { start: p, end: p + m[0].length, res: r };
    }
    if ((m = (can & Bit.weekday ? this.at(P.weekday, p) : null)) && !/[每个一二三四五六七八九十\d上下本这]/.test(prev)) {
      const wd = WEEKDAY[m[1]];
      if (!ref) return { start: p, end: p + m[0].length, res: this.rel(null, null, 'day') };
      const fwd = this.forward(p, p + m[0].length);
      const diff = wd - weekday(ref);
      const d = fwd ? addDays(ref, (diff + 7) % 7) : addDays(ref, -((7 - diff) % 7));
      return { start: p, end: p + m[0].length, res: this.rel(d, d, 'day') };
    }
    if ((m = (can & Bit.dayRel ? this.at(P.dayRel, p) : null))) {
      const after = DAY_ANAPHOR[m[1]];
      if (after !== undefined) {
        // 1月13日…次日, 30日…当日: only after a day in the same paragraph (忙到次日凌晨 names no date;
        // nor 提前一天, a span of time ahead of something, nor 投票的前一天, the day before an event)
        const day = after < 0 && p > 0 && NOT_BEFORE_DAY_BEFORE[norm.charCodeAt(p - 1)] === 1 ? null : this.lastDay(p, after === 0);
        if (day !== null) {
          const d = addDays(day, after);
          return { start: p, end: p + m[0].length, res: mkRes(d, d, 'day', false, null, undefined) };
        }
      } else if (MONTH_ANAPHOR[m[1]] !== undefined) {
        const month = this.lastMonth(p);
        const end = p + m[0].length;
        if (month !== null) {
          const first = addMonthsToDate(month, MONTH_ANAPHOR[m[1]]);
          const y = numberAt(first, 0, 4);
          const mo = numberAt(first, 5, 7);
          // (伊朗议会同月25日批准: a day of that month)
          DAY_OF_MONTH_AFTER.lastIndex = end;
          const dm = DAY_OF_MONTH_AFTER.exec(norm);
          if (dm !== null) {
            const d = isoDateWide(y, mo, +dm[1]);
            if (d !== null) return { start: p, end: end + dm[0].length, res: mkRes(d, d, 'day', false, null, undefined) };
          } else return { start: p, end, res: mkRes(first, lastOfMonth(y, mo), 'month', false, null, undefined) };
        }
      } else if (m[1] === SAME_PERIOD) {
        const same = p > 0 && BEFORE_SAME_PERIOD[norm.charCodeAt(p - 1)] === 1 ? this.samePeriod(p) : null;
        if (same !== null) return { start: p, end: p + m[0].length, res: same };
      } else if (TRADING_DAYS.has(m[1])) {
        // (较上一交易日: trading days counted from the reference date, see lexicon/trading-days.tsv)
        const d = ref ? tradingDayFrom(ref, TRADING_DAYS.get(m[1])!) : null;
        return { start: p, end: p + m[0].length, res: this.rel(d, d, 'day') };
      } else {
        const d = ref ? addDays(ref, DAY_REL[m[1]]) : null;
        if (!this.inBookTitle(p) && !endsWordBefore(norm, p, m[1])) return { start: p, end: p + m[0].length, res: this.rel(d, d, 'day') };
      }
    }
    if ((m = (can & Bit.vague ? this.at(P.vague, p) : null))) {
      const w = m[1];
      const now = w === '至今' || w === '迄今';
      return { start: p, end: p + m[0].length, res: now ? this.rel(ref, ref, 'day') : mkRes(null, null, 'vague', true, null, undefined) };
    }
    if ((m = (can & Bit.now ? this.at(P.now, p) : null)) && (m[2] || (UNTIL_BEFORE.test(norm.slice(Math.max(0, p - 4), p)) && !this.stateAfterTo(p, p + m[0].length)))) {
      return { start: p, end: p + m[0].length, res: this.rel(ref, ref, 'day') };
    }
    return null;
  }

  /**
   * 到如今 that contrasts two states is no end of a period: 增长到如今的218家 (a noun's
   * modifier), 再到如今聚焦家用市场, 从最初5个主题小院到如今签约46家 (从 and no date before 到);
   * 直到现在, 一直到现在, 自10日晚到现在 and 唱到现在 are.
   */
  private stateAfterTo(p: number, end: number): boolean {
    const norm = this.norm;
    let t = p - 1;
    if (t >= 0 && (norm.charCodeAt(t) === 0x20 || norm.charCodeAt(t) === 0x09)) t--;
    if (norm[t] !== '到' || norm[t - 1] === '直') return false;
    if (norm[end] === '的' || norm[t - 1] === '再' || norm[t - 1] === ',') return true;
    const s = this.sentenceAt(p);
    return someCodeIn(norm, FROM_WORDS, Math.max(s.start, t - 30), t) && !(this.prevGran !== null && this.prevEnd >= t - 2 && this.prevEnd <= t);
  }

  /** A period relative to the reference date (none without one). */
  private rel(start: string | null, end: string | null, gran: string, mod: string | null = null): Res {
    return this.ref ? mkRes(start, end, gran, true, mod, undefined) : mkRes(null, null, gran, true, mod, undefined);
  }

  /**
   * p lies in a book title: a 《 within TITLE_REACH units before it, with no 》 after that 《 and no
   * line break: a title left open ends with its paragraph (else an LF text and its CRLF twin, one
   * unit longer per line, disagree on what the reach covers). Read backwards from p, at most
   * TITLE_REACH units: no search to the text's start.
   */
  private inBookTitle(p: number): boolean {
    const norm = this.norm;
    for (let i = p; i >= 0 && p - i <= TITLE_REACH; i--) {
      const c = norm.charCodeAt(i);
      if (c === C_TITLE_OPEN) return true;
      if (c === C_TITLE_CLOSE || c === 0x0a) return false;
    }
    return false;
  }

  shift(ref: string, n: number, unit: string): string {
    if (unit === '年') return Number.isInteger(n) ? addMonthsToDate(ref, 12 * n) : addMonthsToDate(ref, Math.round(12 * n));
    // (半个月以前: half a month is 15 days; Math.round(-0.5) would be no shift at all)
    if (unit === '月' && !Number.isInteger(n)) return addDays(ref, Math.round(30 * n));
    if (unit === '月' || unit === '季度') return addMonthsToDate(ref, Math.round(n * (unit === '季度' ? 3 : 1)));
    if (unit === '周' || unit === '星期') return addDays(ref, Math.round(7 * n));
    return addDays(ref, Math.round(n));
  }

  // ---- one date expression at p: atom, range, prefix, suffix ----

  /** The expression found last by expression(): its span, value and where the scan resumes (fields, not a new object per date). */
  eStart = 0;
  eEnd = 0;
  eRes: Res | null = null;
  eNext = 0;

  /** 自X: from X to the reference date (relative, as it needs that date), when X has begun by then. */
  private since(res: Res): Res {
    const end = this.sinceEnd(res.start);
    return mkRes(res.start, end, res.gran, res.relative || end !== null, res.mod, res.lunar);
  }

  /** The end of a since-period that starts at st: the reference date, when st is not after it. */
  private sinceEnd(st: string | null): string | null {
    const ref = this.ref;
    return ref && st && st <= ref ? ref : null;
  }

  /**
   * The atom at p, read in full: an ISO date, the Y/M/D family (ymd), or another atom (other);
   * null when none starts there.
   */
  readAtom(p: number): Atom | null {
    const norm = this.norm;
    const can = this.startCan(p);
    // every pattern below (and in ymd, other) is tried only where its bit is set: none, nothing
    if (can === 0) return null;
    if ((can & Bit.notDate && NOT_DATES_RE && this.at(NOT_DATES_RE, p)) || insideNotDate(norm, p)) return null;
    // numeric dates first: 2023-10-17, 2023/10/17, 2023.10.17
    const m = (can & Bit.iso ? this.at(P.iso, p) : null);
    if (m && !/[\d.\-/A-Za-z]/.test(p > 0 ? norm[p - 1] : '')) {
      const y = numberOf(m[1]);
      const mo = numberOf(m[3]);
      const dd = numberOf(m[4]);
      const d = isoDateWide(y, mo, dd);
      if (d && y <= 2199 && (y >= 1900 || (m[2] === '-' && m[3].length === 2 && m[4].length === 2))) {
        const spec = newSpec();
        spec.y = y;
        spec.m = mo;
        spec.d = dd;
        return { start: p, end: p + m[0].length, spec };
      }
    }
    return this.ymd(p, false, can) ?? this.other(p, can);
  }

  /**
   * The commonest dates, read without the pattern machinery: an ISO date (plainIso), a year of four ASCII digits alone
   * (2023年, 2023 年, 2023年度), a bare day of ASCII digits (17日, 5号), or a month of ASCII digits with or without such a year before it
   * and a day of ASCII digits after it (2023年10月, 10月17日, 2023年10月17日, 10 月 17 日, 5月份):
   * 6.2K of the corpus's 11.4K dates with the ISO dates. Null (read it in full) for any other shape. Where it reads
   * an atom, it is the one readAtom reads, as the full path goes (fast.test.ts compares them on
   * generated neighbours):
   * - no numeral unit before p (ymd's numBefore; a month without a year: numBeforeQ), and no
   *   not-date can start at p (readAtom's first test; today none starts with a digit);
   * - a year: a run of exactly 4 digits, [ \t]?年 (startCan then admits yearNum, and yearRange and
   *   lunarDay only where they fail: a dash must follow the digits, a lunar month 年's spaces);
   *   P.yearNum takes \d{4}[ \t]?年(度)? (not before 代/级), its year is 1000–2199, not after 第
   *   nor before 多/余: hasYear, and no year-less pattern is tried;
   * - a bare year: at its end q no month of any kind can start (START_MASK), nor space or tab, lunar month,
   *   and P.holiday, P.yearPart (and after 的, P.month) do not match there: ymd's tests after a
   *   year (the text's end is left to the full path);
   * - a bare day at p (not after 期周拜週第每): a run of 1–2 digits that DAY takes whole, [ \t]?[日号],
   *   and bareDayOk's test of what follows (ymd's bare day; nothing before it can match there);
   * - else a month right after 年 or at p (not after 期周拜週 there): a run of 1–2 digits that
   *   MON takes whole (1–9, 01–12), [ \t]?月(份)?; no other month pattern can match (monthRel
   *   begins with no digit, monthRange needs a dash where 月 or its space is);
   * - after 月份 nothing more is read; after 月, a day: a run of 1–2 digits that DAY takes whole
   *   (1–9, 01–31) and [ \t]?[日号] (dayRange needs a dash there; one space before the run is
   *   skipped as ymd's probe does), or, for the month alone, no unit at q that a day or month
   *   part could begin with (P.monthPart, P.day, P.dayRange first units), nor a space.
   */
  plainDate(p: number): Atom | null {
    const norm = this.norm;
    const u0 = norm.charCodeAt(p);
    if (!isDigitCode(u0) || numeralAt(norm, p - 1)) return null; // (each reading below starts with a digit)
    // where a not-date (not-dates.txt) can start, readAtom asks NOT_DATES_RE first: so does the full path here
    if (NOT_DATE_AT_DIGIT && START_MASK[UNIT_CLASS[u0] ?? 0] & Bit.notDate) return null;
    let y = -1;
    let q = p;
    let mo = -1; // the month's value where it is read at p (no year)
    let u = norm.charCodeAt(p + 4);
    if (u === 45 || u === 47 || u === 46) { // - / .
      const y4 = digitsValue(norm, p, p + 4);
      if (y4 >= 0) return plainIso(norm, p, u, y4);
    }
    const nian = u === 32 || u === 9 ? p + 5 : p + 4; // where 年 would be
    if (norm.charCodeAt(nian) === 0x5e74) { // 年
      y = digitsValue(norm, p, p + 4);
      if (y < 1000 || y > 2199 || (p > 0 && norm.charCodeAt(p - 1) === 0x7b2c) || comparedSpanBefore(norm, p)) return null; // 第
      q = nian + 1;
      u = norm.charCodeAt(q);
      if (u === 0x4ee3 || u === 0x7ea7) return null; // 代 级
      let degree = false;
      if (u === 0x5ea6) { // 度
        u = norm.charCodeAt(++q);
        degree = true;
      }
      if (u === 0x591a || u === 0x4f59) return null; // 多 余
      if (degree || !isDigitCode(u)) {
        // a bare year
        if (u === 32 || u === 9 || LUNAR_AFTER_YEAR[u] === 1) return null;
        const c = UNIT_CLASS[u];
        if (c === undefined || (START_MASK[c] & MONTH_BITS) !== 0) return null;
        // ymd tries a holiday and a year part at q, and after 的 a month (2020年的5月): where
        // none of those regexes matches, it keeps the bare year (2019年的3.5%, 2019年中国)
        if (this.at(P.holiday, q) !== null || this.at(P.yearPart, q) !== null || (u === 0x7684 && this.at(P.month, q + 1) !== null)) return null; // 的
        if (u === 0x540c && norm.charCodeAt(q + 1) === 0x671f) return null; // 同期: ymd reads the period it names
        const spec = newSpec();
        spec.y = y;
        return { start: p, end: q, spec };
      }
      // (a digit after 年: P.yearPart begins with one only as [1-4][ \t]?季度, which the month
      // read below rules out, as it needs [ \t]?月 or a digit after the digit)
      if (P.holiday.first[UNIT_CLASS[u]] !== 0) return null;
    } else {
      const prev = p > 0 ? norm.charCodeAt(p - 1) : 0;
      if (prev === 0x671f || prev === 0x5468 || prev === 0x62dc || prev === 0x9031) return null; // 期 周 拜 週
      // a bare day: 1–2 digits that DAY takes whole, [ \t]?[日号] (no month can match then: it
      // needs [ \t]?月 there; nor a day range: a dash). ymd reads it where no 第/每 is before p
      // and bareDayOk lets it be (a digit day: what follows the suffix decides)
      const d = (mo = runValue(norm, p));
      const e = d >= 0 ? daySuffixAt(norm, p, d) : -1;
      if (e >= 0) {
        if (d < 1 || d > 31 || prev === 0x7b2c || prev === 0x6bcf || !this.bareDaySuffixOk(norm.charCodeAt(e) === 0x65e5, e + 1) || spanOfDaysBefore(norm, p)) return null; // 日; 第 每
        const spec = newSpec();
        spec.d = d;
        return { start: p, end: e + 1, spec };
      }
    }
    // the month: 1–2 digits that MON takes whole, [ \t]?月(份)?
    if (y >= 0) mo = runValue(norm, q);
    if (mo < 1 || mo > 12) return null;
    q += mo >= 10 || norm.charCodeAt(q) === 48 ? 2 : 1;
    u = norm.charCodeAt(q);
    if (u === 32 || u === 9) u = norm.charCodeAt(++q);
    if (u !== 0x6708) return null; // 月
    const spec = newSpec();
    if (y >= 0) spec.y = y;
    spec.m = mo;
    u = norm.charCodeAt(++q);
    if (u === 0x4efd) return { start: p, end: q + 1, spec }; // 份
    // the day: 1–2 digits that DAY takes whole, [ \t]?[日号]
    const c = UNIT_CLASS[u];
    if (c === undefined || P.monthPart.first[c] !== 0) return null;
    let dq = q;
    if (u === 32) {
      dq = q + 1;
      u = norm.charCodeAt(dq);
    }
    if (isDigitCode(u)) {
      const d = runValue(norm, dq);
      if (d < 1 || d > 31) return null;
      const e = daySuffixAt(norm, dq, d);
      if (e < 0) return null;
      spec.d = d;
      return { start: p, end: e + 1, spec };
    }
    if (dq !== q || P.day.first[c] !== 0 || P.dayRange.first[c] !== 0) return null;
    return { start: p, end: q, spec };
  }

  /** A month (or a range of months) starts at p, or after one blank there (25 年 9 月: blanks around numbers). */
  private monthAfter(p: number): boolean {
    const u = this.norm.charCodeAt(p);
    const q = u === 0x20 || u === 0x09 ? p + 1 : p;
    return this.at(P.month, q) !== null || this.at(P.monthRange, q) !== null;
  }

  /** Is there a date expression at p? When so, its span, value and next position are in eStart, eEnd, eRes, eNext. */
  expression(p: number): boolean {
    const norm = this.norm;
    const a = this.plainDate(p) ?? this.readAtom(p);
    if (!a) return false;
    let res: Res = a.res ?? this.resolve(a.spec!, a.start, a.end);
    let end = a.end;
    let start = a.start;
    let ranged = false;
    let noSuffix = false;
    let next = 0; // where the scan resumes, when past the end

    // a range: X至Y, X-Y, X和Y之间
    if (a.spec && !a.spec.lunar) {
      // 自2024年10月29日起至2027年10月28日: 起 before the connector belongs to it
      const connAt = norm.charCodeAt(end) === C_QI && (norm.charCodeAt(end + 1) === C_ZHI || norm.charCodeAt(end + 1) === C_DAO) ? end + 1 : end;
      const c = this.at(P.conn, connAt);
      if (c) {
        const q = connAt + c[0].length;
        const word = c[0].trim();
        const bm = this.at(P.iso, q);
        let b: Atom | null = null;
        if (bm) {
          const by = numberOf(bm[1]);
          const bmo = numberOf(bm[3]);
          const bd = numberOf(bm[4]);
          if (isoDateWide(by, bmo, bd)) {
            const spec = newSpec();
            spec.y = by;
            spec.m = bmo;
            spec.d = bd;
            b = { start: q, end: q + bm[0].length, spec };
          }
        }
        b ??= this.ymd(q, true, this.startCan(q));
        const isBetween = word === '和' || word === '与' || word === '及';
        const betweenM = b && isBetween ? this.at(P.between, b.end) : null;
        const ownYear = b?.spec && a.spec.y !== null && (b.spec.yOff !== null || b.spec.mOff !== null);
        if (b && ownYear) {
          noSuffix = true; // 2008年至今年前三季度: not 2008年至今
          next = q;
        }
        // (not where the second date has an open end of its own: 自X起到Y之前 is two dates)
        const openSecond = connAt !== end && b !== null && this.at(P.suffix, b.end) !== null;
        if (b && b.spec && !ownYear && !openSecond && (!isBetween || betweenM)) {
          const r = this.rangeOf(a.spec, res, b.spec, b.start, b.end, !!betweenM);
          if (r) {
            res = r;
            ranged = true;
            end = b.end + (betweenM ? betweenM[0].length : 0);
          }
        }
      }
    }

    // 腊月二十七至二十八, 正月初一至初七: a range of days of one lunar month (its days are consecutive)
    if (a.spec && a.spec.lunar && a.spec.d !== null && res.start !== null) {
      const c = this.at(P.conn, end);
      const lm = c ? this.at(P.lunarDayAfter, end + c[0].length) : null;
      const d2 = lm ? parseNumeral(lm[1]) : null;
      if (lm && d2 !== null && d2 > a.spec.d && d2 <= 30) {
        res = mkRes(res.start, addDays(res.start, d2 - a.spec.d), 'day', res.relative, null, true);
        end += c![0].length + lm[0].length;
        ranged = true;
      }
    }

    // weekday in apposition: 10月17日(周二), 10月12号，星期一
    if (res.gran === 'day' && a.spec) {
      const w = this.at(P.weekdayApposition, end);
      if (w) end += w[0].length;
    }

    // suffix: 以来, 至今, 起, 之前, 之后 …
    const s = noSuffix ? null : this.at(P.suffix, end);
    let mod: string | null = null;
    let suffixWord = '';
    if (s && (res.start !== null || res.end !== null || res.relative)) {
      suffixWord = s[1];
      end += s[0].length;
    }
    // RE.prefix ends the text before the date with one of its words, maybe and a space or tab:
    // a word that ends in 从, 自, 到, 至 or 止. Without one there, it cannot match.
    let u = start > 0 ? norm.charCodeAt(start - 1) : 0;
    if ((u === 32 || u === 9) && start > 1) u = norm.charCodeAt(start - 2);
    // (截至美东时间27日: a clock's zone between the cut-off word and the date)
    const pm = PREFIX_LAST.includes(u) ? RE.prefix.exec(norm.slice(Math.max(0, start - 4), start)) : u === C_JIAN_TIME ? CUTOFF_IN_ZONE.exec(norm.slice(Math.max(0, start - 12), start)) : null;
    let prefixWord = '';
    if (pm) {
      const before = start - pm[0].length - 1 >= 0 ? norm[start - pm[0].length - 1] : '';
      const w = pm[1];
      const fine = !(w === '自' && before !== '' && '来各独亲擅源出暗发'.includes(before));
      if (fine && w !== '从') {
        prefixWord = w;
        start -= pm[0].length;
      } else if (w === '从' && suffixWord && (suffixWord.includes('起') || suffixWord.includes('开始') || suffixWord.includes('以来') || suffixWord.includes('至今'))) {
        start -= pm[0].length;
      } else if (w === '从' && ranged) {
        start -= pm[0].length; // 从X到Y
      }
    }
    // 2009年注册以来, 自2001年实施以来: an event's verb before 以来 makes the date open since then
    if (suffixWord === '' && res.start !== null && VERB_FIRST_SINCE[norm.charCodeAt(end)] === 1) {
      const v = VERB_SINCE.exec(norm.slice(end, end + 6));
      if (v) {
        end += v[0].length;
        suffixWord = '以来';
      }
    }
    // (suffixWord is one whole word of P.suffix or '': compared as strings; none of them when '')
    if (suffixWord === '') {
      // (自X至Y is a closed range, but 自2010年至2011年流感季以来 is open since X)
      if (prefixWord !== '' && prefixWord.startsWith('自') && (!ranged || SINCE_AHEAD.test(norm.slice(end, end + 12)))) {
        mod = 'since';
        res = this.since(res);
      }
    } else if (suffixWord === '以来' || suffixWord === '至今' || suffixWord === '迄今') {
      mod = 'since';
      res = mkRes(res.start, this.sinceEnd(res.start), res.gran, true, res.mod, res.lunar);
    } else if (suffixWord === '起' || suffixWord === '开始' || suffixWord === '或之后' || suffixWord === '或以后' || suffixWord === '及以后' || suffixWord === '及之后') {
      // (自2026年1月1日起施行: 起 names a start and no end, with 自 too; 以来 ends at the reference date)
      mod = 'since';
      res = mkRes(res.start, null, res.gran, res.relative, res.mod, res.lunar);
    } else if (suffixWord === '或之前' || suffixWord === '或以前' || suffixWord === '及以前' || suffixWord === '及之前') {
      mod = 'until';
    } else if (suffixWord === '前后') {
      mod = 'approx'; // 2020 年前后, 春节前后: around it
    } else if (suffixWord === '以前' || suffixWord === '之前' || suffixWord === '前') {
      mod = 'before';
      // (1月底前, 年底之前: by the end of the period, a deadline; 1月前: before the period starts)
      const byEnd = DEADLINE_END[norm.charCodeAt(end - suffixWord.length - 1)] === 1;
      res = mkRes(null, res.start === null ? null : byEnd ? res.end : res.start === res.end ? res.start : addDays(res.start, -1), res.gran, res.relative, res.mod, res.lunar);
    } else if (suffixWord === '以后' || suffixWord === '之后' || suffixWord === '后') {
      mod = 'after';
      res = mkRes(res.end === null ? null : res.start === res.end ? res.end : addDays(res.end, 1), null, res.gran, res.relative, res.mod, res.lunar);
    } else if (prefixWord.startsWith('自')) {
      mod = 'since';
      res = this.since(res);
    }
    if (prefixWord !== '' && prefixWord.startsWith('截')) mod = 'until'; // 截至X: X itself, the cut-off point
    if (mod) res = mkRes(res.start, res.end, res.gran, res.relative, mod, res.lunar);
    const anchor = res.start ?? res.end;
    // (上年 names no year of its own: after 2025年…比上年…, a second 上年 is still 2024)
    // (a field read, not a call: a larger expression() is optimized worse, +24 M a pass)
    // (规模达2024年的3.26倍: a year that is the baseline of a multiple is not what the paragraph speaks of)
    if (anchor && res.gran !== 'vague' && this.lastYearWordAt !== a.start && !(norm.charCodeAt(end) === C_DE_OF && ((MULTIPLE_OF_BASE.lastIndex = end), MULTIPLE_OF_BASE.test(norm)))) {
      // the year for 当年/同年, and the date for the next one's context (one parse of the year)
      const y = numberAt(anchor, 0, 4);
      this.lastYear = y;
      this.prevEnd = end;
      this.prevStart = start;
      this.prevY = y;
      this.prevM = numberAt(anchor, 5, 7);
      this.prevGran = res.gran;
      this.prevFrom = res.start;
      this.prevTo = res.end;
      this.prevRelative = res.relative;
      // (a year written or named, 2025年, 今年, or taken from such a date before: yearContext's)
      this.prevYearNamed = a.spec !== undefined && (a.spec.y !== null || a.spec.yOff !== null || this.yearFromContext);
    }
    this.yearFromContext = false;
    this.eStart = start;
    this.eEnd = end;
    this.eRes = res;
    this.eNext = Math.max(next, end);
    return true;
  }

  /** X至Y with Y's missing year/month taken from X; `between` (X和Y之间) ends the day before Y starts. */
  private rangeOf(as: Spec, ar: Res, bs: Spec, bStart: number, bEnd: number, between: boolean): Res | null {
    if (ar.start === null) return null;
    const ay = numberAt(ar.start, 0, 4);
    const am = numberAt(ar.start, 5, 7);
    let br: Res;
    if (bs.y !== null || bs.yOff !== null || bs.mOff !== null || bs.part) br = this.resolve(bs, bStart, bEnd);
    else {
      // inherit: 5月6日—8日, 3月至5月, 6月1日-6月30日; a month before X's rolls into the next year
      let y = ay;
      const mo = bs.m ?? (bs.d !== null && as.d !== null ? am : null);
      if (mo === null && bs.d === null) return null;
      if (mo !== null && mo < am && bs.m !== null) y++;
      const r = this.build(bs, y, mo, ar.relative);
      if (!r) return null;
      br = r;
    }
    if (br.start === null || br.end === null) return null;
    if (br.start < ar.start) return null;
    const end = between ? addDays(br.start, -1) : br.end;
    const gran = ar.gran === br.gran ? ar.gran : ar.gran === 'day' || br.gran === 'day' ? 'day' : ar.gran;
    return mkRes(ar.start, end, gran, ar.relative || br.relative, null, ar.lunar);
  }
}

/**
 * For tests: the patterns that match somewhere in `text` where Scanner.at would not have run
 * them (START_MASK, DIGIT_RULES): "name@position" for each; empty when the skips are sound there.
 */
export function skippedMatches(text: string): string[] {
  const sc = new Scanner({ text, norm: text, seg: { paragraphs: [], sentences: [], clauses: [], quotes: [] }, referenceDate: null, header: { title: null, date: null } } as unknown as ExtractContext);
  const out: string[] = [];
  for (let p = 0; p <= text.length; p++) {
    const can = sc.canAt(p);
    for (const [name, bit] of Object.entries(BITS)) {
      const pt = name === 'notDate' ? NOT_DATES_RE : P[name as keyof typeof P];
      if (!pt || can & bit) continue;
      pt.re.lastIndex = p;
      if (pt.re.test(text)) out.push(`${name}@${p}`);
    }
  }
  return out;
}

/**
 * For tests: at every position of `text` where Scanner.plainDate reads an atom, that atom against
 * the one readAtom reads in full there; `fired` counts the positions, `mismatches` lists those
 * where the two differ ("position: fast vs full").
 */
export function plainDateMismatches(text: string, ref: string | null = '2024-05-15'): { fired: number; mismatches: string[] } {
  const sc = new Scanner({ text, norm: text, seg: { paragraphs: [], sentences: [], clauses: [], quotes: [] }, referenceDate: ref, header: { title: null, date: null } } as unknown as ExtractContext);
  const mismatches: string[] = [];
  let fired = 0;
  for (let p = 0; p <= text.length; p++) {
    const fast = sc.plainDate(p);
    if (fast === null) continue;
    fired++;
    const a = JSON.stringify(fast);
    const b = JSON.stringify(sc.readAtom(p));
    if (a !== b) mismatches.push(`${p}: ${a} vs ${b}`);
  }
  return { fired, mismatches };
}

/**
 * For tests: the positions of `text` where CANDIDATE matches but nextCandidate's table tests
 * (FIRST, NEXT, WORD_PAIR) pass over the unit without running it; empty when they are sound there.
 */
export function skippedCandidates(text: string): number[] {
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const f = FIRST[c];
    const x = NEXT[text.charCodeAt(p + 1)];
    const passed = f === 0 || x === 0 || (f !== 1 && (x & f) === 0 && ((x & 1) === 0 || !WORD_PAIR.has(c * 0x10000 + text.charCodeAt(p + 1))));
    CANDIDATE.lastIndex = p;
    if (passed && CANDIDATE.test(text)) out.push(p);
  }
  return out;
}

/**
 * For tests: the digits of `text` that begin a run of ASCII digits where digitRunCandidate
 * answers (0 or 1) otherwise than CANDIDATE_AT_DIGIT.test; empty when its rules are sound there.
 */
export function digitRunMismatches(text: string): number[] {
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    if (!isDigitCode(text.charCodeAt(p)) || isDigitCode(text.charCodeAt(p - 1))) continue;
    const e = digitsEnd(text, p + 1);
    const known = digitRunCandidate(text, p, e);
    CANDIDATE_AT_DIGIT.lastIndex = p;
    if (known !== -1 && known === 1 !== CANDIDATE_AT_DIGIT.test(text)) out.push(p);
  }
  return out;
}

/**
 * For tests: the positions of `text` where a date expression starts (Scanner.expression, with
 * `ref` as reference date) but CANDIDATE does not match, so the scan never asks there; empty when
 * CANDIDATE admits every start there.
 */
export function missedStarts(text: string, ref: string | null = '2024-05-15'): number[] {
  const sc = new Scanner({ text, norm: text, seg: { paragraphs: [], sentences: [], clauses: [], quotes: [] }, referenceDate: ref, header: { title: null, date: null } } as unknown as ExtractContext);
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    CANDIDATE.lastIndex = p;
    if (!CANDIDATE.test(text) && sc.expression(p)) out.push(p);
  }
  return out;
}

/**
 * At a digit i whose run of ASCII digits ends at e: what CANDIDATE_AT_DIGIT.test answers there
 * (1 a match, 0 none) where the unit after the run decides it, else −1 (run the regex). Its
 * alternatives take the whole run (a match ending inside it would need [ \t], a NUM_TAIL unit,
 * a Chinese numeral or 年 at a digit; NUM_UNIT{1,8} and NUM_YEAR take no more than 8 digits):
 * - 0 where the unit after the run is none of NUM_NEXT (bit 4 of NEXT: a numeral unit, space,
 *   tab, NUM_TAIL's first units, 季), or the end of the text; or where it is a '.' after a run
 *   of other than 4 digits (the lookahead: (?:\d{1,3}|\d{5,})\. matches);
 * - 1 where the run is 2 or 4 digits before 年 (NUM_YEAR), or 1 to 8 digits before 月, 日 or 号
 *   (NUM_UNIT{1,8}, then NUM_TAIL): no '.' follows the run, so the lookahead lets them pass.
 */
function digitRunCandidate(norm: string, i: number, e: number): number {
  const u = norm.charCodeAt(e);
  const len = e - i;
  if ((NEXT[u] & 4) === 0 || (u === 46 && len !== 4)) return 0; // (NaN past the end: undefined & 4 is 0)
  if (u === 0x5e74) return len === 2 || len === 4 ? 1 : -1; // 年
  if (u === 0x6708 || u === 0x65e5 || u === 0x53f7) return len <= 8 ? 1 : -1; // 月 日 号
  return -1;
}

/**
 * The next position ≥ i where a candidate starts (FIRST, then CANDIDATE, or CANDIDATE_AT_DIGIT at a digit), or n. The positions
 * before it are passed over as the scan always did: one unit at a time (two where the second
 * has NEXT 0: neither starts a candidate), and after a unit that starts no candidate, the rest
 * of its number when it is a digit. A small function of its own,
 * so that this per-unit loop is compiled early and cheaply, apart from the large extractor.
 */
function nextCandidate(norm: string, i: number, n: number): number {
  const first = FIRST; // (locals: read without a module-slot load and hole check per unit)
  const next = NEXT;
  while (i < n) {
    // the units that start nothing (most of them), in a loop of their own that does no more: two
    // at a time where the second of them can neither start a candidate nor go on with one at the
    // first (NEXT 0), else one (only units inside the text are read: a NaN index costs a deopt)
    for (;;) {
      if (i + 1 < n) {
        if (next[norm.charCodeAt(i + 1)] === 0) {
          i += 2;
          continue;
        }
      } else if (i === n) return n;
      if (first[norm.charCodeAt(i)] !== 0) break;
      i++;
    }
    const c = norm.charCodeAt(i);
    const f = first[c];
    const x = next[norm.charCodeAt(i + 1)];
    if (f !== 1 && (x & f) === 0 && ((x & 1) === 0 || !WORD_PAIR.has(c * 0x10000 + norm.charCodeAt(i + 1)))) {
      // (f 2: no word of the list begins here, and nothing else of CANDIDATE begins with c;
      // f 4 / f 8: nor does the numeral alternative / an alternative of 上下这本前第 go on here;
      // x & 1 0: no word's second unit is next, WORD_PAIR need not be asked. CANDIDATE would
      // fail: as after a failed run, one unit on; at a digit the run ends here, as the next unit is no digit.)
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      // (the run is read once: for digitRunCandidate, and to go on after it when no candidate starts)
      const e = digitsEnd(norm, i + 1);
      const known = DIGIT_RUN_RULES ? digitRunCandidate(norm, i, e) : -1;
      if (known === 1) return i;
      if (known === -1) {
        CANDIDATE_AT_DIGIT.lastIndex = i;
        if (CANDIDATE_AT_DIGIT.test(norm)) return i;
      }
      i = e;
      continue;
    }
    CANDIDATE.lastIndex = i;
    if (CANDIDATE.test(norm)) return i;
    i++;
  }
  return n;
}

/**
 * The one Scanner extractDates uses, started afresh for each document (extractDates runs to the
 * end before it returns; nothing keeps a Scanner). A new Scanner per document met a new map
 * (hidden class) after every full collection that found no Scanner alive (--log-ic, with a
 * collection forced before each pass: every field store and load changed state once a pass),
 * and each IC change reset the count V8 keeps towards optimizing the method.
 */
const NO_DOCUMENT: ExtractContext = { text: '', norm: '', seg: { paragraphs: [], sentences: [], clauses: [], quotes: [] }, referenceDate: null, header: { title: null, date: null } };
const SCANNER = new Scanner(NO_DOCUMENT);

/** What joins two dates into a range (至, 到, dashes, a tilde). */
const RANGE_JOIN = new Uint8Array(0x10000);
for (const ch of '至到-—–~～') RANGE_JOIN[ch.charCodeAt(0)] = 1;

/**
 * 本周六至下周一, 今天到明天: the date `r` at [start, …) joins the one before it, `prev`, into a range
 * when both are relative days with no modifier, the second later, and only 至/到/a dash between.
 */
function joinsRange(norm: string, prev: DateOut | null, r: Res, start: number): prev is DateOut {
  return (
    prev !== null && (prev.span.end + 1 === start || timeOfDayBetween(norm, prev.span.end, start - 1)) && RANGE_JOIN[norm.charCodeAt(start - 1)] === 1 &&
    prev.relative && r.relative && prev.granularity === 'day' && r.gran === 'day' && prev.mod === null && r.mod === null &&
    !r.lunar && !prev.lunar && prev.start !== null && r.start !== null && prev.start < r.start
  );
}

/** Times of day that may follow the first day of a range (26日晚至27日凌晨). */
const TIME_OF_DAY = new Set(TIMES_OF_DAY);
function timeOfDayBetween(norm: string, a: number, b: number): boolean {
  return b - a >= 1 && b - a <= 2 && TIME_OF_DAY.has(norm.slice(a, b));
}

/** Dates resolved against ctx.referenceDate. Spans are UTF-16 indices of ctx.text; `id` is set by the pipeline. */
export function extractDates(ctx: ExtractContext): DateOut[] {
  const out: DateOut[] = [];
  const norm = ctx.norm;
  const text = ctx.text;
  const sc = SCANNER;
  sc.start(ctx);
  const n = norm.length;
  let i = 0;
  while ((i = nextCandidate(norm, i, n)) < n) {
    if (!sc.expression(i)) {
      // skip the rest of a number so that 12345 does not retry at 2345
      const c = norm.charCodeAt(i);
      i++;
      if (isDigitCode(c)) i = digitsEnd(norm, i);
      continue;
    }
    const r = sc.eRes!;
    const start = sc.eStart;
    const end = sc.eEnd;
    // (guarded: a read out of the string in a hot function costs more than its test, see metrics/subject.ts)
    if (start > 0 && end < n && norm.charCodeAt(start - 1) === 0x300a && norm.charCodeAt(end) === 0x300b) {
      i++; // 《十月》: a title, not a date (tested here: in Scanner.expression it cost +24 M a pass)
      continue;
    }
    const prev = out.length > 0 ? out[out.length - 1] : null;
    // 岁末年初: the end of one year and the start of the next, one period
    if (prev !== null && prev.span.end === start && prev.end !== null && r.start !== null && end - start === 2 && norm.startsWith('岁末', prev.span.start) && norm.startsWith('年初', start)) {
      prev.span.end = end;
      prev.text = text.slice(prev.span.start, end);
      prev.end = lastOfMonth(+prev.end.slice(0, 4) + 1, 2);
      prev.mod = null;
      i = sc.eNext;
      continue;
    }
    if (joinsRange(norm, prev, r, start)) {
      prev.span.end = end;
      prev.text = text.slice(prev.span.start, end);
      prev.end = r.end;
      i = sc.eNext;
      continue;
    }
    // (the span made apart: a literal nested in another is copied from its boilerplate by the
    // runtime, two flat ones by a fast builtin; same object, same key order)
    const span = { start, end };
    // (a lunar date as a literal of its own, not `lunar` added to the other: the map an added
    // field makes is freed by a full collection when no date holds it, and the store's IC
    // changing state after it reset V8's count towards optimizing extractDates)
    const t = text.slice(start, end);
    const item: DateOut = r.lunar
      ? { id: '', text: t, span, start: r.start, end: r.end, granularity: r.gran, relative: r.relative, mod: r.mod, lunar: true }
      : { id: '', text: t, span, start: r.start, end: r.end, granularity: r.gran, relative: r.relative, mod: r.mod };
    out.push(item);
    i = sc.eNext;
  }
  let dates = mentionsFiscalYear(norm) ? withFiscalPeriods(norm, text, ctx.referenceDate, out, ctx.seg.paragraphs) : out;
  if (mentionsPlan(norm)) dates = withPlanPeriods(norm, text, ctx.referenceDate, dates);
  if (mentionsEvent(norm)) dates = withEventPeriods(norm, text, ctx.referenceDate, dates);
  // (本季度, 当季: one scan for 季 spares most documents both)
  if (ctx.referenceDate !== null && norm.includes('季')) {
    reportedQuarter(dates, norm, ctx.referenceDate, sc);
    dates = inPlaceOf(dates, quarterTold(dates, norm, text, ctx.referenceDate));
  }
  sc.start(NO_DOCUMENT); // (holds no document's text between calls)
  return dates;
}

/** Later in the period just named (本季度晚些时候): it looks forward. */
const LATER_ON = /^\s?(?:晚些时候|稍后)/;

/** A quarter named with its year that ended before the reference date: one a report is about (not 上一季度, 去年同期, 2024年同期). */
function reportedQuarterAt(d: DateOut, ref: string): boolean {
  return d.granularity === 'quarter' && d.mod === null && !d.relative && d.end !== null && d.end < ref && !d.text.endsWith('同期');
}

/** A date at `span` that means the quarter `reported` (本季度, 当季), fiscal where that one is. */
function asReported(text: string, span: { start: number; end: number }, reported: DateOut): DateOut {
  return reported.fiscal
    ? { id: '', text, span, start: reported.start, end: reported.end, granularity: 'quarter', relative: true, mod: null, fiscal: true }
    : { id: '', text, span, start: reported.start, end: reported.end, granularity: 'quarter', relative: true, mod: null };
}

/** What after 当季 makes it "in season", not a quarter (当季水果, 当季新品). */
const IN_SEASON = /^(?:水果|蔬菜|食材|新品|时令|鲜|菜|服装|款|货)/;

/**
 * 当季 in a report on a quarter that has ended (苹果公司2026财年第一季度…当季净利润): the quarter
 * reported, the last one named before it; none where no such quarter was named.
 */
function quarterTold(dates: DateOut[], norm: string, text: string, ref: string): DateOut[] {
  const found: DateOut[] = [];
  let reported: DateOut | null = null;
  let next = 0;
  for (let p = norm.indexOf('当季'); p >= 0; p = norm.indexOf('当季', p + 2)) {
    while (next < dates.length && dates[next].span.end <= p) {
      if (reportedQuarterAt(dates[next], ref)) reported = dates[next];
      next++;
    }
    if (reported === null || norm.charCodeAt(p + 2) === C_DU || IN_SEASON.test(norm.slice(p + 2, p + 4))) continue;
    found.push(asReported(text.slice(p, p + 2), { start: p, end: p + 2 }, reported));
  }
  return found;
}
const C_DU = '度'.charCodeAt(0);

/**
 * 本季度 in a report on a quarter that has ended (微软2026财年第二季度财报…本季度资本支出): the
 * quarter reported, the last one the article named before, not the quarter of the reference date;
 * unless the sentence looks forward (预计本季度, 计划在本季度, 本季度晚些时候).
 */
function reportedQuarter(dates: DateOut[], norm: string, ref: string, sc: Scanner): void {
  let reported: DateOut | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (reportedQuarterAt(d, ref)) reported = d;
    else if (reported !== null && d.text === '本季度' && !sc.forward(d.span.start, d.span.end) && !LATER_ON.test(norm.slice(d.span.end, d.span.end + 5))) {
      dates[i] = asReported(d.text, d.span, reported);
    }
  }
}
