// Bad files in a batch: each gets one clear line on stderr, the good documents are all
// printed, the batch goes on, and the exit status is 1.
//
// Unreadable files: the tests run as root, for whom `chmod 000` changes nothing. Two
// reliable stand-ins are used: a `chmod 000` file read by the CLI running as nobody
// (setpriv, when we are root), and a dangling symbolic link (unreadable for anyone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { walkPaths, type FileUnit } from '../../src/cli/sources.js';
import { runFileTask, useWork } from '../../src/cli/runner.js';
import { runWork, type WorkOptions } from '../../src/cli/work.js';

const BIN = resolve('bin/llmfacts.js');
const SEED = resolve('fixtures/ai-models-2023-10-17.txt');
const asRoot = process.getuid?.() === 0;
const WORK: WorkOptions = { referenceDate: null, types: ['quotes', 'metrics', 'dates', 'entities'], keepText: false };

function run(args: string[], opts: { input?: string | Buffer; asNobody?: boolean } = {}) {
  const [cmd, argv] = opts.asNobody && asRoot
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  return spawnSync(cmd, argv as string[], { encoding: 'utf8', input: opts.input, maxBuffer: 64 * 1024 * 1024 });
}

const GOOD2 = '国产大模型加速落地\r\n2023年10月17日\r\n\r\n科大讯飞董事长刘庆峰表示：“星火大模型的推理速度达到原来的３０多倍。”\r\n据介绍，今年已发布超过２００个模型&nbsp;。\r\n';
const TRAD = '大模型\n2023-10-17\n\n他說：「今年營收達到2萬億元。」\n';

describe('a batch over a directory of good and bad files', () => {
  let dir: string;
  const p = (...names: string[]) => join(dir, ...names);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'llmfacts-bad-'));
    chmodSync(dir, 0o755);
    const file = (name: string, body: string | Buffer, mode = 0o644) => {
      writeFileSync(p(name), body);
      chmodSync(p(name), mode);
    };
    copyFileSync(SEED, p('a-good.txt'));
    chmodSync(p('a-good.txt'), 0o644);
    file('b-crlf.txt', GOOD2);
    file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    symlinkSync(p('gone-away.txt'), p('dangling.txt')); // unreadable for anyone, root too
    file('empty.txt', '');
    file('huge.txt', '的'.repeat(70_000)); // 210,000 bytes, over --max-bytes 100K
    // Invalid UTF-8 and invalid GB18030 (0xFF is a lead byte of neither): decoded with
    // replacement, with a warning; the document is still printed.
    file('latin.txt', Buffer.concat([Buffer.from('他说：“好。”\n价格'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('上涨了3倍。')]));
    file('locked.txt', '秘密。', 0o000); // unreadable for nobody
    symlinkSync('.', p('loop')); // a directory walk that would never end
    symlinkSync('self.txt', p('self.txt')); // a link to itself
    mkdirSync(p('sub'));
    chmodSync(p('sub'), 0o755);
    file('sub/trad.txt', TRAD);
    file('sub/notes.md', '不是 .txt 文件');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const GOOD = ['a-good.txt', 'b-crlf.txt', 'latin.txt', 'sub/trad.txt'];
  const expectedErrors = () => [
    `llmfacts: ${p('binary.txt')}: binary file (contains NUL bytes)`,
    `llmfacts: ${p('dangling.txt')}: no such file or directory`,
    `llmfacts: ${p('empty.txt')}: empty file`,
    `llmfacts: ${p('huge.txt')}: file is 210000 bytes, larger than --max-bytes (102400)`,
    `llmfacts: ${p('latin.txt')}: warning: invalid UTF-8 that is not GB18030 either: decoded with replacement characters (U+FFFD)`,
    `llmfacts: ${p('locked.txt')}: permission denied`,
    `llmfacts: ${p('loop')}: symbolic link loop: this directory was already walked`,
    `llmfacts: ${p('self.txt')}: too many levels of symbolic links`,
  ];

  for (const jobs of ['1', '3']) {
    it(`prints every good document, names every bad one on one line, exits 1 (--jobs ${jobs})`, () => {
      const r = run(['extract', '--format', 'jsonl', '--quiet', '--max-bytes', '100K', '--jobs', jobs, dir], { asNobody: true });
      expect(r.status).toBe(1);
      const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(docs.map((d) => d.source.path)).toEqual(GOOD.map((f) => p(f)));
      expect(r.stderr.trimEnd().split('\n')).toEqual(expectedErrors());
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/); // no stack trace
      // The broken bytes are kept as U+FFFD, offsets still count code points of that text.
      const latin = docs[2];
      expect(latin.source.warnings).toEqual(['invalid UTF-8 that is not GB18030 either: decoded with replacement characters (U+FFFD)']);
      expect(latin.source.chars).toBe([...'他说：“好。”\n价格\uFFFD\uFFFDA上涨了3倍。'].length);
    });
  }

  it('counts the failures in the summary line', () => {
    const r = run(['extract', '--format', 'jsonl', '--max-bytes', '100K', dir], { asNobody: true });
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^llmfacts: 4 documents, .*\b7 failed\b/);
  });

  it('the same bad files given one by one, with a missing one and a good one last', () => {
    const names = ['empty.txt', 'binary.txt', 'missing.txt', 'huge.txt', 'dangling.txt', 'self.txt', 'b-crlf.txt'];
    const r = run(['extract', '--format', 'json', '--quiet', '--max-bytes', '100000', ...names.map((n) => p(n))]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `llmfacts: ${p('empty.txt')}: empty file`,
      `llmfacts: ${p('binary.txt')}: binary file (contains NUL bytes)`,
      `llmfacts: ${p('missing.txt')}: no such file or directory`,
      `llmfacts: ${p('huge.txt')}: file is 210000 bytes, larger than --max-bytes (100000)`,
      `llmfacts: ${p('dangling.txt')}: no such file or directory`,
      `llmfacts: ${p('self.txt')}: too many levels of symbolic links`,
    ]);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { source: { path: string } }) => d.source.path)).toEqual([p('b-crlf.txt')]);
  });

  it('stdin: empty, binary and over --max-bytes are refused with one line and exit 1', () => {
    const empty = run(['extract', '-'], { input: '' });
    expect([empty.status, empty.stderr.trim()]).toEqual([1, 'llmfacts: -: empty file']);
    const binary = run(['extract', '-'], { input: Buffer.from([0x41, 0x00, 0x42]) });
    expect([binary.status, binary.stderr.trim()]).toEqual([1, 'llmfacts: -: binary file (contains NUL bytes)']);
    const big = run(['extract', '--max-bytes', '1K', '-'], { input: '的'.repeat(1000) });
    expect([big.status, big.stderr.trim()]).toEqual([1, 'llmfacts: -: input is over 1024 bytes, larger than --max-bytes (1024)']);
    expect(big.stdout).toBe('');
  });

  it('a bad --max-bytes is a usage error (exit 2)', () => {
    const r = run(['extract', '--max-bytes', 'lots', p('a-good.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("option '--max-bytes <size>' argument 'lots' is invalid");
  });
});

describe('a file that vanishes mid-batch', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'llmfacts-vanish-'));
    for (const n of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) writeFileSync(join(dir, n), '他说：“好。”');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The CLI reads a file in the thread that works on it (runFileTask): that is where a file
  // that vanished after the walk must fail with one line, and the batch go on.
  const read = (path: string) => runFileTask({ path, maxBytes: 1 << 20, source: { path } }, WORK, { format: 'json', color: false });

  it('after the directory was listed: the walk still yields it (its entry gave its type), reading it fails with one line, the next file is read', async () => {
    useWork(runWork);
    const seen: FileUnit[] = [];
    for await (const unit of walkPaths([dir], { extensions: ['.txt'] })) {
      seen.push(unit);
      if (unit.path.endsWith('a.txt')) unlinkSync(join(dir, 'b.txt'));
    }
    expect(seen.map((u) => [u.kind, u.path])).toEqual([
      ['file', join(dir, 'a.txt')],
      ['file', join(dir, 'b.txt')],
      ['file', join(dir, 'c.txt')],
      ['file', join(dir, 'd.txt')],
    ]);
    expect(read(seen[1].path)).toEqual({ ok: false, reason: 'no such file or directory' });
    const next = read(seen[2].path);
    const text = '他说：“好。”';
    expect(next.ok && JSON.parse(next.body).source).toEqual({ path: seen[2].path, encoding: 'utf-8', sha256: createHash('sha256').update(text).digest('hex'), chars: 7 });
    expect(next.ok && next.bytes).toBe(Buffer.byteLength(text));
  });

  it('a file over --max-bytes is refused by the same read, with its size', () => {
    useWork(runWork);
    expect(runFileTask({ path: join(dir, 'd.txt'), maxBytes: 4, source: {} }, WORK, { format: 'json', color: false })).toEqual({
      ok: false,
      reason: `file is ${Buffer.byteLength('他说：“好。”')} bytes, larger than --max-bytes (4)`,
    });
  });
});
