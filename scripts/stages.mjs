#!/usr/bin/env node
// node scripts/stages.mjs [--passes N] [--corpus DIR] — CPU time per pipeline stage over the
// corpus, pass by pass, in one process started with the CLI's V8 flag. Pass 1 is what a CLI
// run pays (cold: mostly interpreted code); later passes show the warmed-up cost. For
// development: finding the stage to work on. Run `npm run build` first (it measures dist/).
//
// --plain: only N passes of the whole pipeline, no timing, a count at the end. For a
// load-independent measure of the steady state (code V8 has optimized, as in a long batch or
// `npm run bench`'s in-process rows): the instructions of 6 passes minus those of 4, halved,
// under cachegrind:
//   setarch -R valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --predictable --hash-seed=1 --random-seed=1 --expose-gc scripts/stages.mjs --plain --passes 6
// With --expose-gc, a full collection runs before each pass: without it, a change that only
// allocates more or less can move a collection into or out of passes 5–6 and swing the
// figure by tens of millions of instructions (round 13 saw up to 90 M); with it, every pass
// starts from the same heap state. But a forced full collection also frees the hidden classes
// no live object holds (objects made anew per document), and the next pass's new ones reset
// V8's count towards optimizing the functions that met the old ones: a natural run has about
// one full collection in six passes. For work that runs optimized in a long batch, prefer the
// natural figure over more passes, without --expose-gc: (passes 10 - passes 4) / 6.
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--interrupt-budget=1048576'); // as bin/llmfacts.js

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const CORPUS = resolve(opt('--corpus', join(ROOT, '..', 'shared', 'corpus', 'news')));
const PASSES = Number(opt('--passes', '2'));

const dist = (p) => import(join(ROOT, 'dist', p));
const { normalize } = await dist('text/normalize.js');
const { detectHeader } = await dist('input/header.js');
const { extractQuotes } = await dist('extractors/quotes/index.js');
const { extractMetrics } = await dist('extractors/metrics/index.js');
const { extractDates } = await dist('extractors/dates/index.js');
const { extractFromText, extractionContext } = await dist('pipeline.js');

const texts = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));
const MB = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

if (args.includes('--plain')) {
  let found = 0;
  for (let pass = 1; pass <= PASSES; pass++) {
    globalThis.gc?.();
    for (const text of texts) {
      const doc = extractFromText(text);
      found += doc.quotes.length + doc.metrics.length + doc.dates.length + doc.entities.length;
    }
  }
  console.log(`${PASSES} passes over ${texts.length} documents: ${found} facts`);
  process.exit(0);
}

const stages = ['normalize', 'header', 'segment', 'quotes', 'dates', 'metrics', 'pipeline+JSON'];
for (let pass = 1; pass <= PASSES; pass++) {
  const ms = Object.fromEntries(stages.map((s) => [s, 0]));
  const time = (stage, fn) => {
    const t = performance.now();
    const r = fn();
    ms[stage] += performance.now() - t;
    return r;
  };
  for (const text of texts) {
    const norm = time('normalize', () => normalize(text));
    const header = time('header', () => detectHeader(norm));
    // The pipeline's own context: segmentation (and, for text with stray spaces between Han
    // characters, the squeezed view the extractors read).
    const { ctx } = time('segment', () => extractionContext(text, norm, header, header.date));
    time('quotes', () => extractQuotes(ctx));
    const dates = time('dates', () => extractDates(ctx));
    time('metrics', () => extractMetrics(ctx, dates));
  }
  // The whole pipeline again plus JSON.stringify, for the total a CLI run does per document.
  for (const text of texts) time('pipeline+JSON', () => JSON.stringify(extractFromText(text)));
  const parts = stages.slice(0, -1).reduce((n, s) => n + ms[s], 0);
  console.log(
    `pass ${pass}: ` + stages.slice(0, -1).map((s) => `${s} ${ms[s].toFixed(0)}`).join(', ') + ` ms; sum ${parts.toFixed(0)} ms` +
      ` | whole pipeline + JSON after that ${ms['pipeline+JSON'].toFixed(0)} ms (${(MB / (ms['pipeline+JSON'] / 1000)).toFixed(1)} MB/s)`,
  );
}
