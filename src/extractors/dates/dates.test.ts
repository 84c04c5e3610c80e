// Every example of corpus.yaml and every example row of the README's dates conventions table
// runs through the whole pipeline: exact span texts, resolved periods and attributes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractFromText } from '../../pipeline.js';

interface Expected {
  text: string;
  start: string | null;
  end: string | null;
  granularity?: string;
  mod?: string | null;
  relative?: boolean;
  lunar?: boolean;
  fiscal?: boolean;
}
interface Entry {
  text: string;
  ref?: string | null;
  dates: Expected[];
}

const DEFAULT_REF = '2023-10-17';
const entries = parse(readFileSync(new URL('./corpus.yaml', import.meta.url), 'utf8'), { schema: 'failsafe' }) as unknown[];

// The yaml `failsafe` schema keeps every scalar a string: dates stay 'YYYY-MM-DD', null is 'null'.
const nul = (v: unknown) => (v === 'null' || v === '~' || v === undefined ? null : v);
function norm(e: Record<string, unknown>): Entry {
  const dates = (e.dates as Record<string, unknown>[]).map((d) => {
    const x: Expected = { text: String(d.text), start: nul(d.start) as string | null, end: nul(d.end) as string | null };
    if ('granularity' in d) x.granularity = String(d.granularity);
    if ('mod' in d) x.mod = nul(d.mod) as string | null;
    if ('relative' in d) x.relative = d.relative === 'true';
    if ('lunar' in d) x.lunar = d.lunar === 'true';
    if ('fiscal' in d) x.fiscal = d.fiscal === 'true';
    return x;
  });
  return { text: String(e.text), ref: 'ref' in e ? (nul(e.ref) as string | null) : DEFAULT_REF, dates };
}

function run(text: string, ref: string | null) {
  const doc = extractFromText(text, { referenceDate: ref, types: ['dates'] });
  const cps = [...text];
  return doc.dates.map((d) => {
    // spans are code points and must cut exactly the reported text
    expect(cps.slice(d.span.start, d.span.end).join('')).toBe(d.text);
    return d as typeof d & { lunar?: boolean; fiscal?: boolean };
  });
}

function check(entry: Entry) {
  const got = run(entry.text, entry.ref ?? null);
  expect(got.map((d) => d.text)).toEqual(entry.dates.map((d) => d.text));
  entry.dates.forEach((want, i) => {
    const d = got[i];
    const picked: Record<string, unknown> = { text: d.text, start: d.start, end: d.end };
    if (want.granularity !== undefined) picked.granularity = d.granularity;
    if (want.mod !== undefined) picked.mod = d.mod;
    if (want.relative !== undefined) picked.relative = d.relative;
    if (want.lunar !== undefined) picked.lunar = d.lunar === true;
    if (want.fiscal !== undefined) picked.fiscal = d.fiscal === true;
    expect(picked).toEqual(want);
  });
}

describe('dates corpus (corpus.yaml)', () => {
  for (const raw of entries) {
    const entry = norm(raw as Record<string, unknown>);
    it(`${entry.text}${entry.ref === DEFAULT_REF ? '' : ` @${entry.ref}`}`, () => check(entry));
  }
});

describe('one document at a time (extractDates keeps one Scanner and starts it afresh per document)', () => {
  // a document that leaves every kind of state behind: a last year (当年), the previous date,
  // a sentence looked up, a digit run read, a lunar date
  const PRIMER = '2019年5月8日至10日，当年农历八月十五前后，第3季度2021年12月的1234567件事。';
  it('reads every corpus example the same after the primer as after an empty document', () => {
    for (const raw of entries) {
      const entry = norm(raw as Record<string, unknown>);
      run('', null);
      const alone = run(entry.text, entry.ref ?? null);
      run(PRIMER, '2020-01-01');
      expect(run(entry.text, entry.ref ?? null), entry.text).toEqual(alone);
    }
  });
});

// README.md, section "Dates: conventions": rows `| convention | \`example\` | start | end |
// granularity | mod |` with the reference date 2023-10-17. The table users read is the one tested.
describe('conventions table (README.md)', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const from = readme.indexOf('## Dates: conventions');
  const to = readme.indexOf('\n## ', from + 1);
  const md = readme.slice(from, to < 0 ? undefined : to);
  const rows = md
    .split('\n')
    .map((l) => l.split('|').map((c) => c.trim()))
    .filter((c) => c.length >= 8 && /^`[^`]+`$/.test(c[2]) && /^(\d{4}-\d{2}-\d{2}|null)$/.test(c[3]));
  it('has example rows', () => expect(rows.length).toBeGreaterThan(30));
  for (const c of rows) {
    const example = c[2].slice(1, -1);
    it(`${c[1]}: ${example}`, () => {
      const got = run(example, DEFAULT_REF);
      expect(got.length).toBeGreaterThan(0);
      const d = got[0];
      expect({ text: d.text, start: d.start, end: d.end, granularity: d.granularity, mod: d.mod ?? 'null' }).toEqual({
        text: example,
        start: c[3] === 'null' ? null : c[3],
        end: c[4] === 'null' ? null : c[4],
        granularity: c[5],
        mod: c[6],
      });
    });
  }
});
