// capYoungGeneration stops V8's young generation at 2 × 8 MB. It changes a process-wide V8
// flag, so each case runs in a child process of its own: a loop whose objects survive a few
// scavenges (as a batch's in-flight documents do) grows the young generation to its
// maximum, 2 × 16 MB, unless the cap is called along the way.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MEMORY = pathToFileURL(resolve('dist/cli/memory.js')).href;

/** The largest young generation (MB) seen while allocating, with or without the cap called every 4096 objects. */
function largestYoung(cap: boolean): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { capYoungGeneration } from ${JSON.stringify(MEMORY)};
    const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    let keep = [];
    let largest = 0;
    for (let i = 0; i < 4e6; i++) {
      keep.push({ i });
      if (keep.length >= 200000) keep = [];
      if ((i & 4095) === 0) {
        if (${cap}) capYoungGeneration();
        largest = Math.max(largest, young());
      }
    }
    console.log(largest / 1048576);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return Number(r.stdout.trim());
}

describe('capYoungGeneration', () => {
  it('keeps the young generation at 2 × 8 MB where V8 alone grows it to 2 × 16 MB', () => {
    expect(largestYoung(false)).toBe(32);
    expect(largestYoung(true)).toBe(16);
  });
});
