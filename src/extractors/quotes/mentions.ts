// People and organizations named outside speaker position, so that coreference can use
// them: `是元隆雅图执行总裁王大为关注的重点。他认为…` (他 = 王大为, of 元隆雅图), `深圳云天励飞技术
// 股份有限公司于今年7月…。公司相关负责人介绍…` (公司 = that company).
import { alternation } from '../../lexicon/load.js';
import { lexicon } from './lexicon.js';
import { parseAffiliations, type AffiliationRange, type Range } from './speakers.js';

export interface PersonMention {
  name: Range;
  /** From the affiliation start to the end of the name. */
  mention: Range;
  affiliations: AffiliationRange[];
}

export interface OrgMention {
  org: Range;
}

let titleRe: RegExp | null = null;
let orgRe: RegExp | null = null;

const HAN = /^[\u3400-\u9fff]$/;
const DOT_NAME = /[\u3400-\u9fff]{1,8}(?:\s{0,2}[·•・‧]\s{0,2}[\u3400-\u9fff]{1,8}){1,3}/y;
/** Characters that do not end a name (王大为关注 → 王大为; 小王对 → 小王). */
const FUNCTION_CHARS = new Set('的是在和与及等对向也就都将已还于则了为把被让给从到说表认指介称透强会要能可并而或之其这那一不们中上下里后前时关曾又亦'.split(''));
/** Where the description of a person in running text starts (after these). */
const LEFT_STOP = new Set(',、。:;!?“”「」()了是对向与和让被由为给把将在从见'.split(''));

/** Title + name occurrences in norm[from, to). */
export function findPersonMentions(norm: string, from: number, to: number): PersonMention[] {
  const lex = lexicon();
  titleRe ??= new RegExp(`(?:${alternation(lex.titles.words)})`, 'g');
  const out: PersonMention[] = [];
  titleRe.lastIndex = from;
  for (let m = titleRe.exec(norm); m && m.index < to; m = titleRe.exec(norm)) {
    const e = m.index + m[0].length;
    const nameEnd = readName(norm, e, to);
    if (nameEnd < 0) continue;
    const name = norm.slice(e, nameEnd);
    if (lex.notNames.has(name) || lex.titles.endingAt(norm, nameEnd, e) || lex.unnamed.has(name)) continue;
    // the description starts after the nearest stop on the left (at most 30 characters back)
    let s = m.index;
    const min = Math.max(from, m.index - 30);
    while (s > min && !LEFT_STOP.has(norm[s - 1])) s--;
    // keep 、-joined affiliations together (Hugging Face 首席伦理科学家、谷歌…联合创始人米切尔)
    while (s > min && norm[s - 1] === '、') {
      s--;
      while (s > min && !LEFT_STOP.has(norm[s - 1])) s--;
    }
    out.push({ name: { start: e, end: nameEnd }, mention: { start: s, end: nameEnd }, affiliations: parseAffiliations(norm, s, e) });
    titleRe.lastIndex = nameEnd;
  }
  return out;
}

function readName(norm: string, i: number, to: number): number {
  DOT_NAME.lastIndex = i;
  const dot = DOT_NAME.exec(norm);
  if (dot && i + dot[0].length <= to) return i + dot[0].length;
  let j = i;
  while (j < to && j - i < 5 && HAN.test(norm[j])) j++;
  const run = j - i;
  if (run < 2 || FUNCTION_CHARS.has(norm[i])) return -1;
  if (run <= 4 && (j >= to || !HAN.test(norm[j]))) return j; // the name runs up to punctuation
  const lex = lexicon();
  if (!lex.singleSurnames.has(norm[i]) && !lex.compoundSurnames.has(norm.slice(i, i + 2))) {
    if (!((norm[i] === '小' || norm[i] === '老') && lex.singleSurnames.has(norm[i + 1]))) return -1;
    return i + 2;
  }
  const base = lex.compoundSurnames.has(norm.slice(i, i + 2)) ? i + 1 : i;
  return FUNCTION_CHARS.has(norm[base + 2]) ? base + 2 : base + 3;
}

/** Organizations opening a clause (深圳云天励飞技术股份有限公司于今年7月…), in norm[from, to). */
export function findOrgMentions(norm: string, clauses: readonly Range[], lo: number, hi: number): OrgMention[] {
  const lex = lexicon();
  orgRe ??= new RegExp(`^[\\u3400-\\u9fffA-Za-z0-9 ]{2,24}?(?:${alternation(lex.strongOrgSuffixes.words)})`);
  const out: OrgMention[] = [];
  for (let k = lo; k < hi; k++) {
    const c = clauses[k];
    let s = c.start;
    while (s < c.end && norm[s] === ' ') s++;
    const m = orgRe.exec(norm.slice(s, Math.min(c.end, s + 40)));
    if (!m) continue;
    const text = m[0];
    if (/^(?:该|这|那|一家|其|本|各|多家|全国|我国)/.test(text)) continue;
    out.push({ org: { start: s, end: s + text.length } });
  }
  return out;
}
