import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const BIN = 'bin/llmfacts.js';
const SEED = 'fixtures/ai-models-2023-10-17.txt';
const run = (args: string[], input?: string) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', input });

describe('llmfacts extract (the real binary)', () => {
  it('prints one JSON document for one file', () => {
    const r = run(['extract', SEED]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe('1');
    expect(doc.source.path).toBe(SEED);
    expect(doc.document).toEqual({ title: '人工智能大模型陆续上线 加速赋能产业发展', date: '2023-10-17', referenceDate: '2023-10-17' });
  });
});
