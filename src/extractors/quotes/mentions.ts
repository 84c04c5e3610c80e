// People and organizations named outside speaker position, so that coreference can use
// them: `是元隆雅图执行总裁王大为关注的重点。他认为…` (他 = 王大为, of 元隆雅图), `深圳云天励飞技术
// 股份有限公司于今年7月…。公司相关负责人介绍…` (公司 = that company).
import { alternation, loadList } from '../../lexicon/load.js';
import { allHanCodes, charTable, isDigitCode, isHanCode, isLatinCode, isUpperLatinCode, someCodeIn, unitTable } from '../../text/chars.js';
import { compoundSurnameAt, lexicon, type Lexicon } from './lexicon.js';
import { afterExistential, dotNameAt, FUNCTION_CHARS, FUNCTION_UNITS, NAME_DOTS, namesOrg, parseAffiliations, parseSpeaker, type AffiliationRange, type ParsedSpeaker, type Range, type SpeakerMemory } from './speakers.js';

export interface PersonMention {
  name: Range;
  /** From the affiliation start to the end of the name. */
  mention: Range;
  affiliations: AffiliationRange[];
}

export interface OrgMention {
  org: Range;
}

/** 这家, 该, 一家, 这, 那, 其 ends norm[max(from, d - 2), d) (code units, no slice and regex). */
function determinerBefore(norm: string, from: number, d: number): boolean {
  if (d - 1 < from) return false;
  const c = norm.charCodeAt(d - 1);
  if (c === 0x8be5 || c === 0x8fd9 || c === 0x90a3 || c === 0x5176) return true; // 该 这 那 其
  if (c !== 0x5bb6 || d - 2 < from) return false; // 家
  const b = norm.charCodeAt(d - 2);
  return b === 0x8fd9 || b === 0x4e00; // 这家, 一家
}

/** ^(?:descriptor|[A-Za-z ]){1,6}$, and the code units such a string can start and end with. */
let descriptors: { re: RegExp; first: Uint8Array; last: Uint8Array } | null = null;
/** norm[s, at) is nothing but descriptors (AI 初创, 上市): the regex runs only where its first and last code units allow. */
function onlyDescriptors(norm: string, s: number, at: number): boolean {
  if (!descriptors) {
    const words = loadList(new URL('./data/org-descriptors.txt', import.meta.url));
    const latin = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ';
    descriptors = {
      re: new RegExp(`^(?:${alternation(words)}|[A-Za-z ]){1,6}$`),
      first: charTable([...latin, ...words.map((w) => w.slice(0, 1))]),
      last: charTable([...latin, ...words.map((w) => w.slice(-1))]),
    };
  }
  return descriptors.first[norm.charCodeAt(s)] === 1 && descriptors.last[norm.charCodeAt(at - 1)] === 1 && descriptors.re.test(norm.slice(s, at));
}

const HAN = /^[\u3400-\u9fff]$/;
const LATIN_NAME = /[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,3}(?![A-Za-z])/y;
/** Where the description of a person in running text starts (after these). */
const SHARED = /^\s{0,2}(?:\([^()]{0,40}\))?\s{0,2}[和与及、]\s{0,2}$/;
/** 与 和: they may join two words inside one organization's name. */
const JOINED_NAME = unitTable('与和');
const PREPOSITION_BEFORE = unitTable('在于从对向同跟');
const LEFT_STOP = unitTable(',、。:;!?“”「」()了是对向与和让被由为给把将在从见括'); // (括: 包括)
const DUN = '、'.charCodeAt(0);
const C_OPEN_PAREN = '('.charCodeAt(0);
const C_CLOSE_PAREN = ')'.charCodeAt(0);
/** Longest note in parentheses between a title and a name ((创始人)). */
const MAX_TITLE_NOTE = 8;

// `”蔡尧辉是三水区本土球员`: a name opening a sentence (after 。!?” or at the start), introduced by 是
/** A name may start at st: the window start, or right after 。!?”, or after an age that does (13岁的戚浩辰曾是). */
function introStart(norm: string, st: number, from: number): boolean {
  if (sentenceStart(norm, st, from)) return true;
  if (st - 3 < from || norm.charCodeAt(st - 1) !== C_DE || norm.charCodeAt(st - 2) !== C_SUI) return false;
  let d = st - 3;
  while (d > from && st - d <= 6 && AGE_DIGIT[norm.charCodeAt(d - 1)] === 1) d--;
  return d < st - 2 && AGE_DIGIT[norm.charCodeAt(d)] === 1 && sentenceStart(norm, d, from);
}
/** st is the window start or right after 。!?”. */
function sentenceStart(norm: string, st: number, from: number): boolean {
  if (st === from) return true;
  const c = norm.charCodeAt(st - 1);
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x201d;
}
const C_DE = '的'.charCodeAt(0);
const C_SUI = '岁'.charCodeAt(0);
const AGE_DIGIT = unitTable('0123456789一二三四五六七八九十两');

/**
 * A foreign name written with dots that ends at `e` and opens a sentence (拉伊达·贾瓦伯是): its
 * start, or -1. Han runs of 1–8 characters joined by the dots, 16 characters at most.
 */
function dottedNameStart(norm: string, e: number, from: number): number {
  let i = e;
  let dots = 0;
  while (i > from && e - i < 16) {
    let h = i;
    while (h > from && i - h < 8 && isHanCode(norm.charCodeAt(h - 1))) h--;
    if (h === i) return -1;
    if (h > from && NAME_DOTS[norm.charCodeAt(h - 1)] === 1) {
      dots++;
      i = h - 1;
      continue;
    }
    return dots > 0 && introStart(norm, h, from) ? h : -1;
  }
  return -1;
}

/** Title + name occurrences in norm[from, to), and names introduced by 是 at a sentence start. */
export function findPersonMentions(norm: string, from: number, to: number): PersonMention[] {
  const out = findTitled(norm, from, to);
  const lex = lexicon();
  // at the window start or after 。!?”: two or three Han characters, then 是/也是/曾是 —
  // found from each 是 (native indexOf), taken in text order, three characters before two
  let k = 0;
  let lastEnd = from;
  let prevStart = -1;
  const surnameBits = lex.singleSurnameBits;
  const weakBits = lex.weakSurnameBits;
  const win = norm.slice(from, to); // indexOf on the window only
  for (let w = win.indexOf('是'); w >= 0; w = win.indexOf('是', w + 1)) {
    const at = from + w;
    // the name ends at `at` (…是), or before 也/曾 (李悦也是: not 李悦也)
    const c1 = at - 1 >= from ? norm.charCodeAt(at - 1) : 0;
    const e = c1 === 0x4e5f || c1 === 0x66fe ? at - 1 : at;
    let start = -1;
    let len = 0;
    for (let L = 3; L >= 2; L--) {
      const st = e - L;
      if (st < from || st < lastEnd) continue;
      if (!introStart(norm, st, from) || !allHanCodes(norm, st, e)) continue;
      if (start < 0 || st < start) {
        start = st;
        len = L;
      }
    }
    if (start < 0) {
      // 拉伊达·贾瓦伯是: a dotted foreign name (no surname to test)
      const d = e - 1 >= from && isHanCode(norm.charCodeAt(e - 1)) ? dottedNameStart(norm, e, Math.max(from, lastEnd)) : -1;
      if (d >= 0 && !insideName(out, d)) {
        out.push({ name: { start: d, end: e }, mention: { start: d, end: e }, affiliations: [] });
        lastEnd = e;
        k++;
      }
      continue;
    }
    if (start === prevStart) continue;
    prevStart = start;
    lastEnd = start + len;
    // (code tables: the same answers as the Sets for one code unit; the name sliced last)
    const c0 = norm.charCodeAt(start);
    if (surnameBits[c0] !== 1 || weakBits[c0] === 1 || lex.notNames.has(norm.slice(start, start + len))) continue;
    if (insideName(out, start)) continue;
    out.push({ name: { start, end: start + len }, mention: { start, end: start + len }, affiliations: introducedAs(norm, at, to) });
    k++;
  }
  // 18岁的彭倩用时两天: a name after an age, where the article names the person again nearby
  // (彭倩来自…): three characters where the first two never occur without the third (马自刚),
  // else two (the first few ages of a window, each name counted near it: linear on any input)
  let ages = 0;
  for (let w = win.indexOf('岁的'); w >= 0 && ages < MAX_AGES; w = win.indexOf('岁的', w + 2)) {
    ages++;
    const at = from + w + 2;
    const c0 = at < to ? norm.charCodeAt(at) : 0;
    if (surnameBits[c0] !== 1 || weakBits[c0] === 1 || at + 3 > to || !allHanCodes(norm, at, at + 3) || insideName(out, at)) continue;
    const near = norm.slice(Math.max(0, at - NAME_AGAIN_REACH), Math.min(norm.length, at + NAME_AGAIN_REACH));
    const two = occurrences(near, norm.slice(at, at + 2));
    if (two < 2) continue;
    const L = occurrences(near, norm.slice(at, at + 3)) === two ? 3 : 2;
    if (lex.notNames.has(norm.slice(at, at + L))) continue;
    out.push({ name: { start: at, end: at + L }, mention: { start: at, end: at + L }, affiliations: [] });
    k++;
  }
  // 王先生, 李女士: a person named by surname and address (25岁的王先生专程…。他告诉记者 → 王先生)
  for (const word of lex.mentionHonorifics) {
    for (let w = win.indexOf(word); w >= 0; w = win.indexOf(word, w + 2)) {
      const at = from + w;
      const c = at - 1 >= from ? norm.charCodeAt(at - 1) : 0;
      if (surnameBits[c] !== 1 || weakBits[c] === 1 || insideName(out, at - 1)) continue;
      out.push({ name: { start: at - 1, end: at + 2 }, mention: { start: at - 1, end: at + 2 }, affiliations: [] });
      k++;
    }
  }
  return k ? out.sort((a, b) => a.name.start - b.name.start) : out;
}

/**
 * 齐兵是六马路小学教师，: the organization and title a name is introduced as (是 at `at`), where
 * the clause after 是 is nothing but them (at most 16 Han characters, no 的), or none.
 */
function introducedAs(norm: string, at: number, to: number): AffiliationRange[] {
  const a = at + 1;
  let b = a;
  while (b < to && b - a <= 16 && isHanCode(norm.charCodeAt(b)) && norm.charCodeAt(b) !== C_DE) b++;
  if (b - a < 3 || b - a > 16 || (b < to && INTRO_END[norm.charCodeAt(b)] !== 1)) return [];
  const lex = lexicon();
  const found = parseAffiliations(norm, a, b, lex);
  const last = found.length > 0 ? found[found.length - 1] : null;
  if (last === null || last.org === null || last.role === null || last.role.end !== b || found[0].org === null || found[0].org.start !== a) return [];
  // (蔡尧辉是三水区本土球员: where a place and a modifier stand before the title, no organization)
  return namesOrg(norm, found[0].org, lex, lex.orgSuffixes) ? found : [];
}
/** What may end the clause of an introduction (,。;). */
const INTRO_END = unitTable(',。;');

/** How many ages a window's name-after-age search looks at, and how far around one a name is counted. */
const MAX_AGES = 16;
const NAME_AGAIN_REACH = 3000;

/** How often w occurs in s from `from` on, counted up to `cap`, leaving out where a copy of `unless` starts (a repeated headline). */
function occurrences(s: string, w: string, from = 0, cap = 20, unless: string | null = null): number {
  let n = 0;
  for (let i = s.indexOf(w, from); i >= 0 && n < cap; i = s.indexOf(w, i + w.length)) if (unless === null || !s.startsWith(unless, i)) n++;
  return n;
}

/**
 * 实验室彭新华教授: a name before an academic title norm[at, e), right after an organization or at
 * a clause start (findTitled found the title and no name after it), or null.
 */
function nameBeforeTitle(norm: string, from: number, at: number, e: number, out: readonly PersonMention[], lex: Lexicon): PersonMention | null {
  if (!lex.titlesAfterName.has(norm.slice(at, e))) return null;
  for (let L = 3; L >= 2; L--) {
    const st = at - L;
    if (st < from) continue;
    const c0 = norm.charCodeAt(st);
    if (lex.singleSurnameBits[c0] !== 1 || lex.weakSurnameBits[c0] === 1 || !allHanCodes(norm, st, at) || insideName(out, st) || lex.notNames.has(norm.slice(st, at))) continue;
    let cs = st;
    while (cs > from && LEFT_STOP[norm.charCodeAt(cs - 1)] !== 1) cs--;
    const org = st > cs && lex.orgSuffixes.endingAt(norm, st, cs) > 0 ? { start: cs, end: st } : null;
    if (st > cs && !org) continue;
    return { name: { start: st, end: at }, mention: { start: cs, end: e }, affiliations: [{ org, role: { start: at, end: e } }] };
  }
  return null;
}

/** Some mention's name covers pos. */
function insideName(out: readonly PersonMention[], pos: number): boolean {
  for (let i = 0; i < out.length; i++) if (out[i].name.start <= pos && pos < out[i].name.end) return true;
  return false;
}

const DESCRIPTION_BREAKS = loadList(new URL('./data/description-breaks.txt', import.meta.url));
/** The text up to the last verb of description-breaks.txt (tried where one of their first characters occurs). */
const DESCRIPTION_BREAK = new RegExp(`^.*(?:${alternation(DESCRIPTION_BREAKS)})`);
const DESCRIPTION_BREAK_FIRST = unitTable(DESCRIPTION_BREAKS.map((w) => w[0]).join(''));
/** The text before the first verb of description-breaks.txt. */
const BEFORE_DESCRIPTION_BREAK = new RegExp(`^(.*?)(?:${alternation(DESCRIPTION_BREAKS)})`);
/** Where the first verb of description-breaks.txt in norm[s, e) starts (特朗普|指责…市长弗雷), or -1. */
export function descriptionBreakAt(norm: string, s: number, e: number): number {
  if (e - s < 3 || !someCodeIn(norm, DESCRIPTION_BREAK_FIRST, s, e)) return -1;
  const m = BEFORE_DESCRIPTION_BREAK.exec(norm.slice(s, e));
  return m ? s + m[1].length : -1;
}

function findTitled(norm: string, from: number, to: number): PersonMention[] {
  const lex = lexicon();
  const out: PersonMention[] = [];
  let pos = from;
  const titles = lex.mentionTitles;
  for (let at = titles.findStart(norm, pos, to); at >= 0; at = titles.findStart(norm, pos, to)) {
    const e = at + titles.foundLength; // the title found: norm[at, e)
    pos = e;
    // 联邦储备委员会: the title is the head of an organization's name, no name follows it
    if (lex.orgSuffixes.endingAt(norm, e + 1, at) > e - at) continue;
    // 首席执行官 Aviad Maizels, 创始人兼 CEO 王兴兴: one space before the name (spaces around Latin words)
    let ns = e + 1 < to && norm.charCodeAt(e) === 0x20 && (isUpperLatinCode(norm.charCodeAt(e + 1)) || isHanCode(norm.charCodeAt(e + 1))) ? e + 1 : e;
    // 董事长(创始人)张兴海: a note on the title in parentheses stands between it and the name
    if (norm.charCodeAt(ns) === C_OPEN_PAREN) {
      // (the closing mark looked for within the note's longest length only)
      let close = ns + 1;
      while (close < to && close - ns <= MAX_TITLE_NOTE && norm.charCodeAt(close) !== C_CLOSE_PAREN) close++;
      if (close > ns + 1 && close - ns <= MAX_TITLE_NOTE && close + 1 < to && norm.charCodeAt(close) === C_CLOSE_PAREN && allHanCodes(norm, ns + 1, close)) ns = close + 1;
    }
    const nameEnd = readName(norm, ns, to, lex);
    if (nameEnd < 0) {
      const before = nameBeforeTitle(norm, from, at, e, out, lex);
      if (before) out.push(before);
      continue;
    }
    const name = norm.slice(ns, nameEnd);
    if (lex.notNames.has(name) || lex.titles.endingAt(norm, nameEnd, e) || lex.unnamed.has(name)) continue;
    // the description starts after the nearest stop on the left (at most 30 characters back)
    let s = at;
    const min = Math.max(from, at - 30);
    while (s > min && LEFT_STOP[norm.charCodeAt(s - 1)] !== 1) s--;
    // (American Century Investments多资产策略首席投资官: the limit fell inside a Latin name; its start)
    if (s === min && s > from && isLatinCode(norm.charCodeAt(s)) && isLatinCode(norm.charCodeAt(s - 1))) {
      const min3 = Math.max(from, s - 30);
      while (s > min3 && (isLatinCode(norm.charCodeAt(s - 1)) || norm.charCodeAt(s - 1) === 0x20)) s--;
      while (norm.charCodeAt(s) === 0x20) s++;
    }
    // 华为车 BU 前首席科学家: a known organization may end with a stop (为); the description runs on before it
    if (s > min + 1 && s < at) {
      const known = lex.knownOrgs.endingAt(norm, s, min);
      if (known >= 2) {
        s -= known;
        while (s > min && LEFT_STOP[norm.charCodeAt(s - 1)] !== 1) s--;
      }
    }
    // 古脊椎动物与古人类研究所研究员: 与 or 和 inside an organization's name, where what stands
    // before it ends no organization (not 北京大学和清华大学教授…)
    if (s > from + 2 && JOINED_NAME[norm.charCodeAt(s - 1)] === 1 && lex.orgSuffixes.endingAt(norm, at, s) > 0) {
      let b = s - 1;
      const min1 = Math.max(from, b - 16);
      while (b > min1 && LEFT_STOP[norm.charCodeAt(b - 1)] !== 1) b--;
      // (在上海与中共上海市委书记陈吉宁会面: after a preposition, 与 joins two parties)
      if (s - 1 - b >= 2 && allHanCodes(norm, b, s - 1) && lex.orgSuffixes.endingAt(norm, s - 1, b) === 0 && PREPOSITION_BEFORE[norm.charCodeAt(b - 1)] !== 1) s = b;
    }
    // keep 、-joined affiliations together (Hugging Face 首席伦理科学家、谷歌…联合创始人米切尔)
    for (let guard = 0; guard < 4 && s > from && norm.charCodeAt(s - 1) === DUN; guard++) {
      s--;
      const min2 = Math.max(from, s - 30);
      while (s > min2 && LEFT_STOP[norm.charCodeAt(s - 1)] !== 1) s--;
    }
    // 特朗普周五提名美联储前理事沃什: the description starts after a verb that ends another clause
    if (at - s >= 4 && someCodeIn(norm, DESCRIPTION_BREAK_FIRST, s, at)) {
      const b = DESCRIPTION_BREAK.exec(norm.slice(s, at));
      if (b) s += b[0].length;
    }
    const affiliations = parseAffiliations(norm, s, e);
    // 微软CEO萨提亚·纳德拉(Satya Nadella)和CFO艾米·胡德: the organization is shared
    const prev = out[out.length - 1];
    if (prev && affiliations.length && !affiliations[0].org && prev.affiliations[0]?.org && SHARED.test(norm.slice(prev.mention.end, s))) {
      affiliations[0].org = { ...prev.affiliations[0].org };
    }
    out.push({ name: { start: ns, end: nameEnd }, mention: { start: s, end: nameEnd }, affiliations });
    pos = nameEnd;
  }
  return out;
}

function readName(norm: string, i: number, to: number, lex: Lexicon): number {
  const dot = dotNameAt(norm, i);
  if (dot && i + dot[0].length <= to) {
    // the last segment stops at a function character, after at most 4 (艾米·胡德给出了 → 艾米·胡德)
    const full = i + dot[0].length;
    let seg = full;
    while (seg > i && isHanCode(norm.charCodeAt(seg - 1))) seg--;
    let e = seg;
    while (e < full && e - seg < 4 && FUNCTION_UNITS[norm.charCodeAt(e)] !== 1) e++;
    // 肯尼思·萨蒙见过: the last segment stops where its transliteration characters do
    const tl = lex.translitBits;
    let t = seg;
    while (t < e && tl[norm.charCodeAt(t)] === 1) t++;
    if (t - seg >= 2 && t < e) e = t;
    return e > seg ? e : -1;
  }
  const c0 = norm.charCodeAt(i);
  if (isUpperLatinCode(c0)) {
    // (LATIN_NAME starts with [A-Z]: not run for anything else)
    LATIN_NAME.lastIndex = i;
    const lat = LATIN_NAME.exec(norm);
    if (lat && i + lat[0].length <= to && lat[0].includes(' ')) return i + lat[0].length; // Nikolaos Panigirtzoglou
  }
  let j = i;
  while (j < to && j - i < 5 && isHanCode(norm.charCodeAt(j))) j++;
  const run = j - i;
  // one-character Sets as code-unit tables (the same answers for one code unit, no strings)
  const surname = lex.singleSurnameBits;
  const translit = lex.translitBits;
  if (run < 2 || FUNCTION_UNITS[c0] === 1 || lex.weakSurnameBits[c0] === 1) return -1;
  const c1 = norm.charCodeAt(i + 1);
  const compound = compoundSurnameAt(lex, norm, i);
  const xiaoLao = (c0 === 0x5c0f || c0 === 0x8001) && surname[c1] === 1; // 小王, 老王
  // the name runs up to punctuation — if it starts like a name (渔民救起。 names nobody)
  const nameLike = surname[c0] === 1 || compound || translit[c0] === 1 || xiaoLao;
  if (run <= 4 && (j >= to || !isHanCode(norm.charCodeAt(j)))) {
    if (!nameLike) return -1;
    // 秘书长郭文玉在29日: the run ends with a function character, not the name; 分析师李明表示，: nor with a cue
    let e = j;
    while (e - i > 2 && FUNCTION_UNITS[norm.charCodeAt(e - 1)] === 1) e--;
    const cue = e - i > 3 ? lex.cues.endingAt(norm, e, i + 2) : 0;
    return e - cue;
  }
  if (translit[c0] === 1 && surname[c0] !== 1) {
    // 芬兰总理奥尔波抵达北京: a transliterated name runs over transliteration characters
    let t = i;
    while (t < to && t - i < 6 && translit[norm.charCodeAt(t)] === 1) t++;
    return t - i >= 2 ? t : -1;
  }
  if (surname[c0] !== 1 && !compound) return xiaoLao ? i + 2 : -1;
  const base = compound ? i + 1 : i;
  // 总书记高度重视: a word (not-names.txt), not a name, as matchName reads it
  if (!compound && lex.notNames.has(norm.slice(i, i + 2))) return -1;
  // 王睿初步弄清了: a two-character name before an adverbial; 王睿强调: before a cue (but 邓炳强在: 强,
  // which starts cues, is of the name where no cue starts)
  // 日本首相高市早苗日前…: a Japanese name after a Japanese title has four characters (as parseName reads it)
  // (not 石破茂日前: the fourth character starts an adverbial)
  if (!compound && run >= 4 && FUNCTION_UNITS[norm.charCodeAt(i + 3)] !== 1 && japaneseTitleBefore(norm, i) && lex.adverbials.startingAt(norm, i + 3, to) === 0 && lex.cues.startingAt(norm, i + 3, to) === 0) return i + 4;
  const c2 = norm.charCodeAt(base + 2);
  const ends = FUNCTION_UNITS[c2] === 1 && (lex.cues.firstBits[c2] === 0 || lex.cues.startingAt(norm, base + 2, to) > 0);
  return ends || lex.adverbials.startingAt(norm, base + 2, to) >= 2 || lex.nameFollowers.startingAt(norm, base + 2, to) > 0 ? base + 2 : base + 3;
}

/** A title that names Japan (日本首相, 日本前首相, 日本外务大臣) ends at i: 日本 within the ten units before it. */
function japaneseTitleBefore(norm: string, i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 10; k--) if (norm.charCodeAt(k) === C_RI_JAPAN && norm.charCodeAt(k + 1) === C_BEN_JAPAN) return true;
  return false;
}
const C_RI_JAPAN = '日'.charCodeAt(0);
const C_BEN_JAPAN = '本'.charCodeAt(0);

/** Characters an organization's name does not run back over (被接到了沙河医院 → 沙河医院). */
const ORG_LEFT_STOP_UNITS = '的了在到是对向与和及从为被把给将由等这该其各本此据以于';
/** What an organization's name runs back over: [\u3400-\u9fffA-Za-z0-9] but not ORG_LEFT_STOP_UNITS (one table load a step in cold code, not three calls). */
const ORG_RUN = new Uint8Array(0x10000);
ORG_RUN.fill(1, 0x3400, 0xa000).fill(1, 48, 58).fill(1, 65, 91).fill(1, 97, 123);
for (let i = 0; i < ORG_LEFT_STOP_UNITS.length; i++) ORG_RUN[ORG_LEFT_STOP_UNITS.charCodeAt(i)] = 0;

/** Organizations named in norm[from, to) (深圳云天励飞技术股份有限公司, 沙河医院). */
export function findOrgMentions(norm: string, from: number, to: number): OrgMention[] {
  const suffixes = lexicon().orgMentionSuffixes;
  const genericOrgVerbs = lexicon().genericOrgVerbs;
  const out: OrgMention[] = [];
  let lastEnd = from;
  let pos = from;
  for (let at = suffixes.findStart(norm, pos, to); at >= 0; at = suffixes.findStart(norm, pos, to)) {
    const end = at + suffixes.foundLength; // the suffix found: norm[at, end)
    pos = end;
    let s = at;
    const min = Math.max(lastEnd, at - 14);
    lastEnd = end;
    while (s > min && ORG_RUN[norm.charCodeAt(s - 1)] === 1) s--;
    // 2017年公司加快…, 三家公司: a date or a count is no part of the name
    s = pastLeadingNotName(norm, s, at);
    // 新员工来自深圳德力凯…公司: a verb placing someone in the organization ends the run
    if (someCodeIn(norm, RUN_BREAK_FIRST, s, at)) {
      const m = RUN_BREAK.exec(norm.slice(s, at));
      if (m !== null) s += m[0].length;
    }
    // 营收创下公司历史纪录: a verb right before the suffix makes it a bare noun, its object
    if (at - s >= 2 && genericOrgVerbs.endingAt(norm, at, s) > 0) continue;
    if (at - s < 2) continue;
    // 这家 AI 初创公司, 上市公司: a kind of organization, not a name
    let d = s;
    while (d > from && (norm.charCodeAt(d - 1) === 32 || isLatinCode(norm.charCodeAt(d - 1))) && s - d < 12) d--;
    if (determinerBefore(norm, from, d) || onlyDescriptors(norm, s, at)) continue;
    out.push({ org: { start: s, end } });
  }
  return out;
}

/** Verbs that place someone in an organization (来自, 位于, 就职于): the organization's name starts after the last of them. */
const RUN_BREAKS = ['来自', '位于', '隶属于', '就职于', '任职于', '加入', '入职'];
const RUN_BREAK = new RegExp(`^.*(?:${RUN_BREAKS.join('|')})`);
const RUN_BREAK_FIRST = unitTable(RUN_BREAKS.map((w) => w[0]).join(''));
/** A date, a year word, 同时 or a count of companies that may open the run before an organization's suffix (2017年公司, 当年公司, 同时公司, 三家公司). */
const LEADING_NOT_NAME = /(?:\d+[年月日])+|[今去当同明前次]年|同时|[一两二三四五六七八九十几数多\d]+家/y;
/** Past a date, year word or count that opens norm[s, at), or s. */
function pastLeadingNotName(norm: string, s: number, at: number): number {
  if (LEADING_NOT_NAME_FIRST[norm.charCodeAt(s)] !== 1) return s;
  LEADING_NOT_NAME.lastIndex = s;
  const m = LEADING_NOT_NAME.exec(norm);
  return m && s + m[0].length <= at ? s + m[0].length : s;
}
const LEADING_NOT_NAME_FIRST = unitTable('0123456789今去当同明前次一两二三四五六七八九十几数多');

const LEADIN_SUBJECT = /^(?:对此|此外|随后|之后|此后|随即|同时|而|但|另外|其中)/;
/** The first units of LEADIN_SUBJECT's words. */
const LEADIN_FIRST = unitTable('对此随之同而但另其');

/** Where the subject of a clause starting at `start` starts: past blanks and a lead-in (对此, 随后, 但). */
export function subjectStart(norm: string, start: number, end: number): number {
  let i = start;
  while (i < end && norm.charCodeAt(i) === 0x20) i++;
  if (i >= end || LEADIN_FIRST[norm.charCodeAt(i)] !== 1) return i; // (no lead-in starts here: no slice, no regex)
  const lead = LEADIN_SUBJECT.exec(norm.slice(i, Math.min(end, i + 4)));
  return lead ? i + lead[0].length : i;
}

/**
 * The person a clause opens with, whatever follows (CFO艾米·胡德给出了全场最有分量的回应：
 * / 纳德拉用一句话定调：): used only where a colon hands over to a quotation.
 */
export function parseSubject(norm: string, start: number, end: number, memory: SpeakerMemory, orgs = false): ParsedSpeaker | null {
  const lex = lexicon();
  const i = subjectStart(norm, start, end);
  if (end - i < 2) return null;
  const pl = lex.pronouns.startingAt(norm, i, end);
  if (pl && !HAN.test(norm[i + pl] ?? '') ? true : pl === 1 && norm[i] !== '其') {
    return { type: 'pronoun', mention: { start: i, end: i + pl }, name: null, affiliations: [], genericOrg: false, anaphoric: true };
  }
  let best = 0;
  for (const name of memory.names) if (name.length > best && norm.startsWith(name, i)) best = name.length;
  if (best >= 2) {
    return { type: 'person', mention: { start: i, end: i + best }, name: { start: i, end: i + best }, affiliations: [], genericOrg: false, anaphoric: false };
  }
  const pm = findPersonMentions(norm, i, end)[0];
  if (pm && pm.mention.start <= i + 1 && pm.mention.start >= i) {
    return { type: 'person', mention: pm.mention, name: pm.name, affiliations: pm.affiliations, genericOrg: false, anaphoric: false };
  }
  // 习近平总书记高度重视…: a name, then its title (no title before the name to find it by)
  for (let e = i + 3; e <= Math.min(end, i + 12); e++) {
    if (!lex.titles.endingAt(norm, e, i)) continue;
    const p = parseSpeaker(norm, i, e, memory);
    if (p && p.type === 'person' && p.name && p.mention.start === i && p.mention.end === e) return p;
  }
  // 不少跑友对…: an unnamed group opening the clause
  for (let e = i + 2; e <= Math.min(end, i + 14); e++) {
    const ul = lex.unnamed.endingAt(norm, e, i);
    if (ul && !HAN.test(norm[e] ?? '') ? true : ul > 0 && '对在也都还则就从已将把被和大纷均普多'.includes(norm[e])) {
      if (/[是了]/.test(norm.slice(i, e))) return null;
      return { type: 'unnamed', mention: { start: i, end: e }, name: null, affiliations: [], genericOrg: false, anaphoric: false };
    }
  }
  return orgs ? orgOrTitleSubject(norm, i, end, memory, lex) : null;
}

/** How far an organization or a title opening a clause may reach (比亚迪法务部, 日本防卫大臣). */
const MAX_SUBJECT_ORG = 16;
/**
 * The clause opens with an organization or a title (比亚迪法务部公开发文, 日本防卫大臣召开紧急记者会,
 * Waymo 随后公布了…): the longest such speaker from i, or null.
 */
function orgOrTitleSubject(norm: string, i: number, end: number, memory: SpeakerMemory, lex: Lexicon): ParsedSpeaker | null {
  const latin = isUpperLatinCode(norm.charCodeAt(i)) ? LATIN_WORD_AT.exec(norm.slice(i, Math.min(end, i + 30))) : null;
  if (latin && latin[0].length >= 3) return parseSpeaker(norm, i, i + latin[0].length, memory);
  for (let e = Math.min(end, i + MAX_SUBJECT_ORG); e >= i + 2; e--) {
    const head = Math.max(lex.orgSuffixes.endingAt(norm, e, i), lex.roles.endingAt(norm, e, i));
    if (head === 0 && lex.knownOrgs.startingAt(norm, i, e) !== e - i) continue;
    // 科技 alone is a suffix, no name; 并就扎扎实实加强社, 于10月13日致电公司: function characters
    // before the suffix (委员会 holds 会 itself)
    if (head === e - i || someCodeIn(norm, NO_ORG_CHAR, i, e - head)) continue;
    const sp = parseSpeaker(norm, i, e, memory);
    if (sp && sp.mention.start === afterExistential(norm, i, e, lex) && sp.mention.end === e && sp.type !== 'pronoun') return sp;
  }
  return null;
}
/** Function characters and title marks (FUNCTION_CHARS, 《): what no organization or title is written with. */
const NO_ORG_CHAR = unitTable(FUNCTION_CHARS + '《》，,');
const LATIN_WORD_AT = /^[A-Z][A-Za-z]+(?=\s|[\u3400-\u9fff])/;

/** A stock code in parentheses (000928, 300128.SZ, 300167,SZ, 00700.HK, 0700.HK), `(` excluded; not a year (2026). */
const STOCK_CODE = /(?:\d{5,6}(?:[.,] ?[A-Z]{2})?|\d{4}\.HK)\)/y;
/** Han characters before a stock code taken as the company's name: its last 2 to this many. */
const MAX_LISTED_NAME = 6;

/**
 * Names written with a stock code (`中钢国际(000928)`, `锦富技术（300128.SZ）`): companies, so
 * that a later `中钢国际表示` is the company speaking, though its short name has no suffix. The
 * Han run before the code may hold more than the name (`受此影响贵州茅台(600519)`): every ending
 * of 2 to 6 characters is kept, and a speaker phrase matches one of them whole or none.
 */
export function listedCompanyNames(norm: string): string[] {
  const out: string[] = [];
  for (let p = norm.indexOf('('); p >= 0; p = norm.indexOf('(', p + 1)) {
    STOCK_CODE.lastIndex = p + 1;
    if (p + 1 >= norm.length || !isDigitCode(norm.charCodeAt(p + 1)) || !STOCK_CODE.test(norm)) continue;
    let s = p;
    while (s > 0 && p - s < MAX_LISTED_NAME && isHanCode(norm.charCodeAt(s - 1))) s--;
    for (let k = p - 2; k >= s; k--) out.push(norm.slice(k, p));
  }
  return out;
}

/** A short name given in parentheses: (以下简称“有机所”), (简称中国人寿). */
const ALIAS = /\((?:以下)?简称["“]?([\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9 ]{1,11})["”]?\)/y;
/**
 * The short names an article gives organizations (中国科学院上海有机化学研究所（以下简称“有机所”）
 * → 有机所): speakers by those names are organizations (有机所所长胡金波). Only where what stands
 * before the parenthesis ends like an organization (not a document, 《办法》, or a league, 雪超).
 */
export function organizationAliases(norm: string, lex: Lexicon = lexicon()): string[] {
  const out: string[] = [];
  for (let p = norm.indexOf('简称'); p >= 0; p = norm.indexOf('简称', p + 2)) {
    const open = norm.charCodeAt(p - 1) === 0x28 ? p - 1 : norm.charCodeAt(p - 3) === 0x28 && norm.startsWith('以下', p - 2) ? p - 3 : -1;
    if (open < 2) continue;
    ALIAS.lastIndex = open;
    const m = ALIAS.exec(norm);
    if (!m || lex.orgSuffixes.endingAt(norm, open, Math.max(0, open - 30)) === 0) continue;
    out.push(m[1].trim());
  }
  return out;
}

/** Longest name read at the start of a headline as the company it is about. */
const MAX_PRINCIPAL = 8;
/**
 * What follows a company's name in the body of an article about it (兴民智通1月6日晚公告,
 * *ST云网晚间公告, 贵州茅台于今晚发布, 岭南股份控股子公司, 锦富技术(300128)); not 表示, which
 * people do too.
 */
const COMPANY_EVIDENCE = /^(?:于)?(?:今晚|晚间|近日|日前|\d{1,2}月\d{1,2}日[早晚]?间?)?(?:发布了?)?公告|^(?:于)?(?:今晚|晚间|近日|日前|\d{1,2}月\d{1,2}日[早晚]?间?)发布|^(?:股价|董事会|管理层|财报|控股|旗下|全资|子公司|\(\d)/;
/** The first character of an ASCII * (*ST云网). */
const C_STAR = 0x2a;
/** Words a headline opens with before a colon that name no company (综述：, 独家：). */
const HEADLINE_GENRE = /^(?:综述|专访|独家|快讯|观察|评论|社论|时评|解读|特写|视点|聚焦|关注|调查|深度|对话|图解|直击|热点|早报|晚报|新闻|要闻|财经|科技|观点|原标题)$|(?:显示|官媒|媒体)$/;

/** Occurrences of the headline's first L units (from t) in the body (from `from`), not in a copy of the whole headline `line` (原标题：…), counted up to 9. */
function countOpening(norm: string, t: number, L: number, from: number, line: string): number {
  return occurrences(norm, norm.slice(t, t + L), from, 9, line);
}

/**
 * The company an article is about, as its headline (`title`, the header's) opens (兴民智通：合同纠纷…,
 * 光一科技业绩变脸…, 岭南股份预中标…), or null. The opening name is where the body stops repeating the
 * headline's first units (岭南股份 4 times, 岭南股份预 never); it is a company when it is a known
 * company (known-companies.txt), or the body writes it as one (COMPANY_EVIDENCE), or it stands before the
 * headline's colon and the body names it again. No one-word names of people (特朗普：…).
 * A bare 公司 in the body stands for it, not for the last company named (鑫隆公司, a party
 * to its lawsuit).
 */
export function principalCompany(norm: string, title: Range, lex: Lexicon = lexicon()): Range | null {
  const t = title.start;
  const body = title.end;
  if (body - t < 4) return null;
  const line = norm.slice(t, body);
  let e = t;
  while (e < body && e - t < MAX_PRINCIPAL) {
    const c = norm.charCodeAt(e);
    if (!isHanCode(c) && !isLatinCode(c) && !(c === C_STAR && e === t)) break;
    e++;
  }
  if (e - t < 2) return null;
  if (norm.charCodeAt(e) === 0x3a) {
    // 兴民智通：…: the name before the colon, when the body names it again
    // (not a role or a cue: 伊朗副外长：, 消息人士：, 数据显示：)
    const ok = e - t >= 3 && !HEADLINE_GENRE.test(norm.slice(t, e)) && !personLike(norm, t, e, lex) && NOT_COMPANY_END[norm.charCodeAt(e - 1)] !== 1 && lex.roles.endingAt(norm, e, t) === 0 && lex.cues.endingAt(norm, e, t) === 0;
    return ok && countOpening(norm, t, e - t, body, line) >= 1 ? { start: t, end: e } : null;
  }
  // the name: extend while the body keeps writing the longer opening (at least twice, half as often)
  let L = 2;
  let n = countOpening(norm, t, 2, body, line);
  while (t + L < e) {
    const m = countOpening(norm, t, L + 1, body, line);
    if (m < 2 || m * 2 < n) break;
    L++;
    n = m;
  }
  const end = t + L;
  // 特斯拉停产…: a company known by its bare name
  if (lex.knownCompanies.startingAt(norm, t, end) === L) return { start: t, end };
  if (n < 2 || personLike(norm, t, end, lex) || NOT_COMPANY_END[norm.charCodeAt(end - 1)] === 1) return null;
  const x = norm.slice(t, end);
  for (let p = norm.indexOf(x, body); p >= 0; p = norm.indexOf(x, p + L)) {
    if (COMPANY_EVIDENCE.test(norm.slice(p + L, p + L + 12))) return { start: t, end };
  }
  return null;
}

/** Last units of the names of regulators and offices, not companies (深交所, 证监会). */
const NOT_COMPANY_END = unitTable('所局委部院会厅署');

/** norm[s, e) may be a person's name: 2 or 3 units opening with a surname, or transliteration units only. */
function personLike(norm: string, s: number, e: number, lex: Lexicon): boolean {
  if (e - s <= 3 && lex.singleSurnameBits[norm.charCodeAt(s)] === 1) return true;
  for (let i = s; i < e; i++) if (lex.translitBits[norm.charCodeAt(i)] !== 1) return false;
  return true;
}
