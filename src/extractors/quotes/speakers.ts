// Who is speaking: parses the phrase between a clause start and a speech cue
// (`科大讯飞董事长刘庆峰28日` + 表示) into [organization][title][name] + adverbials.
// Names are found by rule — the position right after a title, a surname list (with
// compound surnames), names already seen in the document — never by word segmentation.
// Pure: a string and offsets in, offsets out (all UTF-16 indices into the same text).
import { compoundSurnameAt, lexicon, type Lexicon } from './lexicon.js';
import { alternation, loadList } from '../../lexicon/load.js';
import { TIMES_OF_DAY } from '../../lexicon/times.js';
import { allHanCodes, charTable, digitsEnd, isDigitCode, isHanCode, isLatinCode, isRegExpSpace, isUpperLatinCode, someCodeIn, unitTable } from '../../text/chars.js';

export interface Range {
  start: number;
  end: number;
}

export interface AffiliationRange {
  org: Range | null;
  role: Range | null;
}

export type SpeakerType = 'person' | 'unnamed' | 'pronoun' | 'org';

export interface ParsedSpeaker {
  type: SpeakerType;
  /** The text naming the speaker (without adverbials such as 28日, 此前, 对记者). */
  mention: Range;
  /** The person's name (persons only). */
  name: Range | null;
  /** [organization][role] pairs in the order written; `org` null when none is written. */
  affiliations: AffiliationRange[];
  /** The written organization is a bare noun (公司, 该公司) to resolve from context. */
  genericOrg: boolean;
  /** 该负责人, 这位专家: refers back to an earlier unnamed speaker. */
  anaphoric: boolean;
  /** The other people of a group (白宇飞、赵轶龙等学者认为): each says the same. */
  also?: ParsedSpeaker[];
}

/** What the document has taught so far (names and organizations already seen). */
export interface SpeakerMemory {
  names: Set<string>;
  orgs: Set<string>;
  /** The document (normalized), where a Latin word is looked up as part of a name (lastNameOf). */
  text?: string;
  /** The words of its Latin names (Peter Steinberger: Peter, Steinberger), read once when first asked. */
  latinNameWords?: Set<string>;
}

const MAX_PHRASE = 80;
const code = (c: string) => c.charCodeAt(0);
const SPACE = 32;
const OPEN_PAREN = 40;
const [C_ZAI, C_DUI, C_JIU, C_CONG, C_JIE, C_SHOU, C_TONG, C_GUO, C_XIANG, C_GAO, C_SU] = [...'在对就从接受通过向告诉'].map(code);
const [C_ZHE, C_ZHE2, C_NIAN, C_YUE, C_RI, C_HAO, C_DI] = [...'着著年月日号地'].map(code);
const [C_DUN, C_JIAN, C_ZHI, C_REN, C_DENG, C_HE, C_YU, C_JI] = [...'、兼职任等和与及'].map(code);
const [C_XIAO, C_LAO, C_DE, C_SUI, C_MEN, C_RQUOTE, C_CHANG, C_ZHU] = [...'小老的岁们”常驻'].map(code);
const [C_HANG, C_YE] = [...'行业'].map(code);
const [C_TONG2, C_GEN, C_SHI, C_ZENG, C_JING, C_ZHI_CALL] = [...'同跟时曾经致'].map(code);
const [C_BIAN_SIDE, C_YI_ONE] = [...'边一'].map(code);
/** 员 师 者 官: an unlisted role may end with them (田径裁判员). */
const ROLE_END = unitTable('员师者官');
/** How far into a speaker phrase a dateline's byline may open (新华社雅加达电  （记者…）). */
const MAX_DATELINE = 30;
const C_DIAN_WIRE = code('电');
const DATELINE = /^.{0,40}?\d{1,2}日电(?:\s{0,2}\([^()]{0,40}\))?\s{0,3}/;
/** What follows 今日 or 昨天 in the names the date extractor knows are no dates (今日头条, 今日俄罗斯: dates/not-dates.txt). */
const AFTER_DAY_IN_NAMES = loadList(new URL('../dates/not-dates.txt', import.meta.url)).filter((w) => /^[今昨][日天]./.test(w)).map((w) => w.slice(2));
/** A date that may open the phrase before a cue (3月2日, 2025年3月2日晚间, 今日; not the names 今日头条, 今日俄罗斯). */
const LEADING_DAY = new RegExp(`(?:(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日|[今昨][日天]${AFTER_DAY_IN_NAMES.length > 0 ? `(?!${alternation(AFTER_DAY_IN_NAMES)})` : ''})(?:晚间|早间|上午|下午|凌晨|中午|晚|早)?`, 'y');
const [C_JIN_NOW, C_ZUO_PAST] = [...'今昨'].map(code);
/** Where a date opening norm[i, end) ends (3月2日公司…, 今日众泰汽车…), or i when none does. */
function leadingDayEnd(norm: string, i: number, end: number): number {
  if (i >= end) return i;
  const c = norm.charCodeAt(i);
  if (!(isDigitCode(c) || c === C_JIN_NOW || c === C_ZUO_PAST)) return i;
  LEADING_DAY.lastIndex = i;
  const d = LEADING_DAY.exec(norm);
  return d ? i + d[0].length : i;
}
/** Where a leading date and the comma after it end (1月30日上午，记者从…), or i when there is none. */
export function afterLeadingDay(norm: string, i: number, end: number): number {
  const j = leadingDayEnd(norm, i, end);
  return j > i && j < end && norm.charCodeAt(j) === 44 ? j + 1 : i; // ','
}
const DOT_NAME = /[\u3400-\u9fff]{1,8}(?:\s{0,2}[·•・‧-]\s{0,2}[\u3400-\u9fff]{1,8}){1,3}/y;
const LATIN_NAME = /[A-Z][A-Za-z'’-]{1,20}(?: [A-Z][A-Za-z'’-]{1,20}){0,3}/y;
const PAREN = /\s{0,2}\([^()]{1,40}\)/y;
/** Organization words that name no organization by themselves (公司相关负责人): resolved from context. */
const GENERIC_WORDS = lexicon().genericOrgWords;
export const GENERIC_ORG = new RegExp(`^(?:该|本|这家|此|其)?(?:${alternation(GENERIC_WORDS)})$`);
/** The last code units of GENERIC_WORDS: what a generic organization ends with. */
const GENERIC_LAST = charTable(GENERIC_WORDS.map((w) => w[w.length - 1]));
/**
 * GENERIC_ORG.test(s). Its longest strings have four units (这家 + a two-unit word) and end
 * with a GENERIC_WORDS' last unit: other strings are rejected without running the regex.
 */
export function isGenericOrg(s: string): boolean {
  return s.length <= 4 && GENERIC_LAST[s.charCodeAt(s.length - 1)] === 1 && GENERIC_ORG.test(s);
}
/**
 * 曾 at i is the surname (主任曾博伟), not the adverb (发言人曾多次表示, 曾经): no adverbial and no
 * 经 after it.
 */
function surnameZeng(s: string, i: number, lex: Lexicon): boolean {
  return s.charCodeAt(i) === C_ZENG && i + 1 < s.length && s.charCodeAt(i + 1) !== C_JING && lex.adverbials.startingAt(s, i + 1) === 0;
}
/** A name does not start with these (上述人士就这一点向记者表示: 就 is no name; 曾: see surnameZeng). */
const NOT_NAME_START = unitTable('就在对也还则曾都又更亦是的将已被把从和与及等并而');
const AGE = /^[\d一二三四五六七八九十]{1,3}岁$/;
const AGE_END = /\d{1,3}岁$/;
/** Units inside an organization a role may follow (阿里巴巴集团市场部奥运业务总经理). */
const UNIT_END = unitTable('部处科室局厅司办组团队股');
/** 员 师 官: a chunk of parseAffiliations may end with an unlisted role in them (教导员, 畜牧师). */
const CHUNK_ROLE_END = unitTable('员师官');
const GENERIC_PREFIX_FIRST = unitTable('该本这其');
/** A generic organization word after 该 本 这家 其 opening a longer phrase (该邦信息技术兼教育部长). */
const GENERIC_PREFIX = new RegExp(`^(?:该|本|这家|其)(?:${alternation(GENERIC_WORDS)})`);
const ANAPHORIC = /^(?:该|这位|这名|此|上述|前述)/;
/** An organization word after a count (两家医院, 三所高校): organizations counted, none named. */
const COUNTED_ORG = /^[一二两三四五六七八九十几多数\d]+[家所个座]/;
const DEMONSTRATIVE = /^(?:这|那|该|此)(?:名|位|个)?$/;
/** 向对在从给为: a phrase before a title starting with them is no name (向总经理). */
const NOT_BEFORE_NAME = unitTable('向对在从给为');
/** What may stand before 方面 as an organization (SK 海力士方面): a name, no function words. */
const SIDE_OF = /^(?=[\u3400-\u9fffA-Za-z])(?![另一这那各])[\u3400-\u9fffA-Za-z0-9 &.]{2,20}$/;
const FUNCTION_IN_SIDE = /[的在对是和与了从这那其该各]/;
/** Unnamed qualifiers that are places: an organization's name may follow them (国际能源署). */
const PLACE_QUALIFIER = /^(?:国际|当地|本地)$/;
/** One-unit suffixes that make an organization speaking alone (国家外汇局表示, 财新网称, 江西省在报告中提到); not 官网 (a website). */
const SPEAKING_ONE_UNIT_SUFFIX = unitTable('局委部厅署院团队社网省市');
const C_SHI_CITY = code('市');
/** Before 市 these make a city or a market no one speaks for (这座城市, 股市, 楼市). */
const NOT_BEFORE_CITY = unitTable('城都股楼车债汇');
const C_GUAN = code('官');
const C_XUN = code('讯');
const C_JU = code('据');
const C_LING = code('另');

/**
 * Parses norm[start, end) — the words before a cue, from the clause start — as a speaker.
 * Returns null when the phrase names nobody (据了解, 数据显示, 也就是说 …).
 */
export function parseSpeaker(norm: string, start: number, end: number, memory: SpeakerMemory, inGroup = false): ParsedSpeaker | null {
  if (end - start > MAX_PHRASE || end <= start) return null;
  if (!inGroup && hasCodeIn(norm, C_DENG, start, end)) {
    const g = parseGroup(norm, start, end, memory, true);
    if (g) return g;
  }
  const single = parseSingle(norm, start, end, memory);
  if (single || inGroup) return single;
  return parseGroup(norm, start, end, memory, false);
}

/** 、和与及 */
const isGroupSep = (c: number) => c === C_DUN || c === C_HE || c === C_YU || c === C_JI;

/** The last index of c in s[start, end), or -1 — bounded, unlike lastIndexOf on the whole text. */
function lastIn(s: string, c: string, start: number, end: number): number {
  const u = c.charCodeAt(0); // c is one code unit
  for (let i = end - 1; i >= start; i--) if (s.charCodeAt(i) === u) return i;
  return -1;
}

/** The code unit c occurs in norm[start, end) — bounded, unlike indexOf on the whole text. */
function hasCodeIn(norm: string, c: number, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (norm.charCodeAt(i) === c) return true;
  return false;
}

/**
 * Several people speaking together: `A、B等学者` (withTail: the group noun after 等) or
 * `A和B`. Each part must parse as a named person; parts that do not (an affiliation
 * written with 、) are joined to the next.
 */
function parseGroup(norm: string, start: number, end: number, memory: SpeakerMemory, withTail: boolean): ParsedSpeaker | null {
  const lex = lexicon();
  let stop = end;
  if (withTail) {
    const d = norm.lastIndexOf('等', end - 1);
    if (d < start + 2) return null;
    const s = norm.slice(start, end);
    const t = d + 1 - start;
    const hl = lex.roles.startingAt(s, t);
    if (!adverbialReach(s, t + hl, lex)[t + hl]) return null;
    stop = d;
  }
  const people: ParsedSpeaker[] = [];
  let from = start;
  for (let k = start; k <= stop; k++) {
    if (k < stop && !isGroupSep(norm.charCodeAt(k))) continue;
    // the last part with no person before it: fewer than two people whatever it parses as
    // (and without a separator it is the very phrase parseSingle just failed on) — skip it
    if (k === stop && people.length === 0) return null;
    const p = parseSpeaker(norm, from, k, memory, true);
    if (p && p.type === 'person' && (p.mention.end === k || (k === stop && !withTail))) {
      people.push(p);
      from = k + 1;
    } else if (k === stop) return null;
  }
  if (people.length < 2) return null;
  return { ...people[0], also: people.slice(1) };
}

function parseSingle(norm: string, start: number, end: number, memory: SpeakerMemory): ParsedSpeaker | null {
  const lex = lexicon();
  const s = norm.slice(start, end);
  const n = s.length;
  let i0 = 0;
  // a dateline's 日电 starts at index 42 at most (.{0,40} and \d{1,2} before it): its first
  // 日电 is that early, or the regex cannot match
  const dateline = s.indexOf('日电');
  const dl = dateline >= 0 && dateline <= 42 ? DATELINE.exec(s) : null;
  if (dl) i0 = dl[0].length;
  // 中证网讯（记者 蒋洁琼）久其软件…发布公告称, 中证APP讯（实习记者 段芳媛）, 新华社雅加达电  （记者李斯博）:
  // a news agency's dateline, with its byline in parentheses
  const open = s.indexOf('(', i0);
  if (open > 0 && open <= MAX_DATELINE) {
    let k = open - 1;
    while (k > 0 && s.charCodeAt(k) === 0x20) k--;
    const close = s.indexOf(')', open);
    if ((s.charCodeAt(k) === C_XUN || s.charCodeAt(k) === C_DIAN_WIRE) && close > 0 && close - open <= 22 && BYLINE.test(s.slice(open + 1, close))) i0 = close + 1;
  }
  // 【说法】法院审理认为: a section label before the speaker
  if (i0 < n && s.charCodeAt(i0) === 0x3010) {
    const close = s.indexOf('】', i0);
    if (close > 0 && close - i0 <= 8) i0 = close + 1;
  }
  // 3月2日公司发布公告称: a date before the speaker
  const dayEnd = leadingDayEnd(s, i0, n);
  if (dayEnd < n) i0 = dayEnd;
  // 12月9日讯 永泰能源…公告称: the 讯 of a dateline
  if (i0 > 0 && i0 < s.length && s.charCodeAt(i0) === C_XUN && s.charCodeAt(i0 - 1) === C_RI) i0++;
  while (i0 < n && s[i0] === ' ') i0++;
  for (let k = 0; k < 3; k++) {
    const l = lex.leadins.startingAt(s, i0);
    if (l === 0 || i0 + l >= n) break;
    i0 += l;
  }
  i0 = afterExistential(s, i0, n, lex);
  // 然而据彭博社报道, 另据法媒报道: 据 after a connector or 另 (reported.ts skips it where it opens the clause)
  if (i0 + 2 < n && s.charCodeAt(i0) === C_LING && s.charCodeAt(i0 + 1) === C_JU) i0 += 2;
  else if (i0 > 0 && i0 + 1 < n && s.charCodeAt(i0) === C_JU) i0++;
  if (i0 >= n) return null;
  // 针对日本首相高市早苗称，…，外交部发言人回应: a topic (what someone said), not the speaker
  if (TOPIC_LEAD.test(s.slice(i0, i0 + 2))) return null;
  // `的` introduces a description (73岁的村民卡西安, 来超市购买生活用品的萨拉): read the whole
  // phrase first, then what follows the last 的, where any name in speaker position counts.
  // ok[i] depends only on s[i..] (adverbialReach fills it right to left), so the array read
  // from i0 serves the reading from j > i0 as well (parseFrom reads ok at its start or after)
  const ok = adverbialReach(s, i0, lex);
  let r = parseFrom(s, i0, ok, lex, memory, false) ?? quotedNameSpeaker(s, i0, ok);
  const de = s.lastIndexOf('的');
  if (!r && de >= i0 && de < n - 1) {
    let j = de + 1;
    while (j < n && s[j] === ' ') j++;
    r = parseFrom(s, j, ok, lex, memory, true);
  }
  if (!r) return null;
  return shift(r, start);
}

/**
 * 有投行人士告诉…, 有分析人士认为: where an unnamed speaker in s[i, n) starts after an existential
 * 有, which is no part of it (not 有关人士, 有人, 有些, 有的), or i.
 */
export function afterExistential(s: string, i: number, n: number, lex: Lexicon = lexicon()): number {
  if (i + 2 >= n || s.charCodeAt(i) !== C_YOU_EXIST || NOT_AFTER_YOU_EXIST[s.charCodeAt(i + 1)] === 1 || lex.unnamed.endingAt(s, n, i + 1) === 0) return i;
  i++;
  while (i < n && s.charCodeAt(i) === SPACE) i++; // (有 X 用户)
  return i;
}
const C_YOU_EXIST = code('有');
const NOT_AFTER_YOU_EXIST = unitTable('关人些的');
const TOPIC_LEAD = /^(?:针对|对于|关于)/;

/** The kinds of outlet a quoted name may follow (自媒体“牛弹琴”, 微信公众号“侠客岛”). */
const OUTLET_KIND = /(?:自媒体|公众号|账号|博主|媒体|网站|栏目|节目)$/;
/** s(open, close) reads as a name in quotation marks (“牛弹琴”): 2 to 10 units, no clause mark or blank. */
export function quotedNameIn(s: string, open: number, close: number): boolean {
  if (close - open - 1 < 2 || close - open - 1 > 10) return false;
  for (let k = open + 1; k < close; k++) if (NAME_BREAK[s.charCodeAt(k)] === 1) return false;
  return true;
}
const NAME_BREAK = unitTable(',。;!?:、 ');
/**
 * “牛弹琴”说, 自媒体“牛弹琴”形容: a quoted name opening the phrase, or after a kind of outlet,
 * with only adverbials after it, is an organization speaking.
 */
function quotedNameSpeaker(s: string, i0: number, ok: Uint8Array): ParsedSpeaker | null {
  const o = s.lastIndexOf('“');
  if (o < i0) return null;
  const c = s.indexOf('”', o + 1);
  if (c < 0 || !ok[c + 1] || !quotedNameIn(s, o, c)) return null;
  if (o > i0 && !OUTLET_KIND.test(s.slice(i0, o))) return null;
  const org = { start: o + 1, end: c };
  return { type: 'org', mention: { start: i0, end: c + 1 }, name: null, affiliations: [{ org, role: null }], genericOrg: false, anaphoric: false };
}

function shift(p: ParsedSpeaker, base: number): ParsedSpeaker {
  const sh = (r: Range | null) => (r ? { start: r.start + base, end: r.end + base } : null);
  return {
    ...p,
    mention: sh(p.mention)!,
    name: sh(p.name),
    affiliations: p.affiliations.map((a) => ({ org: sh(a.org), role: sh(a.role) })),
  };
}

function parseFrom(s: string, i0: number, ok: Uint8Array, lex: Lexicon, memory: SpeakerMemory, described: boolean): ParsedSpeaker | null {
  const n = s.length;
  // 1. [org][title] + name, or [org][title] alone (an unnamed speaker with a role)
  const step1 = roleEnds(lex);
  for (let e = n; e > i0; e--) {
    // a character no title or word for people ends with, not 们 ” 员 师 者 官: nothing below
    // can hold (tl stays 0), so skip it without the trie walk
    const last = s.charCodeAt(e - 1);
    if (step1[last] === 0) continue;
    let tl = lex.roles.endingAt(s, e, i0); // the longer of a title and a word for people
    if (tl > 0 && lex.notRoles.endingAt(s, e, i0) > tl) tl = 0; // 在社交媒体表示
    if (tl > 0 && lex.addressees.endingAt(s, e, e - tl) === tl && addressedAt(s, i0, e - tl, ok)) continue; // 刘劲周三对界面新闻等媒体表示: the addressee
    if (tl === 0 && last === C_MEN && e - 1 > i0) {
      const pl = lex.roles.endingAt(s, e - 1, i0);
      if (pl && ok[e]) return unnamedSpeaker(s, i0, e, lex, memory); // 葡萄牙科学家们
    }
    let weak = false;
    if (tl === 0 && last === C_RQUOTE) {
      // a quoted role before a name: 厦马3小时“官兔”孙艳君
      const o = s.lastIndexOf('“', e - 2);
      if (o >= i0 && e - o <= 8) tl = e - o;
      weak = true;
    }
    if (tl === 0 && ROLE_END[last] === 1 && e - 2 >= i0 && isHanCode(s.charCodeAt(e - 2))) {
      tl = 2; // an unlisted role ending in 员/师 (田径裁判员): only before a surname
      weak = true;
    }
    if (tl === 0) continue;
    // 卡韦周二向议员表示: a title after 向 is whom the speaker addresses
    if (e - tl - 1 > i0 && s.charCodeAt(e - tl - 1) === C_XIANG) continue;
    // 国家运输安全委员会近日表示: the title is the head of an organization's name (委员会), no name follows it
    if (e < n && lex.orgSuffixes.endingAt(s, e + 1, i0) > tl) continue;
    if (weak) {
      const nm = matchName(s, e, ok, lex, true);
      if (!nm || lex.notNames.has(s.slice(e, nm.nameEnd))) continue;
      return { type: 'person', mention: { start: i0, end: nm.end }, name: { start: e, end: nm.nameEnd }, affiliations: weakRoleAffiliations(s, i0, e, lex), genericOrg: false, anaphoric: false };
    }
    if (ok[e]) return unnamedSpeaker(s, i0, e, lex, memory);
    let ne = e;
    while (ne < n && ne - e < 2 && s[ne] === ' ') ne++; // 英伟达 CFO 科莱特 · 克雷斯
    // after a title any name (总理奥尔波); after a word for unnamed people (官方) a surname
    // (a title, not only a word for people, ends at e: asked only here, where it matters)
    const nm = NOT_NAME_START[s.charCodeAt(ne)] === 1 && !surnameZeng(s, ne, lex) ? null : matchName(s, ne, ok, lex, lex.titles.endingAt(s, e, i0) === 0);
    if (nm) {
      if (lex.notNames.has(s.slice(ne, nm.nameEnd))) continue;
      // 俄总统新闻局: a Han "name" that ends as an organization does (局, 部, 委员会) is the office
      if (lex.strongOrgSuffixes.endingAt(s, nm.nameEnd, ne) > 0 || lex.officeEnds[s.charCodeAt(nm.nameEnd - 1)] === 1) continue;
      return {
        type: 'person',
        mention: { start: i0, end: nm.end },
        name: { start: ne, end: nm.nameEnd },
        affiliations: parseAffiliations(s, i0, e, lex),
        genericOrg: false,
        anaphoric: false,
      };
    }
  }
  // 2. a pronoun
  const pl = lex.pronouns.startingAt(s, i0);
  if (pl && ok[i0 + pl]) {
    return { type: 'pronoun', mention: { start: i0, end: i0 + pl }, name: null, affiliations: [], genericOrg: false, anaphoric: true };
  }
  // 3. an organization known by a bare name (高盛表示, 伊朗则表示), which would read as a name
  // below — unless a person of that name spoke before (圭亚那总统阿里 … 阿里表示)
  const ko = lex.knownOrgs.startingAt(s, i0);
  // (大众中国昨日宣布: a known company's local arm, named by a region)
  const region = ko && lex.knownCompanies.startingAt(s, i0) === ko ? lex.companyRegions.startingAt(s, i0 + ko) : 0;
  if (region && ok[i0 + ko + region]) {
    return { type: 'org', mention: { start: i0, end: i0 + ko + region }, name: null, affiliations: [{ org: { start: i0, end: i0 + ko + region }, role: null }], genericOrg: false, anaphoric: false };
  }
  if (ko && ok[i0 + ko] && !memory.names.has(s.slice(i0, i0 + ko))) {
    return { type: 'org', mention: { start: i0, end: i0 + ko }, name: null, affiliations: [{ org: { start: i0, end: i0 + ko }, role: null }], genericOrg: false, anaphoric: false };
  }
  // (日本闪存制造商铠侠宣布, 芯片巨头英伟达表示: a kind of company, then one known by its bare name)
  const kind = kindOfCompanyLength(s, i0, n);
  const kko = kind > 0 ? lex.knownOrgs.startingAt(s, i0 + kind) : 0;
  if (kko && ok[i0 + kind + kko]) {
    return { type: 'org', mention: { start: i0, end: i0 + kind + kko }, name: null, affiliations: [{ org: { start: i0 + kind, end: i0 + kind + kko }, role: null }], genericOrg: false, anaphoric: false };
  }
  // 4. a bare name: one seen before, a foreign name with ·, or surname + given name
  let best = 0;
  for (const name of memory.names) {
    if (name.length > best && s.startsWith(name, i0) && ok[i0 + name.length]) best = name.length;
  }
  let nm = best ? { nameEnd: i0 + best, end: i0 + best } : matchName(s, i0, ok, lex, true);
  if (!nm && described) {
    // after a description: a foreign name with · or in Latin letters
    if (dotNameAt(s, i0) || latinNameAt(s, i0)) nm = matchName(s, i0, ok, lex, false);
  }
  if (!nm) {
    // 奥尔特曼说, (来超市的)萨拉说: a transliterated foreign name
    let j = i0;
    while (j < n && j - i0 < 6 && lex.translitBits[s.charCodeAt(j)] === 1) j++;
    for (let e = j; e >= i0 + (described ? 2 : 3) && !nm; e--) if (ok[e]) nm = { nameEnd: e, end: e };
  }
  const looksLikeRole = (w: string) => lex.roles.endingAt(w, w.length) > 0 || /[师员者家]$/.test(w);
  // (雷诺认为: a company the article named with its suffix, 雷诺集团, is no person)
  const nameText = nm ? s.slice(i0, nm.nameEnd) : '';
  if (nm && !lex.notNames.has(nameText) && !(described && looksLikeRole(nameText)) && !memory.orgs.has(nameText)) {
    return { type: 'person', mention: { start: i0, end: nm.end }, name: { start: i0, end: nm.nameEnd }, affiliations: [], genericOrg: false, anaphoric: false };
  }
  // 5. an organization speaking for itself (澜起科技表示, 公司表示, SK 海力士方面表示)
  for (let e = n; e >= i0 + 2; e--) {
    if (!ok[e]) continue;
    if (e - i0 >= 4 && s[e - 2] === '方' && s[e - 1] === '面' && SIDE_OF.test(s.slice(i0, e - 2)) && !FUNCTION_IN_SIDE.test(s.slice(i0, e - 2))) {
      return { type: 'org', mention: { start: i0, end: e }, name: null, affiliations: [{ org: { start: i0, end: e - 2 }, role: null }], genericOrg: false, anaphoric: false };
    }
    const org = s.slice(i0, e);
    const sl = lex.orgSuffixes.endingAt(s, e, i0);
    // (a qualifier opens no organization, 国际社会, 多家小贷公司, unless it is a place and a name of
    // three or more follows it: 国际能源署, 当地消防部门)
    const uq = lex.unnamedQualifiers.startingAt(s, i0);
    if (memory.orgs.has(org) || ((sl >= 2 || (sl === 1 && SPEAKING_ONE_UNIT_SUFFIX[s.charCodeAt(e - 1)] === 1 && !(e - 2 >= i0 && (s.charCodeAt(e - 2) === C_GUAN || (s.charCodeAt(e - 1) === C_SHI_CITY && NOT_BEFORE_CITY[s.charCodeAt(e - 2)] === 1))))) && (uq === 0 || (PLACE_QUALIFIER.test(s.slice(i0, i0 + uq)) && e - i0 - uq >= 3)) && (!lex.notNames.has(org) || isGenericOrg(org)) && !/^正如|报道/.test(org) && !CLAUSE_IN_ORG.test(org))) {
      return {
        type: 'org',
        mention: { start: i0, end: e },
        name: null,
        affiliations: [{ org: { start: i0, end: e }, role: null }],
        genericOrg: isGenericOrg(org),
        anaphoric: false,
      };
    }
  }
  // 6. a brand in Latin letters (Patreon 宣布, Waymo表示; tried only where a capital opens the
  // phrase): an organization; but a word the document writes as part of a Latin name (Peter
  // Steinberger … Peter 表示) is that person
  // 7. a newspaper or journal in book-title marks (《日本经济新闻》表示, 《纽约时报》称); a document
  // (《方案》提到) is no speaker
  // (《时代》周刊写道, 《大西洋》月刊评论文章认为: the periodical's kind is part of its name, its
  // article only of the mention)
  // (美国《时代》周刊: a country before the title is part of the mention)
  const title = s.charCodeAt(i0) === C_BOOK_OPEN ? i0 : countryBeforeTitle(s, i0);
  if (title >= 0) {
    const close = s.indexOf('》', title + 2);
    const periodical = close > title + 1 ? (PERIODICAL.exec(s.slice(close + 1, close + 4))?.[0].length ?? 0) : 0;
    // (a title that names no paper, 《大西洋》, speaks where its kind follows: 《大西洋》月刊)
    if (close > title + 1 && close - title <= 20 && (periodical > 0 || MEDIA_TITLE.test(s.slice(title + 1, close)))) {
      const orgEnd = close + 1 + periodical;
      const end = orgEnd + (ARTICLE.exec(s.slice(orgEnd, orgEnd + 5))?.[0].length ?? 0);
      if (ok[end]) return { type: 'org', mention: { start: i0, end }, name: null, affiliations: [{ org: { start: title, end: orgEnd }, role: null }], genericOrg: false, anaphoric: false };
    }
  }
  // (Peter Steinberger 表示, Android Police 昨日报道: a run of two to four capitalized words is a
  // person's name, or an organization's where one of its words marks one: latin-org-words.txt)
  if (isUpperLatinCode(s.charCodeAt(i0))) {
    for (let e = Math.min(n, i0 + MAX_LATIN_RUN); e >= i0 + 3; e--) {
      if (!ok[e]) continue;
      const run = s.slice(i0, e).trimEnd();
      if (!LATIN_RUN.test(run)) continue;
      const b = i0 + run.length;
      if (run.split(' ').some((w) => lex.latinOrgWords.has(w))) return { type: 'org', mention: { start: i0, end: b }, name: null, affiliations: [{ org: { start: i0, end: b }, role: null }], genericOrg: false, anaphoric: false };
      return { type: 'person', mention: { start: i0, end: b }, name: { start: i0, end: b }, affiliations: [], genericOrg: false, anaphoric: false };
    }
  }
  // (or after a description that ends in an organization's word: 旅行社JTB, 研究机构Gartner)
  const b0 = isUpperLatinCode(s.charCodeAt(i0)) ? i0 : describedBrandStart(s, i0, n, lex);
  for (let e = b0 >= 0 ? n : -1; e >= b0 + 2; e--) {
    const word = s.slice(b0, e).trimEnd();
    if (ok[e] && LATIN_BRAND.test(word)) {
      const b = b0 + word.length;
      if (lastNameOf(memory, word)) return b0 === i0 ? { type: 'person', mention: { start: i0, end: b }, name: { start: i0, end: b }, affiliations: [], genericOrg: false, anaphoric: false } : null;
      return { type: 'org', mention: { start: b0, end: b }, name: null, affiliations: [{ org: { start: b0, end: b }, role: null }], genericOrg: false, anaphoric: false };
    }
  }
  // 8. a listed company under special treatment (ST新动力, *ST长药): the A-share name marks it
  const st = STOCK_ST.exec(s.slice(i0, Math.min(n, i0 + 9)));
  if (st) {
    // (the shortest name before the cue's adverbials: *ST昌九还表示 → *ST昌九)
    const hanStart = i0 + st[0].indexOf('T') + 1;
    for (let e = hanStart + 2; e <= i0 + st[0].length; e++) {
      // (*ST长药公告称: the announcement is the company's, no part of its name)
      const oe = s.endsWith('公告', e) ? e - 2 : e;
      if (ok[e]) return { type: 'org', mention: { start: i0, end: e }, name: null, affiliations: [{ org: { start: i0, end: oe }, role: null }], genericOrg: false, anaphoric: false };
    }
  }
  // 9. a listed company's announcement (金卡智能公告称, 云天化(600096)公告称, 杰瑞股份已公告称):
  // a short name, its stock code maybe, then only time words and adverbs before 公告
  if (s.endsWith('公告')) {
    const co = LISTED_ANNOUNCES.exec(s.slice(i0));
    // (多喜爱(002761): a name the article gave a stock code is a company, whatever it opens with)
    if (co !== null && (!NOT_A_COMPANY.test(co[1]) || memory.orgs.has(co[1]))) {
      const e = i0 + co[1].length;
      return { type: 'org', mention: { start: i0, end: e }, name: null, affiliations: [{ org: { start: i0, end: e }, role: null }], genericOrg: false, anaphoric: false };
    }
  }
  return null;
}

/** 1 a listed company's short name, then its code and the words between it and 公告 (step 9 of parseFrom). */
const LISTED_ANNOUNCES =
  /^([\u4e00-\u9fff]{2,6}?)(?: ?\(\d{6}[^()]{0,8}\))?(?:此前|之前|也|已|亦|还|均|同日|当日|当晚|晚间|日前|近日|新近|今日|昨日|昨晚|今晚|随后|再度|再次|发布|披露|发|\d{1,2}月\d{1,2}日(?:晚间?|早间)?){0,3}公告$/;
/** A clause's verb inside what would be an organization's name (印尼股市大跌源于…明晟公司): a sentence, no name. */
const CLAUSE_IN_ORG = /源于|由于|因为|导致|来自于/;
/** Who writes the article (记者 蒋洁琼, 实习记者 段芳媛, 通讯员…报道): in a dateline's parenthesis, or before a report's cue. */
export const BYLINE = /记者|通讯员/;
/** Words that open no company's name: pronouns, determiners, quantities (该公司 is step 5's), verbs and time words (发布公告, 前期公告); a dateline's 讯 (中证网讯). */
const NOT_A_COMPANY = /^[该其此这那各每多一两有据另本我你他她它]|[的了是在和与及等将对把被从向]|^(?:发布|披露|发现|前期|近期|最新|相关)|讯$/;

/** The word at `rs` (an addressee's: 媒体, 记者) stands in an adverbial 对… or 向… after a speaker (刘劲对界面新闻等媒体表示). */
function addressedAt(s: string, i0: number, rs: number, ok: Uint8Array): boolean {
  for (let j = rs - 1; j > i0 && j >= rs - 14; j--) {
    const c = s.charCodeAt(j);
    if ((c === C_DUI || c === C_XIANG) && ok[j] === 1) return true;
  }
  return false;
}

/** Where a capitalized Latin word starts right after a Han description that ends in an organization suffix (日本最大的旅行社JTB), or -1. */
function describedBrandStart(s: string, i0: number, n: number, lex: Lexicon): number {
  for (let j = i0 + 2; j < n - 1; j++) {
    if (!isUpperLatinCode(s.charCodeAt(j))) continue;
    // (市场调研机构 Counterpoint: a blank between them in text spaced around Latin words)
    const h = s.charCodeAt(j - 1) === 0x20 ? j - 1 : j;
    if (isHanCode(s.charCodeAt(h - 1))) return lex.orgSuffixes.endingAt(s, h, i0) > 0 ? j : -1;
  }
  return -1;
}

/** `word` is written in the document as a word of a Latin name (Peter Steinberger, Charles I. Jones). */
function lastNameOf(memory: SpeakerMemory, word: string): boolean {
  if (memory.text === undefined) return false;
  // (one pass over the document, the first time: a search per speaker would be quadratic on a
  // text of many such speakers)
  if (memory.latinNameWords === undefined) {
    const words = new Set<string>();
    LATIN_NAMES.lastIndex = 0;
    for (let m = LATIN_NAMES.exec(memory.text); m !== null; m = LATIN_NAMES.exec(memory.text)) {
      // (an acronym is no name's word: IBM in IBM Z 系列 is the company)
      for (const w of m[0].split(' ')) if (!ACRONYM.test(w)) words.add(w);
    }
    memory.latinNameWords = words;
  }
  return memory.latinNameWords.has(word);
}
/** Two or more capitalized Latin words one space apart, initials included (Charles I. Jones). */
const LATIN_NAMES = /(?<![A-Za-z])[A-Z][A-Za-z'’-]*\.?(?: [A-Z][A-Za-z'’-]*\.?)+(?![A-Za-z])/g;
const ACRONYM = /^[A-Z]{2,}$/;
/** Two to four capitalized Latin words one space apart (Peter Steinberger, Android Police, Charles I. Jones), the whole phrase. */
const LATIN_RUN = /^[A-Z][A-Za-z'’-]*\.?(?: [A-Z][A-Za-z'’-]*\.?){1,3}$/;
/** The longest such run looked for (units). */
const MAX_LATIN_RUN = 48;
/** One word in Latin letters and digits, capitalized (Patreon, Waymo, OpenAI), or a site (XS.com): a brand. */
const LATIN_BRAND = /^[A-Z][A-Za-z0-9]{1,23}(?:\.(?:com|net|org|io|ai|cn))?$/;
/** A-share names under special treatment: ST or *ST before two to four Han characters. */
const STOCK_ST = /^\*?ST[\u4e00-\u9fff]{2,4}/;

let roleEndsOf: Lexicon | null = null;
let roleEndsBits = new Uint8Array(0);
/** Codes a role phrase of parseFrom's step 1 may end with. */
function roleEnds(lex: Lexicon): Uint8Array {
  if (roleEndsOf !== lex) {
    roleEndsBits = new Uint8Array(0x10000);
    // the last code unit of every word: no word of either set ends at a position without one
    for (const w of lex.roles.words) if (w) roleEndsBits[w.charCodeAt(w.length - 1)] = 1;
    for (const c of '们”员师者官') roleEndsBits[code(c)] = 1;
    roleEndsOf = lex;
  }
  return roleEndsBits;
}

/**
 * The affiliations before a name after an unlisted role (红河舰军官, 编辑员): the role's length is a
 * guess (two units), so an organization of one unit left before it is none: the whole phrase is
 * the role (编辑员, not 编 and 辑员).
 */
function weakRoleAffiliations(s: string, i0: number, e: number, lex: Lexicon): AffiliationRange[] {
  const out = parseAffiliations(s, i0, e, lex);
  const org = out.length === 1 ? out[0].org : null;
  return org !== null && org.end - org.start === 1 ? [{ org: null, role: { start: i0, end: e } }] : out;
}

function unnamedSpeaker(s: string, i0: number, e: number, lex: Lexicon, memory: SpeakerMemory): ParsedSpeaker {
  // 习近平总书记: a name, then the title
  const tl = lex.roles.endingAt(s, e, i0);
  const before = s.slice(i0, e - tl);
  // (an empty `before` is no name either: as ''.includes tested it, '' is in every string)
  const realTitle = lex.titles.endingAt(s, e, i0) === tl && before.length > 0 && NOT_BEFORE_NAME[before.charCodeAt(0)] !== 1;
  // 陈先生, 自由撰稿人陈先生: a surname and an honorific name a person
  // (every honorific has two units: tl === 2 first, before a slice and a regex run)
  if (tl === 2 && lex.honorific.test(s.slice(e - tl, e)) && e - tl - 1 >= i0 && lex.singleSurnameBits[s.charCodeAt(e - tl - 1)] === 1 && (e - tl - 1 === i0 || !isHanCode(s.charCodeAt(e - tl - 2)) || lex.roles.endingAt(s, e - tl - 1, i0) > 0)) {
    const ns = e - tl - 1;
    return { type: 'person', mention: { start: i0, end: e }, name: { start: ns, end: e }, affiliations: ns > i0 ? parseAffiliations(s, i0, ns, lex) : [], genericOrg: false, anaphoric: false };
  }
  // 论文第一作者岳健平博士: [affiliations][title] name [title]
  for (let L = 3; L >= 2; L--) {
    const ns = e - tl - L;
    if (ns <= i0 || lex.singleSurnameBits[s.charCodeAt(ns)] !== 1 || !isHanCode(s.charCodeAt(ns + 1)) || !isHanCode(s.charCodeAt(ns + L - 1))) continue;
    if (!lex.titles.endingAt(s, ns, i0) || lex.notNames.has(s.slice(ns, ns + L))) continue;
    return {
      type: 'person',
      mention: { start: i0, end: e },
      name: { start: ns, end: ns + L },
      affiliations: parseAffiliations(s, i0, ns, lex),
      genericOrg: false,
      anaphoric: false,
    };
  }
  const compound = compoundSurnameAt(lex, before, 0);
  if (
    realTitle &&
    (memory.names.has(before) ||
      ((compound ? before.length >= 3 && before.length <= 4 : before.length >= 2 && before.length <= 3) &&
        (compound || lex.singleSurnameBits[before.charCodeAt(0)] === 1) && allHanCodes(before, 0, before.length))) &&
    !lex.notNames.has(before) && !lex.orgSuffixes.endingAt(before, before.length) && !lex.unnamedQualifiers.startingAt(before, 0) &&
    before.charCodeAt(before.length - 1) !== C_DE && // 舒默的发言人: whose spokesperson, not a name
    lex.knownOrgs.startingAt(before, 0) !== before.length // 高盛分析师: an organization, then the role
  ) {
    return {
      type: 'person',
      mention: { start: i0, end: e },
      name: { start: i0, end: e - tl },
      affiliations: [{ org: null, role: { start: e - tl, end: e } }],
      genericOrg: false,
      anaphoric: false,
    };
  }
  let affiliations = parseAffiliations(s, i0, e, lex);
  const first = affiliations[0];
  const orgText = first?.org ? s.slice(first.org.start, first.org.end) : '';
  const validOrg =
    orgText.length > 0 &&
    // (市场分析人士: a generic word that qualifies 人士 names no organization, as 公司 in 公司相关负责人 does)
    (!lex.unnamedQualifiers.startingAt(orgText, 0) || (isGenericOrg(orgText) && !s.startsWith('人士', e - 2))) &&
    (orgText.length >= 2 || isGenericOrg(orgText) || memory.orgs.has(orgText)) &&
    !DEMONSTRATIVE.test(orgText) && // 这名 CEO: the one just named, no organization
    !COUNTED_ORG.test(orgText) && // 两家医院救治大夫: organizations counted, none named
    !(first.role !== null && lex.relations.has(s.slice(first.role.start, first.role.end))); // 被撞男孩父亲: a person described, no organization
  // (被撞男孩父亲, 两家医院救治大夫: a person described or organizations counted; the role stays)
  if (!validOrg) affiliations = first?.role && orgText.length > 0 && (COUNTED_ORG.test(orgText) || lex.relations.has(s.slice(first.role.start, first.role.end))) ? [{ org: null, role: first.role }] : [];
  // 世界卫生组织等机构: the organizations named are the speakers, 等机构 no role
  else if (first.role && s.charCodeAt(first.role.start) === C_DENG && lex.unnamed.has(s.slice(first.role.start + 1, first.role.end))) affiliations = [{ org: first.org, role: null }, ...affiliations.slice(1)];
  return {
    type: 'unnamed',
    mention: { start: i0, end: e },
    name: null,
    affiliations,
    genericOrg: validOrg && isGenericOrg(orgText),
    anaphoric: !validOrg && ANAPHORIC.test(s.slice(i0, e)),
  };
}

/** [·•・‧-]: the units DOT_NAME joins a name's parts with (also coref's name splitting). */
export const NAME_DOTS = unitTable('·•・‧-');

/**
 * DOT_NAME's match at i, or null (speakers and mentions read foreign names with it). The
 * regex runs only where it can match: its first run of Han characters can only end where the
 * Han characters from i do (a blank or a dot follows, neither Han), so that run is 1 to 8
 * long and a blank or a dot follows it. Most positions fail this.
 */
export function dotNameAt(s: string, i: number): RegExpExecArray | null {
  const n = s.length;
  let r = i;
  while (r < n && r - i < 9 && isHanCode(s.charCodeAt(r))) r++;
  if (r === i || r - i > 8 || r === n) return null;
  const c = s.charCodeAt(r);
  if (NAME_DOTS[c] !== 1 && !isRegExpSpace(c)) return null;
  DOT_NAME.lastIndex = i;
  return DOT_NAME.exec(s);
}

/** LATIN_NAME's match at i, or null (it starts with [A-Z]: the regex runs only then). */
function latinNameAt(s: string, i: number): RegExpExecArray | null {
  if (!isUpperLatinCode(s.charCodeAt(i))) return null;
  LATIN_NAME.lastIndex = i;
  return LATIN_NAME.exec(s);
}

/**
 * A name starting at i whose end is followed only by adverbials (ok[end]). The shortest
 * such reading wins (白雪也表示 → 白雪). Foreign names: segments joined by ·, an optional
 * parenthesized original (贝丝·加莱蒂(Beth Galetti)).
 */
function matchName(s: string, i: number, ok: Uint8Array, lex: Lexicon, requireSurname: boolean): { nameEnd: number; end: number } | null {
  const n = s.length;
  if (i >= n) return null; // (no read past the end: it slows the optimized code)
  const withParen = (nameEnd: number) => {
    if (ok[nameEnd]) return { nameEnd, end: nameEnd };
    const regnal = regnalEnd(s, nameEnd);
    if (regnal > 0 && ok[regnal]) return { nameEnd: regnal, end: regnal };
    // PAREN's ( comes after at most two blanks: without one there, no regex run
    if (!hasCodeIn(s, OPEN_PAREN, nameEnd, Math.min(n, nameEnd + 3))) return null;
    PAREN.lastIndex = nameEnd;
    const p = PAREN.exec(s);
    if (p && ok[nameEnd + p[0].length]) return { nameEnd, end: nameEnd + p[0].length };
    return null;
  };
  const dot = dotNameAt(s, i);
  if (dot) {
    const full = i + dot[0].length;
    let lastSeg = full;
    while (lastSeg > i && isHanCode(s.charCodeAt(lastSeg - 1))) lastSeg--;
    for (let e = lastSeg + 1; e <= full; e++) {
      // (约翰·图恩则避免正面回应: the name ends before a function character)
      if (NOT_IN_FOREIGN_NAME[s.charCodeAt(e - 1)] === 1) break;
      const r = withParen(e);
      if (r) return r;
    }
    return null;
  }
  const lat = requireSurname ? null : latinNameAt(s, i);
  if (lat) {
    const r = withParen(i + lat[0].length);
    if (r) return r;
  }
  let minL = 2;
  let maxL = 5;
  if (requireSurname) {
    const c = s.charCodeAt(i);
    if ((c === C_XIAO || c === C_LAO) && i + 1 < s.length && lex.singleSurnameBits[s.charCodeAt(i + 1)] === 1) {
      const r = ok[i + 2] ? { nameEnd: i + 2, end: i + 2 } : null; // 小王, 老李
      if (r) return r;
    }
    if (compoundSurnameAt(lex, s, i)) {
      minL = 3;
      maxL = 4;
    } else if (lex.singleSurnameBits[c] === 1) {
      maxL = lex.translitBits[c] === 1 ? 4 : 3;
      if (lex.weakSurnameBits[c] === 1) minL = 3; // 经济, 有人: words, not names
    }
    else return null;
  } else if (lex.singleSurnameBits[s.charCodeAt(i)] === 1 && lex.translitBits[s.charCodeAt(i)] !== 1 && !compoundSurnameAt(lex, s, i)) {
    // 院长王仲远才强调: a Chinese name after a title has at most three characters; a Japanese
    // one, after a Japanese title, four (日本首相高市早苗)
    // (s is a speaker phrase here, at most MAX_PHRASE long: the search back is short)
    maxL = i >= 2 && s.lastIndexOf('日本', i - 2) >= 0 ? 4 : 3;
  }
  // after a title, a name without a surname (总理奥尔波) holds no function character: not
  // 院士大会上, 首相访华时, 代表团也
  const foreign = !requireSurname && lex.singleSurnameBits[s.charCodeAt(i)] !== 1 && !compoundSurnameAt(lex, s, i);
  if (foreign && NOT_IN_FOREIGN_NAME[s.charCodeAt(i)] === 1) return null;
  let twoUnitsChecked = false; // s[i, i + 2) is no word (notNames): the same answer for every L, asked once
  for (let L = minL; L <= maxL && i + L <= n; L++) {
    // (both tables hold 的, which ends no name)
    const last = s.charCodeAt(i + L - 1);
    if (!isHanCode(last) || (foreign ? NOT_IN_FOREIGN_NAME[last] : NOT_IN_GIVEN_NAME[last]) === 1) break;
    if (L === minL && !isHanCode(s.charCodeAt(i))) break;
    if (requireSurname && L >= 3 && lex.orgSuffixes.endingAt(s, i + L, i + 1)) continue; // 沃施股份 is a company
    if (requireSurname && L >= 3 && !twoUnitsChecked) {
      if (lex.notNames.has(s.slice(i, i + 2))) return null; // 公司还, 文件中: a word, not a name
      twoUnitsChecked = true;
    }
    // 索亚雷斯, not 项目一期 (the four units are Han, checked above: one character each)
    if (requireSurname && L === 4 && minL === 2 && !allTranslit(s, i, i + 4, lex)) continue;
    const r = withParen(i + L);
    if (r) return r;
  }
  return null;
}

/** Where a regnal number after a name at i ends (穆罕默德六世, 查尔斯三世, 利奥十四世), or -1. */
function regnalEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 2 && CN_NUMERAL[s.charCodeAt(j)] === 1) j++;
  return j > i && j < s.length && s.charCodeAt(j) === C_SHI_GENERATION ? j + 1 : -1;
}
const C_SHI_GENERATION = code('世');

/** Characters that do not end a name in running text (王大为关注 → 王大为; 小王对 → 小王): mentions.ts's FUNCTION_UNITS. */
export const FUNCTION_CHARS = '的是在和与及等对向也就都将已还于则了把被让给从到说表认指介称透强会要能可并而或其这那不们里时关曾又亦仍正用凑';
/** FUNCTION_CHARS as a table of code units. */
export const FUNCTION_UNITS = unitTable(FUNCTION_CHARS);

/**
 * FUNCTION_CHARS, which no foreign name after a title holds (matchName), but for the ones
 * Japanese names and transliterations use (和子, 能登, 阿里, 关口 for 関口, 正雄; 凑 as 湊; 阿不力木).
 */
const NOT_IN_FOREIGN_NAME = unitTable([...FUNCTION_CHARS].filter((c) => !'和能里关正凑不'.includes(c)).join(''));

/** Function characters no given name holds (代表时就明确表示: not the name 时就); not 在 (李在明). */
const NOT_IN_GIVEN_NAME = unitTable('的是也就都将已还于则了把被让给从到曾又亦仍们这那不并');

/** Every code unit of s[a, b) is a transliteration character. */
function allTranslit(s: string, a: number, b: number, lex: Lexicon): boolean {
  for (let k = a; k < b; k++) if (lex.translitBits[s.charCodeAt(k)] !== 1) return false;
  return true;
}

/**
 * Splits `[org][title]、[org][title]兼[title]` into affiliations. A chunk's role is the
 * longest title at its end, extended left over modifiers (高级执行副总裁); its organization
 * is what precedes it, or the previous chunk's (百度创始人、董事长 → 百度 for both). A chunk
 * with no title names nothing (分包商之一、…) and is dropped.
 */
export function parseAffiliations(s: string, a: number, b: number, lex: Lexicon = lexicon()): AffiliationRange[] {
  const out: AffiliationRange[] = [];
  let chunkStart = a;
  let prevOrg: Range | null = null;
  const lastUnits = roleEnds(lex);
  const cut = (cs: number, ce: number) => {
    while (cs < ce && s.charCodeAt(cs) === SPACE) cs++;
    // no title or word for people ends with a unit outside roleEnds: skip the trie walk
    let tl = lastUnits[s.charCodeAt(ce - 1)] === 1 ? lex.roles.endingAt(s, ce, cs) : 0;
    if (tl === 0 && ce - cs >= 2 && CHUNK_ROLE_END[s.charCodeAt(ce - 1)] === 1 && isHanCode(s.charCodeAt(ce - 2))) tl = 2; // 教导员, 畜牧师
    if (tl === 0) return;
    let rs = ce - tl;
    // GENERIC_PREFIX opens with 该 本 这 其: only then is there a slice to test
    const gp = GENERIC_PREFIX_FIRST[s.charCodeAt(cs)] === 1 ? GENERIC_PREFIX.exec(s.slice(cs, rs)) : null;
    // 该行的大宗商品研究主管: the role starts after 的; 该部门下属的…局发言人: a 的 further on names
    // another organization, the one the role belongs to
    const gEnd = gp ? cs + gp[0].length : -1;
    const deRight = gp !== null && s.charCodeAt(gEnd) === C_DE;
    if (gp && isGenericOrg(gp[0]) && (deRight || !hasCodeIn(s, C_DE, gEnd, ce))) {
      // 该邦信息技术兼教育部长: the organization is 该邦, the rest is the role
      const org = { start: cs, end: gEnd };
      out.push({ org, role: { start: deRight ? gEnd + 1 : gEnd, end: ce } });
      prevOrg = org;
      return;
    }
    for (;;) {
      const ml = lex.modifiers.endingAt(s, rs, cs);
      if (ml === 0) break;
      rs -= ml;
    }
    // 中国驻圣普大使, 伊朗常驻联合国代表: the posting belongs to the role, the sending state is the
    // organization (not in 中国驻美国大使馆发言人, where the posting is the organization)
    // (searched within the chunk only: findTitled hands over the whole text)
    let posted = rs - 1;
    while (posted >= cs + 2 && s.charCodeAt(posted) !== C_ZHU) posted--;
    if (posted >= cs + 2 && !lex.orgSuffixes.endingAt(s, rs, posted)) {
      rs = s.charCodeAt(posted - 1) === C_CHANG && posted - 1 >= cs + 2 ? posted - 1 : posted;
    }
    let org: Range | null = null;
    if (rs > cs) {
      if (s.charCodeAt(rs - 1) !== C_DE && !lex.orgSuffixes.endingAt(s, rs, cs)) {
        // 欧盟空间事务专员: a known organization, then a portfolio that belongs to the role (but an
        // insider, 上海三毛内部人士, is one of the whole name before 内部)
        const ko = s.startsWith('内部', rs) ? 0 : lex.knownOrgs.startingAt(s, cs, rs);
        let moved = ko >= 2 && portfolio(s, cs + ko, rs, lex);
        if (moved) rs = cs + ko;
        // 剑桥全球支付公司首席市场策略师, 阿里巴巴集团市场部奥运业务总经理: the role starts at a
        // modifier, or right after the organization's last suffix, within the last 4 characters
        for (let k = rs - 1; k >= Math.max(cs + 2, rs - 4) && !moved; k--) {
          // (not where a known organization starts: 联合 of 联合国)
          if (lex.modifiers.startingAt(s, k, rs) >= 2 && lex.knownOrgs.startingAt(s, k, rs) === 0) {
            rs = k;
            moved = true;
          }
        }
        for (let k = rs - 1; k >= Math.max(cs + 3, rs - 4) && !moved; k--) {
          // (k < rs: s[k, rs) is not empty)
          // (no role opens with a parenthesis, 大众汽车集团(中国)董事长, or with 业, 券商银行业分析师)
          if (s.charCodeAt(k) !== C_PAREN && s.charCodeAt(k) !== C_YE && (lex.strongOrgSuffixes.endingAt(s, k, cs) || (UNIT_END[s.charCodeAt(k - 1)] === 1 && allHanCodes(s, k, rs)))) {
            rs = k;
            moved = true;
          }
        }
        // 长江商学院会计与金融学教授: a discipline (…学) after a university's name belongs to the role
        if (!moved && s.charCodeAt(rs - 1) === C_XUE) {
          for (let k = rs - 3; k >= Math.max(cs + 4, rs - MAX_DISCIPLINE) && !moved; k--) {
            if ((s.startsWith('大学', k - 2) || s.startsWith('学院', k - 2)) && allHanCodes(s, k, rs)) {
              rs = k;
              moved = true;
            }
          }
        }
        // 公司质量负责人: a bare generic organization (公司, 集团: the one named before), the rest is the role
        for (let k = cs + 2; k <= Math.min(cs + 3, rs - 1) && !moved; k++) {
          if (isGenericOrg(s.slice(cs, k)) && allHanCodes(s, k, rs)) {
            rs = k;
            moved = true;
          }
        }
      }
      // 兴业证券非银金融行业首席分析师: the sector belongs to the role, the organization ends at its suffix
      if (rs - cs >= 6 && s.charCodeAt(rs - 1) === C_YE && s.charCodeAt(rs - 2) === C_HANG) {
        for (let k = rs - 3; k >= cs + 2; k--) {
          if (lex.strongOrgSuffixes.endingAt(s, k, cs)) {
            rs = k;
            break;
          }
        }
      }
      // 国网恩施供电公司农村能源革命项目负责人: 能源 some words after 公司 or 集团 opens the role's
      // topic; the organization ends at 公司 (能源 only: other suffixes there end a subsidiary's
      // name, 集团旗下极氪汽车)
      if (rs - cs >= 8 && s.startsWith('能源', rs - 2)) {
        for (let k = rs - 4; k >= cs + 4; k--) {
          if (s.startsWith('公司', k - 2) || s.startsWith('集团', k - 2)) {
            rs = k;
            break;
          }
        }
      }
      org = trimOrg(s, cs, rs, lex);
      // (国际专家: a qualifier, no organization; but 国际航空运输协会, 国际航协 are organizations)
      // (市场监管总局计量司: a name of 4 or more ending with any suffix, one-unit ones too, is an
      // organization, whatever it opens with)
      if (!org || (lex.unnamedQualifiers.startingAt(s, org.start, org.end) && !isGenericOrg(s.slice(org.start, org.end)) && !namesOrg(s, org, lex, org.end - org.start >= 4 ? lex.orgSuffixes : lex.strongOrgSuffixes))) org = prevOrg && out.length ? prevOrg : null;
    } else org = prevOrg;
    // 渣打银行欧洲、非洲及中东地区首席投资官: a list of regions after the organization's suffix is the role's
    if (org && org.end === rs) {
      // (the first 、 inside the organization, looked for there only)
      let d = org.start;
      while (d < org.end && s.charCodeAt(d) !== C_DUN) d++;
      for (let k = d; d < org.end && k >= org.start + 2 && d - k <= 4; k--) {
        if (lex.strongOrgSuffixes.endingAt(s, k, org.start) > 0 && REGION_END[s.charCodeAt(d - 1)] === 1) {
          org = { start: org.start, end: k };
          rs = k;
          break;
        }
      }
    }
    // …舞美制作公司的陈姓负责人, 另有和业内人士: 的/和/与 join the role to what precedes it, no part of it
    // (一负责官员, 一名经济学家: 一 and its measure word are an article there, not 一级巡视员 or 一线员工)
    let roleStart = rs < ce - 1 && ROLE_JOINER[s.charCodeAt(rs)] === 1 ? rs + 1 : rs;
    if (s.charCodeAt(roleStart) === C_ONE && NOT_AFTER_ARTICLE[s.charCodeAt(roleStart + 1)] !== 1 && ce - roleStart >= 3) {
      roleStart += ARTICLE_MEASURE[s.charCodeAt(roleStart + 1)] === 1 && ce - roleStart >= 4 ? 2 : 1;
    }
    // 一名手机行业人士, 半导体业内人士, 光伏从业者: a sector, no organization; it is part of the role
    if (org && org.end === roleStart && org.end - org.start >= 2 && (sectorEnd(s, org.end) || sectorRole(s, roleStart, ce)) && !namesOrg(s, org, lex)) {
      out.push({ org: null, role: { start: org.start, end: ce } });
      prevOrg = null;
      return;
    }
    // 佛山市民陈莹, 陕西网友: where a resident lives is part of the role, no organization (what
    // ends with a verb or a function word is no place either: 来到村民 → 村民)
    if (org && RESIDENT.has(s.slice(roleStart, ce)) && org.end === roleStart && !lex.orgSuffixes.endingAt(s, org.end, org.start) && !lex.knownOrgs.startingAt(s, org.start, org.end)) {
      out.push({ org: null, role: { start: FUNCTION_END[s.charCodeAt(org.end - 1)] === 1 ? roleStart : org.start, end: ce } });
      prevOrg = null;
      return;
    }
    // 中国选手郑洁, 美国媒体: a state before a role no state employs is a nationality
    if (org && org.end === roleStart && NATIONALITY_ROLE.has(s.slice(roleStart, ce).replace(LEVEL_BEFORE_ROLE, '')) && lex.knownOrgs.startingAt(s, org.start, org.end) === org.end - org.start && !lex.orgSuffixes.endingAt(s, org.end, org.start)) {
      out.push({ org: null, role: { start: roleStart, end: ce } });
      prevOrg = null;
      return;
    }
    out.push({ org: org ? { ...org } : null, role: { start: roleStart, end: ce } });
    prevOrg = org;
  };
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i); // codes, and no closure per character
    // 、 always; 兼 (not 兼职, 兼任) where a role ends before it; 及 and 和 where a title does
    // (联合创办人及执行董事; not 权威机构和业内人士)
    if (
      c === C_DUN ||
      (c === C_JIAN && s.charCodeAt(i + 1) !== C_ZHI && s.charCodeAt(i + 1) !== C_REN && lex.roles.endingAt(s, i, chunkStart) > 0) ||
      ((c === C_JI || c === C_HE) && lex.titles.endingAt(s, i, chunkStart) > 0)
    ) {
      const before = out.length;
      cut(chunkStart, i);
      // (渣打银行欧洲、非洲及中东地区首席投资官: a chunk before 、 with no role is part of the next
      // one where that one names no organization of its own: 老同事、昭苏县行政服务中心副主任 is not)
      // (公司于近期收到股东、董事: a chunk with a verb or preposition in it is no part of a name;
      // 及, 和 may be: 投资及资本市场部)
      if (out.length > before || c !== C_DUN || namesOrgIn(s, i + 1, b, lex) || someCodeIn(s, NOT_IN_NAME, chunkStart, i)) chunkStart = i + 1;
    }
  }
  cut(chunkStart, b);
  return out;
}

/** Verbs, prepositions and particles no organization's name holds (公司于近期收到股东); 及, 和, 等 may stand in one. */
export const NOT_IN_NAME_CHARS = '的是在于了把被从向对说到将也就都已';
const NOT_IN_NAME = unitTable(NOT_IN_NAME_CHARS);
/** Last units of the regions a role may cover (欧洲, 亚太, 中东, 大中华区, 中国). */
const REGION_END = unitTable('洲区东太国球');
/** Some organization suffix of two or more units ends in s[a, b) before its next 、 (研究院, 公司, 中心). */
function namesOrgIn(s: string, a: number, b: number, lex: Lexicon): boolean {
  for (let k = a + 2; k <= b; k++) {
    if (s.charCodeAt(k - 1) === C_DUN) return false;
    if (lex.strongOrgSuffixes.endingAt(s, k, a) > 0) return true;
  }
  return false;
}

/** Last characters of a verb or function word before a role: what ends with them is no place (来到, 听从). */
const FUNCTION_END = unitTable('到在了向给从对被把');
/** Words for people by where they live or travel: a place before them is no organization (佛山市民). */
const RESIDENT = new Set(loadList(new URL('./data/residents.txt', import.meta.url)));
/** A level before such a role (广东省级非遗代表性传承人: 广东 is where, no employer). */
const LEVEL_BEFORE_ROLE = /^(?:省|市|县|区|国家)级/;
const NATIONALITY_ROLE = new Set(loadList(new URL('./data/nationality-roles.txt', import.meta.url)));
/** Longest portfolio between a known organization and a role (空间事务, 外交与安全政策). */
const MAX_PORTFOLIO = 8;
const C_ONE = '一'.charCodeAt(0);
const C_XUE = code('学');
const C_FANG = code('访');
const [C_ZHENG, C_CHENG, C_RU] = [code('正'), code('诚'), code('如')];
const [C_CHAN, C_LING_FIELD, C_YU_FIELD, C_NEI, C_JIE_CIRCLE] = [...'产领域内界'].map(code);
/** s[…, e) ends with a sector (手机行业, 体育产业, 人工智能领域), no organization (code units: no slice). */
function sectorEnd(s: string, e: number): boolean {
  const a = s.charCodeAt(e - 2);
  const b = s.charCodeAt(e - 1);
  return (b === C_YE && (a === C_HANG || a === C_CHAN)) || (b === C_YU_FIELD && a === C_LING_FIELD);
}
/** s[r, e) opens with what follows a sector (半导体业内人士, 光伏从业者, 业界人士). */
function sectorRole(s: string, r: number, e: number): boolean {
  if (e - r < 2) return false;
  const a = s.charCodeAt(r);
  const b = s.charCodeAt(r + 1);
  return (a === C_YE && (b === C_NEI || b === C_JIE_CIRCLE)) || (a === C_CONG && b === C_YE);
}
const C_PAREN = code('(');
/** Longest discipline between a university's name and a role (会计与金融学). */
const MAX_DISCIPLINE = 8;
/** After 一 these make a word with it (一级, 一线, 一把手), not an article. */
const NOT_AFTER_ARTICLE = unitTable('级线把号等流');
/** Measure words of the article 一 before a role (一名经济学家, 一家企业负责人, 一位官员). */
const ARTICLE_MEASURE = unitTable('名位家个');
/**
 * s[a, b) after a known organization is a portfolio of the role (欧盟空间事务专员), not the rest of
 * the organization's name: a few Han characters holding no organization suffix (中国贸促会, 美国众议院)
 * and no other known organization (美国晶片巨头英伟达, 大众中国).
 */
function portfolio(s: string, a: number, b: number, lex: Lexicon): boolean {
  if (b <= a || b - a > MAX_PORTFOLIO || !allHanCodes(s, a, b)) return false;
  // (英国健康品牌荷柏瑞: a kind of company, then its name, is no portfolio; 欧洲品牌与营销 is one)
  const kind = kindOfCompanyLength(s, a, b);
  if (kind > 0 && b - a - kind >= 2 && !ROLE_JOINER_AFTER_KIND.has(s[a + kind])) return false;
  for (let k = a + 1; k <= b; k++) if (lex.orgSuffixes.endingAt(s, k, a) > 0) return false;
  for (let k = a; k < b; k++) if (lex.knownOrgs.startingAt(s, k, b) > 0) return false;
  return true;
}

/** The organization part of a chunk without blanks, a trailing 的, or a descriptive lead (…企业迈德博尔公司). */
function trimOrg(s: string, cs: number, ce: number, lex: Lexicon): Range | null {
  let start = cs;
  let end = ce;
  const described = end > start && s.charCodeAt(end - 1) === C_DE;
  if (described) end--;
  while (start < end && s.charCodeAt(start) === SPACE) start++;
  while (end > start && s.charCodeAt(end - 1) === SPACE) end--;
  const de = lastIn(s, '的', start, end);
  if (de >= 0) start = de + 1;
  // 时任浙江省委书记: when the post was held is no part of the organization
  if (end - start > 3 && s.charCodeAt(start + 1) === C_REN_POST && TENURE_FIRST[s.charCodeAt(start)] === 1) start += 2;
  // 如果伊拉克前总理马利基重新执政: a condition's conjunction is no part of the organization
  if (end - start > 3 && CONDITION_FIRST[s.charCodeAt(start)] === 1 && ((CONDITION_LEAD.lastIndex = start), CONDITION_LEAD.test(s))) start = CONDITION_LEAD.lastIndex;
  // The last 电: a dateline's 日电 (新华社北京1月29日电美国财政部长) is no part of the organization;
  // after 致电 (记者曾致电雪榕生物证券事务代表) the organization is whom the reporter called
  const dian = lastIn(s, '电', start, end);
  if (dian > start && (s.charCodeAt(dian - 1) === C_RI || (s.charCodeAt(dian - 1) === C_ZHI_CALL && dian + 1 < end))) start = dian + 1;
  // 近90%的受访者, 不久前参加完厦门马拉松赛的跑友: a description before 的 names an organization
  // only when it ends like one (苹果公司的工程师) or is a known one (中国的外交官)
  if (described && !lex.orgSuffixes.endingAt(s, end, start) && lex.knownOrgs.startingAt(s, start, end) !== end - start && !isLatinCode(s.charCodeAt(end - 1))) return null;
  // 超过30名投资者, 52% 受访者: a quantity, not an organization; 摩洛哥籍, 原告: a nationality, a party
  if (QUANTITY.test(s.slice(start, end)) || NOT_ORG.test(s.slice(start, end))) return null;
  // 两位长城渠道人士, 三名美国官员: how many speak is no part of the organization, nor after it
  // (美军第四步兵师一名发言人)
  const count = COUNT_LEAD.exec(s.slice(start, end));
  if (count !== null) {
    start += count[0].length;
    if (end - start < 2) return null;
  }
  if (end - start >= 4 && COUNT_MEASURE[s.charCodeAt(end - 1)] === 1 && COUNT_DIGIT[s.charCodeAt(end - 2)] === 1) end -= 2;
  // 英国72岁老人: a description (AGE and AGE_END both end with 岁: no slice to test otherwise)
  if (s.charCodeAt(end - 1) === C_SUI && end > start) {
    const rest = s.slice(start, end);
    if (AGE.test(rest) || AGE_END.test(rest)) return null;
  }
  const dash = Math.max(lastIn(s, '—', start, end), lastIn(s, '-', start, end));
  if (dash >= 0 && dash < end - 2) start = dash + 1;
  // 来自上海音乐学院的女高音歌唱家: where someone comes from is the organization, not 来自
  if (end - start >= 4 && s.startsWith('来自', start)) start += 2;
  // 此次裁员由亚马逊…高级副总裁宣布: 由 (not of 自由, 理由) introduces the organization
  const you = lastIn(s, '由', start + 2, end - 2);
  if (you >= 0 && !NOT_BEFORE_YOU.has(s[you - 1])) start = you + 1;
  // 正如赛力斯集团董事长…所说: the words that borrow a statement are no part of the organization
  if (end - start > 4 && s.charCodeAt(start + 1) === C_RU && (s.charCodeAt(start) === C_ZHENG || s.charCodeAt(start) === C_CHENG)) start += 2;
  // ——访埃及最高文物委员会…司长巴迪: an interview's headline; 访 is no part of the organization
  if (s.charCodeAt(start) === C_FANG && end - start >= 5 && (start === 0 || !isHanCode(s.charCodeAt(start - 1)))) start++;
  // an apposition of 5+ characters before a name of 4+ ending with a suffix: the cheap tests
  // (pure, like the regex) first, so the slice and the regex run only where they can matter
  if (end - start >= 9 && lex.orgSuffixes.endingAt(s, end, start)) {
    const ap = APPOSITION.exec(s.slice(start, end));
    if (ap && ap[0].length >= 5 && end - start - ap[0].length >= 4) start += ap[0].length;
  }
  // 美国晶片巨头英伟达, 英国健康品牌荷柏瑞: a kind of company before its name (two or more
  // characters after it) describes it; the name is the organization
  if (end - start >= 5) {
    const kind = kindOfCompanyLength(s, start, end);
    if (kind > 0 && end - start - kind >= 2 && allHanCodes(s, start + kind, end)) start += kind;
  }
  return end > start ? { start, end } : null;
}
const CONDITION_LEAD = /如果|假如|倘若/y;
const CONDITION_FIRST = unitTable('如假倘');
/** Before 由 these make a word of it (自由党, 理由, 缘由, 事由, 因由, 经由). */
const NOT_BEFORE_YOU = new Set('自理缘事因经');
/** A description of a company by its kind, ending in one of these (芯片巨头, 健康品牌, 行业龙头, 闪存制造商). */
const KIND_OF_COMPANY = /^[\u4e00-\u9fff]{1,10}?(?:巨头|品牌|龙头|制造商|生产商|供应商|运营商|开发商|零售商|服务商|提供商)/;
/** The last units of KIND_OF_COMPANY's words (looked for before the regex runs). */
const KIND_LAST = unitTable('头牌商');
/** The length of a description of a company by its kind opening s[a, b) (芯片巨头 of 芯片巨头英伟达), or 0. */
function kindOfCompanyLength(s: string, a: number, b: number): number {
  if (!someCodeIn(s, KIND_LAST, a + 2, b - 1)) return 0; // (nearly every organization: no slice, no regex)
  const kind = KIND_OF_COMPANY.exec(s.slice(a, b));
  return kind === null ? 0 : kind[0].length;
}
/** After a kind these join it to more of a portfolio (品牌与营销), no company's name. */
const ROLE_JOINER_AFTER_KIND = new Set('与和及、');

/** s[org] ends with an organization's suffix (…协会; of two units or more unless `suffixes` says otherwise) or is a known organization (国际航协). */
export function namesOrg(s: string, org: Range, lex: Lexicon, suffixes = lex.strongOrgSuffixes): boolean {
  return suffixes.endingAt(s, org.end, org.start) > 0 || lex.knownOrgs.startingAt(s, org.start, org.end) === org.end - org.start;
}

/** The first characters of 时任, 现任, 曾任, 前任, 原任 (任 second). */
const TENURE_FIRST = unitTable('时现曾前原');
const C_REN_POST = '任'.charCodeAt(0);
const APPOSITION = /^.{0,20}?(?:企业|机构|之一|单位)/;
/** The numerals and measure words of a count of speakers (两位, 三名, 几名). */
const COUNT_NUMERALS = '一两三四五六七八九十几数多';
const COUNT_MEASURES = '名位';
/** 一名, 两位 … closing an organization's chunk: a count of the speakers after it. */
const COUNT_MEASURE = unitTable(COUNT_MEASURES);
const COUNT_DIGIT = unitTable(COUNT_NUMERALS);
/** 两位, 30名 … opening a chunk: how many speak, before the organization. */
const COUNT_LEAD = new RegExp(`^(?:\\d+|[${COUNT_NUMERALS}]+)\\s?[${COUNT_MEASURES}]`);
const QUANTITY = /^(?:近|约|超过|逾|只有|仅|不到)?\s?(?:[\d.]+|[一二两三四五六七八九十几数多]+)\s?(?:%|名|位|个|家|成)?$|^第[\d一二三四五六七八九十]+[起次例]/;
const NOT_ORG = /籍$|^(?:原告|被告)方?$|^[\u4e00-\u9fff]{1,2}姓$|^[\u4e00-\u9fff]{1,4}(?<!家)族$/; // (唐姓观光客: a surname, 哈萨克族牧民: an ethnicity, no organization)

/** What joins a role to the words before it (的陈姓负责人): never the role's first character. */
const ROLE_JOINER = unitTable('的和与其');

/** Degree adverbs, the one case where adverbialReach takes three characters before 地 (很激动地). */
const DEGREE = unitTable('很更最太挺颇极越较稍略');

/** Verbs that open an occasion ending in 时 (访问土耳其时说), and the units they start and go on with. */
const OCCASION_WORDS = lexicon().occasions;
const OCCASION = new Set(OCCASION_WORDS);
const OCCASION_FIRST = unitTable(OCCASION_WORDS.map((w) => w[0]).join(''));
const OCCASION_SECOND = unitTable(OCCASION_WORDS.map((w) => w[1]).join(''));
/** The codes adverbialReach's rules other than the adverbial list, 着 and 地 start with. */
const REACH_SPECIAL = new Uint8Array(0x10000);
/** The Chinese numerals one to ten: a day written after 十 (十二日, 十八日), a regnal number (六世). */
const CN_NUMERAL = unitTable('一二三四五六七八九十');
const C_SHI_TEN = code('十');
/** 于 (at), not 与 (C_YU). */
const C_YU_AT = code('于');
const C_BOOK_OPEN = code('《');
/** Where 《 stands after two to four Han characters at i0 (美国《时代》, 西班牙《起义报》), or -1. */
function countryBeforeTitle(s: string, i0: number): number {
  for (let k = i0 + 2; k <= i0 + 4 && k < s.length; k++) {
    if (s.charCodeAt(k) === C_BOOK_OPEN) return k;
    if (!isHanCode(s.charCodeAt(k))) return -1;
  }
  return -1;
}
/** The kind of a periodical after its title (《时代》周刊): part of its name. */
const PERIODICAL = /^(?:双周刊|周刊|月刊|杂志|网站|日报)/;
/** An article of it (《大西洋》月刊评论文章认为): part of the mention only. */
const ARTICLE = /^(?:评论员文章|评论文章|社论|文章)/;
/** The endings of a newspaper's or journal's title. */
const MEDIA_TITLE = /(?:报|新闻|周刊|杂志|月刊|电讯|邮报)$/;
/** What may open the date or time after 于 (于今年, 于昨日, 于近日, 于本月, 于当天, 于上周, 于日前). */
const DATE_WORD_FIRST = unitTable('今昨近本当上下日前次明去');
for (const c of [SPACE, OPEN_PAREN, C_TONG, C_ZAI, C_DUI, C_JIU, C_CONG, C_JIE, C_XIANG, C_GAO, C_YU, C_TONG2, C_GEN, C_YU_AT, C_BIAN_SIDE, C_YI_ONE]) REACH_SPECIAL[c] = 1;
for (let c = 48; c <= 57; c++) REACH_SPECIAL[c] = 1;
REACH_SPECIAL[C_SHI_TEN] = 1;
for (const w of OCCASION_WORDS) REACH_SPECIAL[code(w)] = 1;

/**
 * ok[i] = 1 when s[i..] is nothing but adverbials (也, 此前, 28日, 在…时, 对记者, 接受…采访时,
 * 形象地), so a name or title ending at i is the speaker. Right to left, O(n²) on a phrase
 * of at most MAX_PHRASE characters.
 */
function adverbialReach(s: string, from: number, lex: Lexicon): Uint8Array {
  const n = s.length;
  const ok = new Uint8Array(n + 1);
  ok[n] = 1;
  // char codes throughout (a one-character string of a Han character is an allocation)
  const advFirst = lex.adverbials.firstBits;
  for (let i = n - 1; i >= from; i--) {
    const c = s.charCodeAt(i);
    // NaN past the end: equal to nothing, neither Han nor digit — read without going out of
    // bounds (an out-of-bounds charCodeAt makes V8 throw this function's optimized code away)
    const c1 = i + 1 < n ? s.charCodeAt(i + 1) : NaN;
    let r = false;
    // r is the OR of side-effect-free rules, so their order is free: the rules that need c to be
    // a space, (, a digit, 通 在 对 就 从 接 向 告 与 同 跟 边 一 or an adverbial's first character run only for
    // those (REACH_SPECIAL, advFirst); a plain Han character goes straight to 着 and 地 below
    if (REACH_SPECIAL[c] !== 0 || advFirst[c] !== 0) r = specialReach(s, i, n, c, c1, ok, lex);
    if (!r && isHanCode(c) && (c1 === C_ZHE || c1 === C_ZHE2)) {
      for (let e = i + 2; e <= Math.min(n, i + 20) && !r; e++) if (ok[e]) r = true; // 拿着牙贴面样品, 指着村中一处爬满青苔的砖石建筑
    }
    if (!r && isHanCode(c)) {
      // 激动地, 很激动地: one or two characters before 地, or three after a degree adverb.
      // Three others would take a name's last character (刘庆峰激动地说 read as 刘庆 + 峰激动地);
      // the other three-character forms (笑眯眯地, 一个劲地) are in the adverbial list.
      for (let len = 2; len <= 4 && i + len <= n && !r; len++) {
        if (s.charCodeAt(i + len - 1) === C_DI && ok[i + len] && (len < 4 || DEGREE[c] === 1)) r = true;
      }
    }
    ok[i] = r ? 1 : 0;
  }
  return ok;
}

/** s[from, to) is an abbreviation: a capital, then capitals, digits and & (UPS, CARB, AT&T). */
function abbreviation(s: string, from: number, to: number): boolean {
  if (to <= from + 1 || !isUpperLatinCode(s.charCodeAt(from))) return false;
  for (let k = from + 1; k < to; k++) {
    const c = s.charCodeAt(k);
    if (!isUpperLatinCode(c) && !isDigitCode(c) && c !== 0x26) return false;
  }
  return true;
}

/**
 * adverbialReach's rules for a space, (, a digit, 通 在 对 就 从 接 向 告 与 同 跟 边 一 and the adverbial list
 * at s[i] (c = s[i], c1 = s[i + 1] or NaN past the end): whether one of them makes ok[i].
 * A function of its own, so that adverbialReach's loop stays small (its optimizing compile
 * inlined the trie walks and took ~25 ms of CPU, for a loop over ~65K characters in all).
 */
function specialReach(s: string, i: number, n: number, c: number, c1: number, ok: Uint8Array, lex: Lexicon): boolean {
  let r = false;
  if (c === SPACE) r = ok[i + 1] === 1;
  // no adverbial starts with c: someStartingAt would fail at its first step
  if (!r && lex.adverbials.firstBits[c] !== 0) r = lex.adverbials.someStartingAt(s, i, n, ok);
  if (!r && c === OPEN_PAREN) {
    // 星期三(1月28日): a parenthesis between adverbials; 联合包裹运送服务公司(UPS)27日宣布: an
    // abbreviation in parentheses (capitals and digits; not a name's original, 贝丝·加莱蒂(Beth Galetti))
    const close = s.indexOf(')', i + 1);
    if (close > i && close - i <= 20 && ok[close + 1] && (isDigitCode(c1) || abbreviation(s, i + 1, close))) r = true;
  }
  if (!r && c === C_TONG && c1 === C_GUO) {
    for (let e = i + 3; e <= Math.min(n, i + 14) && !r; e++) if (ok[e]) r = true; // 通过社交媒体
  }
  // 于16日晚间: 于 before a date or time word is an adverbial, as 在 (于 is a surname too: 于丹表示)
  if (!r && c === C_YU_AT && (isDigitCode(c1) || DATE_WORD_FIRST[c1] === 1)) {
    for (let e = i + 2; e <= Math.min(n, i + 12) && !r; e++) if (ok[e]) r = true;
  }
  if (!r && (c === C_ZAI || c === C_DUI || c === C_JIU || c === C_CONG || (c === C_JIE && c1 === C_SHOU))) {
    const max = Math.min(n, i + (c === C_ZAI || c === C_JIE ? 36 : 14));
    for (let e = i + 2; e <= max && !r; e++) if (ok[e]) r = true;
  }
  if (!r && (c === C_YU || c === C_TONG2 || c === C_GEN || (OCCASION_FIRST[c] === 1 && i + 1 < n && OCCASION_SECOND[c1] === 1 && OCCASION.has(s.slice(i, i + 2))))) {
    // 与沙特王储通话时, 同美国高盛集团董事长会面时, 访问土耳其时, 复信…老战士时: an occasion ending in 时
    for (let e = i + 3; e <= Math.min(n, i + 26) && !r; e++) if (s.charCodeAt(e - 1) === C_SHI && ok[e]) r = true;
  }
  // 边示范边介绍, 一边示范一边介绍: what is done while speaking; the cue follows the second 边
  if (!r && (c === C_BIAN_SIDE || (c === C_YI_ONE && c1 === C_BIAN_SIDE))) {
    const from = c === C_BIAN_SIDE ? i + 2 : i + 3;
    for (let k = from; k <= Math.min(n - 1, from + 4) && !r; k++) if (s.charCodeAt(k) === C_BIAN_SIDE && ok[k + 1]) r = true;
  }
  if (!r && c === C_XIANG && i + 1 < n && !isHanCode(c1)) {
    for (let e = i + 2; e <= Math.min(n, i + 24) && !r; e++) if (ok[e]) r = true; // 向 TechCrunch
  }
  if (!r && (c === C_XIANG || (c === C_GAO && c1 === C_SU))) {
    const at = i + (c === C_XIANG ? 1 : 2);
    const al = lex.addressees.startingAt(s, at);
    if (al && ok[at + al]) r = true;
    // 向议员表示, 向投资者介绍: any title or word for people as the addressee
    const rl = r || c !== C_XIANG ? 0 : lex.roles.startingAt(s, at);
    if (rl >= 2 && ok[at + rl]) r = true;
  }
  // 布什十二日发表声明说: a day written in Chinese numerals (after a name: 十 opens it)
  if (!r && c === C_SHI_TEN && i > 0) {
    let j = i + 1;
    while (j < n && j - i < 3 && CN_NUMERAL[s.charCodeAt(j)] === 1) j++;
    if (j < n && (s.charCodeAt(j) === C_RI || s.charCodeAt(j) === C_HAO) && okAfterDay(s, j + 1, ok)) r = true;
  }
  if (!r && isDigitCode(c)) {
    let j = digitsEnd(s, i, n - i);
    if (j < s.length && s.charCodeAt(j) === SPACE) j++; // (1 月 20 日: a blank before the unit, as after it)
    if (j < n) {
      const u = s.charCodeAt(j);
      if (((u === C_NIAN || u === C_YUE) && ok[j + 1]) || ((u === C_RI || u === C_HAO) && okAfterDay(s, j + 1, ok))) r = true;
    }
  }
  return r;
}
/** What follows a day at k reaches the cue (ok), directly or after a time of day (诺姆29日晚接受采访时披露; alone a time of day may end a name, 张晚, so only here). */
function okAfterDay(s: string, k: number, ok: Uint8Array): boolean {
  if (ok[k]) return true;
  for (const w of TIMES_OF_DAY) if (s.startsWith(w, k)) return ok[k + w.length] === 1;
  return false;
}

