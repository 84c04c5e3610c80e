// Who said what. One pass over the paragraphs: attributions (reported.ts) found from the
// speech cues, speakers parsed (speakers.ts) and resolved across the article (coref.ts),
// consecutive attributions of one speaker in a paragraph merged into one quote (its kind
// `mixed` when it holds both a quotation and reported speech, its cue the first one).
//
// Content conventions: a quotation's content is the text between its marks, final
// punctuation included (…成果。); a quotation split by its attribution (“…，”X说，“…。”) is
// one quote whose content runs from the first part to the last, attribution included, and
// whose `parts` are the words said without it (spokenParts); reported speech runs from after
// the cue's punctuation to the end of its last sentence.
import type { ExtractContext } from '../context.js';
import type { Affiliation, Entity, Quote, QuoteKind, QuotePart } from '../../types.js';
import { indexAt, type QuotePair, type Sentence } from '../../segment/index.js';
import { addMention, Coref, primary, type Person } from './coref.js';
import { findCues } from './cues.js';
import { findOrgMentions, findPersonMentions, listedCompanyNames, organizationAliases, parseSubject, type OrgMention, type PersonMention } from './mentions.js';
import { paragraphAttributions, reporterSentence, SENTENCE_STOP, type Attribution, type Part } from './reported.js';
import { FUNCTION_UNITS, isGenericOrg, parseSpeaker, type ParsedSpeaker, type Range } from './speakers.js';
import { allHanCodes, isHanCode, someCodeIn, unitTable } from '../../text/chars.js';
import { forgetSearchedText, lexicon } from './lexicon.js';
import { sortStable } from './order.js';

export interface QuoteResult {
  quotes: Quote[];
  /** People (and organizations) the quotes point at. */
  entities: Entity[];
}

interface Resolved {
  key: string;
  /** How an unnamed speaker was written, normalized (一位当地的摄影师), for 上述那位摄影师 later. */
  mentionText?: string;
  person: Person | null;
  /** For unnamed and organization speakers. */
  affiliations: Affiliation[];
  /** The organization speaking, normalized (Org.key). */
  orgName: string | null;
}

interface Pending {
  resolved: Resolved;
  mention: Range;
  cue: string | null;
  parts: Part[];
  paragraph: number;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** A person or organization named outside speaker position, noted to coreference in text order. */
interface Feed {
  at: number;
  person: PersonMention | null;
  org: OrgMention | null;
}
const NO_FEED: Feed[] = []; // shared by paragraphs that name nobody: never pushed to
const NO_PAIRS: QuotePair[] = []; // shared by paragraphs without a quotation: only read
const byAt = (a: Feed, b: Feed) => a.at - b.at;

function runFeed(coref: Coref, f: Feed, paragraph: number): void {
  if (f.person) coref.notePerson(f.person.name, f.person.affiliations, paragraph);
  else if (f.org) coref.noteOrg(coref.cut(f.org.org) ?? '', f.org.org.start, false, null);
}

/** Some attribution's speaker overlaps the mention. */
function speaksIn(events: readonly Attribution[], m: PersonMention): boolean {
  for (const e of events) if (overlaps(e.speaker.mention, m.mention)) return true;
  return false;
}
const PLURAL = /^(?:他们|她们)$/;
/** What may stand before a name in subject position (code units: no one-character string per test). */
const SUBJECT_BEFORE = unitTable(',。;!?:”」 ');
const CLAUSE_MARKS = ',。;!?:';
const CLAUSE_BOUND = unitTable(CLAUSE_MARKS);
const C_FANG = '方'.charCodeAt(0);
/** X of the sides X方 a speaker may be (院方 the hospital just named, 警方 the police). */
const SIDE_FIRST = unitTable('院校厂园馆店警官军资劳买卖');

/**
 * An interview's answer (陈亦伦：上学时就开始了。): a paragraph that opens with the name of a
 * person the article has already named, and a colon, and ends as sentences do. Its label and
 * where the words start, or null. Interviewers' labels (晚点：, 记者：) name no person, so they
 * are not answers.
 */
function transcriptAnswer(norm: string, start: number, end: number, coref: Coref): { person: Person; label: Range; start: number } | null {
  let e = start;
  while (e < end && e - start <= 8 && (isHanCode(norm.charCodeAt(e)) || norm.charCodeAt(e) === C_MIDDLE_DOT)) e++;
  // 答：after 问： — the answer of the person the interview is with (see featuredPerson)
  const unlabelled = e - start === 1 && norm.charCodeAt(start) === C_ANSWER && norm.lastIndexOf('\n问:', start) >= 0;
  if ((e - start < 2 && !unlabelled) || norm.charCodeAt(e) !== C_COLON) return null;
  let w = e + 1;
  while (w < end && norm.charCodeAt(w) === 0x20) w++;
  // (a heading that names a speaker holds no sentence's stop: 特朗普：时间不多了 伊朗：需要“真正的对话”)
  if (end - w < 2 || ANSWER_END[norm.charCodeAt(end - 1)] !== 1 || !someCodeIn(norm, SENTENCE_STOP, w, end)) return null;
  const person = unlabelled ? featuredPerson(coref) : coref.find(norm.slice(start, e));
  return person ? { person, label: { start, end: e }, start: w } : null;
}
const C_COLON = ':'.charCodeAt(0);
/** A paragraph opens with a label and a colon (Q：, 晚点：, 苏伟铭：, 福兰 (François PROVOST)：): at most 24 characters with no stop before it. */
function labelOpens(norm: string, start: number, end: number): boolean {
  for (let k = start; k < end && k - start <= 24; k++) {
    const c = norm.charCodeAt(k);
    if (c === C_COLON) return k > start;
    if (LABEL_BREAK[c] === 1) return false;
  }
  return false;
}
const LABEL_BREAK = unitTable(',。!?;“”"、');
const CLAUSE_MARK = unitTable(',;');
/** How an answer's paragraph ends: a sentence's stop or a closing quotation mark (and it holds a stop). */
const ANSWER_END = unitTable('。!?…”」』');
const C_MIDDLE_DOT = '·'.charCodeAt(0);
const C_ANSWER = '答'.charCodeAt(0);
/**
 * Whom an interview written as 问：/答： is with: the person the article has named most so far
 * (at least twice, and more often than anyone else), or null.
 */
function featuredPerson(coref: Coref): Person | null {
  let best: Person | null = null;
  let tie = false;
  for (const person of coref.persons) {
    const n = person.mentions.length;
    if (best === null || n > best.mentions.length) {
      best = person;
      tie = false;
    } else if (n === best.mentions.length) tie = true;
  }
  return best !== null && !tie && best.mentions.length >= 2 ? best : null;
}
const C_OPEN_QUOTE = '“'.charCodeAt(0);

/**
 * A new quotation whose speaker is named (no pronoun) after the last quotation of the same
 * speaker's quote has closed and a sentence of narration has ended between them.
 */
function namedAgainAfterNarration(prev: Pending, ev: Attribution, norm: string): boolean {
  const last = prev.parts[prev.parts.length - 1];
  // (a quotation after a quotation: reported words named again go with the quote, 马斯克表示，…)
  if (last.reported || !ev.parts.some((x) => !x.reported || norm.charCodeAt(x.start) === C_OPEN_QUOTE) || ev.speaker.anaphoric || ev.speaker.type !== 'person') return false;
  // (with no slice: a stop somewhere after the unit that follows the quotation, that unit no stop itself)
  return SENTENCE_STOP[norm.charCodeAt(last.end + 1)] !== 1 && someCodeIn(norm, SENTENCE_STOP, last.end + 2, ev.speaker.mention.start);
}

/**
 * A reporter's sentence (记者注意到, 据了解, 据…显示: reporterSentence) between the last part of `prev` and
 * the next attribution of the same speaker: two quotes, not one running over the reporter's words.
 */
function reporterBetween(norm: string, sentences: readonly Sentence[], prev: Pending, ev: Attribution): boolean {
  const from = prev.parts[prev.parts.length - 1].end;
  const to = ev.claimStart;
  for (let k = indexAt(sentences, from - 1) + 1; k > 0 && k < sentences.length && sentences[k].start < to; k++) {
    if (reporterSentence(norm, sentences[k].start, sentences[k].end)) return true;
  }
  return false;
}

/** Who said what. Spans are UTF-16 indices of ctx.text. */
export function extractQuotes(ctx: ExtractContext): QuoteResult {
  const { text, norm, seg } = ctx;
  forgetSearchedText(lexicon());
  const coref = new Coref(text, norm, ctx.header.title);
  const memory = { names: coref.names, orgs: coref.orgNames, text: norm };
  for (const name of listedCompanyNames(norm)) coref.rememberOrgName(name);
  for (const name of organizationAliases(norm)) coref.rememberOrgName(name);
  const pending: Pending[] = [];
  let openAnswer: Pending | null = null; // (the interview answer the paragraphs may go on with)
  const recentUnnamed: { resolved: Resolved; paragraph: number }[] = [];
  let qi = 0;
  // “X……：” at a paragraph's end hands over to the quotation that fills the next paragraph(s)
  let intro: { resolved: Resolved; mention: Range; cue: string | null } | null = null;

  for (const p of seg.paragraphs) {
    // outermost quotation pairs and clauses of this paragraph
    let pairs: QuotePair[] = NO_PAIRS; // (most paragraphs: no quotation, no array)
    while (qi < seg.quotes.length && seg.quotes[qi].open < p.start) qi++;
    let k = qi;
    for (; k < seg.quotes.length && seg.quotes[k].open < p.end; k++) {
      if (seg.quotes[k].depth !== 0) continue;
      if (pairs === NO_PAIRS) pairs = [];
      pairs.push(seg.quotes[k]);
    }
    qi = k;
    if (ctx.header.title && overlaps(p, ctx.header.title)) {
      intro = null;
      continue;
    }

    // what the paragraph names outside speaker position, fed to coreference in text order
    const people = findPersonMentions(norm, p.start, p.end);
    for (const m of people) coref.rememberName(norm.slice(m.name.start, m.name.end));
    addKnownNames(norm, p.start, p.end, coref.names, people);
    const orgs = findOrgMentions(norm, p.start, p.end);
    const events = paragraphAttributions({ norm, paragraph: p, sentences: seg.sentences, pairs, memory, people });
    // (records, not closures; nothing to sort in most paragraphs)
    const feed: Feed[] = people.length === 0 && orgs.length === 0 ? NO_FEED : [];
    for (const m of people) {
      if (speaksIn(events, m)) continue;
      feed.push({ at: m.name.start, person: m, org: null });
    }
    for (const o of orgs) feed.push({ at: o.org.start, person: null, org: o });
    sortStable(feed, byAt);
    let fi = 0;

    // 陈亦伦：上学时就开始了。— an interview's answer: the whole paragraph is that person's words
    const answer = transcriptAnswer(norm, p.start, p.end, coref);
    if (answer) {
      intro = null;
      while (fi < feed.length) runFeed(coref, feed[fi++], p.index);
      addMention(answer.person, answer.label);
      openAnswer = { resolved: speakingPerson(answer.person), mention: answer.label, cue: null, parts: [{ kind: 'direct', start: answer.start, end: p.end, reported: false }], paragraph: p.index };
      pending.push(openAnswer);
      continue;
    }
    // …the answer goes on over the paragraphs after it, up to the next label (Q：, 苏伟铭：) or
    // a paragraph that does not end as sentences do (a heading, a note)
    // (a photo's caption, 它石机器人展示刺绣它石 Logo。, is short and holds no clause mark)
    if (openAnswer !== null && ANSWER_END[norm.charCodeAt(p.end - 1)] === 1 && !labelOpens(norm, p.start, p.end) && (p.end - p.start >= 40 || someCodeIn(norm, CLAUSE_MARK, p.start, p.end))) {
      while (fi < feed.length) runFeed(coref, feed[fi++], p.index);
      openAnswer.parts[openAnswer.parts.length - 1].end = p.end;
      continue;
    }
    openAnswer = null;

    if (intro && events.length === 0 && pairs.length > 0 && pairs[0].open === p.start && (pairs[0].close < 0 || pairs[0].close === p.end - 1)) {
      const q = pairs[0];
      pending.push({ resolved: intro.resolved, mention: intro.mention, cue: intro.cue, parts: [{ kind: 'direct', start: q.open + 1, end: q.close < 0 ? p.end : q.close, reported: false }], paragraph: p.index });
      continue;
    }
    // X表示：⏎ then a paragraph of unquoted words (the colon hands over its reported speech): that
    // paragraph, when it reads as sentences (not a heading) and names no speaker of its own
    if (intro && intro.cue !== null && p.index > 0 && norm[seg.paragraphs[p.index - 1].end - 1] === ':' && events.length === 0 && pairs.length === 0 && SENTENCE_STOP[norm.charCodeAt(p.end - 1)] === 1 && someCodeIn(norm, CLAUSE_MARK, p.start, p.end)) {
      pending.push({ resolved: intro.resolved, mention: intro.mention, cue: intro.cue, parts: [{ kind: 'indirect', start: p.start, end: p.end, reported: true }], paragraph: p.index });
      intro = null;
      while (fi < feed.length) runFeed(coref, feed[fi++], p.index);
      continue;
    }
    intro = null;

    let prev: Pending | null = null;
    let lastEv: Attribution | null = null;
    let lastResolved: Resolved | null = null;
    for (const ev of events) {
      while (fi < feed.length && feed[fi].at < ev.speaker.mention.start) runFeed(coref, feed[fi++], p.index);
      const resolved = resolve(ev, coref, p.index, recentUnnamed, lastResolved, norm, lastEv);
      if (!resolved) continue;
      lastEv = ev;
      lastResolved = resolved;
      if (ev.parts.length === 0) {
        // X解释道：at the paragraph's end — the quotation is in the next paragraph
        intro = null;
        continue;
      }
      if (!resolved.person && resolved.mentionText) {
        recentUnnamed.push({ resolved, paragraph: p.index });
        if (recentUnnamed.length > 20) recentUnnamed.shift();
      }
      // (a quotation that names no cue joins only reported speech of its speaker, which makes the
      // quote mixed; after a quotation it stays a quote of its own, whose content would otherwise
      // run over the narration between them)
      // (not where the speaker is named again after a sentence of narration that follows a
      // quotation: 习近平总书记在《…》中指出：“…”不解决…。习近平总书记在《…》中指出：“…” are two)
      if (prev && prev.resolved.key === resolved.key && (ev.cue !== null || prev.parts.some((x) => x.reported)) && !namedAgainAfterNarration(prev, ev, norm) && !reporterBetween(norm, seg.sentences, prev, ev)) {
        prev.parts.push(...ev.parts); // one speaker, one paragraph: one quote
        if (prev.cue === null) prev.cue = ev.cue; // (the first cue named, after a quotation that named none)
        continue;
      }
      prev = { resolved, mention: ev.speaker.mention, cue: ev.cue, parts: [...ev.parts], paragraph: p.index };
      pending.push(prev);
      // 白宇飞、赵轶龙等学者认为: the same words for each of the group
      for (const other of ev.speaker.also ?? []) {
        const r = resolve({ ...ev, speaker: other }, coref, p.index, recentUnnamed, null, norm);
        if (r) pending.push({ resolved: r, mention: other.mention, cue: ev.cue, parts: ev.parts.map((x) => ({ ...x })), paragraph: p.index });
      }
    }
    const tail = lastEv && lastEv.parts.length ? lastEv.parts[lastEv.parts.length - 1] : null;
    if (tail && lastResolved && tail.kind !== 'indirect' && tail.end === p.end && !'”」』"'.includes(norm[p.end - 1])) {
      // X说：“… (still open at the paragraph's end): the next paragraph opening with “ goes on
      intro = { resolved: lastResolved, mention: lastEv!.speaker.mention, cue: lastEv!.cue };
    } else if (norm[p.end - 1] === ':') {
      let b = p.end - 2;
      while (b >= p.start && CLAUSE_BOUND[norm.charCodeAt(b)] !== 1) b--;
      const lcs = b + 1;
      const lastPart = lastEv && lastEv.parts.length ? lastEv.parts[lastEv.parts.length - 1] : null;
      // a new sentence "他高调宣称：" names its own speaker; else the last attribution runs on
      const newSentence = b < p.start || '。!?'.includes(norm[b]);
      while (fi < feed.length) runFeed(coref, feed[fi++], p.index);
      const sp = newSentence || !lastEv ? parseSubject(norm, lcs, p.end - 1, memory) : null;
      const resolved = sp ? resolve({ speaker: sp, cue: '', claimStart: lcs, parts: [] }, coref, p.index, recentUnnamed, lastResolved, norm) : null;
      if (sp && resolved && !(lastEv && lastEv.speaker.mention.start >= lcs)) {
        const cues = findCues(norm, lcs, p.end, () => -1);
        intro = { resolved, mention: sp.mention, cue: cues.length ? cues[cues.length - 1].cue : null };
      } else if (lastEv && lastResolved && (lastEv.speaker.mention.start >= lcs || !lastPart || lastPart.end >= p.end - 1)) {
        intro = { resolved: lastResolved, mention: lastEv.speaker.mention, cue: lastEv.cue };
      }
    }
    while (fi < feed.length) runFeed(coref, feed[fi++], p.index);
  }

  const entities = coref.entities();
  const orgIds = new Map<string, string>();
  for (const e of entities) if (e.type === 'organization') orgIds.set(coref.org(e.name).key, e.id);
  const quotes: Quote[] = pending.map((q) => {
    let start = Infinity;
    let end = -1;
    for (const x of q.parts) {
      if (x.start < start) start = x.start;
      if (x.end > end) end = x.end;
    }
    const person = q.resolved.person;
    const affiliations = person ? person.affiliations.map((a) => ({ ...a })) : q.resolved.affiliations.map((a) => ({ ...a }));
    const main = primary(affiliations);
    return {
      id: '',
      kind: kindOf(q.parts),
      speaker: {
        name: person ? person.name : null,
        mention: text.slice(q.mention.start, q.mention.end),
        mentionSpan: { start: q.mention.start, end: q.mention.end },
        organization: main.organization,
        role: main.role,
        affiliations,
        entity: person ? person.id || null : q.resolved.orgName ? (orgIds.get(q.resolved.orgName) ?? null) : null,
      },
      cue: q.cue,
      content: text.slice(start, end),
      span: { start, end },
      parts: spokenParts(q.parts, text),
    };
  });
  sortStable(quotes, (a, b) => a.span.start - b.span.start);
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  return { quotes, entities };
}

/**
 * Names already known (肯尼思 of 英国72岁老人肯尼思·萨蒙) written again in norm[from, to) at a clause start,
 * longest first at each place, so that a later 他 refers to the last person named.
 */
function addKnownNames(norm: string, from: number, to: number, names: ReadonlySet<string>, people: PersonMention[]): void {
  if (names.size === 0) return;
  const found: PersonMention[] = [];
  const win = norm.slice(from, to); // indexOf on the paragraph only (not to the document's end)
  for (const name of names) {
    if (name.length < 2) continue;
    for (let w = win.indexOf(name); w >= 0; w = win.indexOf(name, w + name.length)) {
      const at = from + w;
      const end = at + name.length;
      // in subject position only: 也认同里兹维的观点。她表示 — 她 is not 里兹维
      if (at > from && SUBJECT_BEFORE[norm.charCodeAt(at - 1)] !== 1) continue;
      if (people.some((m) => m.mention.start < end && at < m.name.end)) continue;
      const k = found.findIndex((m) => m.name.start < end && at < m.name.end);
      if (k >= 0) {
        if (found[k].name.end - found[k].name.start >= name.length) continue;
        found.splice(k, 1);
      }
      found.push({ name: { start: at, end }, mention: { start: at, end }, affiliations: [] });
    }
  }
  if (found.length === 0) return;
  people.push(...found);
  sortStable(people, (a, b) => a.name.start - b.name.start);
}

/**
 * The words said: the parts in text order, overlapping or touching ones joined (one quotation
 * inside the reported words around it is one piece). What lies between two of them is the
 * attribution or narration that `content` runs over (“A，”X说，“B。”).
 */
function spokenParts(parts: readonly Part[], text: string): QuotePart[] {
  const ranges = parts.length === 1 ? parts : [...parts].sort((a, b) => a.start - b.start);
  const out: QuotePart[] = [];
  let last: QuotePart | null = null;
  for (const x of ranges) {
    if (last !== null && x.start <= last.span.end) {
      if (x.end > last.span.end) last.span.end = x.end;
      continue;
    }
    last = { text: '', span: { start: x.start, end: x.end } };
    out.push(last);
  }
  for (const o of out) o.text = text.slice(o.span.start, o.span.end);
  return out;
}

/** The parts' one kind, or mixed (also for no parts) — without a Set and an array per quote. */
function kindOf(parts: Part[]): QuoteKind {
  if (parts.length === 0) return 'mixed';
  const kind = parts[0].kind;
  for (let i = 1; i < parts.length; i++) if (parts[i].kind !== kind) return 'mixed';
  return kind;
}

/** A person speaks: the organizations of the attribution speak too. */
function personResolved(person: Person, sp: ParsedSpeaker, coref: Coref): Resolved {
  for (const a of sp.affiliations) if (a.org) markOrg(coref, a.org);
  return speakingPerson(person);
}

/** A person speaks (an interview's answer, or any attribution once its organizations are marked). */
function speakingPerson(person: Person): Resolved {
  person.speaks = true;
  return { key: `p:${person.key}`, person, affiliations: [], orgName: null };
}

/** 就读于台东大学的吴同学, 来自台湾铭传大学的李同学: the organization a person is introduced by. */
const INTRODUCED_BY = /(?:就读于|来自|毕业于|任职于|供职于)([^,。;:!?、“”]{2,20})的$/;
/** The organization (ending with an organization's suffix) that an introduction before `at` names, or null. */
function introducedOrg(norm: string, at: number): Range | null {
  if (at < 5 || norm.charCodeAt(at - 1) !== C_DE) return null;
  const m = INTRODUCED_BY.exec(norm.slice(Math.max(0, at - 26), at));
  if (!m) return null;
  const end = at - 1;
  const start = end - m[1].length;
  return lexicon().orgSuffixes.endingAt(norm, end, start) > 0 ? { start, end } : null;
}
const C_DE = '的'.charCodeAt(0);

/** How far back a short name's full foreign form (…·查纳卡) is looked for. */
const FULL_NAME_REACH = 3000;
/**
 * The full foreign name a short one (查纳卡) ends, written before it in the text with a name dot
 * (沃特尔·查纳卡, 埃隆 · 马斯克), read with its clause's titles as a speaker phrase is; or null.
 */
function foreignFullName(norm: string, name: Range, coref: Coref): ParsedSpeaker | null {
  const len = name.end - name.start;
  if (len < 2 || len > 5 || !allHanCodes(norm, name.start, name.end)) return null;
  // the last name dot before it, within reach, that the short name follows (a blank between
  // allowed): the document's dots are few, read once
  const dots = coref.nameDots();
  const lo = Math.max(0, name.start - FULL_NAME_REACH);
  let dot = -1;
  let at = -1;
  let short = '';
  for (let i = dots.length - 1; i >= 0 && dots[i] >= lo; i--) {
    const d = dots[i];
    if (d >= name.start) continue;
    const a = norm.charCodeAt(d + 1) === 0x20 ? d + 2 : d + 1;
    if (short === '') short = norm.slice(name.start, name.end);
    if (a + len <= name.start && norm.startsWith(short, a)) {
      dot = d;
      at = a;
      break;
    }
  }
  if (at < 0) return null;
  const end = at + len;
  // the clause the full name stands in, from its start (a bound, at most 40 back)
  let cs = dot;
  while (cs > lo && NAME_CLAUSE_BOUND[norm.charCodeAt(cs - 1)] !== 1 && dot - cs < 40) cs--;
  const sp = parseSpeaker(norm, cs, end, { names: coref.names, orgs: coref.orgNames, text: norm });
  if (sp === null || sp.type !== 'person' || sp.name === null || sp.name.end !== end || sp.name.start >= dot) return null;
  // (赞比亚青年迈克尔·恩乔武: a word for people inside the first part ends the description before
  // the name; a first part still longer than a given name is no name read with certainty)
  let nameStart = sp.name.start;
  const lex = lexicon();
  for (let e = dot - 2; e > nameStart; e--) {
    if (lex.roles.endingAt(norm, e, nameStart) > 0) {
      nameStart = e;
      break;
    }
  }
  if (dot - nameStart > 4) return null;
  // (27日已有两名联邦参议员…, 会见伊朗最高国家安全委员会秘书…: an organization read out of a
  // narrative clause, holding function words, is none)
  const clean = sp.affiliations.every((a) => a.org === null || !someCodeIn(norm, FUNCTION_UNITS, a.org.start, a.org.end));
  return { ...sp, name: { start: nameStart, end }, affiliations: clean && nameStart === sp.name.start ? sp.affiliations : [] };
}
/** What opens the clause a full name stands in: CLAUSE_MARKS, quotation marks, a line, a parenthesis. */
const NAME_CLAUSE_BOUND = unitTable(CLAUSE_MARKS + '“”\n(');

/** 他 (1) and 她 (2): the gender a pronoun tells (其 and 他们 tell none that is used here). */
const GENDER_OF = new Uint8Array(0x10000);
GENDER_OF['他'.charCodeAt(0)] = 1;
GENDER_OF['她'.charCodeAt(0)] = 2;
/** The person may be what a pronoun of this gender means: none told yet, or the same. */
function sameGender(person: Person, gender: number): boolean {
  return gender === 0 || person.gender === 0 || person.gender === gender;
}
/**
 * The first pronoun resolved to a person by the last name before it tells their gender (not one
 * resolved to the paragraph's last speaker: inside that speaker's words 他 may be someone else).
 */
function tellGender(person: Person, gender: number): void {
  if (person.gender === 0) person.gender = gender;
}

function resolve(
  ev: Attribution,
  coref: Coref,
  paragraph: number,
  recentUnnamed: readonly { resolved: Resolved; paragraph: number }[],
  paraLast: Resolved | null,
  norm: string,
  lastEv: Attribution | null = null,
): Resolved | null {
  const sp = ev.speaker;
  if (sp.type === 'person') {
    // 查纳卡表示 after …总经理沃特尔·查纳卡推动了…: the full name written before, with its affiliations
    // (only in a document that writes a name dot before it; most write none)
    const dots = coref.nameDots();
    const full = dots.length > 0 && dots[0] < sp.name!.start && coref.find(norm.slice(sp.name!.start, sp.name!.end)) === null ? foreignFullName(norm, sp.name!, coref) : null;
    if (full !== null) coref.notePerson(full.name!, full.affiliations, paragraph);
    const school = sp.affiliations.length === 0 ? introducedOrg(norm, sp.mention.start) : null;
    return personResolved(coref.notePerson(sp.name!, school ? [{ org: school, role: null }] : sp.affiliations, paragraph), sp, coref);
  }
  // decisions read the normalized text; output strings come from coref.cut (the original)
  // (the other kinds read the mention: sliced after the most common kind, a named person)
  const mentionText = norm.slice(sp.mention.start, sp.mention.end);
  switch (sp.type) {
    case 'pronoun': {
      // 他 is the last speaker of the paragraph (even an unnamed one), else the last person named;
      // but a person named after the last speaker's words (司机贾瓦德正在排队…。他说) is whom 他 means
      // (and never a person a pronoun of the other gender meant: 梁希…她说 … 他习惯…，“…”)
      const gender = GENDER_OF[mentionText.charCodeAt(0)] | 0;
      const since = paraLast && lastEv && !PLURAL.test(mentionText) ? coref.namedSince(lastEv.speaker.mention.start, sp.mention.start, paragraph, lastEv.parts) : null;
      if (since && since !== paraLast!.person && sameGender(since, gender)) {
        tellGender(since, gender);
        addMention(since, sp.mention);
        return personResolved(since, sp, coref);
      }
      if (paraLast && !PLURAL.test(mentionText)) {
        if (paraLast.person && sameGender(paraLast.person, gender)) {
          addMention(paraLast.person, sp.mention);
          return paraLast;
        }
        if (!paraLast.person && paraLast.mentionText && !lexicon().groupEnd.test(paraLast.mentionText)) return paraLast;
      }
      const person = PLURAL.test(mentionText) ? null : coref.antecedent(sp.mention.start, paragraph);
      if (!person || !sameGender(person, gender)) return { key: `u:${mentionText}`, person: null, affiliations: [], orgName: null };
      tellGender(person, gender);
      addMention(person, sp.mention);
      return personResolved(person, sp, coref);
    }
    case 'unnamed': {
      const lex = lexicon();
      if (sp.anaphoric) {
        // 该负责人 → the last unnamed speaker with that role; 这位研究员 → the last person named
        const head = mentionText.replace(/^(?:该|这位|这名|此|上述|前述)(?:那位|这位|那名)?/, '');
        const hl = lex.roles.endingAt(head, head.length);
        const noun = hl ? head.slice(head.length - hl) : head;
        for (let k = recentUnnamed.length - 1; k >= 0; k--) {
          const lu = recentUnnamed[k];
          if (paragraph - lu.paragraph > (/^(?:前述|上述)/.test(mentionText) ? 15 : 5)) break;
          const luRole = primary(lu.resolved.affiliations).role;
          const luKey = luRole ? coref.keyOf(luRole) : null;
          if ((luKey && (luKey.endsWith(noun) || noun.endsWith(luKey))) || lu.resolved.mentionText!.endsWith(noun)) return lu.resolved;
        }
        // 这位研究员 may be the person just named; 前述从业者 (a word for unnamed people) is not
        const person = lex.titles.endingAt(head, head.length) > 0 ? coref.antecedent(sp.mention.start, paragraph, 1) : null;
        if (person) return personResolved(person, sp, coref);
      } else if (!sp.affiliations.some((a) => a.org) && lex.titles.endingAt(mentionText, mentionText.length) === mentionText.length && !lex.unnamed.has(mentionText)) {
        // 村长告诉记者: a bare title stands for the person last named with it (53岁的村长哈吉·马凯梅·奥马尔)
        // (a post one person holds: not a word for many, 分析师 or 专家, which are in unnamed.txt)
        const person = coref.lastWithRole(coref.keyOf(mentionText), sp.mention.start);
        if (person) return personResolved(person, sp, coref);
      }
      const affiliations = coref.affiliations(sp.affiliations);
      // 院方: the hospital just named; 警方: the police
      // (东京警方: the police of a place is the organization too, as 警方 alone is)
      const side = (mentionText.length === 2 && mentionText.charCodeAt(1) === C_FANG && SIDE_FIRST[mentionText.charCodeAt(0)] === 1) || (affiliations.length === 1 && affiliations[0].role === '警方' && affiliations[0].organization !== null);
      if (side) {
        const org = /^[院校厂园馆店]方$/.test(mentionText) ? (coref.resolveGeneric(mentionText[0], sp.mention.start)?.name ?? null) : coref.cut(sp.mention);
        if (org) affiliations.splice(0, affiliations.length, { organization: org, role: null });
      }
      for (const a of sp.affiliations) if (a.org && !sp.genericOrg) markOrg(coref, a.org);
      if (sp.genericOrg && affiliations[0]?.organization) {
        const resolvedOrg = coref.resolveGeneric(affiliations[0].organization, sp.mention.start);
        if (resolvedOrg) for (const a of affiliations) if (a.organization === affiliations[0].organization) a.organization = resolvedOrg.name;
      }
      const org = primary(affiliations).organization;
      return { key: `u:${org ? coref.keyOf(org) : ''}:${mentionText}`, mentionText, person: null, affiliations, orgName: null };
    }
    case 'org': {
      // “大伟哥”称 after 米哈游联合创始人刘伟“大伟哥”: a nickname the article gave a person is that person
      const nick = mentionText.charCodeAt(0) === C_OPEN_QUOTE ? nicknamedPerson(norm, mentionText, sp.mention.start) : null;
      if (nick !== null) {
        const person = coref.notePerson(nick.name, nick.affiliations, paragraph);
        addMention(person, { start: sp.mention.start + 1, end: sp.mention.end - 1 });
        return speakingPerson(person); // (the quoted name is no organization of it)
      }
      // SK 海力士方面: the organization is what precedes 方面
      let name = coref.cut(sp.affiliations[0]?.org ?? sp.mention) ?? '';
      if (sp.genericOrg || isGenericOrg(mentionText)) {
        const r = coref.resolveGeneric(name, sp.mention.start);
        if (!r) return null;
        name = r.name;
      }
      const o = coref.noteOrg(name, sp.mention.start, true, sp.mention);
      o.speaks = true;
      return { key: `o:${o.key}`, person: null, affiliations: [{ organization: o.name, role: null }], orgName: o.key };
    }
  }
}

/**
 * The person named right before `quoted` (a name in quotation marks: “大伟哥”) at one of its first places in the
 * NICKNAME_REACH units before `before`, where it was given as that person's nickname
 * (刘伟“大伟哥”), or null. (A bounded search: no scan back to the text's start per speaker.)
 */
function nicknamedPerson(norm: string, quoted: string, before: number): PersonMention | null {
  let k = norm.indexOf(quoted, Math.max(0, before - NICKNAME_REACH));
  for (let n = 0; n < NICKNAME_TRIES && k >= 0 && k < before; n++, k = norm.indexOf(quoted, k + 1)) {
    if (!isHanCode(norm.charCodeAt(k - 1))) continue; // (a name ends right before it)
    const people = findPersonMentions(norm, Math.max(0, k - 40), k);
    const last = people.length > 0 ? people[people.length - 1] : null;
    if (last !== null && last.name.end === k) return last;
  }
  return null;
}
/** How far back, and at how many of its places, a nickname's introduction is looked for (bounded work per speaker). */
const NICKNAME_REACH = 2000;
const NICKNAME_TRIES = 4;

function markOrg(coref: Coref, r: Range): void {
  const name = coref.cut(r);
  if (!name || isGenericOrg(coref.keyOf(name))) return;
  const o = coref.org(name);
  o.speaks = true;
  addMention(o, r);
}
