// The quote extractor's lexicons, read once from the data files in ./data/ (one entry a
// line, `#` comments). Everything word-like the rules know lives there, not in code.
import { loadList, loadListWithExceptions, loadRows, wordsRegExp } from '../../lexicon/load.js';
import { charTable, unitTable } from '../../text/chars.js';

const data = (name: string) => new URL(`./data/${name}`, import.meta.url);

/** `say` verbs make a quotation after them `direct`; `report` verbs make it `mixed`; `view` is 在X看来 and 按照X的说法. */
export type CueType = 'say' | 'report' | 'view';
/** What some cues also do (cues.tsv's header). */
export type CueTrait = 'forecast' | 'topic' | 'org-statement' | 'cites' | 'act' | 'person' | 'announcement' | 'awaited';

/**
 * A trie flattened into typed arrays: its edges in one open-addressing hash table. The
 * edge from node n by code unit c sits at the first slot from (c + n * 2053) & mask whose
 * key is (n << 16) + c + 1 (0: an empty slot, where a probe stops; NaN, a read past the
 * string's end, matches nothing); its value is child * 2, plus 1 when a word ends at the
 * child. The root is node 0. Typed arrays rather than a Map per node: a cold Map.get costs
 * ~300 instructions in V8's baseline code, and the Map walk made the optimized find /
 * startingAt / endingAt large; here a step is two typed-array loads. The three walks write
 * the probe out rather than call one step method: a call per character in cold code cost
 * +20 M instructions over the corpus (two thirds of what the flat trie saved).
 * (Child ranges sorted by code, binary-searched, measured worse: more loads a step.)
 */
class Trie {
  readonly keys: Int32Array;
  readonly vals: Int32Array;
  readonly mask: number;
  /** The words, read backward when `backward`. */
  constructor(words: Iterable<string>, backward: boolean) {
    let total = 0;
    for (const w of words) total += w.length;
    if (total >= 0x7fff) throw new Error(`WordSet: ${total} code units is more than the flat trie holds`);
    let size = 16;
    while (size < 2 * total) size *= 2; // at most half full: probes stay short and always meet an empty slot
    const keys = (this.keys = new Int32Array(size));
    const vals = (this.vals = new Int32Array(size));
    const mask = (this.mask = size - 1);
    let nodes = 1;
    for (const w of words) {
      let n = 0;
      for (let j = 0; j < w.length; j++) {
        const c = w.charCodeAt(backward ? w.length - 1 - j : j);
        const key = (n << 16) + c + 1;
        let h = (c + n * 2053) & mask;
        while (keys[h] !== 0 && keys[h] !== key) h = (h + 1) & mask;
        if (keys[h] === 0) {
          keys[h] = key;
          vals[h] = nodes++ << 1;
        }
        if (j === w.length - 1) vals[h] |= 1;
        n = vals[h] >> 1;
      }
    }
  }
}
const pairHash = (a: number, b: number) => ((a * 31) ^ b) & 0xffff;
/** findStart's skip scan takes at most this many one-unit words (one indexOf each); with more, findStart tests every position. */
const MAX_SINGLES = 2;
/** No occurrence: past any string's end (a small integer still). */
const NOWHERE = 0x7fffffff;
/** pairBits of a set with a skip scan: findStart reads the scan's pairSets instead. */
const NO_PAIR_BITS = new Uint8Array(0);

/** SkipScan's lists keep their room between texts up to this many entries (256 KB each). */
const KEPT_ENTRIES = 1 << 16;

/**
 * findStart's step-2 skip scan, shared by up to four WordSets searching one string (the mention
 * titles, the organisation suffixes and the cues all sweep every paragraph): it reads every
 * other code unit once — checked positions lo + 1, lo + 3, … — and keeps for each set, in
 * order, the checked positions whose unit its startBits allow (and its pair filter, for the
 * start j or j - 1 each bit stands for), as (j << 2) | bits (j < 2^29, V8's longest string). A set's findStart then walks its own list, not the text: the same
 * positions its own scan would have stopped at (any fixed parity serves, see findStart), so the
 * text is read once, not once per set. The lists cover [lo + 1, hi) of the last string;
 * a window starting before lo or past hi (or another string) starts them afresh. The scan
 * loop itself is in findStart (why: there).
 */
export class SkipScan {
  /** Bits 2k, 2k + 1: set k's startBits. */
  readonly table = new Uint8Array(0x10000);
  /**
   * Bit 2k: set k's pair filter (the first two units of its longer words) holds this pairHash. Laid out as the start
   * j bits of `table` (bit 2k), and shifted left by one as its start j - 1 bits (bit 2k + 1):
   * one AND with a table entry keeps exactly the starts both allow, for every set at once.
   */
  readonly pairSets = new Uint8Array(0x10000);
  private readonly lists: Int32Array[] = [];
  readonly counts = new Int32Array(4);
  /** Per set, where its last findStart stopped in its list (forward sweeps start there). */
  readonly cursors = new Int32Array(4);
  private s: string | null = null;
  private lo = 0;
  private hi = 0;
  /**
   * Takes a set's words of two units or more; returns its slot, whose startBits are bit 1 for
   * the units such a word starts with, bit 2 for their second units. Forgets what was
   * scanned (the table changed).
   */
  add(longWords: readonly string[]): number {
    const k = this.lists.length;
    if (k === 4) throw new Error('SkipScan: at most four word sets');
    this.lists.push(new Int32Array(64));
    for (const w of longWords) {
      this.table[w.charCodeAt(0)] |= 1 << (2 * k);
      this.table[w.charCodeAt(1)] |= 2 << (2 * k);
      this.pairSets[pairHash(w.charCodeAt(0), w.charCodeAt(1))] |= 1 << (2 * k);
    }
    this.s = null;
    return k;
  }
  /**
   * Set k's list for a window of s from `from` (findStart then scans on as far as the window
   * needs); its cursor is then the first entry at or after from.
   */
  list(k: number, s: string, from: number): Int32Array {
    if (this.s !== s || from < this.lo || from > this.hi) {
      this.s = s;
      this.lo = from;
      this.hi = from + 1;
      for (let q = 0; q < this.lists.length; q++) this.counts[q] = this.cursors[q] = 0;
    }
    const list = this.lists[k];
    const n = this.counts[k];
    let c = this.cursors[k];
    if (c > 0 && list[c - 1] >> 2 >= from) {
      // (a window behind the last one: binary search)
      let a = 0;
      let b = n;
      while (a < b) {
        const m = (a + b) >> 1;
        if (list[m] >> 2 < from) a = m + 1;
        else b = m;
      }
      c = a;
    }
    while (c < n && list[c] >> 2 < from) c++;
    this.cursors[k] = c;
    return list;
  }
  /**
   * Drops the remembered string (see WordSet.forgetText), and lists grown past KEPT_ENTRIES
   * (reserve makes room for one entry per checked position of a paragraph: a huge paragraph
   * would otherwise keep ~6 bytes per unit in every thread for the rest of the process).
   */
  forgetText(): void {
    this.s = null;
    for (let k = 0; k < this.lists.length; k++) if (this.lists[k].length > KEPT_ENTRIES) this.lists[k] = new Int32Array(64);
  }
  /** The next position to check: the lists are complete below it. */
  get scanned(): number {
    return this.hi;
  }
  /** Room for the entries a scan of [scanned, to) can add; the lists and counts to add them to. */
  reserve(to: number): readonly Int32Array[] {
    const need = ((to - this.hi + 1) >> 1) + 1; // at most one entry per checked position
    for (let k = 0; k < this.lists.length; k++) {
      const old = this.lists[k];
      if (this.counts[k] + need > old.length) {
        const grown = new Int32Array(Math.max(2 * old.length, this.counts[k] + need));
        grown.set(old.subarray(0, this.counts[k]));
        this.lists[k] = grown;
      }
    }
    return this.lists;
  }
  /** The lists are complete below `hi` (findStart's scan stopped there). */
  scannedTo(hi: number): void {
    this.hi = hi;
  }
}

/**
 * A set of words with allocation-free "longest word ending at / starting at position"
 * lookups: a forward and a backward trie (flat, see Trie) walked one code unit at a time
 * (no slices). The backward trie is built at the first endingAt (9 of the 15 sets never
 * call it), the pair filter at the first findStart (3 sets call it).
 */
export class WordSet {
  readonly words: Set<string>;
  private readonly fwd: Trie;
  /** Built at the first endingAt: most sets are only read forward. */
  private bwd: Trie | null = null;
  /** firstBits[c]: 1 when some word starts with code unit c, 2 when c alone is a word too. */
  readonly firstBits = new Uint8Array(0x10000);
  /**
   * A filter over the first two code units of the longer words (no false negatives), for the
   * plain scan; built at the first findStart. Empty for a set with a skip scan, which keeps the
   * filter of all its sets itself (SkipScan.pairSets).
   */
  private pairBits: Uint8Array | null = null;
  /**
   * findStart's skip scan (its own, or one shared with other sets: shareScan), given the set's
   * longer words at the first findStart (SkipScan.add). None when the set holds more than
   * MAX_SINGLES one-unit words: findStart then tests every position.
   */
  private scan: SkipScan | null = null;
  /** This set's slot in `scan`, or -1 before the first findStart (or without a skip scan). */
  private slot = -1;
  /** The one-unit words (the cues: 说 称; at most MAX_SINGLES), found by native indexOf beside the skip scan. */
  private singles: string[] = [];
  /** The string last searched for them (see firstSingle). */
  private singleIn: string | null = null;
  /** Per one-unit word (0, 1): where its last search started, and its first occurrence at or after that (or NOWHERE); -1: none yet. */
  private from0 = -1;
  private at0 = -1;
  private from1 = -1;
  private at1 = -1;
  /** The length of the word the last findStart found. */
  foundLength = 0;
  /** Does findStart use the skip scan (at most MAX_SINGLES one-unit words), not the plain scan that tests every position? */
  get skipsScan(): boolean {
    let singles = 0;
    for (const w of this.words) if (w.length === 1) singles++;
    return singles <= MAX_SINGLES;
  }
  constructor(list: Iterable<string>) {
    this.words = new Set(list);
    for (const w of this.words) {
      if (!w) continue;
      const c0 = w.charCodeAt(0);
      if (w.length === 1) this.firstBits[c0] = 2;
      else {
        if (this.firstBits[c0] === 0) this.firstBits[c0] = 1;
      }
    }
    this.fwd = new Trie(this.words, false);
  }
  private buildPairBits(): Uint8Array {
    const longWords: string[] = [];
    const singles: string[] = [];
    for (const w of this.words) {
      if (w.length > 1) longWords.push(w);
      else if (w) singles.push(w);
    }
    this.singles = singles;
    if (singles.length <= MAX_SINGLES) {
      this.slot = (this.scan ??= new SkipScan()).add(longWords);
      return (this.pairBits = NO_PAIR_BITS);
    }
    this.scan = null;
    const bits = new Uint8Array(0x10000);
    for (const w of longWords) bits[pairHash(w.charCodeAt(0), w.charCodeAt(1))] = 1;
    return (this.pairBits = bits);
  }
  /**
   * Drops what findStart remembers of the last string searched. The memos are keyed by the string,
   * and strings compare by content: a new text that equals the last one (a document given
   * twice) or shares a long start with it would be compared unit by unit at every findStart, which
   * is quadratic. Called once per text (forgetSearchedText), the comparison is a pointer test.
   */
  forgetText(): void {
    this.singleIn = null;
    this.scan?.forgetText();
  }
  /** findStart's skip scan is `scan`, shared with the other sets given it (before the set's first findStart). */
  shareScan(scan: SkipScan): this {
    if (this.pairBits) throw new Error('WordSet.shareScan: after the first findStart');
    this.scan = scan;
    return this;
  }
  private buildBwd(): Trie {
    return (this.bwd = new Trie(this.words, true));
  }
  has(w: string): boolean {
    return this.words.has(w);
  }
  /** Length of the longest word that ends at `end` in `s` and starts at or after `min`, or 0. */
  endingAt(s: string, end: number, min = 0): number {
    const { keys, vals, mask } = this.bwd ?? this.buildBwd();
    let n = 0;
    let best = 0;
    for (let i = end - 1; i >= min; i--) {
      const c = s.charCodeAt(i);
      const key = (n << 16) + c + 1;
      let h = (c + n * 2053) & mask;
      for (let k; (k = keys[h]) !== key; h = (h + 1) & mask) {
        if (k === 0) return best;
      }
      const v = vals[h];
      if (v & 1) best = end - i;
      n = v >> 1;
    }
    return best;
  }
  /** Length of the longest word that starts at `start` in `s` and ends at or before `max`, or 0. */
  startingAt(s: string, start: number, max = s.length): number {
    if (start >= max || this.firstBits[s.charCodeAt(start)] === 0) return 0;
    const { keys, vals, mask } = this.fwd;
    let n = 0;
    let best = 0;
    for (let i = start; i < max; i++) {
      const c = s.charCodeAt(i);
      const key = (n << 16) + c + 1;
      let h = (c + n * 2053) & mask;
      for (let k; (k = keys[h]) !== key; h = (h + 1) & mask) {
        if (k === 0) return best;
      }
      const v = vals[h];
      if (v & 1) best = i + 1 - start;
      n = v >> 1;
    }
    return best;
  }
  /** Some word starts at `start` (ending at or before `max`) whose end e has ok[e] set. */
  someStartingAt(s: string, start: number, max: number, ok: Uint8Array): boolean {
    const { keys, vals, mask } = this.fwd;
    let n = 0;
    for (let i = start; i < max; i++) {
      const c = s.charCodeAt(i);
      const key = (n << 16) + c + 1;
      let h = (c + n * 2053) & mask;
      for (let k; (k = keys[h]) !== key; h = (h + 1) & mask) {
        if (k === 0) return false;
      }
      const v = vals[h];
      if (v & 1 && ok[i + 1]) return true;
      n = v >> 1;
    }
    return false;
  }
  /**
   * The leftmost one-unit word in s[from, to), or to. Native indexOf, its answer remembered:
   * the first occurrence at or after p is the same for every p from the last search's start
   * up to that occurrence, so a forward sweep over a text searches again only once past an
   * occurrence (an unbounded indexOf per window would search on to the text's end each time).
   */
  private firstSingle(s: string, from: number, to: number): number {
    if (this.singleIn !== s) {
      this.singleIn = s;
      this.from0 = this.at0 = this.from1 = this.at1 = -1; // (from is never below 0)
    }
    // Each word keeps its own answer: one answer for both would search again for both whenever
    // either occurred, and a word that does not occur would be searched to the text's end each
    // time (quadratic on 他说。 repeated).
    if (from < this.from0 || from > this.at0) {
      const k = s.indexOf(this.singles[0], from);
      this.from0 = from;
      this.at0 = k >= 0 ? k : NOWHERE;
    }
    let at = this.at0;
    if (this.singles.length > 1) {
      if (from < this.from1 || from > this.at1) {
        const k = s.indexOf(this.singles[1], from);
        this.from1 = from;
        this.at1 = k >= 0 ? k : NOWHERE;
      }
      if (this.at1 < at) at = this.at1;
    }
    return at < to ? at : to;
  }
  /**
   * The leftmost-longest occurrence of a word in s[from, to) — what a global alternation regex
   * (longest first) finds, without running one: its start, or -1; its length in foundLength.
   */
  findStart(s: string, from: number, to: number): number {
    const bits = this.firstBits;
    const pairs = this.pairBits ?? this.buildPairBits();
    const scan = this.scan;
    if (scan) {
      // The one-unit words first: `single` is the leftmost of them in [from, to), or to. A
      // word starting at or before it ends the search; nothing needs checking past single + 1.
      const single = this.singles.length === 0 ? to : this.firstSingle(s, from, to);
      const end = Math.min(to, single + 2);
      // The skip scan: a word of two units or more found at i covers i and i + 1, one of them
      // a checked position j (every other position: SkipScan): s[j] is then its first or its second
      // unit. So where its start bits (SkipScan.add) are 0 no such word starts at j or j - 1, and as the
      // checked positions go up, the starts tried (j - 1 when s[j] can be a second unit, j
      // when it can be a first) go up too and take in every start such a word can have: the
      // first start found is the leftmost (startingAt gives its longest word, a one-unit word
      // there included). Such a word ending at to - 1 or before covers a checked position
      // below to, and one starting at single or before one below single + 2: `j < end` misses
      // none that can come first. A one-unit word earlier than that start comes first: no
      // longer word starts there (it would have been found), so it is the longest there.
      // (The set's list holds the checked positions j >= from whose start bits are not 0, from the cursor on.)
      const k = this.slot;
      let list = scan.list(k, s, from);
      if (scan.scanned < to) {
        // The shared scan goes on to `to` here, not in a SkipScan method: findStart's own work
        // then (the work that gets it optimized in the cold run: a separate method left
        // findStart in baseline code for 50 more documents, +20 M instructions cold).
        // A start bit stays only where the set's pair filter also lets a word start: the start j
        // (bit 1) needs pair s[j] s[j + 1], the start j - 1 (bit 2) pair s[j - 1] s[j]. The walk
        // below made that test per entry; made here, once for all sets, the lists keep only the
        // entries that pass it (most do not). Past either end of the string the unit is taken as
        // NUL (not read: an out-of-range read slows the whole optimized function); an entry kept
        // that way fails the walk's bounds test.
        const lists = scan.reserve(to);
        const last = s.length - 1;
        const table = scan.table;
        const pairSets = scan.pairSets;
        const counts = scan.counts;
        let j = scan.scanned;
        for (; j < to; j += 2) {
          const u = s.charCodeAt(j);
          let t = table[u];
          if (t === 0) continue;
          // bits 2q and 2q + 1 of t: set q's starts j and j - 1 that its pair filter passes
          t &= pairSets[pairHash(u, j < last ? s.charCodeAt(j + 1) : 0)] | (pairSets[pairHash(j > 0 ? s.charCodeAt(j - 1) : 0, u)] << 1);
          for (let q = 0; t !== 0; q++, t >>= 2) {
            const b = t & 3;
            if (b !== 0) lists[q][counts[q]++] = (j << 2) | b;
          }
        }
        scan.scannedTo(j);
        list = lists[k];
      }
      const n = scan.counts[k];
      let c = scan.cursors[k];
      for (; c < n; c++) {
        const j = list[c] >> 2;
        if (j >= end) break;
        const b = list[c] & 3;
        // the two starts in order (one call site of startingAt: a smaller optimized findStart)
        for (let i = j - 1; i <= j; i++) {
          if ((b & (i < j ? 2 : 1)) === 0 || i < from || i + 1 >= to) continue; // (the pair filter passed: the scan tested it)
          const l = this.startingAt(s, i, to);
          if (l) {
            scan.cursors[k] = c;
            if (i > single) return this.found(single, 1);
            return this.found(i, l);
          }
        }
      }
      scan.cursors[k] = c;
      // (no longer word starts at single: it would have been found; one call site of startingAt)
      return single < to ? this.found(single, 1) : -1;
    }
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      const b = bits[c];
      if (b === 0) continue;
      if (i + 1 >= to || pairs[pairHash(c, s.charCodeAt(i + 1))] === 0) {
        // No longer word can start here (the pair filter has no false negatives): only c
        // alone, which startingAt would find too, without a trie walk (说 before most units)
        if (b === 2) return this.found(i, 1);
        continue;
      }
      const l = this.startingAt(s, i, to);
      if (l) return this.found(i, l);
    }
    return -1;
  }
  private found(start: number, length: number): number {
    this.foundLength = length;
    return start;
  }
}

function build() {
  const cueRows = loadRows(data('cues.tsv'));
  const cueType = new Map<string, CueType>();
  const freeCues = new Set<string>();
  const cuesWith: Record<CueTrait, Set<string>> = { forecast: new Set(), topic: new Set(), 'org-statement': new Set(), cites: new Set(), act: new Set(), person: new Set(), announcement: new Set(), awaited: new Set() };
  for (const [cue, type, form, traits] of cueRows) {
    cueType.set(cue, (type as CueType) ?? 'report');
    if (form === 'free') freeCues.add(cue);
    if (traits) for (const t of traits.split(',')) cuesWith[t as CueTrait].add(cue);
  }
  cueType.set('看来', 'view');
  cueType.set('说法', 'view'); // (按照X的说法: 的 is looked for before it; a cue starting with 的 would stop the paragraph scan at every 的)
  const surnames = loadList(data('surnames.txt'));
  const compoundSurnames = surnames.filter((s) => s.length === 2);
  const orgSuffixRows = loadRows(data('org-suffixes.txt'));
  const orgSuffixWords = orgSuffixRows.map((r) => r[0]);
  const cues = new WordSet(cueType.keys());
  const titleRows = loadRows(data('titles.txt'));
  const mentionTitles = new WordSet(titleRows.map((r) => r[0]));
  const honorificRows = loadRows(data('honorifics.txt'));
  const genericOrgWords = loadList(data('generic-orgs.txt'));
  const orgMentionSuffixes = new WordSet(loadList(data('org-mention-suffixes.txt')));
  /** The cues, the mention titles and the organisation suffixes are all searched for over every paragraph: one skip scan. */
  const swept = [cues, mentionTitles, orgMentionSuffixes];
  const relations = new WordSet(loadList(data('relations.txt')));
  const titles = new WordSet([...mentionTitles.words, ...relations.words]);
  const unnamed = new WordSet(loadList(data('unnamed.txt')));
  const knownCompanies = loadList(data('known-companies.txt'));
  const openers = loadListWithExceptions(data('statement-openers.txt'));
  const paragraphScan = new SkipScan();
  for (const ws of swept) ws.shareScan(paragraphScan);
  return {
    cueType,
    /** Cues the said text may follow without punctuation. */
    freeCues,
    /** The cues of each trait (cues.tsv's fourth column). */
    cuesWith,
    /** Every cue (leftmost-longest scan with findStart). */
    cues,
    titles,
    /** Family relations (relations.txt: 父亲, 女儿): what stands before one describes a person, no organization. */
    relations,
    /** Titles that introduce a person in running text (relations excluded). */
    mentionTitles,
    /** Suffixes of organizations named in running text (…公司, …医院). */
    orgMentionSuffixes,
    /** Verbs whose object is a bare 公司 (创下公司历史纪录): no name runs back over them. */
    genericOrgVerbs: new WordSet(loadList(data('generic-org-verbs.txt'))),
    /** The sets above that share the paragraph scan (and remember the text: forgetSearchedText). */
    swept,
    modifiers: new WordSet(loadList(data('title-modifiers.txt'))),
    orgSuffixes: new WordSet(orgSuffixWords),
    /** One-unit suffixes of offices that end no person's name (org-suffixes.txt's `office`: 局, 部). */
    officeEnds: unitTable(orgSuffixRows.filter((r) => r[1] === 'office').map((r) => r[0]).join('')),
    /** Organization suffixes of two characters or more: safe to split an org from a role at. */
    strongOrgSuffixes: new WordSet(orgSuffixWords.filter((w) => w.length >= 2)),
    singleSurnameBits: charTable(surnames.filter((s) => s.length === 1)),
    compoundSurnames: new Set(compoundSurnames),
    /** The first units of the compound surnames (see compoundSurnameAt). */
    compoundFirstBits: charTable(compoundSurnames.map((s) => s[0])),
    unnamed,
    /**
     * titles and unnamed as one set: its longest word ending (starting) at a place is the longer
     * of theirs, found in one trie walk instead of two (the speaker parser asks for both).
     */
    roles: new WordSet([...titles.words, ...unnamed.words]),
    /** Words that end with a role but name nobody (社交媒体): not-roles.txt. */
    notRoles: new WordSet(loadList(data('not-roles.txt'))),
    unnamedQualifiers: new WordSet(loadList(data('unnamed-qualifiers.txt'))),
    /** States, provinces and companies named without a suffix (高盛, 伊朗, 山东): organizations, not names. */
    knownOrgs: new WordSet([...knownCompanies, ...loadList(data('known-orgs.txt'))]),
    /** The companies among them (高盛, 特斯拉): what a headline may be about. */
    knownCompanies: new WordSet(knownCompanies),
    /** Regions after a known company's name that name its local arm (大众中国): company-regions.txt. */
    companyRegions: new WordSet(loadList(data('company-regions.txt'))),
    /** Latin words that make a run of capitalized words an organization (latin-org-words.txt). */
    latinOrgWords: new Set(loadList(data('latin-org-words.txt'))),
    pronouns: new WordSet(loadList(data('pronouns.txt'))),
    adverbials: new WordSet(loadList(data('adverbials.txt'))),
    /** Verbs that, after a quotation and ，并 or ，还, go on with the speaker's words (said-more.txt). */
    saidMore: new WordSet(loadList(data('said-more.txt'))),
    /** Verbs that open what an announcement says (公告，宣布…; announcement-verbs.txt). */
    announcementVerbs: new WordSet(loadList(data('announcement-verbs.txt'))),
    addressees: new WordSet(loadList(data('addressees.txt'))),
    leadins: new WordSet(loadList(data('leadins.txt'))),
    /** Verbs that follow a name directly (毕业, 出生): a two-character name ends before them. */
    nameFollowers: new WordSet(loadList(data('name-followers.txt'))),
    notNames: new Set(loadList(data('not-names.txt'))),
    stopLeads: new WordSet(loadList(data('stop-leads.txt'))),
    translitBits: unitTable(loadList(data('translit.txt')).join('')),
    weakSurnameBits: charTable(loadList(data('weak-surnames.txt'))),
    /** Academic titles also written after the name (彭新华教授; titles.txt's after-name). */
    titlesAfterName: new Set(titleRows.filter((r) => r[1] === 'after-name').map((r) => r[0])),
    /** Forms of address after a surname (王先生, 李阿姨). */
    honorific: wordsRegExp(honorificRows.map((r) => r[0]), 'whole'),
    /** Those found as a person anywhere in running text (王先生, 李女士). */
    mentionHonorifics: honorificRows.filter((r) => r[1] === 'mention').map((r) => r[0]),
    /** Organization words that name no organization by themselves (公司, 该院): generic-orgs.txt. */
    genericOrgWords,
    /** Verbs that open an occasion ending in 时 (访问土耳其时说). */
    occasions: loadList(data('occasions.txt')),
    /** Unnamed speakers that are many people (业内人士, 居民): 他 cannot refer back to them. */
    groupEnd: wordsRegExp(loadList(data('group-ends.txt')), 'end'),
    /** A topic after a free-form cue ends with one of these (…形势和工作安排). */
    topicEnd: wordsRegExp(loadList(data('topic-nouns.txt')), 'end'),
    /** Words after a cue that make it no speech (表示感谢, 提出离职): expressions.txt, by cue. */
    notSpeechAfter: byCue(loadRows(data('expressions.txt'))),
    /** An organization's statement after an org-statement cue opens with one of these (今年, 将). */
    statementOpener: wordsRegExp(openers.words, 'start', openers.except),
  };
}

export type Lexicon = ReturnType<typeof build>;

/** Rows cue<TAB>word as a regex of the words that may start right after each cue. */
function byCue(rows: string[][]): Map<string, RegExp> {
  const words = new Map<string, string[]>();
  for (const [cue, word] of rows) {
    const list = words.get(cue);
    if (list) list.push(word);
    else words.set(cue, [word]);
  }
  return new Map([...words].map(([cue, ws]) => [cue, wordsRegExp(ws, 'start')]));
}

/** Before a new text is searched: the word sets that remember (those with a skip scan, the ones the paragraph sweeps search) forget the last one (WordSet.forgetText). */
export function forgetSearchedText(l: Lexicon): void {
  for (const ws of l.swept) ws.forgetText();
}
/**
 * lex.compoundSurnames.has(s.slice(i, i + 2)), with a slice only where s[i] starts a compound
 * surname (every one has two units: none can be there otherwise).
 */
export function compoundSurnameAt(l: Lexicon, s: string, i: number): boolean {
  return i < s.length && l.compoundFirstBits[s.charCodeAt(i)] === 1 && l.compoundSurnames.has(s.slice(i, i + 2));
}

let lex: Lexicon | null = null;
export function lexicon(): Lexicon {
  return (lex ??= build());
}
