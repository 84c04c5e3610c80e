// End-to-end: the real binary, as a user runs it.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './temp-dirs.js';

const BIN = resolve('bin/llmfacts.js');
const SEED = 'fixtures/ai-models-2023-10-17.txt';
const SEED_GB = 'fixtures/encodings/ai-models-2023-10-17.gb18030.txt';

function run(args: string[], opts: { input?: string; env?: Record<string, string>; asNobody?: boolean; cwd?: string } = {}) {
  // As root, `chmod 000` does not stop reads: run as nobody to test an unreadable file.
  const [cmd, argv] = opts.asNobody && process.getuid?.() === 0
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  return spawnSync(cmd, argv as string[], { encoding: 'utf8', input: opts.input, env: { ...process.env, ...opts.env }, cwd: opts.cwd });
}
const facts = (doc: Record<string, unknown>) => ({ quotes: doc.quotes, metrics: doc.metrics, dates: doc.dates, entities: doc.entities });

describe('llmfacts extract', () => {
  it('prints one JSON document for one file, and `jq .quotes` finds the array', () => {
    const r = run(['extract', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe('1');
    expect(doc.source).toMatchObject({ path: SEED, encoding: 'utf-8', chars: 2828 });
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.document).toEqual({ title: '人工智能大模型陆续上线 加速赋能产业发展', date: '2023-10-17', referenceDate: '2023-10-17' });
    for (const k of ['quotes', 'metrics', 'dates', 'entities']) expect(Array.isArray(doc[k])).toBe(true);
    const jq = spawnSync('jq', ['-c', '.quotes | type'], { input: r.stdout, encoding: 'utf8' });
    if (jq.error === undefined) expect(jq.stdout.trim()).toBe('"array"');
  });

  it('gives the same facts for a GB18030 copy of the seed, and says which encoding it read', () => {
    const utf8 = JSON.parse(run(['extract', SEED]).stdout);
    const gb = JSON.parse(run(['extract', SEED_GB]).stdout);
    expect(gb.source.encoding).toBe('gb18030');
    expect(gb.source.sha256).toBe(utf8.source.sha256);
    expect(facts(gb)).toEqual(facts(utf8));
  });

  it('prints an array for several inputs, in input order; jsonl prints one line each', () => {
    const r = run(['extract', SEED, SEED_GB]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((d: { source: { path: string } }) => d.source.path)).toEqual([SEED, SEED_GB]);
    const l = run(['extract', '--format', 'jsonl', SEED_GB, SEED]);
    expect(l.stdout.trimEnd().split('\n').map((x) => JSON.parse(x).source.path)).toEqual([SEED_GB, SEED]);
  });

  it('reads stdin for -', () => {
    const r = run(['extract', '-'], { input: readFileSync(SEED, 'utf8') });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source).toMatchObject({ path: '-', chars: 2828 });
  });

  it('--ref-date overrides the document date for relative dates', () => {
    const doc = JSON.parse(run(['extract', '--ref-date', '2024-02-29', SEED]).stdout);
    expect(doc.document).toMatchObject({ date: '2023-10-17', referenceDate: '2024-02-29' });
  });

  it('--types keeps only the asked arrays filled', () => {
    const doc = JSON.parse(run(['extract', '--types', 'dates', SEED]).stdout);
    expect(doc.quotes).toEqual([]);
    expect(doc.metrics).toEqual([]);
    expect(doc.entities).toEqual([]);
  });

  it("gives a split quotation's words said as parts, with code-point spans in the original text", () => {
    // (an emoji: two UTF-16 units, one code point; spaces inside the name: the squeezed view)
    const text = '村里的路\n🙂“尽管我们村离主干道只有2公里，难以通行，”穆 卡 瓦说，“现在交通条件改善了。”\n';
    const doc = JSON.parse(run(['extract', '-'], { input: text }).stdout);
    const cps = [...text];
    const cut = (s: { start: number; end: number }) => cps.slice(s.start, s.end).join('');
    expect(doc.quotes).toHaveLength(1);
    const [q] = doc.quotes;
    expect(q.speaker.mention).toBe('穆 卡 瓦');
    expect(q.content).toBe('尽管我们村离主干道只有2公里，难以通行，”穆 卡 瓦说，“现在交通条件改善了。');
    expect(q.parts).toEqual([
      { text: '尽管我们村离主干道只有2公里，难以通行，', span: { start: 7, end: 27 } },
      { text: '现在交通条件改善了。', span: { start: 36, end: 46 } },
    ]);
    for (const part of q.parts) expect(cut(part.span)).toBe(part.text);
    expect(cut(q.span)).toBe(q.content);
  });

  it('writes yaml and text', () => {
    expect(run(['extract', '--format', 'yaml', SEED]).stdout).toMatch(/^schemaVersion: "1"\nsource:\n  path: fixtures\/ai-models-2023-10-17.txt/);
    const text = run(['extract', '--format', 'text', SEED], { env: { NO_COLOR: '1' } });
    expect(text.stdout).toMatch(/^fixtures\/ai-models-2023-10-17.txt — 人工智能大模型陆续上线 加速赋能产业发展\nreference date 2023-10-17\n/);
    expect(text.stdout).not.toMatch(/\x1b\[/);
  });

  describe('bad inputs', () => {
    let dir: string;
    beforeAll(() => {
      dir = tempDir('llmfacts-e2e-');
      chmodSync(dir, 0o755);
      copyFileSync(SEED, join(dir, 'good.txt'));
      chmodSync(join(dir, 'good.txt'), 0o644);
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
      writeFileSync(join(dir, 'locked.txt'), '秘密。');
      chmodSync(join(dir, 'locked.txt'), 0o000);
    });

    it('names each bad file with its reason on one line, prints the good document, exits 1', () => {
      const files = ['empty.txt', 'binary.txt', 'missing.txt', 'locked.txt', 'good.txt'].map((f) => join(dir, f));
      const r = run(['extract', '--format', 'jsonl', ...files], { asNobody: true });
      expect(r.status).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => l && !/documents,/.test(l));
      expect(errors).toEqual([
        `llmfacts: ${files[0]}: empty file`,
        `llmfacts: ${files[1]}: binary file (contains NUL bytes)`,
        `llmfacts: ${files[2]}: no such file or directory`,
        `llmfacts: ${files[3]}: permission denied`,
      ]);
      const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(docs.map((d) => d.source.path)).toEqual([files[4]]);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });

    it('walks a directory recursively (.txt by default, --ext to change) and reports the bad ones', () => {
      mkdirSync(join(dir, 'sub'), { recursive: true });
      writeFileSync(join(dir, 'sub', 'note.md'), '2023年10月17日');
      copyFileSync(SEED, join(dir, 'sub', 'deep.txt'));
      const r = run(['extract', '--format', 'jsonl', '--quiet', dir], { asNobody: true });
      expect(r.status).toBe(1);
      expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([join(dir, 'good.txt'), join(dir, 'sub', 'deep.txt')]);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(3); // binary, empty, locked
      const md = run(['extract', '--format', 'jsonl', '--ext', 'md', join(dir, 'sub')]);
      expect(md.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([join(dir, 'sub', 'note.md')]);
    });

    it('--out writes one file per input and leaves no temporary file', () => {
      const out = join(dir, 'out');
      const r = run(['extract', '--out', out, SEED, SEED_GB]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      expect(readdirSync(out).sort()).toEqual(['ai-models-2023-10-17.gb18030.json', 'ai-models-2023-10-17.json']);
      expect(JSON.parse(readFileSync(join(out, 'ai-models-2023-10-17.json'), 'utf8')).source.path).toBe(SEED);
    });
  });

  describe('--out failures', () => {
    it('refuses an --out path that is a file, as a usage error', () => {
      const file = join(tempDir('llmfacts-out-'), 'plain');
      writeFileSync(file, 'x');
      const r = run(['extract', '--out', file, SEED]);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`llmfacts: error: --out ${file}: not a directory`);
    });

    it('names each input it cannot write, and exits 1', () => {
      const dir = tempDir('llmfacts-ro-');
      chmodSync(dir, 0o555); // read-only for nobody
      const r = run(['extract', '--quiet', '--out', join(dir, 'facts'), resolve(SEED)], { asNobody: true });
      expect(r.status).toBe(1);
      expect(r.stderr.trimEnd()).toBe(`llmfacts: ${resolve(SEED)}: cannot write ${join(dir, 'facts', 'ai-models-2023-10-17.json')}: permission denied`);
    });
  });

  describe('--input jsonl', () => {
    it('answers every line in order, with an error record in place of a broken line', () => {
      const input = [
        JSON.stringify({ id: 'a', text: '今年3月发布。', date: '2023-10-17' }),
        '{not json',
        JSON.stringify({ id: 7, text: 42 }),
        JSON.stringify({ text: '没有编号。' }),
      ].join('\n');
      const r = run(['extract', '--input', 'jsonl', '--format', 'jsonl', '--quiet'], { input });
      expect(r.status).toBe(1);
      const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(out).toHaveLength(4);
      expect(out[0].source).toMatchObject({ id: 'a', line: 1 });
      expect(out[0].document.referenceDate).toBe('2023-10-17');
      expect(out[1]).toEqual({ source: { id: null, line: 2 }, error: expect.stringMatching(/^not JSON \(/) });
      expect(out[2]).toEqual({ source: { id: 7, line: 3 }, error: '"text" must be a string' });
      expect(out[3].source).toMatchObject({ id: null, line: 4 });
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    });
  });

  describe('usage', () => {
    it('--version prints the package version', () => {
      const r = run(['--version']);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    });

    it('--help explains with examples', () => {
      const r = run(['extract', '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('--ref-date <YYYY-MM-DD>');
      expect(r.stdout).toContain('Examples:');
    });

    it.each([
      [['extract', '--format', 'xml', SEED], /argument 'xml' is invalid/],
      [['extract', '--ref-date', '2023-02-30', SEED], /expected a date as YYYY-MM-DD/],
      [['extract', '--types', 'quotes,people', SEED], /unknown type "people"/],
      [['frobnicate'], /unknown command/],
    ])('exits 2 with one clear line for %j', (args, message) => {
      const r = run(args as string[]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message as RegExp);
    });

    it('schema prints the JSON Schema', () => {
      const r = run(['schema']);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).title).toBe('llmfacts document');
    });
  });
});
