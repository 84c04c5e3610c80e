import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { Sink, formatRecord, prepareWriter } from './index.js';
import type { FactsDocument } from '../types.js';

const doc = (n: number): FactsDocument => ({
  schemaVersion: '1',
  source: { path: `a${n}.txt`, encoding: 'utf-8', sha256: '0'.repeat(64), chars: 12 },
  document: { title: '标题', date: '2023-10-17', referenceDate: '2023-10-17' },
  quotes: [
    {
      id: 'q1', kind: 'direct', cue: '说', content: '增长了3倍', span: { start: 1, end: 6 }, parts: [{ text: '增长了3倍', span: { start: 1, end: 6 } }],
      speaker: { name: '于浩', mention: '于浩', mentionSpan: { start: 7, end: 9 }, organization: '联想', role: '副总裁', affiliations: [{ organization: '联想', role: '副总裁' }], entity: 'p1' },
    },
  ],
  metrics: [{ id: 'm1', text: '3倍', span: { start: 4, end: 6 }, value: 3, unit: '倍', kind: 'multiple', approx: null, range: null, subject: null, baseline: null, quote: 'q1' }],
  dates: [{ id: 'd1', text: '今年', span: { start: 11, end: 13 }, start: '2023-01-01', end: '2023-12-31', granularity: 'year', relative: true, mod: null }],
  entities: [],
});
const TEXT = '“增长了3倍”于浩说。今年。';

function collect(format: 'json' | 'jsonl' | 'yaml' | 'text', asArray: boolean, n: number): string {
  let out = '';
  const sink = new Sink(format, asArray, (s) => (out += s));
  for (let i = 1; i <= n; i++) sink.push(doc(i), TEXT);
  sink.end();
  return out;
}

describe('writers', () => {
  it('json: one object for one input, an array for several (and [] for none)', () => {
    expect(JSON.parse(collect('json', false, 1))).toEqual(doc(1));
    expect(JSON.parse(collect('json', true, 2))).toEqual([doc(1), doc(2)]);
    expect(collect('json', true, 0)).toBe('[]\n');
  });

  it('jsonl: one compact line per document', () => {
    const lines = collect('jsonl', true, 3).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(['a1.txt', 'a2.txt', 'a3.txt']);
  });

  it('yaml: one YAML document per input, separated by ---', async () => {
    await prepareWriter('yaml');
    expect(parseYaml(collect('yaml', false, 1))).toEqual(doc(1));
    const docs = parseAllDocuments(collect('yaml', true, 2));
    expect(Array.isArray(docs) && docs.map((d) => d.toJS().source.path)).toEqual(['a1.txt', 'a2.txt']);
  });

  it('text without colour: the article with [metrics] and {dates} marked, then the facts', async () => {
    await prepareWriter('text');
    const out = formatRecord(doc(1), 'text', { color: false, text: TEXT });
    expect(out).toContain('“增长了[3倍]”于浩说。{今年}。');
    expect(out).toContain('q1 于浩 (联想 副总裁) 说 [direct]: 增长了3倍');
    expect(out).toContain('m1 3倍 = 3 倍 (multiple) in q1');
    expect(out).toContain('d1 今年 → 2023-01-01 … 2023-12-31 (year)');
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('text: a quote split by its attribution shows the words said, parts joined by …', async () => {
    await prepareWriter('text');
    const split = doc(1);
    const text = '“好，”他说，“很好。”';
    split.quotes[0] = { ...split.quotes[0], content: '好，”他说，“很好。', span: { start: 1, end: 10 }, parts: [{ text: '好，', span: { start: 1, end: 3 } }, { text: '很好。', span: { start: 7, end: 10 } }] };
    split.metrics = [];
    split.dates = [];
    expect(formatRecord(split, 'text', { color: false, text })).toContain('q1 于浩 (联想 副总裁) 说 [direct]: 好， … 很好。');
  });

  it('text with colour uses ANSI escapes', async () => {
    await prepareWriter('text');
    expect(formatRecord(doc(1), 'text', { color: true, text: TEXT })).toMatch(/\x1b\[/);
  });

  it('error records are written in the same framing', () => {
    let out = '';
    const sink = new Sink('jsonl', true, (s) => (out += s));
    sink.push({ source: { id: 'x', line: 2 }, error: 'not JSON' });
    expect(JSON.parse(out)).toEqual({ source: { id: 'x', line: 2 }, error: 'not JSON' });
  });
});
