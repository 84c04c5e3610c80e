// Speech cues (表示, 认为, 说 …, from data/cues.tsv) and what follows them: punctuation,
// a quotation mark, or — for the cues marked `free` — the said text itself.
import { lexicon, type CueType } from './lexicon.js';
import { isHanCode, unitTable } from '../../text/chars.js';

export type CueFollow = 'comma' | 'colon' | 'quote' | 'stop' | 'free';

export interface CueHit {
  /** The cue as written (UTF-16 range of the text). */
  start: number;
  end: number;
  cue: string;
  type: CueType;
  follow: CueFollow;
  /** Where the said text starts (after the punctuation, the addressee of 告诉 …). */
  after: number;
}

const OPEN_MARKS = '“「『"';
const SENTENCE_STOP = '。!?;…”」』';
/** After these a free-form cue is part of another word or phrase (介绍了, 称为, 表示感谢). */
const NOT_AFTER_FREE = '了过着的得地为作号之师者';
/** Before a free-form 称 these make a noun or another verb of it (有关名称源于, 简称, 俗称, 号称, 堪称, 统称). */
const NOT_BEFORE_FREE_CHENG = '名简俗号堪统昵';
const HAN = /[\u3400-\u9fffA-Za-z0-9]/;
const LATIN_ADDRESSEE = / ?[A-Za-z][A-Za-z0-9.&'-]{0,20}(?: [A-Za-z0-9.&'-]{1,20}){0,3}(?= ?[称说]?[,:“"])/y;

/**
 * Cue occurrences in norm[from, to) in text order. `skipTo(pos)` returns the end of a
 * quotation covering pos (cues inside quoted speech are not attributions), or -1.
 */
export function findCues(norm: string, from: number, to: number, skipTo: (pos: number) => number): readonly CueHit[] {
  const lex = lexicon();
  let out: CueHit[] | null = null; // (most windows hold no cue: no array)
  // a leftmost-longest scan of the window with the cue trie (no alternation regex)
  let pos = from;
  const cues = lex.cues;
  for (let start = cues.findStart(norm, pos, to); start >= 0; start = cues.findStart(norm, pos, to)) {
    const len = cues.foundLength;
    const skip = skipTo(start);
    if (skip >= 0) {
      pos = Math.max(skip, start + 1);
      continue;
    }
    const end = start + len;
    const cue = norm.slice(start, end);
    pos = end;
    const hit = classify(norm, start, end, to, cue, lex.cueType.get(cue)!, lex.freeCues.has(cue));
    if (hit) {
      (out ??= []).push(hit);
      if (hit.end > pos) pos = hit.end;
    }
  }
  return out ?? NO_CUES;
}
const NO_CUES: readonly CueHit[] = [];
const C_BOOK_OPEN = '《'.charCodeAt(0);
const C_BOOK_CLOSE = '》'.charCodeAt(0);
const C_LIST_COMMA = '、'.charCodeAt(0);

function classify(norm: string, start: number, end: number, to: number, cue: string, type: CueType, free: boolean): CueHit | null {
  let q = end;
  if ((norm[q] === '说' || norm[q] === '道' || norm[q] === '称') && q + 1 < to && ',:“"。!?'.includes(norm[q + 1]) && cue.length > 1 && !lexicon().cuesWith.announcement.has(cue)) {
    // compound cues, kept as written: 解释称, 介绍说, 解释道 (and at a sentence's end after a
    // quotation: “…。”胡胜银补充说。); not 公告称, whose cue stays 称 (公告 is the speaker's:
    // a listed company's announcement)
    q++;
    end = q;
    cue = norm.slice(start, end);
  }
  if (cue === '告诉') {
    let al = lexicon().addressees.startingAt(norm, q, to);
    if (al === 0) {
      // 告诉 Business Insider： — a name in Latin letters right before the punctuation
      LATIN_ADDRESSEE.lastIndex = q;
      const m = LATIN_ADDRESSEE.exec(norm);
      if (m && m.index === q && q + m[0].length <= to) al = m[0].length;
    }
    if (al === 0) {
      // 告诉法新社，, 告诉本台： — a short addressee right before the punctuation
      let k = q;
      while (k < to && k - q < 8 && isHanCode(norm.charCodeAt(k))) k++;
      const p = k < to ? norm.charCodeAt(k) : 0;
      if (k - q >= 2 && (p === 44 || p === 58)) al = k - q; // , :
    }
    if (al === 0 && norm.charCodeAt(q) === C_BOOK_OPEN) {
      // 告诉《每日经济新闻》记者， — a paper in title marks, then at most a few words (记者, 等媒体)
      let close = q + 1;
      while (close < to && close - q <= 20 && norm.charCodeAt(close) !== C_BOOK_CLOSE) close++;
      if (norm.charCodeAt(close) !== C_BOOK_CLOSE) close = -1;
      let k = close + 1;
      while (close > 0 && k < to && k - close <= 4 && isHanCode(norm.charCodeAt(k))) k++;
      const p = close > 0 && close - q <= 20 && k < to ? norm.charCodeAt(k) : 0;
      if (p === 44 || p === 58) al = k - q;
    }
    if (al === 0) return null;
    q += al;
    // 告诉 CNBC 称，: the addressee, then 称 or 说 before the punctuation
    let r = q;
    while (r < to && norm.charCodeAt(r) === 32) r++;
    if (r + 1 < to && (norm[r] === '称' || norm[r] === '说') && (norm[r + 1] === ',' || norm[r + 1] === ':')) q = r + 1;
  }
  while (q < to && norm[q] === ' ') q++;
  const hit = (follow: CueFollow, after: number): CueHit => ({ start, end, cue, type, follow, after });
  if (q >= to) return hit('stop', q);
  const c = norm[q];
  // (提名还需参议院确认，: after 需, 待 or 经 in its clause the act is awaited, not said)
  if (start > 0 && lexicon().cuesWith.awaited.has(cue) && awaitedBefore(norm, start)) return null;
  if (c === ',') return hit('comma', q + 1);
  if (c === ':') return hit('colon', q + 1);
  if (OPEN_MARKS.includes(c)) return hit('quote', q);
  // 纳德拉所说——“…”: a dash before the quotation
  if (c === '—' && norm[q + 1] === '—' && q + 2 < to && OPEN_MARKS.includes(norm[q + 2])) return hit('quote', q + 2);
  if (SENTENCE_STOP.includes(c)) return hit('stop', q);
  if (!free || !HAN.test(c) || NOT_AFTER_FREE.includes(c)) return null;
  if (cue === '称' && start > 0 && NOT_BEFORE_FREE_CHENG.includes(norm[start - 1])) return null;
  // (一切法律行为、表示与代为签署: after 、 a free-form cue is one noun of a list)
  if (start > 0 && norm.charCodeAt(start - 1) === C_LIST_COMMA) return null;
  // (不可预测, 难以预测, 难以估计: a forecast's verb after 可 or 以 is an adjective, no forecast)
  if (start > 0 && (norm[start - 1] === '可' || norm[start - 1] === '以') && lexicon().cuesWith.forecast.has(cue)) return null;
  const notSpeech = lexicon().notSpeechAfter.get(cue);
  if (notSpeech !== undefined && notSpeech.test(norm.slice(q, q + 4))) return null;
  return hit('free', q);
}

/** Does 需, 待 or 经 stand in the clause before `start` (back to a comma or stop, at most 16 units)? */
function awaitedBefore(norm: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 16; i--) {
    const c = norm.charCodeAt(i);
    if (CLAUSE_STOP[c] === 1) return false;
    if (AWAITING[c] === 1) return true;
  }
  return false;
}
const CLAUSE_STOP = unitTable(',。;:!?\n');
const AWAITING = unitTable('需待经');
