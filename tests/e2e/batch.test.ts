// Batches: directories and JSON Lines over the worker pool, in input order, with the
// summary on stderr; the ordered window runner and the progress bar as units.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { ordered, type Execute, type Outcome, type Task } from '../../src/cli/runner.js';
import { Progress, clock } from '../../src/cli/progress.js';
import type { Job } from '../../src/cli/extract.js';
import { tempDir } from './temp-dirs.js';

const BIN = resolve('bin/llmfacts.js');
const SEED = resolve('fixtures/ai-models-2023-10-17.txt');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
}

// Short made-up articles (line 1 title, line 2 date, blank, body).
const ARTICLES: Record<string, string> = {
  'a/01.txt': '新品发布会举行\n2024-03-05\n\n3月5日，某公司发布新款手机，售价3999元。\n公司负责人表示：“今年销量有望增长20%。”\n',
  'a/02.txt': '港口吞吐量创新高\n2024-01-10\n\n去年全港完成集装箱吞吐量1200万标准箱，同比增长8.5%。\n',
  'a/sub/03.txt': '会议召开\n2023-12-01\n\n会议于11月30日在北京召开，约500人参加。\n',
  'b/04.txt': '天气\n2024-02-02\n\n本周气温回升，最高气温达到15摄氏度。\n',
  'b/05.txt': '', // empty: fails, and the batch goes on
  'b/06.md': '不是 .txt，目录里不取\n',
};

let dir: string;
beforeAll(() => {
  dir = tempDir('llmfacts-batch-');
  for (const [name, text] of Object.entries(ARTICLES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  copyFileSync(SEED, join(dir, 'b', '07-seed.txt'));
});

const TXT_ORDER = ['a/01.txt', 'a/02.txt', 'a/sub/03.txt', 'b/04.txt', 'b/05.txt', 'b/07-seed.txt'];
const GOOD = TXT_ORDER.filter((p) => p !== 'b/05.txt');
const SUMMARY = /^llmfacts: (\d+) documents, (\d+) quotes, (\d+) metrics, (\d+) dates, (\d+) failed, \d+\.\d\d s \(\d+\.\d MB, \d+\.\d MB\/s, (in-thread|\d+ workers)\)$/;

describe('llmfacts extract DIR (batch)', () => {
  it('prints one line per file in sorted path order, the same with 1 thread, 2 workers and the default', () => {
    const outs = [['--jobs', '1'], ['--jobs', '2'], []].map((j) => run(['extract', '--format', 'jsonl', ...j, dir]));
    for (const r of outs) {
      expect(r.status).toBe(1); // one input failed
      expect(r.stdout).toBe(outs[0].stdout);
    }
    const docs = outs[0].stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.source.path)).toEqual(GOOD.map((p) => join(dir, p)));
    expect(docs[0].document).toEqual({ title: '新品发布会举行', date: '2024-03-05', referenceDate: '2024-03-05' });
    expect(docs[4].document.title).toBe('人工智能大模型陆续上线 加速赋能产业发展');
    // The same document as a one-file run gives.
    const single = JSON.parse(run(['extract', '--format', 'json', join(dir, 'b', '07-seed.txt')]).stdout);
    expect(docs[4]).toEqual(single);
  });

  it('reports the failed file on stderr and ends with a one-line summary (no progress bar when stderr is a pipe)', () => {
    for (const [jobs, threads] of [['1', 'in-thread'], ['2', '2 workers']]) {
      const r = run(['extract', '--format', 'jsonl', '--jobs', jobs, dir]);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines[0]).toBe(`llmfacts: ${join(dir, 'b', '05.txt')}: empty file`);
      expect(lines).toHaveLength(2);
      const m = SUMMARY.exec(lines[1]);
      expect(m, lines[1]).not.toBeNull();
      const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      const sum = (k: string) => docs.reduce((n, d) => n + d[k].length, 0);
      expect(m!.slice(1, 7)).toEqual(['5', String(sum('quotes')), String(sum('metrics')), String(sum('dates')), '1', threads]);
      expect(r.stderr).not.toMatch(/[\r\x1b]/);
    }
  });

  it('uses one worker per core for a batch when --jobs is not given', () => {
    const r = run(['extract', '--format', 'jsonl', dir]);
    const expected = availableParallelism() > 1 ? `${availableParallelism()} workers` : 'in-thread';
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`, ${expected}\\)$`));
  });

  it('is silent on stderr with --quiet except for the failures', () => {
    const r = run(['extract', '--quiet', '--format', 'jsonl', '--jobs', '2', dir]);
    expect(r.stderr).toBe(`llmfacts: ${join(dir, 'b', '05.txt')}: empty file\n`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  it('prints a JSON array for --format json and the same documents as jsonl', () => {
    const arr = JSON.parse(run(['extract', '-q', '--format', 'json', '--jobs', '2', dir]).stdout);
    const lines = run(['extract', '-q', '--format', 'jsonl', '--jobs', '1', dir]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(arr).toEqual(lines);
  });

  it('writes one file per input with --out over the workers, the same as the single-thread run', () => {
    const outs = ['1', '2'].map((jobs) => {
      const out = tempDir('llmfacts-out-');
      const r = run(['extract', '-q', '--format', 'json', '--jobs', jobs, '--out', out, dir]);
      expect(r.status).toBe(1);
      return out;
    });
    const files = (d: string) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(d.length + 1)).sort();
    expect(files(outs[0])).toEqual(['a/01.json', 'a/02.json', 'a/sub/03.json', 'b/04.json', 'b/07-seed.json']);
    expect(files(outs[1])).toEqual(files(outs[0]));
    for (const f of files(outs[0])) expect(readFileSync(join(outs[1], f), 'utf8')).toBe(readFileSync(join(outs[0], f), 'utf8'));
    expect(JSON.parse(readFileSync(join(outs[0], 'a/02.json'), 'utf8')).source.path).toBe(join(dir, 'a/02.txt'));
  });
});

describe('llmfacts extract --input jsonl (streaming)', () => {
  const lines = [
    JSON.stringify({ id: 'n1', text: ARTICLES['a/01.txt'] }),
    JSON.stringify({ id: 'n2', text: '会议于11月30日召开。', date: '2023-12-01' }),
    '{"id": "broken", "text": ', // not JSON
    JSON.stringify({ id: 7, text: ARTICLES['a/02.txt'] }),
    JSON.stringify({ id: 'n4', text: 42 }),
    JSON.stringify({ text: readFileSync(SEED, 'utf8') }),
  ];
  const input = lines.join('\n') + '\n';

  it('prints one line per input line, in order, with an error record in place of each broken line', () => {
    const outs = ['1', '2'].map((jobs) => run(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', jobs, '-q'], input));
    expect(outs[1].stdout).toBe(outs[0].stdout);
    expect(outs[0].status).toBe(1);
    const recs = outs[0].stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(recs).toHaveLength(lines.length);
    expect(recs.map((r) => r.source.id ?? null)).toEqual(['n1', 'n2', null, 7, 'n4', null]);
    expect(recs.map((r) => r.source.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(recs[2]).toEqual({ source: { id: null, line: 3 }, error: expect.stringMatching(/^not JSON/) });
    expect(recs[4]).toEqual({ source: { id: 'n4', line: 5 }, error: '"text" must be a string' });
    expect(recs[1].document.referenceDate).toBe('2023-12-01');
    expect(recs[5].document.title).toBe('人工智能大模型陆续上线 加速赋能产业发展');
    // Diagnostics name the line; no summary or progress with --quiet.
    const diag = outs[0].stderr.trimEnd().split('\n');
    expect(diag).toHaveLength(2);
    expect(diag[0]).toMatch(/^llmfacts: line 3\b.*not JSON/);
    expect(diag[1]).toMatch(/^llmfacts: line 5 \(id n4\): .*"text" must be a string$/);
  });
});

// ---- units -------------------------------------------------------------------------

const job = (n: number, failure?: string): Job => ({
  source: { line: n },
  input: async () => ({ text: String(n), source: {}, date: null }),
  ...(failure ? { failure } : {}),
});
const textOf = (task: Task) => Number('input' in task && 'text' in task.input ? task.input.text : NaN);
const ok = (n: number): Outcome => ({ ok: true, body: `${n}\n`, quotes: n, metrics: 0, dates: 0, warnings: [] });

async function* jobsOf(n: number, started: number[]): AsyncGenerator<Job[]> {
  for (let i = 0; i < n; i++) {
    started.push(i);
    yield [i === 3 ? job(i, 'broken') : job(i)];
  }
}

describe('ordered window runner', () => {
  it('yields results in input order although later jobs finish first, and never runs ahead more than its window', async () => {
    const pulled: number[] = [];
    const resolvers = new Map<number, (o: Outcome) => void>();
    const execute: Execute = (task) => new Promise((res) => resolvers.set(textOf(task), res));
    const it_ = ordered(jobsOf(10, pulled), execute, 3);
    const got: string[] = [];
    const consumer = (async () => {
      for await (const batch of it_) for (const { job: j, result } of batch) got.push(`#${j.source.line}:${result.ok ? result.body.trim() : result.reason}`);
    })();
    // Finish jobs in reverse order within each window; the output order must not change.
    for (let round = 0; round < 20 && got.length < 10; round++) {
      await new Promise((r) => setTimeout(r, 0));
      expect(pulled.length - got.length).toBeLessThanOrEqual(3);
      for (const k of [...resolvers.keys()].sort((a, b) => b - a)) {
        resolvers.get(k)!(ok(k));
        resolvers.delete(k);
      }
    }
    await consumer;
    expect(got).toEqual(['#0:0', '#1:1', '#2:2', '#3:broken', '#4:4', '#5:5', '#6:6', '#7:7', '#8:8', '#9:9']);
  });

  it('lets a ready result out while the next input is slow to come (a stream fed a line at a time)', async () => {
    // The second line is given only once the first line's result is out: waiting for the
    // window to fill (or for more input) would never end. Once with a worker's promise,
    // once with a result this thread computes at once (input already in memory).
    const given = (n: number): Job => ({ source: { line: n }, given: { text: String(n), source: {}, date: null } });
    for (const [mk, execute] of [
      [job, (t: Task) => Promise.resolve(ok(textOf(t)))],
      [given, (t: Task) => ok(textOf(t))],
    ] as [(n: number) => Job, Execute][]) {
      let firstOut!: () => void;
      const gate = new Promise<void>((r) => (firstOut = r));
      async function* trickle() {
        yield [mk(1)];
        await gate;
        yield [mk(2)];
      }
      const got: number[] = [];
      for await (const batch of ordered(trickle(), execute, 4)) {
        for (const { result } of batch) got.push(result.ok ? result.quotes : -1);
        if (got.includes(1)) firstOut();
      }
      expect(got).toEqual([1, 2]);
    }
  });

  it('turns an input that cannot be read into a failure of that job only', async () => {
    const bad: Job = { ...job(1), input: async () => Promise.reject(new Error('disk on fire')) };
    const out: Outcome[] = [];
    async function* two() {
      yield [bad, job(2)];
    }
    for await (const batch of ordered(two(), async (t) => ok(textOf(t)), 4)) for (const { result } of batch) out.push(result);
    expect(out).toEqual([{ ok: false, reason: 'disk on fire' }, ok(2)]);
  });
});

describe('runner threads (the built pool)', () => {
  it('runs a single input in this thread and a batch over workers, with the same outcome', async () => {
    const { createRunner } = (await import(resolve('dist/cli/runner.js'))) as typeof import('../../src/cli/runner.js');
    const text = ARTICLES['a/01.txt'];
    const mk = (n: number): Job => ({ ...job(n), input: async () => ({ text, source: { id: n }, date: null }) });
    async function* gen(n: number) {
      for (let i = 0; i < n; i++) yield [mk(i)];
    }
    const collect = async (jobs: number | null, n: number) => {
      const r = await createRunner(jobs, { referenceDate: null, types: ['quotes', 'metrics', 'dates', 'entities'], keepText: false }, { format: 'jsonl', color: false });
      const bodies: string[] = [];
      try {
        for await (const batch of r.run(gen(n))) for (const { result } of batch) bodies.push(result.ok ? result.body : result.reason);
      } finally {
        await r.close();
      }
      return { threads: r.threads, bodies };
    };
    const one = await collect(null, 1);
    expect(one.threads).toBe(0);
    const batch = await collect(2, 3);
    expect(batch.threads).toBe(2);
    expect(batch.bodies[0]).toBe(one.bodies[0]);
    expect(batch.bodies.map((b) => JSON.parse(b).source.id)).toEqual([0, 1, 2]);
    const auto = await collect(null, 2);
    expect(auto.threads).toBe(availableParallelism() > 1 ? availableParallelism() : 0);
  });
});

describe('progress bar', () => {
  const make = (enabled: boolean) => {
    let now = 1_000_000;
    const written: string[] = [];
    const p = new Progress(enabled, { now: () => now, write: (s) => written.push(s), columns: () => 200 });
    return { p, written, advance: (ms: number) => (now += ms) };
  };

  it('draws nothing during the first second, then files/total, MB, MB/s and ETA', () => {
    const { p, written, advance } = make(true);
    p.setTotal(10);
    advance(500);
    p.tick(1_000_000);
    expect(written).toEqual([]);
    advance(1500); // 2 s in, 2 of 10 done
    p.tick(1_000_000);
    expect(written).toEqual(['\r\x1b[K[#####-------------------] 2/10 files  2.0 MB  1.0 MB/s  ETA 0:08']);
    advance(100); // too soon to redraw
    p.tick(0);
    expect(written).toHaveLength(1);
    p.clear();
    expect(written.at(-1)).toBe('\r\x1b[K');
    p.stop();
    advance(1000);
    p.tick(0);
    expect(written).toHaveLength(2);
  });

  it('shows counts and rate without an ETA while the total is unknown (stdin, or still counting)', () => {
    const { p, advance } = make(true);
    advance(4000);
    for (let i = 0; i < 3; i++) p.tick(2_000_000);
    expect(p.render(1_000_000 + 4000)).toBe('3 files  6.0 MB  1.5 MB/s  0:04');
  });

  it('writes nothing when disabled (stderr not a terminal, or --quiet)', () => {
    const { p, written, advance } = make(false);
    p.setTotal(3);
    advance(5000);
    p.tick(10);
    p.clear();
    p.stop();
    expect(written).toEqual([]);
  });

  it('formats durations as m:ss and h:mm:ss', () => {
    expect([clock(0), clock(59.6), clock(61), clock(3725)]).toEqual(['0:00', '1:00', '1:01', '1:02:05']);
  });
});
