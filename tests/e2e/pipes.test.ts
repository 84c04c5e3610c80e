// Pipes and signals, with the real binary:
// - `llmfacts extract big-dir | head -1` ends quietly: EPIPE is not an error (exit 0,
//   nothing on stderr, and the batch stops instead of running to the end);
// - Ctrl-C (SIGINT) during `--out DIR` leaves no temporary and no half-written file.
// Nothing here depends on timing: the batch reading from our stdin cannot finish before
// the signal, and the files written are compared byte for byte with a complete run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/llmfacts.js');
const SEED = readFileSync('fixtures/ai-models-2023-10-17.txt', 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'llmfacts-pipes-'));
  mkdirSync(join(dir, 'big'));
  // 600 documents: far more output than a pipe holds (64 KiB), whatever the extractors find.
  for (let i = 0; i < 600; i++) writeFileSync(join(dir, 'big', `doc-${String(i).padStart(4, '0')}.txt`), SEED);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('llmfacts extract big-dir | head -1', () => {
  for (const args of [['--format', 'json'], ['--format', 'jsonl'], ['--format', 'text'], ['--format', 'jsonl', '--jobs', '2']]) {
    it(`exits quietly when the reader goes away (${args.join(' ')})`, () => {
      const script = `"${process.execPath}" "${BIN}" extract ${args.join(' ')} "${join(dir, 'big')}" 2>"${join(dir, 'stderr.txt')}" | head -1; echo "status \${PIPESTATUS[0]}"`;
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe('status 0');
      // No EPIPE error, no stack trace — and no summary line: the batch stopped early.
      expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe('');
      if (args[1] === 'json') expect(lines[0]).toBe('[');
      if (args[1] === 'jsonl') expect(JSON.parse(lines[0]).source.path).toBe(join(dir, 'big', 'doc-0000.txt'));
      if (args[1] === 'text') expect(lines[0]).toBe(`${join(dir, 'big', 'doc-0000.txt')} — 人工智能大模型陆续上线 加速赋能产业发展`);
    });
  }
});

describe('Ctrl-C during --out DIR', () => {
  const record = (i: number) => JSON.stringify({ id: `doc-${i}`, text: SEED.repeat(20), date: '2023-10-17' }) + '\n';

  /** Feeds records until `stop()`; the CLI cannot finish while we keep stdin open. */
  async function interrupted(out: string, extra: string[]) {
    const child = spawn(process.execPath, [BIN, 'extract', '--input', 'jsonl', '--format', 'text', '--out', out, ...extra], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => {}); // EPIPE once the CLI is gone
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    let fed = 0;
    let alive = true;
    void exited.then(() => (alive = false));
    const feed = async () => {
      while (alive) {
        if (!child.stdin.write(record(fed++))) await new Promise((res) => child.stdin.once('drain', res));
      }
    };
    void feed();
    // Wait until some documents are done, then interrupt in the middle of the stream.
    const finished = () => readdirSync(out).filter((f) => f.endsWith('.txt')).length;
    while (alive && finished() < 5) await new Promise((res) => setTimeout(res, 20));
    child.kill('SIGINT');
    const code = await exited;
    return { code, stderr, fed };
  }

  for (const extra of [[], ['--jobs', '2']]) {
    it(`leaves only complete files, no temporaries (${extra.join(' ') || 'in-thread'})`, async () => {
      const out = mkdtempSync(join(dir, 'out-'));
      const { code, stderr, fed } = await interrupted(out, extra);
      expect(code).toBe(130);
      expect(stderr).toBe('');
      const files = readdirSync(out).sort();
      expect(files.filter((f) => !/^doc-\d+\.txt$/.test(f))).toEqual([]); // no .tmp-* left behind
      expect(files.length).toBeGreaterThanOrEqual(5);
      expect(files.length).toBeLessThan(fed);
      // Each file is exactly what an uninterrupted run writes for the same record.
      const again = mkdtempSync(join(dir, 'again-'));
      const ids = files.map((f) => Number(/\d+/.exec(f)![0]));
      const r = spawnSync(process.execPath, [BIN, 'extract', '--input', 'jsonl', '--format', 'text', '--out', again], { input: ids.map(record).join(''), encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const f of files) expect(readFileSync(join(out, f), 'utf8') === readFileSync(join(again, f), 'utf8'), f).toBe(true);
    });
  }
});
