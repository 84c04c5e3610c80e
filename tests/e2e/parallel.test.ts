// Streaming mode under GNU parallel: `parallel --pipe --keep-order` cuts JSON Lines input
// into chunks, runs one llmfacts per chunk and glues the outputs back in order. The result
// must equal the single-process output, record for record. The one difference by design:
// `source.line` counts lines within each chunk, so the
// comparison drops it; records are told apart by `id`. .ci/run installs GNU parallel.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const BIN = resolve('bin/llmfacts.js');
const SEED = readFileSync(resolve('fixtures/ai-models-2023-10-17.txt'), 'utf8');
const CMD = [process.execPath, BIN, 'extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '1', '--quiet'];

// 40 records: made-up short news, the seed article cut into paragraphs, and two broken lines.
function input(): string {
  const lines: string[] = [];
  const paras = SEED.split('\n').filter((l) => l.trim() !== '');
  for (let i = 0; i < 40; i++) {
    if (i === 13) lines.push('{"id": "r13", "text": "未闭合'); // not JSON
    else if (i === 27) lines.push(JSON.stringify({ id: 'r27', text: ['不是字符串'] }));
    else if (i % 3 === 0) lines.push(JSON.stringify({ id: `r${i}`, text: paras[i % paras.length], date: '2023-10-17' }));
    else if (i % 3 === 1) lines.push(JSON.stringify({ id: `r${i}`, text: `公司第${i}季度营收${i * 10}亿元，同比增长${i}%。负责人表示：“明年${i % 12 + 1}月将发布新品。”` }));
    else lines.push(JSON.stringify({ id: i, text: `${2000 + i}年${(i % 12) + 1}月${(i % 28) + 1}日，约${i * 100}人参加活动。` }));
  }
  return lines.join('\n') + '\n';
}

const withoutLine = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => {
      const rec = JSON.parse(l);
      delete rec.source.line;
      return rec;
    });

describe('streaming mode under GNU parallel --pipe', () => {
  const which = spawnSync('parallel', ['--version'], { encoding: 'utf8' });

  it('GNU parallel is installed (.ci/run installs it from Debian)', () => {
    expect(which.error, 'GNU parallel is missing: apt-get install -y parallel').toBeUndefined();
    expect(which.stdout).toMatch(/^GNU parallel/);
  });

  it.each([
    ['-N 3 (three records a chunk)', ['-N', '3']],
    ['--block 2k (chunks cut by size at line ends)', ['--block', '2k']],
  ])('gives the same records in the same order as one process: %s', (_name, chunking) => {
    const text = input();
    const single = spawnSync(CMD[0], CMD.slice(1), { input: text, encoding: 'utf8' });
    expect(single.stdout.trimEnd().split('\n')).toHaveLength(40);
    const par = spawnSync('parallel', ['--will-cite', '--pipe', '--keep-order', '-j', '2', ...chunking, ...CMD], {
      input: text,
      encoding: 'utf8',
    });
    expect(par.error).toBeUndefined();
    const a = withoutLine(single.stdout);
    const b = withoutLine(par.stdout);
    expect(b).toHaveLength(40);
    expect(b).toEqual(a);
    // A line that is not JSON has no id to echo.
    expect(b.map((r) => r.source.id)).toEqual(a.map((_, i) => (i === 13 ? null : i % 3 === 2 ? i : `r${i}`)));
    expect(b[13]).toEqual({ source: { id: null }, error: expect.stringMatching(/^not JSON/) });
    expect(b[27]).toEqual({ source: { id: 'r27' }, error: '"text" must be a string' });
    // More than one chunk really ran: some record other than the first has line 1.
    const lines = par.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.line);
    expect(lines.slice(1)).toContain(1);
    // parallel passes a failing chunk's exit status on: 1, as one process gives.
    expect(single.status).toBe(1);
    expect(par.status).toBeGreaterThan(0);
  });
});
