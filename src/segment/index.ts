// Rule-based segmentation, the base every extractor works on. One linear pass over the
// normalized text (see text/normalize.ts: full-width punctuation is already ASCII there,
// so `，` arrives as `,` and `？` as `?`). All positions are UTF-16 indices of that text.
import { isDigitCode, isHanBlankAt } from '../text/chars.js';

export interface Range {
  start: number;
  end: number;
}

export interface Paragraph extends Range {
  index: number;
}

export interface Sentence extends Range {
  index: number;
  paragraph: number;
}

export interface Clause extends Range {
  sentence: number;
}

/** A pair of quotation marks. `close` is -1 when the paragraph ends before the quote closes. */
export interface QuotePair {
  open: number;
  close: number;
  /** The opening mark as written (normalized): “ 「 『 ‘ or ". */
  mark: string;
  /** 0 for an outermost quote, 1 for a quote inside it, … */
  depth: number;
  paragraph: number;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  clauses: Clause[];
  /** Quotation-mark pairs in order of their opening mark. */
  quotes: QuotePair[];
}

// One table for the scan: what each UTF-16 unit may be. Most units are 0 and cost one lookup.
const T_SENT = 1; // 。 ! ? ｡ — ends a sentence
const T_CLAUSE = 2; // , ; : ， ； ： — ends a clause
const T_DOTS = 4; // … . — may make an ellipsis
const T_CLOSER = 8; // ” 」 』 ’ " ) 》 】 — stays with the sentence it closes
const T_QUOTE = 16; // a quotation mark (“ ” ‘ ’ 「 」 『 』 ")
const T_SPACE = 32; // white space trimmed off a paragraph: space, tab, CR, VT, FF
const TABLE = new Uint8Array(0x10000);
const SENT = '。!?｡';
const CLAUSE = ',;:，；：';
const DOTS = '….';
const CLOSERS = '”」』’")》】';
const QUOTE_MARKS = '“”‘’「」『』"';
for (const c of SENT) TABLE[c.charCodeAt(0)] |= T_SENT;
for (const c of CLAUSE) TABLE[c.charCodeAt(0)] |= T_CLAUSE;
for (const c of DOTS) TABLE[c.charCodeAt(0)] |= T_DOTS;
for (const c of CLOSERS) TABLE[c.charCodeAt(0)] |= T_CLOSER;
for (const c of QUOTE_MARKS) TABLE[c.charCodeAt(0)] |= T_QUOTE;
for (const c of ' \t\r\v\f') TABLE[c.charCodeAt(0)] |= T_SPACE;
/**
 * Every unit the scan stops at (a T_SENT, T_CLAUSE, T_DOTS or T_QUOTE bit) but the ASCII comma,
 * as a native search (global: test() leaves lastIndex after the hit). The comma, half of all
 * stops, is found by indexOf: a cheaper call than a regex run, and the two searches' hits
 * merged are the same stops in the same order.
 */
const NEXT_SCAN = new RegExp(`[${[...(SENT + CLAUSE + DOTS + QUOTE_MARKS)].filter((c) => c !== ',').map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
const ELLIPSIS = 0x2026;

// Quotation marks by kind: “ 「 『 ‘ and the ASCII " (which toggles).
const MARKS = ['“', '「', '『', '‘', '"'];
const DQ = 4;
/** Kind of an opening mark, or -1. */
const openKind = (code: number) => (code === 0x201c ? 0 : code === 0x300c ? 1 : code === 0x300e ? 2 : code === 0x2018 ? 3 : -1);
/** Kind a closing mark closes, or -1 (’ is also an apostrophe: it only closes an open ‘). */
const closeKind = (code: number) => (code === 0x201d ? 0 : code === 0x300d ? 1 : code === 0x300f ? 2 : code === 0x2019 ? 3 : -1);


/**
 * `headline`, when given, is the article's title: a single space between Chinese characters
 * there ends a clause, as headlines write it for a comma (俄军空袭致乌克兰24人受伤 乌多州停电).
 */
export function segment(text: string, headline: Range | null = null): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  const quotes: QuotePair[] = [];
  const stack: QuotePair[] = [];
  const open = [0, 0, 0, 0, 0];
  const cursor = { next: -1, comma: -1 }; // the next unit NEXT_SCAN finds, and the next comma, as last searched
  const n = text.length;
  let pos = 0;
  while (pos <= n) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = n;
    let end = lineEnd;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    // trim surrounding white space of the paragraph
    let s = pos;
    while (s < end && (TABLE[text.charCodeAt(s)] & T_SPACE) !== 0) s++;
    let e = end;
    while (e > s && (TABLE[text.charCodeAt(e - 1)] & T_SPACE) !== 0) e--;
    if (e > s) {
      const p: Paragraph = { start: s, end: e, index: paragraphs.length };
      paragraphs.push(p);
      scanParagraph(text, p, sentences, clauses, quotes, stack, open, cursor);
      // Marks left open at the paragraph's end keep close = -1. open[] counts the marks on the
      // stack, so both need a reset only when marks are left (rare); here, not at the end of
      // scanParagraph, whose optimized code a branch it has not run yet would deoptimize.
      if (stack.length > 0) {
        stack.length = 0;
        open[0] = open[1] = open[2] = open[3] = open[4] = 0;
      }
    }
    pos = lineEnd + 1;
  }
  if (headline !== null) splitHeadlineClauses(text, clauses, headline);
  return { paragraphs, sentences, clauses, quotes };
}

/** Splits the clauses inside `headline` after each space or tab between Chinese characters (in place; a headline is a few clauses at the start). */
function splitHeadlineClauses(text: string, clauses: Clause[], headline: Range): void {
  for (let k = 0; k < clauses.length && clauses[k].start < headline.end; k++) {
    const c = clauses[k];
    if (c.end <= headline.start) continue;
    for (let i = Math.max(c.start, headline.start) + 1; i < c.end - 1 && i < headline.end - 1; i++) {
      if (isHanBlankAt(text, i)) {
        clauses.splice(k + 1, 0, { start: i + 1, end: c.end, sentence: c.sentence });
        c.end = i + 1;
        break; // the next clause, k + 1, is scanned on
      }
    }
  }
}

/**
 * One pass over a paragraph: sentences and clauses, and the quotation-mark pairs.
 *
 * Sentences end at 。！？; terminators, closing marks and ellipses that follow stay with the
 * sentence (。” ?! 。）); an ellipsis (…… or ...) ends a sentence only before a closing mark,
 * a terminator or the paragraph end. Clauses end at , ; : (not inside 1,000 or 12:30).
 *
 * Quotation marks pair with a stack: a closing mark closes the nearest open mark of its
 * kind (inner unclosed marks are left unclosed); a closing mark with no opener is ignored;
 * the ASCII " toggles. Marks still open at the paragraph's end get close = -1. Linear:
 * every mark is pushed and popped at most once, and a closer whose kind has none open is
 * skipped without a scan.
 */
function scanParagraph(
  text: string,
  p: Paragraph,
  sentences: Sentence[],
  clauses: Clause[],
  quotes: QuotePair[],
  stack: QuotePair[],
  open: number[],
  cursor: { next: number; comma: number },
): void {
  const pEnd = p.end;
  let sentStart = p.start;
  let clauseStart = p.start;
  let i = p.start;
  // Units the last sentence end took in (its trailing terminators and closing marks): the
  // scan passes over them again only to pair their quotation marks, so that pairMark has
  // one call site (V8 inlines it at each one, and this is the run's largest compile).
  let takenUntil = i;
  while (i < pEnd) {
    // Jump to the next unit the scan cares about with a native search: most text is
    // neither punctuation nor quotation marks, and a cold pass pays per JavaScript step.
    // The hit is kept across paragraphs, so that lines without punctuation are not searched
    // again and again (each unit is searched over once: linear).
    if (cursor.next < i) {
      NEXT_SCAN.lastIndex = i;
      cursor.next = NEXT_SCAN.test(text) ? NEXT_SCAN.lastIndex - 1 : text.length;
    }
    if (cursor.comma < i) {
      const k = text.indexOf(',', i);
      cursor.comma = k < 0 ? text.length : k;
    }
    i = cursor.next < cursor.comma ? cursor.next : cursor.comma;
    if (i >= pEnd) break;
    const code = text.charCodeAt(i);
    const t = TABLE[code];
    if ((t & T_QUOTE) !== 0) {
      pairMark(code, i, p.index, quotes, stack, open);
      i++;
      continue;
    }
    if (i < takenUntil) {
      i++;
      continue;
    }
    // …… and ...: startsWith at every dot is the same test as reading the next units, and one
    // shape for the common and the rare case keeps V8 from recompiling the scan (see pairMark)
    const ellipsis = (t & T_DOTS) !== 0 && (code === ELLIPSIS ? text.startsWith('……', i) : text.startsWith('...', i));
    if ((t & T_SENT) !== 0 || ellipsis) {
      let j = i + 1;
      if (ellipsis) while (j < pEnd && (TABLE[text.charCodeAt(j)] & T_DOTS) !== 0) j++;
      // An ellipsis ends a sentence only where a closing mark or a terminator follows it.
      const endsHere = !ellipsis || j >= pEnd || (TABLE[text.charCodeAt(j)] & (T_CLOSER | T_SENT)) !== 0;
      // Terminators and closing marks that follow stay with this sentence: 。” ?! 。）
      // (the quotation marks among them are paired by the scan: see takenUntil)
      while (j < pEnd) {
        const cj = text.charCodeAt(j);
        if ((TABLE[cj] & (T_SENT | T_CLOSER)) === 0 && cj !== ELLIPSIS) break;
        j++;
      }
      if (endsHere) {
        // the sentence ends at j: its last clause, then the sentence
        if (j > clauseStart) clauses.push({ start: clauseStart, end: j, sentence: sentences.length });
        if (j > sentStart) sentences.push({ start: sentStart, end: j, index: sentences.length, paragraph: p.index });
        sentStart = j;
        clauseStart = j;
      }
      takenUntil = j;
      i++;
      continue;
    }
    if ((t & T_CLAUSE) !== 0) {
      // 1,000 and 12:30 are numbers, not clause breaks
      if (!((code === 0x2c || code === 0x3a) && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) {
        if (i + 1 > clauseStart) clauses.push({ start: clauseStart, end: i + 1, sentence: sentences.length });
        clauseStart = i + 1;
      }
    }
    i++;
  }
  if (pEnd > clauseStart) clauses.push({ start: clauseStart, end: pEnd, sentence: sentences.length });
  if (pEnd > sentStart) sentences.push({ start: sentStart, end: pEnd, index: sentences.length, paragraph: p.index });
}

/**
 * A quotation mark at `i`: opens a pair, closes one, or is ignored. V8 optimizes the scan
 * (with this inlined) early in a run, and an operation that first runs after that throws the
 * optimized code away and has it compiled again (~30 ms of compiler work): so the rare cases
 * run the operations of the common ones (a close that skips inner marks, `...` in the scan).
 */
function pairMark(code: number, i: number, paragraph: number, out: QuotePair[], stack: QuotePair[], open: number[]): void {
  let kind = openKind(code);
  if (kind < 0 && code === 0x22 && open[DQ] === 0) kind = DQ;
  if (kind >= 0) {
    // A pair goes out when it opens (its close is set later, if it comes): so `out` is in
    // the order of the opening marks without a sort.
    const q: QuotePair = { open: i, close: -1, mark: MARKS[kind], depth: stack.length, paragraph };
    stack.push(q);
    out.push(q);
    open[kind]++;
    return;
  }
  const want = code === 0x22 ? DQ : closeKind(code);
  if (want < 0 || open[want] === 0) return;
  const wantMark = MARKS[want];
  let k = stack.length;
  do k--;
  while (stack[k].mark !== wantMark);
  stack[k].close = i;
  // The pair leaves the stack, and with it the marks opened inside it that stay unclosed.
  for (let m = stack.length - 1; m >= k; m--) open[MARKS.indexOf(stack[m].mark)]--;
  stack.length = k;
}

/** Index of the item of `ranges` (sorted, disjoint) that contains `pos`, or -1. Binary search. */
export function indexAt(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
