// WordSet.findStart's skip scan (sets without one-unit words) and its plain scan (sets with them)
// against the plain leftmost-longest definition, on the quotes corpus and on random strings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalize } from '../../text/normalize.js';
import { compoundSurnameAt, forgetSearchedText, lexicon, WordSet } from './lexicon.js';

/** WordSet.findStart's answer as [start, length], or null. */
function find(ws: WordSet, s: string, from: number, to: number): [number, number] | null {
  const at = ws.findStart(s, from, to);
  return at < 0 ? null : [at, ws.foundLength];
}

/** The leftmost start where some word starts, with its longest word: what find must return. */
function reference(ws: WordSet, s: string, from: number, to: number): [number, number] | null {
  for (let i = from; i < to; i++) {
    const l = ws.startingAt(s, i, to);
    if (l) return [i, l];
  }
  return null;
}

/** A seeded pseudo-random integer below n (the same sequence on every run). */
function seededRandom(seed: number): (n: number) => number {
  return (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
}

/** A set's words, and the characters to mix them with: theirs, plus a few that start none. */
function alphabet(ws: WordSet): { words: string[]; chars: string[] } {
  const words = [...ws.words];
  return { words, chars: [...new Set(words.join('') + '张李的是,。 A')] };
}

/** Every find over s[from, to), resumed after each hit as the scans do. */
function all(search: (s: string, from: number, to: number) => [number, number] | null, s: string, from: number, to: number) {
  const out: [number, number][] = [];
  for (let f = search(s, from, to); f; f = search(s, f[0] + f[1], to)) out.push(f);
  return out;
}

const texts = (parse(readFileSync(new URL('./corpus.yaml', import.meta.url), 'utf8')) as { text: string }[]).map((c) => normalize(c.text));

describe('WordSet.findStart', () => {
  const lex = lexicon();
  const sets = { mentionTitles: lex.mentionTitles, titles: lex.titles, cues: lex.cues, orgMentionSuffixes: lex.orgMentionSuffixes };

  it('keeps the skip scan for the sets searched over every paragraph (a third one-unit cue, 指, would turn the cues to the plain scan)', () => {
    for (const [name, ws] of Object.entries(sets)) expect([name, ws.skipsScan]).toEqual([name, true]);
  });

  it('finds what the leftmost-longest definition finds in the quotes corpus, from every start', () => {
    for (const ws of Object.values(sets))
      for (const s of texts)
        for (let from = 0; from < Math.min(s.length, 8); from++) {
          expect(all((a, b, c) => find(ws, a, b, c), s, from, s.length)).toEqual(all((a, b, c) => reference(ws, a, b, c), s, from, s.length));
          expect(find(ws, s, from, s.length - 1)).toEqual(reference(ws, s, from, s.length - 1));
        }
  });

  it('finds what the definition finds in random strings over the titles’ characters', () => {
    const { words, chars } = alphabet(lex.mentionTitles);
    const rnd = seededRandom(7);
    for (let k = 0; k < 3000; k++) {
      const { s, from, to } = randomWindow(words, chars, rnd);
      for (const ws of [lex.mentionTitles, lex.titles, new WordSet(['ab', 'abc', 'bc', 'cab', 'ba'])]) {
        expect(all((a, b, c) => find(ws, a, b, c), s, from, to)).toEqual(all((a, b, c) => reference(ws, a, b, c), s, from, to));
      }
      const t = abcxText(rnd);
      const ab = new WordSet(['ab', 'abc', 'bc', 'cab', 'ba']);
      expect(all((a, b, c) => find(ab, a, b, c), t, 0, t.length)).toEqual(all((a, b, c) => reference(ab, a, b, c), t, 0, t.length));
    }
  });

  it('finds what the definition finds in random strings with one-unit words (the plain scan)', () => {
    const { words, chars } = alphabet(lex.cues);
    const rnd = seededRandom(13);
    const ab = new WordSet(['ab', 'abc', 'bc', 'cab', 'ba', 'a', 'c']);
    const abcx = new WordSet(['ab', 'abc', 'bc', 'cab', 'ba', 'a', 'c', 'x']);
    for (let k = 0; k < 3000; k++) {
      const { s, from, to } = randomWindow(words, chars, rnd);
      expect(all((a, b, c) => find(lex.cues, a, b, c), s, from, to)).toEqual(all((a, b, c) => reference(lex.cues, a, b, c), s, from, to));
      const t = abcxText(rnd);
      const tFrom = rnd(3);
      const tTo = Math.max(tFrom, t.length - rnd(3));
      expect(all((a, b, c) => find(ab, a, b, c), t, tFrom, tTo)).toEqual(all((a, b, c) => reference(ab, a, b, c), t, tFrom, tTo));
      // more one-unit words than the skip scan takes: the plain scan (abcx)
      expect(all((a, b, c) => find(abcx, a, b, c), t, tFrom, tTo)).toEqual(all((a, b, c) => reference(abcx, a, b, c), t, tFrom, tTo));
    }
  });

  it('finds what the definition finds in windows taken in any order (the one-unit words’ remembered search)', () => {
    const { words, chars } = alphabet(lex.cues);
    const rnd = seededRandom(17);
    const ab = new WordSet(['ab', 'abc', 'bc', 'cab', 'ba', 'a', 'c']);
    for (let k = 0; k < 300; k++) {
      let s = '';
      while (s.length < 40) s += rnd(3) === 0 ? words[rnd(words.length)] : chars[rnd(chars.length)];
      const t = abcxText(rnd) + abcxText(rnd);
      for (let q = 0; q < 20; q++) {
        const from = rnd(s.length + 1);
        const to = from + rnd(s.length - from + 1);
        expect(find(lex.cues, s, from, to)).toEqual(reference(lex.cues, s, from, to));
        const tf = rnd(t.length + 1);
        const tt = tf + rnd(t.length - tf + 1);
        expect(find(ab, t, tf, tt)).toEqual(reference(ab, t, tf, tt));
      }
    }
  });
});

describe('SkipScan shared by the cues, the mention titles and the organisation suffixes', () => {
  it('each set finds what the definition finds when their finds interleave over windows in any order and several strings', () => {
    const lex = lexicon();
    const shared = lex.swept;
    const rnd = seededRandom(23);
    for (let k = 0; k < 4000; k++) {
      const s = texts[rnd(texts.length)];
      const from = rnd(s.length + 1);
      const to = from + rnd(Math.min(200, s.length - from) + 1);
      const ws = shared[rnd(shared.length)];
      // one find, or a whole forward sweep of the window
      if (rnd(2)) expect(find(ws, s, from, to)).toEqual(reference(ws, s, from, to));
      else expect(all((a, b, c) => find(ws, a, b, c), s, from, to)).toEqual(all((a, b, c) => reference(ws, a, b, c), s, from, to));
    }
  });
});

describe('what find remembers between texts', () => {
  it('a sweep finds what the definition finds when only one of the one-unit cues occurs, in a text, in an equal copy of it, and after forgetSearchedText', () => {
    const lex = lexicon();
    const shared = lex.swept;
    const text = '他说。\r\n'.repeat(40) + '公司负责人称，'.repeat(3) + '他说。'.repeat(5);
    const copy = [...text].join(''); // equal content, another string
    for (const s of [text, copy, text]) {
      for (const ws of shared) expect(all((a, b, c) => find(ws, a, b, c), s, 0, s.length)).toEqual(all((a, b, c) => reference(ws, a, b, c), s, 0, s.length));
      forgetSearchedText(lex);
      expect(all((a, b, c) => find(lex.cues, a, b, c), s, 3, s.length)).toEqual(all((a, b, c) => reference(lex.cues, a, b, c), s, 3, s.length));
    }
    expect(all((a, b, c) => find(lex.cues, a, b, c), text, 0, text.length)).toHaveLength(48);
  });
});

/** A random string of up to 30 units, whole words (one time in three) or single characters, and a window [from, to) in it. */
function randomWindow(words: string[], chars: string[], rnd: (n: number) => number): { s: string; from: number; to: number } {
  let s = '';
  const n = rnd(30);
  while (s.length < n) s += rnd(3) === 0 ? words[rnd(words.length)] : chars[rnd(chars.length)];
  const from = rnd(3);
  return { s, from, to: Math.max(from, s.length - rnd(3)) };
}

/** Ten random letters of 'abcx', for the small word sets. */
const abcxText = (rnd: (n: number) => number): string => Array.from({ length: 10 }, () => 'abcx'[rnd(4)]).join('');

/** The plain definitions over the word set (slices, no trie). */
const isWord = (ws: WordSet, w: string) => w.length > 0 && ws.words.has(w);
function refStartingAt(ws: WordSet, s: string, start: number, max: number): number {
  let best = 0;
  for (let l = 1; start + l <= max; l++) if (isWord(ws, s.slice(start, start + l))) best = l;
  return best;
}
function refEndingAt(ws: WordSet, s: string, end: number, min: number): number {
  let best = 0;
  for (let l = 1; end - l >= min; l++) if (isWord(ws, s.slice(end - l, end))) best = l;
  return best;
}
function refSomeStartingAt(ws: WordSet, s: string, start: number, max: number, ok: Uint8Array): boolean {
  for (let l = 1; start + l <= max; l++) if (ok[start + l] && isWord(ws, s.slice(start, start + l))) return true;
  return false;
}

describe('WordSet tries', () => {
  const lex = lexicon();
  const sets = Object.values(lex).filter((v): v is WordSet => v instanceof WordSet);
  sets.push(new WordSet(['ab', 'abc', 'bc', 'cab', 'ba', 'a', 'abcab', '']), new WordSet([]), new WordSet(['x']));

  it('startingAt, endingAt and someStartingAt answer as the definitions in random strings', () => {
    const rnd = seededRandom(11);
    for (const ws of sets) {
      const words = [...ws.words].filter((w) => w);
      const chars = [...new Set(words.join('') + 'abcx张的,。')];
      for (let k = 0; k < 300; k++) {
        let s = '';
        const n = rnd(24);
        while (s.length < n) s += words.length && rnd(3) === 0 ? words[rnd(words.length)] : chars[rnd(chars.length)];
        const ok = new Uint8Array(s.length + 1).map(() => (rnd(2) ? 1 : 0));
        for (let i = 0; i <= s.length; i++) {
          const lim = i + rnd(s.length - i + 1);
          expect(ws.startingAt(s, i)).toBe(refStartingAt(ws, s, i, s.length));
          expect(ws.startingAt(s, i, lim)).toBe(refStartingAt(ws, s, i, lim));
          expect(ws.someStartingAt(s, i, lim, ok)).toBe(refSomeStartingAt(ws, s, i, lim, ok));
          const min = rnd(i + 1);
          expect(ws.endingAt(s, i)).toBe(refEndingAt(ws, s, i, 0));
          expect(ws.endingAt(s, i, min)).toBe(refEndingAt(ws, s, i, min));
        }
        for (const w of words.slice(0, 5)) expect(ws.has(w)).toBe(true);
      }
    }
  });
});

describe('lexicon.roles and compoundSurnameAt', () => {
  it('roles answers the longer of titles and unnamed, ending and starting at every place', () => {
    const lex = lexicon();
    const words = [...lex.titles.words, ...lex.unnamed.words];
    const chars = [...new Set(words.join('') + '张李的是,。 A')];
    const rnd = seededRandom(14);
    for (let t = 0; t < 300; t++) {
      let s = '';
      while (s.length < 30) s += rnd(3) === 0 ? chars[rnd(chars.length)] : words[rnd(words.length)];
      for (let e = 0; e <= s.length; e++) {
        for (const min of [0, e >> 1, e]) {
          expect(lex.roles.endingAt(s, e, min)).toBe(Math.max(lex.titles.endingAt(s, e, min), lex.unnamed.endingAt(s, e, min)));
        }
        expect(lex.roles.startingAt(s, e)).toBe(Math.max(lex.titles.startingAt(s, e), lex.unnamed.startingAt(s, e)));
      }
    }
  });
  it('compoundSurnameAt is compoundSurnames.has of the two units there', () => {
    const lex = lexicon();
    const s = [...lex.compoundSurnames].join('张') + '欧阳李司马';
    for (let i = 0; i <= s.length; i++) expect(compoundSurnameAt(lex, s, i)).toBe(lex.compoundSurnames.has(s.slice(i, i + 2)));
  });
});
