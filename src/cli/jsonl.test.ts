// readJsonl splits the stream's Buffers itself: it must give the records that reading the
// lines with node:readline (crlfDelay: Infinity) and parsing each non-blank one gave, on any
// bytes cut into any chunks (CR, CRLF split between chunks, invalid and unfinished UTF-8, a BOM,
// blank lines, a last line without a line end, lines longer than a chunk).
import { describe, expect, it } from 'vitest';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { jsonlRecord, readJsonl, type JsonlRecord } from './sources.js';

/** What readJsonl gave when it read lines with node:readline. */
async function viaReadline(chunks: Buffer[]): Promise<JsonlRecord[]> {
  const out: JsonlRecord[] = [];
  let line = 0;
  for await (const raw of createInterface({ input: Readable.from(chunks, { objectMode: false }), crlfDelay: Infinity })) {
    line++;
    if (raw.trim() !== '') out.push(jsonlRecord(raw, line));
  }
  return out;
}

async function viaReadJsonl(chunks: Buffer[]): Promise<JsonlRecord[]> {
  const out: JsonlRecord[] = [];
  for await (const records of readJsonl(Readable.from(chunks, { objectMode: false }))) {
    expect(records.length).toBeGreaterThan(0);
    out.push(...records);
  }
  return out;
}

// Pieces the random inputs are made of: line ends, blanks, whole and broken UTF-8, JSON lines.
const PIECES: number[][] = [
  [0x0a], [0x0a], [0x0d], [0x0d, 0x0a], [0x20], [0x09], [0x61], [0x41, 0x42],
  [0xe4, 0xbd, 0xa0], [0xe4], [0xe4, 0xbd], [0xbd], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f], [0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80],
  [0xef, 0xbb, 0xbf], [0xe3, 0x80, 0x80],
  ...['{"id":"a","text":"他说：“好。”"}', '{"id":7,"text":"x","date":"2023-10-17"}', '{"text":1}', '[1]', '{"text":"y","date":"bad"}', '{"te'].map((s) => [...Buffer.from(s)]),
];

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('readJsonl', () => {
  it('gives the records readline lines gave, on 3,000 random inputs cut into random chunks', async () => {
    const rnd = random(20261128);
    for (let n = 0; n < 3000; n++) {
      const bytes: number[] = [];
      const pieces = Math.floor(rnd() * 40);
      for (let k = 0; k < pieces; k++) bytes.push(...PIECES[Math.floor(rnd() * PIECES.length)]);
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; ) {
        const size = rnd() < 0.1 ? 0 : 1 + Math.floor(rnd() * (rnd() < 0.5 ? 4 : 64));
        chunks.push(Buffer.from(bytes.slice(at, at + size)));
        at += size;
      }
      expect(await viaReadJsonl(chunks), JSON.stringify(chunks.map((c) => [...c]))).toEqual(await viaReadline(chunks));
    }
  });

  it('joins a line longer than many chunks', async () => {
    const text = '价格上涨了3倍。'.repeat(20000);
    const line = Buffer.from(JSON.stringify({ id: 1, text }) + '\r\n' + JSON.stringify({ text: 'b' }));
    const chunks: Buffer[] = [];
    for (let at = 0; at < line.length; at += 1000) chunks.push(line.subarray(at, at + 1000));
    const recs = await viaReadJsonl(chunks);
    expect(recs).toEqual(await viaReadline(chunks));
    expect(recs.map((r) => r.ok && r.text.length)).toEqual([text.length, 1]);
  });
});
