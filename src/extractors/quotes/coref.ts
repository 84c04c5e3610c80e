// Coreference across the article: one entity per person (a later bare 刘庆峰 gets the
// affiliations of 科大讯飞董事长刘庆峰; 德朗格 is 克莱姆·德朗格), pronouns (他/她/其) and
// anaphors (这位研究员) resolve to the last person named before them, and a bare 公司 in
// 公司相关负责人 to the organization the text was just about. Fed in text order.
import type { Affiliation, Entity, Span } from '../../types.js';
import { isRegExpSpace, isUpperLatinCode, unitTable } from '../../text/chars.js';
import { isGenericOrg, NAME_DOTS, type AffiliationRange, type Range } from './speakers.js';
import { sortStable } from './order.js';
import { principalCompany } from './mentions.js';

export interface Person {
  id: string;
  name: string;
  key: string;
  /** The last part of a foreign name written with · (德朗格 of 克莱姆·德朗格), or ''. */
  lastKey: string;
  /** The first part of such a name (肯尼思 of 肯尼思·萨蒙), or ''. */
  firstKey: string;
  affiliations: Affiliation[];
  /** Name spans (and pronouns resolved to this person), UTF-16. */
  mentions: Range[];
  /** Used by at least one quote: only these become entities. */
  speaks: boolean;
  /** The pronoun that resolved to this person first: 他 (1), 她 (2), or none yet (0). */
  gender: number;
  /** Starts of `mentions`, to add each once. */
  seen?: Set<number>;
}

/** A person described by surname only (陈姓商人, 一位张姓目击者; not 百姓), and how far back it is looked for. */
const DESCRIBED_BY_SURNAME = /(?<!百)姓[\u4e00-\u9fff]/;
/** Suffixes of a company's name that its short name drops (雷诺集团 → 雷诺). */
const COMPANY_SUFFIX = /(?:集团|公司|集团公司|有限公司|股份有限公司)$/;
const DESCRIBED_REACH = 80;
const [C_LAO, C_XIAO] = [0x8001, 0x5c0f]; // 老 小

/** Adds a mention span once (constant time). */
export function addMention(holder: { mentions: Range[]; seen?: Set<number> }, r: Range): void {
  holder.seen ??= new Set(holder.mentions.map((m) => m.start));
  if (holder.seen.has(r.start)) return;
  holder.seen.add(r.start);
  holder.mentions.push({ start: r.start, end: r.end });
}

export interface Org {
  /** As first written (output). */
  name: string;
  /** The normalized name: what decisions compare. */
  key: string;
  mentions: Range[];
  speaks: boolean;
  seen?: Set<number>;
}

/** A listed company's name and its stock code opening a sentence or a clause: 红塔证券（601236.SH）, 长和(00001.HK). */
const LISTED_OPENING = /(?<=^|[。,;:!?\n”」])([\u4e00-\u9fffA-Za-z]{2,10})\s?\(\s?\d{4,6}\s?\.\s?(?:SH|SZ|BJ|HK|sh|sz|hk)\s?\)/g;
/** How far back from a bare 公司 such a company is looked for (bounded work per speaker). */
const LISTED_REACH = 600;
/** What a one-character 该X may stand for (该校 → …小学, …大学). */
const SAME_KIND: Record<string, string[]> = {
  校: ['校', '小学', '中学', '大学', '学院', '幼儿园'],
  院: ['院'],
  行: ['银行', '行'],
  企业: ['公司', '集团', '企业'],
  // 报道称: the last outlet named (a news agency, a paper, a broadcaster, a site, a title in 《》)
  报道: ['社', '报', '台', '网', '媒体', '周刊', '杂志', '》'],
};

const LATIN_FULL = /^[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,3}$/;
/** The code units bare() removes besides /\s/. */
const BARE_UNITS = unitTable('·•・‧.-');
/** s without blanks and name dots; most names hold none, and then s itself is the answer (no regex run). */
function bare(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (BARE_UNITS[c] === 1 || isRegExpSpace(c)) return s.replace(/[\s·•・‧.-]/g, '');
  }
  return s;
}
// (NAME_DOTS are the units NAME_SEP needs, its \s{0,2} being optional: without one of them split gives one part.)
const NAME_SEP = /\s{0,2}[·•・‧-]\s{0,2}/;
/** A person's keys of the first and last parts of a foreign name (none for a name without ·). */
function setSegmentKeys(p: Person, nameNorm: string): void {
  const segs = outerSegments(nameNorm);
  if (segs === null) return;
  p.firstKey = bare(segs[0]);
  p.lastKey = bare(segs[1]);
}

/** The first and last parts of a foreign name written with · (肯尼思, 萨蒙 of 肯尼思·萨蒙), or null. */
function outerSegments(nameNorm: string): [string, string] | null {
  for (let i = 0; i < nameNorm.length; i++) {
    if (NAME_DOTS[nameNorm.charCodeAt(i)] === 1) {
      const segs = nameNorm.split(NAME_SEP);
      return [segs[0], segs[segs.length - 1]];
    }
  }
  return null;
}

export class Coref {
  readonly persons: Person[] = [];
  private byKey = new Map<string, Person>();
  private lastPerson: { person: Person; at: number; paragraph: number } | null = null;
  /** Organizations seen, in text order: [name, position]. */
  private orgSeen: { org: Org; at: number; fromAffiliation: boolean }[] = [];
  /** Organizations by normalized name. */
  readonly orgs = new Map<string, Org>();
  /** Names and organizations seen so far, normalized (the speaker parser recognizes them later in norm). */
  readonly names = new Set<string>();
  readonly orgNames = new Set<string>();
  /** The normalized form of every string cut from the text (decisions compare these). */
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly norm: string,
    /** The headline the header found (ExtractContext.header.title), or null. */
    private readonly title: Range | null = null,
  ) {}

  /** text[r] trimmed (output), its normalized form remembered for keyOf. */
  cut(r: Range | null): string | null {
    if (!r) return null;
    let s = r.start;
    let e = r.end;
    while (s < e && isRegExpSpace(this.text.charCodeAt(s))) s++;
    while (e > s && isRegExpSpace(this.text.charCodeAt(e - 1))) e--;
    if (e <= s) return null;
    const out = this.text.slice(s, e);
    if (!this.keys.has(out)) this.keys.set(out, this.norm.slice(s, e));
    return out;
  }

  /** The normalized form of a string cut from the text (decisions read norm, never text). */
  keyOf(s: string): string {
    return this.keys.get(s) ?? s;
  }

  /** Affiliations as strings; a role without an organization keeps org null. */
  affiliations(ranges: AffiliationRange[]): Affiliation[] {
    return ranges.map((a) => ({ organization: this.cut(a.org), role: this.cut(a.role) }));
  }

  /** The person of this name (exact, or one name ending the other: 德朗格 ~ 克莱姆·德朗格). */
  find(normName: string, key = bare(normName)): Person | null {
    const hit = this.byKey.get(key);
    if (hit) return hit;
    if (key.length < 2) return null;
    let byFirst: Person | null = null;
    let firsts = 0;
    for (const p of this.persons) {
      if (p.lastKey === key) return p; // 胡德 ~ 艾米·胡德
      if ((p.key.length > key.length && p.key.endsWith(key) && key.length >= 3) || (key.length > p.key.length && key.endsWith(p.key) && p.key.length >= 3)) return p;
      if (p.firstKey === key) {
        byFirst = p;
        firsts++;
      }
    }
    // 肯尼思 ~ 肯尼思·萨蒙: a given name alone, where one person of the document has it
    if (firsts === 1) return byFirst;
    // 老李, 小王: the last person named with that surname (李传令)
    if (key.length === 2 && (key.charCodeAt(0) === C_LAO || key.charCodeAt(0) === C_XIAO)) {
      for (let k = this.persons.length - 1; k >= 0; k--) {
        const p = this.persons[k];
        if (p.key.length >= 2 && p.key.length <= 3 && p.key.charCodeAt(0) === key.charCodeAt(1) && p.key.charCodeAt(0) !== C_LAO && p.key.charCodeAt(0) !== C_XIAO) return p;
      }
    }
    return null;
  }

  /** A named person at `name` (speaker or not), with the affiliations written there. */
  notePerson(name: Range, affiliations: AffiliationRange[], paragraph: number): Person {
    return this.notePersonAs(name, this.withGenericResolved(affiliations, name.start), paragraph);
  }

  /** Affiliations as strings, a bare 公司 replaced by the organization it stands for. */
  withGenericResolved(ranges: AffiliationRange[], at: number): Affiliation[] {
    const out = this.affiliations(ranges);
    for (const a of out) {
      if (a.organization && isGenericOrg(this.keyOf(a.organization))) a.organization = this.resolveGeneric(a.organization, at)?.name ?? a.organization;
    }
    return out;
  }

  notePersonAs(name: Range, affiliations: Affiliation[], paragraph: number): Person {
    const nameNorm = this.norm.slice(name.start, name.end);
    const key = bare(nameNorm);
    let p = this.find(nameNorm, key);
    if (!p) {
      p = { id: '', name: this.text.slice(name.start, name.end), key, lastKey: '', firstKey: '', affiliations: [], mentions: [], speaks: false, gender: 0 };
      setSegmentKeys(p, nameNorm);
      this.persons.push(p);
      this.byKey.set(p.key, p);
      this.rememberName(nameNorm);
    } else if (p.name.length < name.end - name.start && key.endsWith(p.key)) {
      // (name.end - name.start is the length of the text's slice: only sliced when it is kept)
      p.name = this.text.slice(name.start, name.end); // the fuller form
      setSegmentKeys(p, nameNorm);
    }
    for (const a of affiliations) {
      if (!p.affiliations.some((b) => b.organization === a.organization && b.role === a.role)) p.affiliations.push(a);
      if (a.organization) this.noteOrg(a.organization, name.start, true, null);
    }
    addMention(p, name);
    this.lastPerson = { person: p, at: name.start, paragraph };
    return p;
  }

  /** The company the headline opens with (principalCompany), looked for once, when first asked. */
  principal(): Org | null {
    if (this.principalOrg === undefined) {
      const r = this.title ? principalCompany(this.norm, this.title) : null;
      const name = r ? this.cut(r) : null;
      this.principalOrg = name ? this.org(name) : null;
    }
    return this.principalOrg;
  }
  private principalOrg: Org | null | undefined = undefined;

  /** Where the document writes a name dot (·), in order: read once, when first asked. */
  nameDots(): readonly number[] {
    if (this.dots === null) {
      const out: number[] = [];
      for (let i = this.norm.indexOf('·'); i >= 0; i = this.norm.indexOf('·', i + 1)) out.push(i);
      this.dots = out;
    }
    return this.dots;
  }
  private dots: number[] | null = null;

  /** An organization's name (normalized) the speaker parser will recognize though it has no suffix (迪威迅, written with a stock code). */
  rememberOrgName(nameNorm: string): void {
    this.orgNames.add(nameNorm);
  }

  /** A name (normalized) the speaker parser will recognize, with its short forms. */
  rememberName(nameNorm: string): void {
    this.names.add(nameNorm);
    // 克莱姆 · 德朗格 is later 德朗格, Nikolaos Panigirtzoglou later Panigirtzoglou
    const last = outerSegments(nameNorm)?.[1] ?? null;
    if (last !== null && last.length >= 2) this.names.add(last);
    else if (isUpperLatinCode(nameNorm.charCodeAt(0)) && LATIN_FULL.test(nameNorm)) {
      // (LATIN_FULL starts with [A-Z]: the test only runs for what may match)
      const last = nameNorm.slice(nameNorm.lastIndexOf(' ') + 1);
      if (last.length >= 3) this.names.add(last);
    }
  }

  /** The person last named before `at` with this role (normalized): whom a bare 村长 later means. */
  lastWithRole(roleKey: string, at: number): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of this.persons) {
      if (!p.affiliations.some((a) => a.role !== null && this.keyOf(a.role) === roleKey)) continue;
      for (const m of p.mentions) if (m.start < at && m.start > bestAt) (best = p), (bestAt = m.start);
    }
    return best;
  }

  /**
   * The person a pronoun or anaphor at `at` refers to: the last one named before it, unless a
   * person described by surname only (40岁陈姓商人…。他告诉法新社) stands between them.
   */
  antecedent(at: number, paragraph: number, maxParagraphsBack = Infinity): Person | null {
    const lp = this.lastPerson;
    if (!lp || lp.at > at || paragraph - lp.paragraph > maxParagraphsBack) return null;
    const between = Math.max(lp.at, at - DESCRIBED_REACH);
    if (between < at && DESCRIBED_BY_SURNAME.test(this.norm.slice(between, at))) return null;
    return lp.person;
  }

  /**
   * The person last named in this paragraph within [from, at), outside `parts` (what a speaker
   * said): 司机贾瓦德正在排队…。他说 — whom a pronoun after a new person means rather than the
   * paragraph's last speaker. Null when no one was, or that person is described by surname only.
   */
  namedSince(from: number, at: number, paragraph: number, parts: readonly Range[]): Person | null {
    const lp = this.lastPerson;
    if (!lp || lp.paragraph !== paragraph || lp.at < from || lp.at >= at) return null;
    for (const x of parts) if (x.start <= lp.at && lp.at < x.end) return null;
    return this.antecedent(at, paragraph, 0);
  }

  /** An organization named (`name` as cut from the text) at `at`. */
  noteOrg(name: string, at: number, fromAffiliation: boolean, span: Range | null): Org {
    const o = this.org(name);
    this.orgSeen.push({ org: o, at, fromAffiliation });
    this.orgNames.add(o.key);
    // 雷诺集团 … 雷诺认为: the name without its company suffix is the company too
    const bareName = COMPANY_SUFFIX.exec(o.key);
    if (bareName !== null && bareName.index >= 2) this.orgNames.add(o.key.slice(0, bareName.index));
    if (span) addMention(o, span);
    return o;
  }

  /** The organization of this name (as cut from the text), one per normalized name. */
  org(name: string): Org {
    const key = this.keyOf(name);
    let o = this.orgs.get(key);
    if (!o) this.orgs.set(key, (o = { name, key, mentions: [], speaks: false }));
    return o;
  }

  /**
   * What a bare 公司 / 该集团 at `at` stands for: the last organization before it whose
   * name ends the same way (深圳云天励飞技术股份有限公司), else the last one a speaker was
   * affiliated with.
   */
  resolveGeneric(word: string, at: number): Org | null {
    const key = this.keyOf(word);
    // a bare 公司 in an article about one company is that company (该公司: the last one named)
    if (key === '公司') {
      const listed = this.listedCompanyOpening(at);
      if (listed) return listed;
      const principal = this.principal();
      if (principal) return principal;
    }
    const head = key.replace(/^(?:该|本|这家|此|其)/, '');
    const ends = SAME_KIND[head] ?? [head];
    for (let k = this.orgSeen.length - 1; k >= Math.max(0, this.orgSeen.length - 200); k--) {
      const o = this.orgSeen[k];
      if (o.at < at && o.org.key.length > head.length && ends.some((e) => o.org.key.endsWith(e))) return o.org;
    }
    // (报道 is an outlet's or nobody's: not any organization an affiliation named)
    if (head === '报道') return null;
    for (let k = this.orgSeen.length - 1; k >= Math.max(0, this.orgSeen.length - 200); k--) {
      const o = this.orgSeen[k];
      if (o.at < at && o.fromAffiliation && o.org.key.length > head.length && !/^(?:该|本|这家|此|其)?(?:公司|集团)$/.test(o.org.key)) return o.org;
    }
    return null;
  }

  /**
   * The listed company that opens a sentence of the paragraph of `at` with its stock code, the last
   * before `at` (红塔证券（601236.SH）经…测算，…。公司解释): the bare 公司 is that company. Looked for
   * within LISTED_REACH units back (bounded work per speaker).
   */
  private listedCompanyOpening(at: number): Org | null {
    // (both scans bounded by LISTED_REACH: a lastIndexOf for the line break or an indexOf for '('
    // would run to the text's ends on a long paragraph, once per speaker)
    const norm = this.norm;
    let start = at;
    let paren = false;
    while (start > 0 && at - start < LISTED_REACH && norm.charCodeAt(start - 1) !== 0x0a) {
      if (norm.charCodeAt(--start) === 0x28) paren = true;
    }
    // (the stock code's '(' is looked for first: most paragraphs hold none, and then no regex runs)
    if (!paren) return null;
    const piece = norm.slice(start, at);
    LISTED_OPENING.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = LISTED_OPENING.exec(piece); m !== null; m = LISTED_OPENING.exec(piece)) last = m;
    if (last === null) return null;
    const name = this.cut({ start: start + last.index, end: start + last.index + last[1].length });
    return name ? this.org(name) : null;
  }

  /** Entities for the people and organizations that speak, ids p1…, org1… in order of first mention. */
  entities(): Entity[] {
    const out: Entity[] = [];
    const people = sortStable(this.persons.filter((p) => p.speaks), (a, b) => first(a.mentions) - first(b.mentions));
    people.forEach((p, i) => (p.id = `p${i + 1}`));
    for (const p of people) {
      out.push({ id: p.id, type: 'person', name: p.name, affiliations: p.affiliations.map((a) => ({ ...a })), mentions: sortSpans(p.mentions) });
    }
    const orgs = [...this.orgs.values()].filter((o) => o.speaks && o.mentions.length > 0);
    // every place the organization is named (bounded: names of 2+ characters, 200 mentions):
    // a search through the text per organization, or one pass for all where they are many
    // (a search each would be quadratic on a text of thousands of organizations)
    if (orgs.length <= 16) {
      for (const o of orgs) {
        if (o.key.length < 2) continue;
        for (let at = this.norm.indexOf(o.key); at >= 0 && o.mentions.length < 200; at = this.norm.indexOf(o.key, at + o.key.length)) {
          addMention(o, { start: at, end: at + o.key.length });
        }
      }
    } else addOrgMentionsInOnePass(this.norm, orgs);
    sortStable(orgs, (a, b) => first(a.mentions) - first(b.mentions));
    orgs.forEach((o, i) => out.push({ id: `org${i + 1}`, type: 'organization', name: o.name, mentions: sortSpans(o.mentions) }));
    return out;
  }
}

/**
 * What the search per organization finds (each name's occurrences that do not overlap the one
 * before, 200 at most), for all of them in one pass over the text: at each position, the names
 * that begin with its two code units, one lookup per length they come in (a few).
 */
function addOrgMentionsInOnePass(norm: string, orgs: Org[]): void {
  const byKey = new Map<string, Org>();
  const lengthsByPair = new Map<number, number[]>();
  for (const o of orgs) {
    if (o.key.length < 2) continue;
    byKey.set(o.key, o);
    const pair = o.key.charCodeAt(0) * 0x10000 + o.key.charCodeAt(1);
    const lengths = lengthsByPair.get(pair);
    if (!lengths) lengthsByPair.set(pair, [o.key.length]);
    else if (!lengths.includes(o.key.length)) lengths.push(o.key.length);
  }
  const nextFrom = new Map<Org, number>();
  for (let i = 0; i + 1 < norm.length; i++) {
    const lengths = lengthsByPair.get(norm.charCodeAt(i) * 0x10000 + norm.charCodeAt(i + 1));
    if (!lengths) continue;
    for (const len of lengths) {
      const o = byKey.get(norm.slice(i, i + len));
      if (!o || o.mentions.length >= 200 || i < (nextFrom.get(o) ?? 0)) continue;
      addMention(o, { start: i, end: i + len });
      nextFrom.set(o, i + len);
    }
  }
}

const first = (spans: Range[]) => spans.reduce((m, s) => Math.min(m, s.start), Infinity);

/**
 * Copies of the spans by start. Mentions are only added by addMention, which keeps their
 * starts distinct: no span repeats (nothing to drop) and the order is total.
 */
function sortSpans(spans: Range[]): Span[] {
  return sortStable(spans.map(copySpan), byStart);
}
const copySpan = (s: Range): Span => ({ start: s.start, end: s.end });
const byStart = (a: Range, b: Range) => a.start - b.start;

/** The affiliation a quote reports: the first that names an organization, else the first. */
export function primary(affiliations: Affiliation[]): Affiliation {
  return affiliations.find((a) => a.organization) ?? affiliations[0] ?? { organization: null, role: null };
}
