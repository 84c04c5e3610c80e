// Runs every example of corpus.yaml through the whole pipeline (so dates and quotes are
// linked as in the CLI) and checks the metrics found, exactly and in order.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { extractFromText } from '../../pipeline.js';
import type { Metric } from '../../types.js';

interface Expected {
  text: string;
  value?: number | null;
  unit?: string | null;
  kind?: string;
  approx?: string | null;
  range?: { min: number; max: number } | null;
  /** contained in the found subject; null: no subject may be found */
  subject?: string | null;
  /** the found subject, exactly */
  subjectIs?: string;
  baseline?: string;
}
interface Example {
  input: string;
  metrics: Expected[];
}

const corpus = YAML.parse(readFileSync(new URL('./corpus.yaml', import.meta.url), 'utf8')) as Example[];

describe('metrics corpus', () => {
  it('has examples, traps included', () => {
    expect(corpus.length).toBeGreaterThan(60);
    expect(corpus.filter((e) => e.metrics.length === 0).length).toBeGreaterThan(10);
  });
  for (const ex of corpus) {
    it(ex.input, () => {
      const got: Metric[] = extractFromText(ex.input).metrics;
      expect(got.map((m) => m.text)).toEqual(ex.metrics.map((m) => String(m.text)));
      ex.metrics.forEach((want, i) => {
        const m = got[i];
        // spans are code points of the input and cover the text exactly
        expect([...ex.input].slice(m.span.start, m.span.end).join('')).toBe(m.text);
        if (want.value !== undefined) {
          if (want.value === null) expect(m.value).toBeNull();
          else expect(m.value).toBeCloseTo(want.value, 9);
        }
        if (want.unit !== undefined) expect(m.unit).toBe(want.unit);
        if (want.kind !== undefined) expect(m.kind).toBe(want.kind);
        if (want.approx !== undefined) expect(m.approx).toBe(want.approx);
        if (want.range !== undefined) expect(m.range).toEqual(want.range);
        if (want.subject === null) expect(m.subject).toBeNull();
        else if (want.subject !== undefined) expect(m.subject ?? '').toContain(want.subject);
        if (want.subjectIs !== undefined) expect(m.subject).toBe(want.subjectIs);
        if (want.baseline !== undefined) expect(m.baseline).toBe(want.baseline);
      });
    });
  }
});

describe('metrics stay linear on hostile input', () => {
  // Bounded runs: each character is looked at a bounded number of times. The check is on
  // work, not time: the output for 2n characters is twice the output for n.
  const cases: [string, (k: number) => string][] = [
    ['多多多倍', (k) => '多'.repeat(k) + '倍'],
    ['digits', (k) => '1'.repeat(k)],
    ['3多多', (k) => ('3' + '多'.repeat(9)).repeat(k / 10)],
    ['三又', (k) => '三又'.repeat(k / 2)],
  ];
  for (const [name, make] of cases) {
    it(`${name}: 200,000 characters give a bounded number of metrics`, () => {
      const a = extractFromText(make(100_000)).metrics.length;
      const b = extractFromText(make(200_000)).metrics.length;
      expect(b).toBeLessThanOrEqual(2 * a + 1);
      const one = extractFromText(make(200_000)).metrics[0];
      if (one) expect([...one.text].length).toBeLessThanOrEqual(100);
    });
  }
});
