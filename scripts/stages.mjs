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
//
// --reads: one pass with every charCodeAt outside its string counted by call site (nothing
// should be printed over the corpus; exit status 1 if anything is).
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

if (args.includes('--reads')) {
  // Every charCodeAt outside its string over one pass, by call site. Such a read gives NaN, and
  // in optimized code it deoptimizes the function and widens the type feedback of all the NaN
  // flows into: seven sites read past an end 2,500 times a pass (round 24) and cost 7% of a warm
  // pass. Over the corpus this should print nothing; short texts (the corpus.yaml examples, which
  // end right after a number) still meet older reads past the end that news never reaches.
  const sites = new Map();
  const charCodeAt = String.prototype.charCodeAt;
  String.prototype.charCodeAt = function (i) {
    if (!(i >= 0 && i < this.length)) {
      const site = new Error().stack.split('\n')[2].trim().replace(/^at /, '');
      sites.set(site, (sites.get(site) ?? 0) + 1);
    }
    return charCodeAt.call(this, i);
  };
  for (const text of texts) extractFromText(text);
  String.prototype.charCodeAt = charCodeAt;
  for (const [site, n] of [...sites].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(7)}  ${site}`);
  console.log(`${sites.size} call sites read outside their string`);
  process.exit(sites.size === 0 ? 0 : 1);
}

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
