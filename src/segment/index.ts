// Rule-based segmentation, the base every extractor works on. One linear pass over the
// normalized text (see text/normalize.ts: full-width punctuation is already ASCII there,
// so `，` arrives as `,` and `？` as `?`). All positions are UTF-16 indices of that text.

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

const SENTENCE_END = new Set(['。', '!', '?', '｡']);
const CLAUSE_END = new Set([',', ';', ':', '，', '；', '：']);
const CLOSERS = new Set(['”', '」', '』', '’', '"', ')', '》', '】']);
const OPEN_TO_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };
const CLOSE_TO_OPEN: Record<string, string> = { '”': '“', '」': '「', '』': '『', '’': '‘' };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function segment(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  const quotes: QuotePair[] = [];
  const n = text.length;
  let pos = 0;
  while (pos <= n) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = n;
    let end = lineEnd;
    if (end > pos && text[end - 1] === '\r') end--;
    // trim surrounding white space of the paragraph
    let s = pos;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const p: Paragraph = { start: s, end: e, index: paragraphs.length };
      paragraphs.push(p);
      segmentParagraph(text, p, sentences, clauses);
      pairQuotes(text, p, quotes);
    }
    pos = lineEnd + 1;
  }
  quotes.sort((a, b) => a.open - b.open);
  return { paragraphs, sentences, clauses, quotes };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c;
}

function segmentParagraph(text: string, p: Paragraph, sentences: Sentence[], clauses: Clause[]): void {
  let sentStart = p.start;
  let clauseStart = p.start;
  const pushClause = (end: number) => {
    if (end > clauseStart) clauses.push({ start: clauseStart, end, sentence: sentences.length });
    clauseStart = end;
  };
  const pushSentence = (end: number) => {
    pushClause(end);
    if (end > sentStart) sentences.push({ start: sentStart, end, index: sentences.length, paragraph: p.index });
    sentStart = end;
    clauseStart = end;
  };
  let i = p.start;
  while (i < p.end) {
    // Fast path: most characters are no terminator or separator (no string made for them).
    const code = text.charCodeAt(i);
    if (!(code === 0x21 || code === 0x2c || code === 0x2e || code === 0x3a || code === 0x3b || code === 0x3f || code === 0x2026 || code === 0x3002 || code === 0xff61 || code === 0xff0c || code === 0xff1a || code === 0xff1b)) {
      i++;
      continue;
    }
    const c = text[i];
    const ellipsis = (c === '…' && text[i + 1] === '…') || (c === '.' && text[i + 1] === '.' && text[i + 2] === '.');
    if (SENTENCE_END.has(c) || ellipsis) {
      let j = i + 1;
      if (ellipsis) while (j < p.end && (text[j] === '…' || text[j] === '.')) j++;
      // An ellipsis ends a sentence only where a closing mark or a terminator follows it.
      const endsHere = !ellipsis || j >= p.end || CLOSERS.has(text[j]) || SENTENCE_END.has(text[j]);
      // Terminators and closing marks that follow stay with this sentence: 。” ?! 。）
      while (j < p.end && (SENTENCE_END.has(text[j]) || CLOSERS.has(text[j]) || text[j] === '…')) j++;
      if (endsHere) pushSentence(j);
      i = j;
      continue;
    }
    if (CLAUSE_END.has(c)) {
      // 1,000 and 12:30 are numbers, not clause breaks
      if (!((c === ',' || c === ':') && isDigit(text[i - 1]) && isDigit(text[i + 1]))) pushClause(i + 1);
    }
    i++;
  }
  pushSentence(p.end);
}

/**
 * Pairs quotation marks inside one paragraph with a stack: a closing mark closes the
 * nearest open mark of its kind (inner unclosed marks are left unclosed); a closing mark
 * with no opener is ignored; the ASCII " toggles. Marks still open at the paragraph's
 * end get close = -1. Linear: every mark is pushed and popped at most once.
 */
function pairQuotes(text: string, p: Paragraph, out: QuotePair[]): void {
  const stack: QuotePair[] = [];
  // How many marks of each kind are open: a closer whose kind has none open is skipped
  // without a scan, so hostile runs of unmatched closers stay linear.
  const open: Record<string, number> = { '“': 0, '「': 0, '『': 0, '‘': 0, '"': 0 };
  for (let i = p.start; i < p.end; i++) {
    // Fast path: most characters are no quotation mark (no string made for them).
    const code = text.charCodeAt(i);
    if (code !== 0x22 && (code < 0x2018 || code > 0x201d) && (code < 0x300c || code > 0x300f)) continue;
    const c = text[i];
    let want: string | undefined;
    if (c in OPEN_TO_CLOSE || (c === '"' && open['"'] === 0)) {
      stack.push({ open: i, close: -1, mark: c, depth: stack.length, paragraph: p.index });
      open[c]++;
      continue;
    }
    if (c === '"') want = '"';
    else want = CLOSE_TO_OPEN[c]; // ’ is also an apostrophe (it’s): it only closes an open ‘
    if (want === undefined || open[want] === 0) continue;
    let k = stack.length - 1;
    while (stack[k].mark !== want) k--;
    const pair = stack[k];
    pair.close = i;
    out.push(pair);
    for (let m = stack.length - 1; m >= k; m--) {
      open[stack[m].mark]--;
      if (m > k) out.push(stack[m]); // opened inside, never closed
    }
    stack.length = k;
  }
  for (const pair of stack) out.push(pair);
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
