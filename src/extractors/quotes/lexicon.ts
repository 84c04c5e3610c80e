// The quote extractor's lexicons, read once from the data files in ./data/ (one entry a
// line, `#` comments). Everything word-like the rules know lives there, not in code.
import { alternation, loadList, loadRows } from '../../lexicon/load.js';

const data = (name: string) => new URL(`./data/${name}`, import.meta.url);

/** `say` verbs make a quotation after them `direct`; `report` verbs make it `mixed`; `view` is 在X看来. */
export type CueType = 'say' | 'report' | 'view';

/** A set of words with a fast "longest word ending at / starting at position" lookup. */
export class WordSet {
  readonly words: Set<string>;
  readonly maxLen: number;
  /** Char codes some word starts / ends with: most positions are rejected without a slice. */
  private readonly firsts = new Set<number>();
  private readonly lasts = new Set<number>();
  constructor(list: Iterable<string>) {
    this.words = new Set(list);
    let m = 0;
    for (const w of this.words) {
      m = Math.max(m, w.length);
      this.firsts.add(w.charCodeAt(0));
      this.lasts.add(w.charCodeAt(w.length - 1));
    }
    this.maxLen = m;
  }
  has(w: string): boolean {
    return this.words.has(w);
  }
  /** Length of the longest word that ends at `end` in `s` and starts at or after `min`, or 0. */
  endingAt(s: string, end: number, min = 0): number {
    if (end <= min || !this.lasts.has(s.charCodeAt(end - 1))) return 0;
    for (let len = Math.min(this.maxLen, end - min); len > 0; len--) {
      if (this.words.has(s.slice(end - len, end))) return len;
    }
    return 0;
  }
  /** Length of the longest word that starts at `start` in `s` and ends at or before `max`, or 0. */
  startingAt(s: string, start: number, max = s.length): number {
    if (start >= max || !this.firsts.has(s.charCodeAt(start))) return 0;
    for (let len = Math.min(this.maxLen, max - start); len > 0; len--) {
      if (this.words.has(s.slice(start, start + len))) return len;
    }
    return 0;
  }
}

function build() {
  const cueRows = loadRows(data('cues.tsv'));
  const cueType = new Map<string, CueType>();
  const freeCues = new Set<string>();
  for (const [cue, type, form] of cueRows) {
    cueType.set(cue, (type as CueType) ?? 'report');
    if (form === 'free') freeCues.add(cue);
  }
  cueType.set('看来', 'view');
  const surnames = loadList(data('surnames.txt'));
  return {
    cueType,
    /** Cues the said text may follow without punctuation. */
    freeCues,
    /** Every cue, longest first, as one global regex (scan with lastIndex). */
    cueRe: new RegExp(`(?:${alternation(cueType.keys())})`, 'g'),
    /** A cue at the very end of a string. */
    cueAtEnd: new RegExp(`(?:${alternation(cueType.keys())})$`),
    titles: new WordSet([...loadList(data('titles.txt')), ...loadList(data('relations.txt'))]),
    /** Titles that introduce a person in running text (relations excluded). */
    mentionTitles: loadList(data('titles.txt')),
    modifiers: new WordSet(loadList(data('title-modifiers.txt'))),
    orgSuffixes: new WordSet(loadList(data('org-suffixes.txt'))),
    /** Organization suffixes of two characters or more: safe to split an org from a role at. */
    strongOrgSuffixes: new WordSet(loadList(data('org-suffixes.txt')).filter((w) => w.length >= 2)),
    singleSurnames: new Set(surnames.filter((s) => s.length === 1)),
    compoundSurnames: new Set(surnames.filter((s) => s.length === 2)),
    unnamed: new WordSet(loadList(data('unnamed.txt'))),
    unnamedQualifiers: new WordSet(loadList(data('unnamed-qualifiers.txt'))),
    pronouns: new WordSet(loadList(data('pronouns.txt'))),
    adverbials: new WordSet(loadList(data('adverbials.txt'))),
    addressees: new WordSet(loadList(data('addressees.txt'))),
    leadins: new WordSet(loadList(data('leadins.txt'))),
    notNames: new Set(loadList(data('not-names.txt'))),
    stopLeads: new WordSet(loadList(data('stop-leads.txt'))),
    translit: new Set(loadList(data('translit.txt')).join('')),
    weakSurnames: new Set(loadList(data('weak-surnames.txt'))),
  };
}

export type Lexicon = ReturnType<typeof build>;
let lex: Lexicon | null = null;
export function lexicon(): Lexicon {
  return (lex ??= build());
}
