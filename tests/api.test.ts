// The library API (`import { extract } from 'llmfacts'`): the same documents the CLI
// prints, and the types exported for TypeScript users.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as Api from '../src/index.js';

const SEED = 'fixtures/ai-models-2023-10-17.txt';
const SEED_GB = 'fixtures/encodings/ai-models-2023-10-17.gb18030.txt';
const BIN = resolve('bin/llmfacts.js');
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input });
// The built package, as users import it.
const api = (await import(resolve('dist/index.js'))) as typeof Api;

describe('library API', () => {
  it('extractFile gives exactly the document `llmfacts extract --format json FILE` prints', async () => {
    const doc = await api.extractFile(SEED);
    const printed = JSON.parse(cli(['extract', '--format', 'json', SEED]).stdout);
    expect(doc).toEqual(printed);
    expect(JSON.stringify(doc, null, 2) + '\n').toBe(cli(['extract', '--format', 'json', SEED]).stdout);
    expect(doc.source.path).toBe(SEED);
    expect(doc.document).toEqual({ title: '人工智能大模型陆续上线 加速赋能产业发展', date: '2023-10-17', referenceDate: '2023-10-17' });
  });

  it('extract({id, text, date}) gives the document --input jsonl prints for that line, less source.line', () => {
    const text = readFileSync(SEED, 'utf8').split('\n').slice(3).join('\n'); // the body, without title and date lines
    const rec = { id: 'a-1', text, date: '2023-10-17' };
    const printed = JSON.parse(cli(['extract', '--input', 'jsonl', '--format', 'jsonl'], JSON.stringify(rec) + '\n').stdout);
    const doc = api.extract(rec);
    expect(printed.source.line).toBe(1);
    delete printed.source.line;
    expect(doc).toEqual(printed);
    expect(doc.source.id).toBe('a-1');
    expect(doc.document.referenceDate).toBe('2023-10-17');
    expect(doc.document.date).toBeNull();
  });

  it('takes a plain string, options like the CLI flags, and a BOM is not counted', () => {
    const text = '2024-03-05\n\n3月5日，某公司发布新款手机，售价3999元。';
    const doc = api.extract(text);
    expect(doc.source).toEqual({ encoding: 'utf-8', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), chars: [...text].length });
    expect(doc.document.referenceDate).toBe('2024-03-05');
    expect(api.extract('\uFEFF' + text)).toEqual(doc);
    // --ref-date wins over the document's own date and the record's date.
    expect(api.extract({ text, date: '2020-01-01' }, { referenceDate: '2023-10-17' }).document.referenceDate).toBe('2023-10-17');
    expect(api.extract({ text: '会议于11月30日召开。', date: '2023-12-01T08:00:00Z' }).document.referenceDate).toBe('2023-12-01');
    // --types: only the arrays asked for are filled.
    const seed = readFileSync(SEED, 'utf8');
    const onlyDates = api.extract(seed, { types: ['dates'] });
    expect(onlyDates.quotes).toEqual([]);
    expect(onlyDates.metrics).toEqual([]);
    expect(onlyDates.entities).toEqual([]);
    expect(onlyDates.dates).toEqual(api.extract(seed).dates);
  });

  it('detects encodings from bytes as the CLI does', () => {
    const gb = api.extractBytes(readFileSync(SEED_GB), { path: 'x.txt' });
    const utf8 = api.extractBytes(readFileSync(SEED));
    expect(gb.source.encoding).toBe('gb18030');
    expect(gb.source.path).toBe('x.txt');
    expect(gb.source.sha256).toBe(utf8.source.sha256);
    expect({ ...gb, source: null }).toEqual({ ...utf8, source: null });
    expect(() => api.extractBytes(new Uint8Array(0))).toThrow(api.InputError);
  });

  it('refuses bad arguments with a TypeError', () => {
    expect(() => api.extract({ text: 'x', date: '2023-02-30' })).toThrow(TypeError);
    expect(() => api.extract('x', { referenceDate: '17.10.2023' })).toThrow(/referenceDate/);
    expect(() => api.extract({ text: 42 as unknown as string })).toThrow(/"text" must be a string/);
  });

  it("resolves as `import { extract } from 'llmfacts'` (the package's exports) in plain Node", () => {
    const code = `import { extract, FACT_TYPES } from 'llmfacts'; const d = extract({ id: 9, text: '公司营收增长20%。' }); console.log(JSON.stringify([d.schemaVersion, d.source.id, FACT_TYPES]));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['1', 9, ['quotes', 'metrics', 'dates', 'entities']]);
  });

  it('exports the document types for TypeScript users (type-checked against dist/index.d.ts)', () => {
    const dir = resolve('.test-results/api-types');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'use.ts');
    writeFileSync(
      file,
      `import { extract, extractFile, type FactsDocument, type Quote, type QuotePart, type Metric, type DateItem, type Entity, type Span, type ExtractOptions, type TextInput } from 'llmfacts';
const opts: ExtractOptions = { referenceDate: '2023-10-17', types: ['quotes'] };
const input: TextInput = { id: 1, text: 'x', date: null };
const doc: FactsDocument = extract(input, opts);
const q: Quote | undefined = doc.quotes[0];
const m: Metric | undefined = doc.metrics[0];
const d: DateItem | undefined = doc.dates[0];
const e: Entity | undefined = doc.entities[0];
const s: Span | undefined = q?.span;
const words: QuotePart[] | undefined = q?.parts;
const later: Promise<FactsDocument> = extractFile('a.txt');
// @ts-expect-error: the type field is checked
extract('x', { types: ['people'] });
export { m, d, e, s, words, later };
`,
    );
    const tsc = spawnSync(
      process.execPath,
      [resolve('node_modules/typescript/bin/tsc'), '--noEmit', '--skipLibCheck', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', file],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
