// Attributions inside one paragraph: each speech cue with a speaker before it becomes an
// event holding the parts of text it covers — a quotation before it (“…”X说), after it
// (X说：“…”), both (“…，”X说，“…。”), or reported speech (X表示，…) that runs on over the
// next sentences of the paragraph until another attribution or a sentence of the
// reporter's (据了解, 数据显示 …). Unattributed quotations that open a sentence right after
// a speaker's words are that speaker's (“…。”X说。“…。”).
import { indexAt, type Paragraph, type QuotePair, type Sentence } from '../../segment/index.js';
import { findCues, type CueHit } from './cues.js';
import { closesSpeech, innerEnd, isSpeech, lastPairBefore, opensClause, pairAt, PairCursor } from './direct.js';
import { lexicon } from './lexicon.js';
import { descriptionBreakAt, parseSubject, subjectStart, type PersonMention } from './mentions.js';
import { sortStable } from './order.js';
import { afterLeadingDay, BYLINE, NAME_DOTS, NOT_IN_NAME_CHARS, parseSpeaker, quotedNameIn, type ParsedSpeaker, type Range, type SpeakerMemory } from './speakers.js';
import { allHanCodes, isLatinCode, isUpperLatinCode, someCodeIn, unitTable } from '../../text/chars.js';

export type PartKind = 'direct' | 'indirect' | 'mixed';

export interface Part {
  kind: PartKind;
  start: number;
  end: number;
  /** Reported speech (may run on over the next sentences). */
  reported: boolean;
}

export interface Attribution {
  speaker: ParsedSpeaker;
  /** The speech cue, or null for a quotation after a colon that names no cue (李向前…调整状态：“…”). */
  cue: string | null;
  /** The first position this attribution covers (its quotation's mark, or the speaker). */
  claimStart: number;
  parts: Part[];
  /** A report going on (报道称, 报道指出): like a cue that cites, another attribution in its sentence is the speaker. */
  reportGoesOn?: boolean;
}

/** , 。 : ; ! ? — where a speaker's clause starts (char codes: no string per character). */
const isBound = (c: number) => c === 44 || c === 0x3002 || c === 58 || c === 59 || c === 33 || c === 63;
const MAX_PHRASE = 80;
/** A quotation at most this far before the speaker of its sentence is theirs (“…。”在村口，村民X告诉记者). */
const MAX_LEAD_GAP = 12;
/** 。!? (normalized): what ends a sentence (after a cue, after an answer; index.ts reads it too). */
export const SENTENCE_STOP = unitTable('。!?');
const C_SEMICOLON = ';'.charCodeAt(0);
/** s[a, b) holds only Latin letters and blanks (PC Gamer): a name in Latin words, no transcription with Han characters or dots. */
function latinWordsOnly(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isLatinCode(s.charCodeAt(k)) && s.charCodeAt(k) !== 0x20) return false;
  return true;
}
/** Modals of the future that open a statement after a cue (将, 会, 要): what follows is said, no topic. */
const FUTURE_MODAL = unitTable('将会要');
/** The first characters of the pronouns that stand for a person (他, 她, 他们, 她们; not 它, 其). */
const PERSON_PRONOUN_FIRST = unitTable('他她');

export interface ParagraphInput {
  norm: string;
  paragraph: Paragraph;
  /** All sentences of the document (indexAt works on them). */
  sentences: readonly Sentence[];
  /** Outermost quotation pairs of this paragraph, by opening mark. */
  pairs: readonly QuotePair[];
  memory: SpeakerMemory;
  /** The persons the paragraph names (findPersonMentions over it), in the order of their names. */
  people: readonly PersonMention[];
}

export function paragraphAttributions(input: ParagraphInput): Attribution[] {
  const { norm, paragraph: p, sentences, pairs } = input;
  // no quotation in the paragraph (most): nothing to skip, no cursor to build
  const hits = findCues(norm, p.start, p.end, pairs.length === 0 ? noSkip : skipper(new PairCursor(pairs, p.end), p.end));
  // no cue and no quotation after a colon, no attribution: every step below works on the events (skip its set-up)
  if (hits.length === 0 && !pairs.some((q) => colonBefore(norm, q, p.start) >= 0 || endsSentenceInside(norm, q))) return [];
  const claimed = new Set<QuotePair>();
  const events: Attribution[] = [];
  for (const hit of hits) {
    const ev = attribute(input, hit, claimed);
    if (!ev) continue;
    events.push(ev);
    if (ev.speaker.type === 'org') learnOrganization(input, ev.speaker);
  }
  // (is a quotation's mark inside a part of the cues' events? Pairs come in text order, so one
  // pass over the parts by start, with the farthest end so far, answers each: linear in a
  // paragraph of many quotations)
  // (only quotations after a colon or closing a sentence of their own can be taken with no cue:
  // the others, and paragraphs with none, cost nothing here)
  let covered: Part[] | null = null;
  let ci = 0;
  let coveredTo = -1;
  for (const q of pairs) {
    if (claimed.has(q) || !(endsSentenceInside(norm, q) || colonBefore(norm, q, p.start) >= 0)) continue;
    if (covered === null) covered = events.length === 0 ? [] : events.flatMap((e) => e.parts).sort((a, b) => a.start - b.start);
    while (ci < covered.length && covered[ci].start <= q.open) coveredTo = Math.max(coveredTo, covered[ci++].end);
    if (q.open < coveredTo) continue;
    const ev = afterColon(input, q, hits) ?? afterClause(input, q, hits) ?? beforeSubject(input, q, hits);
    if (ev) {
      claimed.add(q);
      events.push(ev);
    }
  }
  if (events.length === 0) return events;
  sortStable(events, (a, b) => a.claimStart - b.claimStart);
  // 美国军事新闻媒体28日报道，…。报道说，…: a report going on after a report of the same paragraph
  // is that report's (one quote), whatever outlet was named last before
  for (let i = 1; i < events.length; i++) {
    if (events[i].reportGoesOn === true && citesOthers(events[i - 1].cue)) events[i].speaker = events[i - 1].speaker;
  }
  // 知情人士表示，黄仁勋依然认为…: an attribution inside reported speech of the same sentence
  // is nested in it (one forward pass: the first reporting event of a sentence is the outer one)
  {
    let sentence = -1;
    let outerStart = -1;
    let w = 0;
    for (const ev of events) {
      const si = indexAt(sentences, ev.claimStart);
      if (si !== sentence) {
        sentence = si;
        outerStart = -1;
      }
      // (中天能源公告称，…；金卡智能公告称，…: a speaker opening a clause after a semicolon is the
      // next of a series, not nested)
      const inSeries = outerStart >= 0 && outerStart <= ev.claimStart && afterSemicolon(norm, ev.claimStart);
      // (据《华尔街日报》报道，知情人士称，…: a report with another attribution in its sentence only
      // carries it; the source it cites is the speaker — an outlet's report, not a person's: 诺姆披露，…，她说：)
      const carried = outerStart >= 0 && w > 0 && (citesOthers(events[w - 1].cue) || events[w - 1].reportGoesOn === true) && !PERSONAL[events[w - 1].speaker.type];
      if (outerStart >= 0 && outerStart <= ev.claimStart && !inSeries && !carried) continue;
      if (inSeries || carried) outerStart = -1;
      if (carried) w--;
      events[w++] = ev;
      const rep = ev.parts.find((x) => x.reported && indexAt(sentences, x.start) === si);
      if (rep && outerStart < 0) outerStart = rep.start;
    }
    events.length = w;
  }
  // “……”蔡尧辉是三水区本土球员。在他看来，…: a quotation opening the paragraph, one sentence
  // introducing its speaker, then that speaker as a pronoun — the quotation is theirs
  const first = events[0];
  const q0 = pairs[0];
  if (first && first.speaker.type === 'pronoun' && q0 && q0.open === p.start && q0.close >= 0 && !claimed.has(q0) && q0.close < first.claimStart) {
    const gap = norm.slice(q0.close + 1, first.claimStart);
    const ends = gap.match(/[。!?]/g)?.length ?? 0;
    if (gap.length <= 40 && ends === 1 && /[。!?]$/.test(gap.replace(/[\s,]*$/, '').replace(/在$/, '')) && closesSpeech(norm, q0, p.end)) {
      const part: Part = { kind: 'direct', start: q0.open + 1, end: q0.close, reported: false };
      // (before a quotation that names no cue, a quote of its own: one content would run over the narration)
      if (first.cue === null) events.unshift({ speaker: first.speaker, cue: null, claimStart: q0.open, parts: [part] });
      else {
        first.parts.unshift(part);
        first.claimStart = q0.open;
      }
      claimed.add(q0);
    }
  }
  const trimEnd = (start: number, end: number) => {
    while (end > start && (norm[end - 1] === ' ' || norm[end - 1] === ',' || norm[end - 1] === ';')) end--;
    return end;
  };
  const lex = lexicon();
  // the paragraph's persons named after a title (司机贾瓦德), found at the first run-on sentence:
  // one opening such a sentence makes it the reporter's
  let titled: PersonMention[] | null = null;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    const limit = i + 1 < events.length ? events[i + 1].claimStart : p.end;
    for (const part of ev.parts) if (part.end > limit) part.end = trimEnd(part.start, limit);
    if (ev.parts.some(isEmpty)) ev.parts = ev.parts.filter((x) => !isEmpty(x)); // (no copy when none is)
    if (ev.parts.length === 0) continue;
    // run on over the next sentences of the paragraph
    let last = ev.parts[ev.parts.length - 1];
    let k = indexAt(sentences, last.end - 1) + 1;
    // (习近平总书记指出：“…”“…”。: words that are all quotation end with it; what follows is the reporter's)
    // (正如X所说，…: the reporter's sentence borrows the words; the next is the reporter's own)
    let extendable = last.reported && !onlyQuotations(norm, pairs, last.start, last.end) && norm.charCodeAt(ev.speaker.mention.end) !== C_SUO;
    const semi = last.reported ? codeIn(norm, C_SEMICOLON, last.start, last.end - 2) : -1;
    if (semi >= 0) {
      const cut = semicolonBeforeOtherPerson(norm, pairs, last, semi, ev.speaker, (titled ??= titledMentions(input.people)));
      if (cut >= 0) {
        last.end = trimEnd(last.start, cut);
        extendable = false;
      }
    }
    while (k > 0 && k < sentences.length && sentences[k].paragraph === p.index && sentences[k].start < limit) {
      const s = sentences[k];
      let st = s.start;
      while (st < s.end && norm[st] === ' ') st++;
      const q = pairAt(pairs, st);
      if (q && !claimed.has(q) && closesSpeech(norm, q, p.end) && innerEnd(q, p.end) < limit) {
        claimed.add(q);
        last = { kind: 'direct', start: q.open + 1, end: innerEnd(q, p.end), reported: false };
        ev.parts.push(last);
        extendable = false;
        k = indexAt(sentences, Math.max(last.end, s.start)) + 1;
        continue;
      }
      if (reporterSentence(norm, st, s.end) || norm[st] === '(' || !extendable || s.end > limit) break;
      // 1月30日上午，记者从…获悉: a reporter's sentence after a leading date; 不过，记者注意到: after a connective
      const dated = afterLeadingDay(norm, st, s.end);
      if (dated > st && lex.stopLeads.startingAt(norm, dated, s.end)) break;
      const connective = lex.leadins.startingAt(norm, st, s.end);
      if (connective > 0 && norm.charCodeAt(st + connective) === 44 && lex.stopLeads.startingAt(norm, st + connective + 1, s.end)) break;
      // 日元汇率暴跌原因何在？: a question is the reporter's (a quoted one ends at its quotation mark)
      if (endsInQuestion(norm, st, s.end)) break;
      // 司机贾瓦德正在排队…: a sentence about a person named at its start is the reporter's (unless
      // it is inside a quotation, where the speaker names them)
      titled ??= titledMentions(input.people);
      if (opensWithNamedPerson(norm, st, s.end, ev.speaker, titled) && !insideQuotation(pairs, st)) break;
      // (事发后，省委常委、广州市委书记万庆良…到场: after a short clause of time, too)
      const afterTime = afterTimeClause(norm, st, s.end);
      if (afterTime > st && opensWithNamedPerson(norm, afterTime, s.end, ev.speaker, titled) && !insideQuotation(pairs, st)) break;
      // 沃施股份表示，…。在筹划数月后，沃施股份的方案却未能获得通过。: an organization does not name itself
      if (namesOrganization(norm, st, s.end, ev.speaker) && !insideQuotation(pairs, st)) break;
      last.end = trimEnd(last.start, s.end);
      k++;
    }
    for (const part of ev.parts) if (part.reported && part.kind === 'indirect' && holdsSpeech(norm, pairs, part, p)) part.kind = 'mixed';
  }
  // an attribution with nothing after its colon hands over to the next paragraph (kept, empty)
  // (most paragraphs: every event keeps parts, and the array is returned as it is)
  const lastEv = events[events.length - 1];
  const kept = (e: Attribution) => e.parts.length > 0 || (e === lastEv && norm[p.end - 1] === ':');
  return events.every(kept) ? events : events.filter(kept);
}

const isEmpty = (x: Part) => x.end <= x.start;

/** Where the first unit `code` stands in s[a, b), or -1 (within the part only: an indexOf to the text's end per event would not be linear). */
function codeIn(s: string, code: number, a: number, b: number): number {
  for (let k = a; k < b; k++) if (s.charCodeAt(k) === code) return k;
  return -1;
}

/**
 * 高生红感叹，学习是…的过程；骑手小哥段志军学习…后，发现…: the semicolon of part, from `first` on, after
 * which another person named with a title opens a clause (that clause is the reporter's, and what
 * follows it); -1 where none does, or where what was said opens with such a person too
 * (交警介绍，驾驶员张某，…；环卫工人周某，…: a list of them).
 */
function semicolonBeforeOtherPerson(norm: string, pairs: readonly QuotePair[], part: Part, first: number, speaker: ParsedSpeaker, titled: readonly PersonMention[]): number {
  if (opensWithNamedPerson(norm, part.start, part.end, speaker, titled)) return -1;
  for (let semi = first; semi < part.end - 2; semi++) {
    if (norm.charCodeAt(semi) !== C_SEMICOLON || insideQuotation(pairs, semi)) continue;
    if (opensWithNamedPerson(norm, semi + 1, part.end, speaker, titled) && !startsWithNameOf(norm, subjectStart(norm, semi + 1, part.end), speaker)) return semi;
  }
  return -1;
}

/**
 * 新天然气发布公告称，…。新天然气称，…: an organization that spoke is known to the paragraph's next
 * cues at once (coreference learns it only after the paragraph); only a mention that is the
 * organization's name itself (not 行业研究机构弗若斯特沙利文, “牛弹琴”).
 */
function learnOrganization(input: ParagraphInput, sp: ParsedSpeaker): void {
  const org = sp.genericOrg ? null : sp.affiliations[0]?.org;
  if (org && org.start === sp.mention.start && org.end === sp.mention.end && org.end - org.start >= 2 && allHanCodes(input.norm, org.start, org.end)) input.memory.orgs.add(input.norm.slice(org.start, org.end));
}

/**
 * norm[st, end) is a sentence of the reporter's: it opens with a stop lead (据了解, 记者注意到:
 * stop-leads.txt) or cites a document (据…报告书草案修订稿显示，). 据他介绍 is not one: the speaker
 * may go on that way.
 */
export function reporterSentence(norm: string, st: number, end: number): boolean {
  if (lexicon().stopLeads.startingAt(norm, st, end) > 0) return true;
  // (但是这名发言人没有透露…: the reporter tells what the speaker did not say)
  if (SILENCE_FIRST[norm.charCodeAt(st)] === 1 && ((NOT_SAID.lastIndex = st), NOT_SAID.test(norm))) return true;
  if (norm.charCodeAt(st) !== C_JU) return false;
  const comma = firstClauseComma(norm, st, end, 60);
  return comma > st + 2 && DOCUMENT_CITED.test(norm.slice(comma - 2, comma));
}
const C_JU = '据'.charCodeAt(0);
/** A sentence that tells what a speaker named again did not say (但是这名发言人没有透露, 该官员拒绝证实). */
const NOT_SAID = /(?:但是?|不过|然而)?,?(?:这名|这位|该)[\u4e00-\u9fff]{1,5}?(?:没有|并未|未|拒绝)(?:透露|说明|回应|表示|提及|证实|置评)/y;
/** The first characters NOT_SAID can start with. */
const SILENCE_FIRST = unitTable('但不然这该');
/** What ends the first clause of a sentence that cites a document (据…显示，). */
const DOCUMENT_CITED = /^(?:显示|报道|统计|测算|数据|公告|消息)$/;

/** The first clause of norm[pos, end) ends with 后 before its comma (…协查后，): a clause of time. */
function clauseEndsAfter(norm: string, pos: number, end: number): boolean {
  const comma = firstClauseComma(norm, pos, end, 30);
  return comma > pos + 1 && norm.charCodeAt(comma - 1) === C_HOU_AFTER;
}
/**
 * The comma that ends the first clause of norm[pos, end), looked for within `max` units only
 * (a search to the text's end at every cue or sentence would not be linear), or -1.
 */
function firstClauseComma(norm: string, pos: number, end: number, max: number): number {
  const limit = Math.min(end, pos + max + 1);
  let comma = pos;
  while (comma < limit && norm.charCodeAt(comma) !== C_COMMA) comma++;
  return comma < limit ? comma : -1;
}
const C_COMMA = ','.charCodeAt(0);
const C_HOU_AFTER = '后'.charCodeAt(0);

/** norm[start, end) is nothing but quotations one after another (“…”“…”, “…”、“…”), and a stop. */
function onlyQuotations(norm: string, pairs: readonly QuotePair[], start: number, end: number): boolean {
  let pos = start;
  let any = false;
  for (;;) {
    while (pos < end && (norm.charCodeAt(pos) === 0x20 || norm.charCodeAt(pos) === 0x3001 || norm.charCodeAt(pos) === 0x2c)) pos++;
    if (pos >= end) return any;
    const q = pairAt(pairs, pos);
    if (!q || q.close < 0) return any && pos === end - 1 && STOP_AFTER_QUOTATIONS[norm.charCodeAt(pos)] === 1;
    any = true;
    pos = q.close + 1;
  }
}
/** What may end words that are all quotation (“…”。, “…”;). */
const STOP_AFTER_QUOTATIONS = unitTable('。!?;');

/** The sentence norm[st, end) ends in a question mark (spaces after it aside). */
function endsInQuestion(norm: string, st: number, end: number): boolean {
  let e = end;
  while (e > st && norm.charCodeAt(e - 1) === 0x20) e--;
  return e > st && norm.charCodeAt(e - 1) === 0x3f;
}

/**
 * The sentence norm[st, end) opens with a named person as its subject: one after a title
 * (司机贾瓦德正在…, 特斯拉 CEO 埃隆·马斯克持续…; `titled`, the paragraph's mentions with a title,
 * found once), also after a relative clause (…工作了十年的司机贾瓦德正在…), or the speaker by name
 * (马利基是谁？: the reporter's question) — not a surname and two characters the name finder
 * guesses (尤其是, 谈判总是).
 */
function opensWithNamedPerson(norm: string, st: number, end: number, speaker: ParsedSpeaker, titled: readonly PersonMention[]): boolean {
  const i = subjectStart(norm, st, end);
  if (end - i < 2) return false;
  if (startsWithNameOf(norm, i, speaker)) return true;
  // (most paragraphs name no one with a title: then neither test below can hold)
  if (titled.length === 0) return false;
  if (titledPersonAt(norm, titled, i)) return true;
  // a relative clause before the subject: up to its first 的, with no bound in it
  const stop = Math.min(end, i + MAX_RELATIVE);
  let de = i;
  while (de < stop && norm.charCodeAt(de) !== C_DE) {
    if (isBound(norm.charCodeAt(de))) return false;
    de++;
  }
  return de - i >= 2 && de < stop && titledPersonAt(norm, titled, de + 1);
}

/** The mentions with a title before the name (司机贾瓦德). */
function titledMentions(people: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of people) if (m.name.start > m.mention.start) out.push(m);
  return out;
}

/** How far into a sentence the 的 of a relative clause before its subject may stand. */
const MAX_RELATIVE = 40;

/** How far after a subject's start a titled mention may start (省委常委、常务副省长张昌平: the mention finder starts at the last title). */
const MAX_TITLE_LEAD = 12;
/**
 * One of the `titled` mentions opens the clause at i: it starts at i, or within MAX_TITLE_LEAD
 * after it with no bound, 的 or blank between (more titles joined by 、).
 */
function titledPersonAt(norm: string, titled: readonly PersonMention[], i: number): boolean {
  // (a paragraph names few people: no index; they are in order of their names)
  for (const m of titled) {
    const ms = m.mention.start;
    if (ms < i || ms > i + MAX_TITLE_LEAD) continue;
    let k = i;
    while (k < ms && !isBound(norm.charCodeAt(k)) && norm.charCodeAt(k) !== C_DE && norm.charCodeAt(k) !== 0x20) k++;
    if (k === ms || ms === i + 1) return true;
  }
  return false;
}

/** norm at i starts with the speaker's name, whole or its last part (努里·马利基 → 马利基), not inside a longer word. */
function startsWithNameOf(norm: string, i: number, speaker: ParsedSpeaker): boolean {
  if (speaker.name === null) return false;
  const { start, end } = speaker.name;
  for (let k = start; k < end - 1; k++) {
    // the whole name, or what follows a separator in it (· or a space)
    if (k > start && NAME_DOTS[norm.charCodeAt(k - 1)] !== 1 && norm.charCodeAt(k - 1) !== 0x20) continue;
    // (norm[k, end) at i, compared in place: no slice)
    let j = 0;
    while (k + j < end && i + j < norm.length && norm.charCodeAt(k + j) === norm.charCodeAt(i + j)) j++;
    if (k + j === end) return true;
  }
  return false;
}

/** After a short first clause of time (事发后，, 会议期间，): where the next clause starts, or st. */
function afterTimeClause(norm: string, st: number, end: number): number {
  const comma = firstClauseComma(norm, st, end, 7);
  if (comma < st + 2) return st;
  const last = norm.charCodeAt(comma - 1);
  return last === C_HOU_AFTER || last === C_SHI_WHEN || (last === C_JIAN_DURING && norm.charCodeAt(comma - 2) === C_QI_PERIOD) ? comma + 1 : st;
}
const C_SHI_WHEN = '时'.charCodeAt(0);
const C_JIAN_DURING = '间'.charCodeAt(0);
const C_QI_PERIOD = '期'.charCodeAt(0);

/**
 * An organization speaker's own name (three units or more, not a bare 公司) opens the sentence
 * norm[st, end) or owns something in it (沃施股份的方案, 巴克莱的测算): the reporter writing about it.
 * Not before a cue (新天然气称，…: the organization speaking again, which the run-on takes in),
 * nor inside a clause (归功于 IBM Z 系列大型机: the organization's own words may name itself), nor
 * after a leading clause (当日，上海海关所属宝山海关…: often still its figures).
 */
function namesOrganization(norm: string, st: number, end: number, speaker: ParsedSpeaker): boolean {
  const { type, mention, genericOrg } = speaker;
  if (type !== 'org' || genericOrg || mention.end - mention.start < 3) return false;
  // (within the sentence only: an indexOf would search on to the text's end)
  const c0 = norm.charCodeAt(mention.start);
  const len = mention.end - mention.start;
  let name: string | null = null;
  for (let i = st; i + len <= end; i++) {
    if (norm.charCodeAt(i) !== c0 || !norm.startsWith((name ??= norm.slice(mention.start, mention.end)), i)) continue;
    let after = i + len;
    if (norm.charCodeAt(after) === 0x20) after++;
    if (norm.charCodeAt(after) === C_DE_OWNS) return true;
    if (i === st && lexicon().cues.startingAt(norm, i + len, end) === 0) return true;
  }
  return false;
}
const C_DE_OWNS = '的'.charCodeAt(0);

/** What opens 按照X的说法 (据 is skipped before). */
const ACCORDING_TO = /按照|根据|依照|照/;

/** A cue of a report that may cite others (cues.tsv's trait `cites`: 据彭博社报道, 韩媒报道称, 据日本媒体披露). */
function citesOthers(cue: string | null): boolean {
  if (cue === null) return false;
  const cites = lexicon().cuesWith.cites;
  // (a compound cue, 报道称, is its verb and 称 说 道)
  return cites.has(cue) || (cue.length > 2 && cites.has(cue.slice(0, -1)));
}

/** A semicolon comes right before pos (spaces aside). */
function afterSemicolon(norm: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && norm.charCodeAt(i) === 32) i--;
  return i >= 0 && norm.charCodeAt(i) === 59;
}

/** pos lies inside a quotation (after its opening mark, up to its closing one): the outermost pairs do not overlap, so only the last one opened before pos can hold it. */
function insideQuotation(pairs: readonly QuotePair[], pos: number): boolean {
  const q = lastPairBefore(pairs, pos);
  return q !== null && (q.close < 0 || pos <= q.close);
}

/**
 * 财政部透露今年…将…: what an organization says right after 透露/介绍/指出/强调/认为 (no
 * punctuation) opens with a time or a modal word; other objects are topics (介绍了…情况) or
 * announcements of an act (宣布将裁员), not speech.
 */
function orgStatement(norm: string, hit: CueHit): boolean {
  if (!lexicon().cuesWith['org-statement'].has(hit.cue)) return false;
  const head = norm.slice(hit.after, hit.after + 7);
  // (传音控股预计2025年年度实现…, ASML 预计 2026 年第一季度…: a year written out opens a forecast too)
  return lexicon().statementOpener.test(head) || YEAR_OPENER.test(head);
}
const YEAR_OPENER = /^ ?(?:19|20)\d\d ?年/;
const ATTRIBUTION_REACH = 120;
/** A share of people as a speaker (52% 的受访者, 约有 33% 的开发者, 超过半数的, 七成; 本期约61.1%的受访者: a survey's round first): a survey's result. */
const SURVEY_SHARE = /^(?:本期|本次|此次|上期|其中|另有)? ?(?:约有|约|有|超过|近|仅有|仅|只有|逾)? ?(?:\d+(?:\.\d+)? ?%|半数|过半|[一二三四五六七八九]成)/;
const SURVEY_FIRST = unitTable(' 约有超近仅只逾0123456789半过一二三四五六七八九本此上其另');
/** How many units of a speaker's mention SURVEY_SHARE reads (本期约有 61.1 %). */
const SURVEY_REACH = 12;

/** Some cue with a comma after it (披露，) stands in the sentence before `pos`, within ATTRIBUTION_REACH units. */
function attributionBefore(norm: string, sentences: readonly Sentence[], pos: number): boolean {
  const si = indexAt(sentences, pos);
  if (si < 0) return false;
  // (bounded: a sentence of endless commas and forecasts would make this quadratic)
  const s0 = Math.max(sentences[si].start, pos - ATTRIBUTION_REACH);
  for (let c = norm.lastIndexOf(',', pos - 1); c > s0; c = norm.lastIndexOf(',', c - 1)) {
    if (lexicon().cues.endingAt(norm, c, Math.max(s0, c - 6)) > 0) return true;
  }
  return false;
}

/**
 * Cues after which the subject of an earlier clause of the sentence may also be an organization
 * or a title (比亚迪法务部公开发文，称…; 日本防卫大臣召开紧急记者会，称…): the verbs of a statement.
 * Others (提出, 强调, 预计) there mostly follow a document or a plan.
 */
const SUBJECT_ORG_CUES = new Set(['称', '声称', '表示', '说', '宣布']);
/** A clause in which its subject receives a report or a call (接到报警, 接报, 收到举报): the 称 after it is another's. */
const RECEIVED = /接到|接报|收到|接获/;

/** Where a colon stands right before the quotation q (blanks between), or -1. */
function colonBefore(norm: string, q: QuotePair, paraStart: number): number {
  let c = q.open - 1;
  while (c > paraStart && norm.charCodeAt(c) === 32) c--;
  return c > paraStart && norm.charCodeAt(c) === 58 ? c : -1; // ':'
}

/** The text at r occurs elsewhere in norm too. */
function namedTwice(norm: string, r: { start: number; end: number }): boolean {
  const name = norm.slice(r.start, r.end);
  return norm.indexOf(name) < r.start || norm.indexOf(name, r.end) >= 0;
}

/**
 * 李向前…引导他们调整状态：“腿不要抬得太高…”: a quotation of speech right after a colon, in a
 * sentence with no cue whose first clause opens with a person (or a pronoun, or an unnamed
 * speaker), is that speaker's, though no cue names the speech; or null.
 */
function afterColon(input: ParagraphInput, q: QuotePair, hits: readonly CueHit[]): Attribution | null {
  const { norm, paragraph: p, memory } = input;
  const c = colonBefore(norm, q, p.start);
  if (c < 0 || !closesSpeech(norm, q, p.end)) return null;
  const opening = firstClauseBefore(input, c, hits);
  if (!opening) return null;
  const speaker = parseSubject(norm, opening.start, opening.end, memory);
  if (!speaker || speaker.type === 'org' || norm.startsWith('正如', speaker.mention.start)) return null; // (正如X所说: a citation)
  // a name read in running text, with no cue after it to end it, may run on (戴维斯拿起): it
  // counts only where the document writes it elsewhere too
  if (speaker.name && !namedTwice(norm, speaker.name)) return null;
  return { speaker, cue: null, claimStart: speaker.mention.start, parts: [{ kind: 'direct', start: q.open + 1, end: innerEnd(q, p.end), reported: false }] };
}

/**
 * The first clause of the sentence that holds `c` (the mark before a quotation), from the
 * sentence's start (in the paragraph) to its first bound; null where a cue stands between that
 * start and c (it had its say: its speaker did not parse).
 */
function firstClauseBefore(input: ParagraphInput, c: number, hits: readonly CueHit[]): Range | null {
  const { norm, paragraph: p, sentences } = input;
  const si = indexAt(sentences, c);
  if (si < 0) return null;
  const start = Math.max(sentences[si].start, p.start);
  if (hitIn(hits, start, c)) return null;
  let end = start;
  while (end < c && !isBound(norm.charCodeAt(end))) end++;
  // 速滑队成立后，齐兵研究…, 在学校，她…: a clause of time or place before the subject's clause
  // (not 他把记者引到一面墙前，: a clause that may name its person is the subject's)
  if (end < c && norm.charCodeAt(end) === 44 && (FRAME_CLAUSE_END[norm.charCodeAt(end - 1)] === 1 || (norm.charCodeAt(start) === C_ZAI && end - start <= 8)) && !mayNamePerson(input, start, end)) {
    const next = end + 1;
    let e2 = next;
    while (e2 < c && !isBound(norm.charCodeAt(e2))) e2++;
    if (e2 > next) return { start: next, end: e2 };
  }
  return { start, end };
}
/** Last characters of a clause of time (成立后, 比赛时, 出发前, 期间, 以来). */
const FRAME_CLAUSE_END = unitTable('后时前间来');
const C_ZAI = '在'.charCodeAt(0);

/** Where the clause from `from` ends: its first bound, at most 40 units on, or `limit`. */
function clauseEnd(norm: string, from: number, limit: number): number {
  let ce = from;
  while (ce < limit && !isBound(norm.charCodeAt(ce)) && ce - from < 40) ce++;
  return ce;
}

/** A cue starts in [a, b) (hits are in text order: a binary search, so that many quotations in one paragraph stay linear). */
function hitIn(hits: readonly CueHit[], a: number, b: number): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo].start < b;
}

/** The quotation ends with a sentence of its own (…。” …！” …？”) and is longer than a phrase. */
function endsSentenceInside(norm: string, q: QuotePair): boolean {
  return q.close - q.open > 6 && SENTENCE_END_INSIDE[norm.charCodeAt(q.close - 1)] === 1;
}
const SENTENCE_END_INSIDE = unitTable('。!?…');

/**
 * norm[a, b) may open with a person (the cheap tests before parsing a subject): a pronoun
 * within its first characters, a person the paragraph names starting in it, or a name the
 * document has given. Where none holds, parseSubject would find no person either.
 */
function mayNamePerson(input: ParagraphInput, a: number, b: number): boolean {
  const { norm, people, memory } = input;
  for (let k = a; k < b && k < a + 4; k++) if (PRONOUN_FIRST[norm.charCodeAt(k)] === 1) return true;
  for (const m of people) if (m.mention.start >= a && m.mention.start < b) return true;
  // (each name looked for in the clause and the few characters a name starting in it may run
  // over, not in the rest of the document: indexOf from a scanned to the text's end per name)
  if (memory.names.size > 0) {
    const window = norm.slice(a, Math.min(norm.length, b + NAME_REACH));
    for (const name of memory.names) {
      const k = window.indexOf(name);
      if (k >= 0 && k < b - a) return true;
    }
  }
  // (习近平总书记…: a name, then its title, as parseSubject reads it)
  const titles = lexicon().titles;
  for (let e = a + 3; e <= Math.min(b, a + 12); e++) if (titles.endingAt(norm, e, a)) return true;
  return false;
}
const PRONOUN_FIRST = unitTable('他她其');
/** Longer than any name a document gives (a foreign name with · and its spaces). */
const NAME_REACH = 64;

/** A person (named elsewhere too: a name read in running text may run on) or a pronoun; no organization or unnamed speaker. */
function personOrPronoun(norm: string, speaker: ParsedSpeaker | null): ParsedSpeaker | null {
  if (speaker === null || !(speaker.type === 'pronoun' || (speaker.type === 'person' && speaker.name !== null && namedTwice(norm, speaker.name)))) return null;
  return speaker;
}

/**
 * 她精心备齐器物，又一遍遍打磨课程细节，“动手实操是主线…。”: a quoted sentence that closes a
 * sentence with no cue, after a comma, is the words of the person its first clause opens with.
 */
function afterClause(input: ParagraphInput, q: QuotePair, hits: readonly CueHit[]): Attribution | null {
  const { norm, paragraph: p, memory } = input;
  if (!endsSentenceInside(norm, q)) return null;
  let c = q.open - 1;
  while (c > p.start && norm.charCodeAt(c) === 32) c--;
  if (c <= p.start || norm.charCodeAt(c) !== 44) return null; // ','
  let after = q.close + 1;
  while (after < p.end && norm.charCodeAt(after) === 32) after++;
  if (after < p.end && SENTENCE_END_INSIDE[norm.charCodeAt(after)] !== 1 && !isBreak(norm.charCodeAt(after))) {
    // (…请教滑冰运动员，“课程既要专业…。”为了能教好孩子，…: a new sentence after it, with no cue
    // in its first clause to claim the quotation)
    if (hitIn(hits, after, clauseEnd(norm, after, p.end))) return null;
  }
  const opening = firstClauseBefore(input, c, hits);
  // (the quotation is the clause's object: 标语写着，“…”; or a thought)
  if (!opening || opening.end === c || !mayNamePerson(input, opening.start, opening.end) || THOUGHT.test(norm.slice(opening.start, c))) return null;
  const speaker = personOrPronoun(norm, parseSubject(norm, opening.start, opening.end, memory));
  if (!speaker) return null;
  return { speaker, cue: null, claimStart: speaker.mention.start, parts: [{ kind: 'direct', start: q.open + 1, end: q.close, reported: false }] };
}
const isBreak = (c: number) => c === 10 || c === 13;
/** Words of a thought, not speech (在心里犯嘀咕, 心想, 暗自). */
const THOUGHT = /心里|心中|心想|暗想|暗自|嘀咕|寻思|琢磨/;

/**
 * “课程丰富多彩…价格还不贵。”王艾琳很惊喜。: a quoted sentence that opens a sentence, followed at
 * once by a clause with no cue that opens with a person, is that person's.
 */
function beforeSubject(input: ParagraphInput, q: QuotePair, hits: readonly CueHit[]): Attribution | null {
  const { norm, paragraph: p, memory } = input;
  if (!endsSentenceInside(norm, q)) return null;
  let b = q.open - 1;
  while (b >= p.start && norm.charCodeAt(b) === 32) b--;
  if (b >= p.start && SENTENCE_END_INSIDE[norm.charCodeAt(b)] !== 1 && !isCloserCode(norm.charCodeAt(b))) return null;
  let s = q.close + 1;
  let ce = clauseEnd(norm, s, p.end);
  // (“…”元旦当日，大学生王哲在…: a short clause of time first; the person opens the next)
  if (ce < p.end && norm.charCodeAt(ce) === 44 && ce - s <= MAX_TIME_CLAUSE && TIME_CLAUSE_END[norm.charCodeAt(ce - 1)] === 1 && !mayNamePerson(input, s, ce)) {
    s = ce + 1;
    ce = clauseEnd(norm, s, p.end);
  }
  if (hitIn(hits, s, ce) || !mayNamePerson(input, s, ce)) return null;
  // (“…？”李兴发在心里犯嘀咕: a thought, not speech)
  if (THOUGHT.test(norm.slice(s, ce))) return null;
  const speaker = personOrPronoun(norm, parseSubject(norm, s, ce, memory));
  // (“…”习近平的这一理念: a name that modifies a noun says nothing)
  if (!speaker || speaker.mention.start !== s || (speaker.mention.end < p.end && norm.charCodeAt(speaker.mention.end) === C_DE)) return null;
  return { speaker, cue: null, claimStart: q.open, parts: [{ kind: 'direct', start: q.open + 1, end: q.close, reported: false }] };
}
/**
 * “丢在大街上都没人要，还能卖钱？”面对质疑，张庭莲解释：“…”: a question before the speaker's clause,
 * where the speaker's own quotation follows the cue, is put to the speaker, not said by them.
 */
function questionBeforeOwnQuote(norm: string, pairs: readonly QuotePair[], q: QuotePair, hit: CueHit, paraEnd: number): boolean {
  if (!endsInQuestion(norm, q.open + 1, q.close)) return false;
  // (hit.after is past the cue's colon or comma, as where attribute reads the quotation after the cue)
  let pos = hit.after;
  while (pos < paraEnd && norm.charCodeAt(pos) === 0x20) pos++;
  return pairAt(pairs, pos) !== null;
}
/** How long a clause of time between a quotation and its speaker's clause may be (元旦当日, 1月3日上午). */
const MAX_TIME_CLAUSE = 10;
/** Last characters of such a clause (当日, 当天, 上午, 晚, 时, 期间). */
const TIME_CLAUSE_END = unitTable('日天午晚时间');
const isCloserCode = (c: number) => c === 0x201d || c === 0x300d || c === 0x300f;

const noSkip = () => -1;
/** findCues' skipTo: past the end of the quotation covering pos, or -1. */
function skipper(cursor: PairCursor, paraEnd: number): (pos: number) => number {
  return (pos) => {
    const c = cursor.covering(pos);
    return c ? innerEnd(c, paraEnd) + 1 : -1;
  };
}

/** The reported text holds a quotation of speech (…，“甚至可能非常保守”。). */
function holdsSpeech(norm: string, pairs: readonly QuotePair[], part: Part, p: Paragraph): boolean {
  for (let q = lastPairBefore(pairs, part.end); q && q.open >= part.start; q = lastPairBefore(pairs, q.open)) {
    if (isSpeech(norm, q, p.start, p.end) && q.close - q.open > 6) return true;
    // 业界一直认为科大讯飞“利润含金量不足”。 — a quoted clause ending the sentence
    if (q.close > 0 && q.close - q.open > 6 && (q.close + 1 >= p.end || '。!?'.includes(norm[q.close + 1]))) return true;
  }
  return false;
}

/** norm[a, b) is nothing but adverbials (也, 还, 同时), maybe after a connector (但也): the speaker is the sentence's subject. */
function onlyAdverbials(norm: string, a: number, b: number): boolean {
  if (b - a > 4) return false;
  const lex = lexicon();
  const lead = lex.leadins.startingAt(norm, a, b);
  if (lead > 0 && lead <= b - a) a += lead; // (…，但表示…: a connector alone is no speaker either)
  for (let i = a; i < b; ) {
    const l = lex.adverbials.startingAt(norm, i, b);
    if (!l) return false;
    i += l;
  }
  return true;
}

const [C_JIANG, C_DE, C_DAO, C_CONG] = [...'将的到从'].map((c) => c.charCodeAt(0));
/** How long what an act's cue takes in free form must be to be a statement (有工作人员提醒干预: a word or two is its object). */
const MIN_ACT_STATEMENT = 4;
/** Where the topic clause after the cue ends (its bound), or -1 when that clause names no topic. */
function topicObject(norm: string, pos: number, end: number): number {
  let e = pos;
  while (e < end && e - pos <= 30 && !isBound(norm.charCodeAt(e))) e++;
  return e - pos <= 30 && lexicon().topicEnd.test(norm.slice(pos, e)) ? e : -1;
}

/**
 * “牛弹琴”说：“…”: a quoted name right before a cue that hands over with a colon, a comma or a
 * quotation names the speaker; it is not what was said (a cue a thing may take, “苏超”说明, is
 * refused once the speaker is parsed: EVIDENCE_CUES).
 */
function quotedName(norm: string, q: QuotePair, hit: CueHit): boolean {
  return (hit.follow === 'colon' || hit.follow === 'comma' || hit.follow === 'quote') && quotedNameIn(norm, q.open, q.close);
}
/** Cues a thing may take too (“苏超”说明，…: an event shows, nobody speaks). */
const EVIDENCE_CUES = new Set(['说明', '显示', '表明', '证明', '体现', '反映']);
const C_CLOSE_QUOTE = '”'.charCodeAt(0);

/** A negation right before a cue (尚未公开表态, 拒绝透露, 不愿透露姓名的): what follows was not said. */
const NEGATED = /(?:未|没有|没|不愿|不肯|不便|不想|拒绝|无法|不)(?:公开|正面|直接|明确|具体)?$/;

/** …援引 X 的话(说): the citing part, up to where X starts (X ends before 的话). */
const CITED = /^(.{0,12}?(?:援引|引述|引用))(?=.{2,20}的话$)/;
/** …援引/引述 X (称): the citing part, up to where X starts (not where X is information: 援引船舶追踪网站信息报道 is the outlet's). */
/** What is cited as information, not a speaker (援引船舶追踪网站信息). */
const INFO_END = '(?:信息|数据|资料|统计|报告)';
const CITING = new RegExp(`^(.{0,12}?(?:援引|引述))(?=.{2,20}$)(?!.*${INFO_END}$)`);
const C_YIN_TABLE = unitTable('引');
/** …援引 information (信息, 数据 …): the part before 援引 and a time word before it. */
const CITING_INFO = new RegExp(`^(.{2,12}?)(?:\\d{1,2}日|今天|昨天|日前|近日)?(?:援引|引述).{2,20}${INFO_END}$`);
/** A name after 据: Han or Latin letters (and blanks, & and dots between them), 2 to 16 long, and an alias in parentheses after it. */
const CITED_NAME = /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 &.]{1,15})(?:\([A-Za-z0-9 &.]{1,12}\))?$/;
/** The organization norm[s, e) names after 据 (据仲量联行估计, 据X…估计: according to X), past a kind ending with a suffix (商业地产公司), or null. */
function sourceAccordingTo(norm: string, s: number, e: number): ParsedSpeaker | null {
  while (e > s && norm.charCodeAt(e - 1) === 0x20) e--;
  const m = CITED_NAME.exec(norm.slice(s, e));
  if (m === null || someCodeIn(norm, NOT_IN_SOURCE, s, s + m[1].length)) return null;
  let start = s;
  // (IT之家此前, 央视新闻今日: when is no part of the name; 国金证券研究: nor the kind of text)
  const tail = CITED_TAIL.exec(m[1]);
  const end = s + (tail ? tail.index : m[1].length);
  // (会理县政府值班室人员: people, whom the speaker parser reads or leaves)
  if (end - s < 2 || NOT_A_SOURCE.test(norm.slice(s, end)) || PEOPLE_END.test(norm.slice(s, end)) || lexicon().roles.endingAt(norm, end, s) > 0) return null;
  // (外媒 MacRumors, 美国 CNBC: a kind or a country, a blank, then a Latin name)
  const kind = KIND_BEFORE_LATIN.exec(m[1]);
  if (kind !== null && s + kind[0].length < end) start = s + kind[0].length;
  // (a kind before the name: the last suffix of two or more units, with 2 or more units after it)
  for (let k = end - 2; k >= s + 2 && kind === null; k--) {
    if (lexicon().strongOrgSuffixes.endingAt(norm, k, s) > 0) {
      start = k;
      break;
    }
  }
  return { type: 'org', mention: { start: s, end: e }, name: null, affiliations: [{ org: { start, end }, role: null }], genericOrg: false, anaphoric: false };
}
/** What may follow a source's name before the cue: a time, or the kind of text it wrote. */
const CITED_TAIL = /\s*(?:此前|早前|早些时候|日前|近日|昨日|昨天|今日|今天|最新|\d{1,2}\s?月\s?\d{1,2}\s?日|研究|研报|报告|数据|分析)+$/;
/** Han words and a blank before a Latin name (外媒 MacRumors, 游戏媒体 Kotaku). */
const KIND_BEFORE_LATIN = /^[\u4e00-\u9fff]{2,4}\s+(?=[A-Za-z])/;
/** How words for people end: no organization's name does. */
const PEOPLE_END = /(?:人员|人士|者|员|们|人)$/;
/** Words after 据 that name no source (据初步估计, 据相关消息证实). */
const NOT_A_SOURCE = /^(?:初步|相关|有关|消息|相关消息|有关消息|最新消息|报道|媒体|资料|数据|统计|测算|分析|调查|研究)$/;
/** What no source after 据 holds (据介绍, 据了解 … are no names): what no organization's name holds, and joiners (two sources), pronouns and 引 of 援引/引述. */
const NOT_IN_SOURCE = unitTable(NOT_IN_NAME_CHARS + '和与及还又这那其该我你他她它们引');

/** 用X的话(来)说, 借用X的话说: X's words, in the reporter's sentence. */
const IN_WORDS_OF = /^((?:正如|诚如|就像)?(?:借用|套用|用))(?=.{2,20}的话来?$)/;
const C_SUO = '所'.charCodeAt(0);
/** The clause that answers a concession (a speaker phrase opening with 尽管, 虽然, 虽): its content ends before it. */
const CONCEDED_BUT = /,(?:但|却|然而|可)/;
/** How far after a cue a clause of 但 (CONCEDED_BUT, UNANSWERED) is looked for. */
const BUT_REACH = 240;
/** A clause of 但 that tells what the speaker did not answer (但对于…，未予回应; 但未正面回答): the reporter's. */
const UNANSWERED = /,(?:但是?|不过|然而)[^。!?]{0,30}?(?:未予回应|未作回应|未回应|没有回应|未正面回答|没有正面回答|未予置评|拒绝置评|不予置评|未透露)/;
/** 报道 (and an adverb) opening the clause before a cue: the report named before goes on. */
const REPORT_AGAIN = /^报道(?:还|也|则|又|同时|中)?$/;
const [C_BAO, C_DAO_REPORT] = [...'报道'].map((c) => c.charCodeAt(0));
/** Where 报道 of a report going on stands (报道称，: the cue's own; 报道还称，: the phrase's), or -1. */
function reportGoesOnAt(norm: string, ps: number, hit: CueHit): number {
  if (hit.follow !== 'comma' && hit.follow !== 'colon') return -1;
  if (ps >= hit.start) return hit.cue.startsWith('报道') && hit.cue.length > 2 ? hit.start : -1;
  return norm.charCodeAt(ps) === C_BAO && norm.charCodeAt(ps + 1) === C_DAO_REPORT && REPORT_AGAIN.test(norm.slice(ps, hit.start)) ? ps : -1;
}
/** The longest heading of a section (it holds no SENTENCE_STOP). */
const MAX_HEADING = 30;
/** Before 所 these make it the suffix of an organization (深交所, 交易所, 研究所, 事务所, 派出所). */
const ORG_BEFORE_SUO = new Set('交易究务出');
function attribute(input: ParagraphInput, hit: CueHit, claimed: Set<QuotePair>): Attribution | null {
  const { norm, paragraph: p, sentences, pairs, memory } = input;
  // 美联储宣布：不降息⏎: a short paragraph with no sentence's stop is a heading, no statement
  // (not a quotation left open at the paragraph's end: 他说：“第一段话还没有说完，)
  if (hit.follow === 'colon' && hit.after < p.end && p.end - p.start <= MAX_HEADING && !someCodeIn(norm, SENTENCE_STOP, p.start, p.end) && pairAt(pairs, hit.after) === null) return null;
  if (NEGATED.test(norm.slice(Math.max(p.start, hit.start - 4), hit.start))) return null;
  // the clause the speaker stands in
  const lim = Math.max(p.start, hit.start - MAX_PHRASE);
  let b = hit.start - 1;
  while (b >= lim && !isBound(norm.charCodeAt(b))) b--;
  if (b < lim && lim > p.start) return null;
  let ps = b + 1;
  // “…，”X说 — the quotation right before the speaker
  let post: QuotePair | null = null;
  const lp = lastPairBefore(pairs, ps);
  if (lp && lp.close >= 0 && lp.close < hit.start && (lp.close >= ps - 1 || (lp.close === ps - 2 && norm[ps - 1] === ',')) && !quotedName(norm, lp, hit)) {
    ps = lp.close + 1;
    if (norm[ps] === ',') ps++;
    if (opensClause(norm, lp, p.start) && !claimed.has(lp) && lp.close - lp.open > 2) post = lp;
  }
  while (ps < hit.start && norm[ps] === ' ') ps++;
  const accordingTo = norm[ps] === '据'; // (据X估计: X is a source whatever its name looks like)
  if (accordingTo) ps++; // 据知情人士透露
  else if (norm[ps + 1] === '据' && (norm[ps] === '根' || norm[ps] === '依') && hit.type !== 'view') ps += 2; // 根据分析师预测 (根据X的说法: below)
  // the speaker phrase ends before the cue, or before 的 of 的说法
  let phraseEnd = hit.start;
  // 万科公告，…: the phrase takes 公告 in, as before 称 (parseSpeaker's listed company's announcement)
  if (lexicon().cuesWith.announcement.has(hit.cue)) phraseEnd = hit.end;
  else if (hit.type === 'view' && hit.cue === '说法') {
    // 按照移民大臣赛斯的说法，
    const by = ACCORDING_TO.exec(norm.slice(ps, Math.min(hit.start, ps + 5)));
    if (by === null || norm.charCodeAt(hit.start - 1) !== C_DE || (hit.follow !== 'comma' && hit.follow !== 'colon')) return null;
    ps += by.index + by[0].length;
    phraseEnd = hit.start - 1;
  } else if (hit.type === 'view') {
    // 在X看来，
    let j = ps;
    while (j < ps + 3 && j < hit.start && norm[j] !== '在') j++;
    if (norm[j] !== '在' || j >= hit.start || (hit.follow !== 'comma' && hit.follow !== 'colon')) return null;
    ps = j + 1;
  }
  let speaker: ParsedSpeaker | null = null;
  // 报道称，…, 报道还称，…, 报道指出，…: the report named before goes on (resolved in index.ts to
  // the last outlet named, as a bare 公司 to the company)
  // (the slice and the regex only where 报道 opens the phrase: they ran for every cue before)
  const reportAt = reportGoesOnAt(norm, ps, hit);
  if (reportAt >= 0) {
    speaker = { type: 'org', mention: { start: reportAt, end: reportAt + 2 }, name: null, affiliations: [{ org: { start: reportAt, end: reportAt + 2 }, role: null }], genericOrg: true, anaphoric: false };
  } else if (ps >= hit.start || (ps > b + 1 ? false : onlyAdverbials(norm, ps, hit.start))) {
    // 不少跑友对“机器兔”表达了浓厚兴趣，认为…: the subject of the sentence speaks
    const si = indexAt(sentences, hit.start);
    if (si < 0 || post || hit.type === 'view' || b < sentences[si].start) return null;
    // 李明表示，预计…: a forecast right after an attribution is in what it reports
    if (lexicon().cuesWith.forecast.has(hit.cue) && lexicon().cues.endingAt(norm, b, Math.max(p.start, b - 6)) > 0) return null;
    // the nearest clause of the sentence that opens with a speaker (摊主大多保持沉默，或岔开话题，称…)
    const s0 = sentences[si].start;
    for (let c = b; c > s0 && !speaker; ) {
      let cs = c - 1;
      while (cs > s0 && !isBound(norm.charCodeAt(cs - 1))) cs--;
      // 110指挥中心接到报警，称…: what was reported to the subject is the caller's, not the subject's
      if (RECEIVED.test(norm.slice(cs, c))) return null;
      speaker = parseSubject(norm, cs, c, memory, SUBJECT_ORG_CUES.has(hit.cue));
      c = cs - 1;
    }
    if (!speaker) return null;
  } else {
    // 路透社援引目击者的话说: whose words are cited speaks; 用纳德拉的话(来)说： too
    const words = (hit.cue === '说' || hit.cue === '称' || hit.cue === '报道') && (norm.startsWith('的话', hit.start - 2) || norm.startsWith('的话来', hit.start - 3));
    const phrase = words ? norm.slice(ps, hit.start) : '';
    const by = words ? (CITED.exec(phrase) ?? (hit.follow !== 'free' ? IN_WORDS_OF.exec(phrase) : null)) : null;
    // 正如张兴海所说，… (所言 is a cue of its own): the speaker ends before 所 (not the 所 that ends
    // an organization: 深交所, 交易所, 研究所, 事务所, 派出所 认为)
    if (hit.cue !== '所言' && norm.charCodeAt(hit.start - 1) === C_SUO && !ORG_BEFORE_SUO.has(norm[hit.start - 2]) && hit.follow !== 'free') phraseEnd = hit.start - 1;
    if (by) speaker = parseSpeaker(norm, ps + by[1].length, norm.lastIndexOf('的话', hit.start), memory);
    else {
      // 彭博社引述消息人士称: whom the outlet cites speaks (引 is looked for first, within the
      // phrase only: the regex runs rarely)
      const yin = phraseEnd - ps <= 34 && someCodeIn(norm, C_YIN_TABLE, ps, phraseEnd);
      const cites = yin ? CITING.exec(norm.slice(ps, phraseEnd)) : null;
      // (援引船舶追踪网站信息报道: what is cited is information; the outlet before 援引 speaks)
      const info = yin && cites === null ? CITING_INFO.exec(norm.slice(ps, phraseEnd)) : null;
      if (info !== null) phraseEnd = ps + info[1].length;
      speaker = parseSpeaker(norm, cites ? ps + cites[1].length : ps, phraseEnd, memory);
      // 特朗普指责明尼阿波利斯市长弗雷，称…: whoever accuses (提名, 会见 …) speaks, not the one named after the verb
      if (speaker?.type === 'person' && speaker.name && speaker.mention.start === ps) {
        const v = descriptionBreakAt(norm, ps, speaker.name.start);
        const subject = v > ps ? parseSpeaker(norm, ps, v, memory) : null;
        // (the mention keeps its extent: what stands between it and the cue was read as the speaker's)
        if (subject && subject.type !== 'unnamed') speaker = { ...subject, mention: { start: subject.mention.start, end: speaker.mention.end } };
      }
    }
  }
  // 据仲量联行估计, 据商业地产公司仲量联行（JLL）估计: after 据, a name unknown to the lexicons right
  // before a cue that reports is an organization (after a kind ending with a suffix: its name)
  if (!speaker && accordingTo && hit.type === 'report' && hit.follow === 'comma') speaker = sourceAccordingTo(norm, ps, phraseEnd);
  if (!speaker) return null;
  // (要求 is a person's directive, 习近平总书记明确要求，; after anything else it is a noun: 部署要求，)
  // (PC Gamer 报道: a name in Latin words alone that reports, citing, is a publication's)
  if (speaker.type === 'person' && lexicon().cuesWith.cites.has(hit.cue) && speaker.affiliations.length === 0 && speaker.name !== null && speaker.name.start === speaker.mention.start && speaker.name.end === speaker.mention.end && isUpperLatinCode(norm.charCodeAt(speaker.mention.start)) && latinWordsOnly(norm, speaker.mention.start, speaker.mention.end)) {
    speaker = { type: 'org', mention: speaker.mention, name: null, affiliations: [{ org: speaker.mention, role: null }], genericOrg: false, anaphoric: false };
  }
  // (他上星期六威胁，: a pronoun of a person too, not 它 or 其)
  if (lexicon().cuesWith.person.has(hit.cue) && speaker.type !== 'person' && !(speaker.type === 'pronoun' && PERSON_PRONOUN_FIRST[norm.charCodeAt(speaker.mention.start)] === 1)) return null;
  // (公告 speaks only as a listed company's announcement: parseSpeaker's name before it, not 公告 itself)
  if (lexicon().cuesWith.announcement.has(hit.cue) && (speaker.type !== 'org' || speaker.genericOrg || speaker.mention.end > hit.start)) return null;
  // 从概念提出到量产落地: 从…到 spans a process; 从 opens no name there
  if (norm.charCodeAt(hit.after) === C_DAO && norm.charCodeAt(speaker.mention.start) === C_CONG) return null;
  // “苏超”说明，…: a thing in quotation marks shows something, it does not speak
  if (speaker.type === 'org' && EVIDENCE_CUES.has(hit.cue) && norm.charCodeAt(speaker.mention.end - 1) === C_CLOSE_QUOTE) return null;
  // 记者黄蔚山、通讯员连乐报道：: a byline, not a source
  if (citesOthers(hit.cue) && BYLINE.test(norm.slice(speaker.mention.start, speaker.mention.end))) return null;
  if (speaker.type === 'org' && hit.follow === 'free' && hit.cue !== '表示' && hit.cue !== '称' && !orgStatement(norm, hit)) return null;
  // 52% 的受访者认为, 超过半数的游戏开发者表示: a share of those surveyed is a survey's result, no one's statement
  if (speaker.name === null && SURVEY_FIRST[norm.charCodeAt(speaker.mention.start)] === 1 && SURVEY_SHARE.test(norm.slice(speaker.mention.start, Math.min(speaker.mention.end, speaker.mention.start + SURVEY_REACH)))) return null;
  // Meta披露，在公布业绩的同时，公司预计2026年…: a bare 公司 forecasting inside another attribution's sentence is part of what that one reports
  if (speaker.genericOrg && hit.follow === 'free' && lexicon().cuesWith.forecast.has(hit.cue) && attributionBefore(norm, sentences, speaker.mention.start)) return null;
  // 莫塞里预计将出庭作证: "is expected to", no forecast of the speaker's
  if (hit.follow === 'free' && lexicon().cuesWith.forecast.has(hit.cue) && norm.charCodeAt(hit.after) === C_JIANG) return null;

  const parts: Part[] = [];
  let claimStart = speaker.mention.start;
  if (post) {
    parts.push({ kind: 'direct', start: post.open + 1, end: post.close, reported: false });
    claimed.add(post);
    claimStart = post.open;
  } else {
    // “…。”在村口，村民X告诉记者，… — a quotation just before the speaker's clause
    const q = lastPairBefore(pairs, ps);
    if (
      q && !claimed.has(q) && q.close >= 0 && q.close < ps && ps - q.close <= MAX_LEAD_GAP &&
      !/[。!?]/.test(norm.slice(q.close + 1, ps)) && isSpeech(norm, q, p.start, p.end) && !questionBeforeOwnQuote(norm, pairs, q, hit, p.end)
    ) {
      parts.push({ kind: 'direct', start: q.open + 1, end: q.close, reported: false });
      claimed.add(q);
      claimStart = q.open;
    }
  }
  let cue = hit.cue;
  if (hit.follow === 'stop') {
    if (parts.length === 0) return null;
    // “…，”他表示。“…。”⏎: a quotation right after the attribution that ends the paragraph goes on with the words
    if (post) {
      let pos = hit.after;
      if (SENTENCE_STOP[norm.charCodeAt(pos)] === 1) pos++;
      while (pos < p.end && norm[pos] === ' ') pos++;
      const q = pairAt(pairs, pos);
      if (q && !claimed.has(q) && q.close >= 0 && q.close + 1 >= p.end && closesSpeech(norm, q, p.end)) {
        claimed.add(q);
        parts.push({ kind: 'direct', start: q.open + 1, end: innerEnd(q, p.end), reported: false });
      }
    }
  } else {
    let pos = hit.after;
    while (pos < p.end && norm[pos] === ' ') pos++;
    // …发布关于…的公告，宣布自…起: the verb that opens what an announcement says is the cue
    const verb = lexicon().cuesWith.announcement.has(hit.cue) ? lexicon().announcementVerbs.startingAt(norm, pos, p.end) : 0;
    if (verb > 0) {
      cue = norm.slice(pos, pos + verb);
      pos += verb;
      if (norm.charCodeAt(pos) === C_COMMA) pos++;
      while (pos < p.end && norm[pos] === ' ') pos++;
    }
    const q = pairAt(pairs, pos);
    if (q && !claimed.has(q) && closesSpeech(norm, q, p.end)) {
      const end = innerEnd(q, p.end);
      claimed.add(q);
      // one quotation split by its attribution: one quote, the words said in two parts
      if (post && hit.follow === 'comma') parts.push({ kind: 'direct', start: q.open + 1, end, reported: false });
      else {
        // X说，“…”，并指…。: the sentence goes on with what else the speaker said (并, 还)
        const goesOn = !post && q.close > 0 && saysMoreAt(norm, q.close + 1, p.end);
        const si = goesOn ? indexAt(sentences, q.close + 1) : -1;
        const sentenceEnd = si >= 0 ? Math.min(sentences[si].end, p.end) : -1;
        if (sentenceEnd > q.close + 4) parts.push({ kind: 'mixed', start: q.open + 1, end: sentenceEnd, reported: false });
        else parts.push({ kind: hit.follow === 'colon' || hit.type === 'say' || post ? 'direct' : 'mixed', start: q.open + 1, end, reported: false });
      }
    } else {
      const si = indexAt(sentences, pos);
      let end = si >= 0 ? Math.min(sentences[si].end, p.end) : p.end;
      while (end > pos && norm[end - 1] === ' ') end--;
      // 负责人介绍2026年春运形势和工作安排。: the cue's object is a topic, not what was said; a
      // quotation right after it is (书记X介绍发展经验，“…”), and so is one before (“…。”X介绍工作情况。)
      // 交警在微博上呼吁市民紧急协查后，…: a free cue in a clause that ends with 后 tells when, no speech
      if (hit.follow === 'free' && lexicon().cuesWith.act.has(hit.cue) && clauseEndsAfter(norm, pos, end)) return null;
      // (人力资源社会保障部介绍将推出一系列新举措: a modal of the future opens a statement, no topic)
      const topicEnd = hit.follow === 'free' && lexicon().cuesWith.topic.has(hit.cue) && FUTURE_MODAL[norm.charCodeAt(pos)] !== 1 ? topicObject(norm, pos, end) : -1;
      if (topicEnd >= 0) {
        let qs = topicEnd + 1;
        while (qs < p.end && norm[qs] === ' ') qs++;
        const tq = norm[topicEnd] === ',' || norm[topicEnd] === ':' ? pairAt(pairs, qs) : null;
        if (tq && !claimed.has(tq) && closesSpeech(norm, tq, p.end)) {
          claimed.add(tq);
          parts.push({ kind: 'direct', start: tq.open + 1, end: innerEnd(tq, p.end), reported: false });
        }
        if (parts.length === 0) return null;
      } else if (end - pos >= 2 && !(hit.follow === 'free' && end - pos < MIN_ACT_STATEMENT && lexicon().cuesWith.act.has(hit.cue))) {
        // 尽管英特尔强调，…将会改善，但市场已经开始…: after a concession the clause of 但 is the reporter's
        // (both clauses of 但 are looked for within BUT_REACH units: a slice to the sentence's end per cue would not be linear)
        const reach = Math.min(end, pos + BUT_REACH);
        const but = norm.startsWith('尽管', ps) || norm.startsWith('虽', ps) ? CONCEDED_BUT.exec(norm.slice(pos, reach)) : null;
        // (X确认，…，但对于下架原因，未予回应: the reporter tells what the speaker left unanswered)
        const unanswered = but === null ? UNANSWERED.exec(norm.slice(pos, reach)) : null;
        if (unanswered !== null && unanswered.index >= 2) parts.push({ kind: 'indirect', start: pos, end: pos + unanswered.index, reported: false });
        else if (but !== null && but.index >= 2) parts.push({ kind: 'indirect', start: pos, end: pos + but.index, reported: false });
        else parts.push({ kind: 'indirect', start: pos, end, reported: true });
      }
      else if (!post && !(hit.follow === 'colon' && pos >= p.end)) return null; // X解释道：⏎“…”
    }
  }
  // (报道称 of a report going on: its cue is 称, 报道 is the speaker's mention)
  if (reportAt >= 0) return { speaker, cue: reportAt === hit.start ? hit.cue.slice(2) : hit.cue, claimStart, parts, reportGoesOn: true };
  return { speaker, cue, claimStart, parts };
}
/**
 * norm at i (after a quotation) goes on with more of the speaker's words: a comma, 并 or 还, at most
 * two adverbials and a verb of said-more.txt (，并指…, ，还称…, ，并特别指出…; not ，并拒绝记者的采访).
 */
function saysMoreAt(norm: string, i: number, end: number): boolean {
  if (norm.charCodeAt(i) !== C_COMMA || SAID_MORE[norm.charCodeAt(i + 1)] !== 1) return false;
  const lex = lexicon();
  let pos = i + 2;
  for (let n = 0; n <= 2; n++) {
    if (lex.saidMore.startingAt(norm, pos, end) > 0) return true; // (before an adverbial that a verb may start with)
    const adverbial = lex.adverbials.startingAt(norm, pos, end);
    if (adverbial === 0) return false;
    pos += adverbial;
  }
  return false;
}
/** Speakers who are one person: what they disclose is their own, not a source they cite. */
const PERSONAL: Partial<Record<ParsedSpeaker['type'], true>> = { person: true, pronoun: true };
/** What opens the rest of a sentence that goes on after a quotation with more of the speaker's words. */
const SAID_MORE = unitTable('并还');
