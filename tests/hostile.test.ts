// 1 MB hostile inputs through extractFromText: no exception, every span valid, the
// document schema-valid, and the facts of ordinary text after the hostile run still
// found at the right offsets. No measured times here (the house rule: no test depends on
// timing) — vitest's test timeout is the generous bound; scripts/bench-hostile.mjs
// measures the same inputs against ordinary news.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { extractFromText } from '../src/pipeline.js';
import type { FactsDocument } from '../src/types.js';
// @ts-expect-error plain JavaScript module shared with scripts/bench-hostile.mjs
import { HOSTILE_CASES, fill } from './fuzz/hostile-cases.mjs';
// @ts-expect-error plain JavaScript module shared with scripts/fuzz.mjs
import { checkDocument } from './fuzz/gen.mjs';

const schema = JSON.parse(readFileSync(new URL('../schema/document.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const cases = HOSTILE_CASES as [string, string | ((bytes: number) => string)][];
// The only bound on time: 1 MB at the project's 10 MB/s target takes 0.1 s, so two minutes
// catches a run that never ends (catastrophic backtracking) without ever flaking on a busy
// machine. The ratios to ordinary news are measured by scripts/bench-hostile.mjs.
const GENEROUS = 120_000;

// A short stretch of ordinary news (from the seed article) to put after each hostile run.
const seed = readFileSync(new URL('../fixtures/ai-models-2023-10-17.txt', import.meta.url), 'utf8');
const HEAD = '人工智能大模型陆续上线\n2023-10-17\n\n';
const NEWS = seed.split('\n').filter((l) => l.length > 40).slice(0, 10).join('\n');

/** The facts of a document, reduced to what must not change when text is put before them. */
function facts(doc: FactsDocument, from: number, shift: number) {
  const at = (s: { start: number; end: number }) => [s.start - shift, s.end - shift];
  return {
    quotes: doc.quotes.filter((q) => q.span.start >= from).map((q) => [at(q.span), q.kind, q.content]),
    metrics: doc.metrics.filter((m) => m.span.start >= from).map((m) => [at(m.span), m.text, m.value, m.unit, m.kind]),
    dates: doc.dates.filter((d) => d.span.start >= from).map((d) => [at(d.span), d.text, d.start, d.end]),
  };
}

describe('1 MB of hostile input', () => {
  it('the inputs are what they claim to be', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const text = fill('他说：“') as string;
    expect(Buffer.byteLength(text)).toBe(999_999); // 111,111 × 9 bytes; the next unit would pass 1 MB
    expect(text.startsWith('他说：“他说：“')).toBe(true);
    expect(Buffer.byteLength(fill('1234567890') as string)).toBe(1_000_000);
  });

  it('distinct organizations: each speaks once and is one entity, named where it speaks', () => {
    const unit = cases.find(([name]) => name === 'distinct orgs + cue')![1];
    const text = fill(unit, 100_000) as string;
    expect(text.startsWith('甲科技公司表示，好。乙科技公司表示，好。')).toBe(true);
    const doc = extractFromText(text, { referenceDate: '2023-10-17' });
    const orgs = doc.entities.filter((e) => e.type === 'organization');
    expect(doc.quotes.length).toBeGreaterThan(2500);
    expect(orgs.length).toBe(doc.quotes.length);
    // (乙科技公司 is also named inside 甲乙科技公司: mentions are every place the name stands)
    const spoke = new Set(doc.quotes.map((q) => q.speaker.mentionSpan?.start));
    expect(orgs.every((o) => o.mentions.some((m) => spoke.has(m.start)))).toBe(true);
  });

  for (const [name, unit] of cases) {
    it(`${name}: no exception, valid spans, schema-valid`, () => {
      const text = fill(unit) as string;
      const doc = extractFromText(text, { referenceDate: '2023-10-17' });
      expect(checkDocument(text, doc)).toEqual([]);
      expect(validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(doc.source.chars).toBe([...text].length);
    }, GENEROUS);
  }

  // Smaller hostile runs (100 KB) before ordinary news: the news facts are the same,
  // at the same offsets relative to the news, as when the news stands alone.
  const alone = extractFromText(HEAD + NEWS);
  const expected = facts(alone, HEAD.length, HEAD.length);
  it('the news alone has facts to lose', () => {
    expect(expected.quotes.length + expected.metrics.length + expected.dates.length).toBeGreaterThan(5);
  });
  for (const [name, unit] of cases.slice(0, 8)) {
    it(`${name} (100 KB) before news: the news facts are unchanged`, () => {
      const hostile = (fill(unit, 100_000) as string) + '\n';
      const text = HEAD + hostile + NEWS;
      const doc = extractFromText(text);
      expect(checkDocument(text, doc)).toEqual([]);
      const offset = [...(HEAD + hostile)].length;
      expect(facts(doc, offset, offset)).toEqual(expected);
    });
  }
});
