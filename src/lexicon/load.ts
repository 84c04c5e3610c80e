// Lexicons are plain data files beside the code that uses them: one entry a line,
// `#` starts a comment, blank lines are skipped. A line may carry fields separated by
// tabs (`entry<TAB>field…`). Files are read once per process and cached.
import { readFileSync } from 'node:fs';

const cache = new Map<string, string[][]>();

/**
 * The rows of every lexicon file, parsed once by `npm run build` (scripts/copy-data.mjs)
 * into rows.json, by path under the built tree: one native JSON.parse at start instead of
 * reading ~27 files and parsing them line by line (~1.5 ms). The data files are copied by
 * the same build, so the two cannot differ; a file not in it is read as before.
 */
const ROOT = new URL('../', import.meta.url).href;
const PARSED_AT_BUILD: Record<string, string[][]> | null = (() => {
  try {
    return JSON.parse(readFileSync(new URL('./rows.json', import.meta.url), 'utf8'));
  } catch {
    return null; // not built (tests run the sources): every file is read
  }
})();

/** Rows of a lexicon file, each an array of tab-separated fields. */
export function loadRows(url: URL): string[][] {
  const key = url.href;
  let rows = cache.get(key);
  if (!rows) {
    const path = key.startsWith(ROOT) ? key.slice(ROOT.length) : '';
    rows = PARSED_AT_BUILD !== null && Object.hasOwn(PARSED_AT_BUILD, path) ? PARSED_AT_BUILD[path] : parseRows(readFileSync(url, 'utf8'));
    cache.set(key, rows);
  }
  return rows;
}

/** The rows of a lexicon file's text (see the top of this file). */
export function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line) rows.push(line.split('\t').map((f) => f.trim()));
  }
  return rows;
}

/** The first field of every row of a lexicon file. */
export function loadList(url: URL): string[] {
  return loadRows(url).map((r) => r[0]);
}

/**
 * A word list whose lines marked `!` are exceptions: longer words that begin with one of its
 * words and are none (要求 against 要, 六大关键 against 大关, 种植技术 against 种植).
 */
export function loadListWithExceptions(url: URL): { words: string[]; except: string[] } {
  const words: string[] = [];
  const except: string[] = [];
  for (const w of loadList(url)) {
    if (w.startsWith('!')) except.push(w.slice(1));
    else words.push(w);
  }
  return { words, except };
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of the given words, longest first, for use inside a RegExp. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join('|');
}

/**
 * A RegExp that tests for any of the words at a string's start (`^(?:…)`), at its end
 * (`(?:…)$`) or as the whole string: a word list of a data file as the test a rule needs.
 */
export function wordsRegExp(words: Iterable<string>, at: 'start' | 'end' | 'whole', except: readonly string[] = []): RegExp {
  const alt = `(?:${alternation(words)})`;
  // (at the start, longer words that begin with one of them and are none: 要求 against 要)
  const not = at === 'start' && except.length > 0 ? `(?!${alternation(except)})` : '';
  return new RegExp(at === 'start' ? `^${not}${alt}` : at === 'end' ? `${alt}$` : `^${alt}$`);
}

/**
 * Items grouped by a character code of their word (`codeOf`), each group in the order of
 * `items`: lookups by the character at hand instead of trying every word. Pass the items
 * longest first to get each group longest first.
 */
export function groupByCode<T>(items: Iterable<T>, codeOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const code = codeOf(item);
    const group = groups.get(code);
    if (group) group.push(item);
    else groups.set(code, [item]);
  }
  return groups;
}

/**
 * A map by character code (the groups of groupByCode) as a pair: `slot`, a Uint16Array
 * indexed by the code, and `values`, where values[slot[code]] is the map's value for the
 * code — undefined where the map has none (slot 0), and for NaN past a text's ends (as
 * Map.get gave). Two element loads per lookup instead of a call of Map.prototype.get, which
 * costs several builtins in code that runs unoptimized. The typed array lies outside the
 * heap and `values` is short: an array of 65536 values per map instead cost the collector
 * more (it marks every slot) than its one load saved.
 */
export function tableByCode<V>(map: Map<number, V>): [slot: Uint16Array, values: (V | undefined)[]] {
  const slot = new Uint16Array(0x10000);
  const values: (V | undefined)[] = [undefined];
  for (const [code, value] of map) {
    slot[code] = values.length;
    values.push(value);
  }
  return [slot, values];
}

/** Words (or items with a word), longest first; a stable sort, so equal lengths keep their order. */
export function longestFirst<T>(items: Iterable<T>, wordOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => wordOf(b).length - wordOf(a).length);
}
