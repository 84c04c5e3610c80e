#!/usr/bin/env node
// node scripts/passes.mjs [--passes N] [--corpus DIR] — N passes of the library's extract()
// over the corpus in one process, printing only a count. For a load-independent measure of
// the steady state (code V8 has optimized, as in a long batch or `npm run bench`'s in-process
// rows): the instructions of 6 passes minus those of 4, halved, under cachegrind:
//   setarch -R valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --predictable --hash-seed=1 --random-seed=1 scripts/passes.mjs --passes 6
// (and again with --passes 4). Run `npm run build` first: it measures dist/.
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--interrupt-budget=1048576'); // as bin/llmfacts.js

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const CORPUS = resolve(opt('--corpus', join(ROOT, '..', 'shared', 'corpus', 'news')));
const PASSES = Number(opt('--passes', '6'));

const { extract } = await import(join(ROOT, 'dist', 'index.js'));
const docs = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(CORPUS, f), 'utf8') }));
let found = 0;
for (let p = 0; p < PASSES; p++) {
  for (const d of docs) {
    const doc = extract({ id: d.id, text: d.text });
    found += doc.quotes.length + doc.metrics.length + doc.dates.length + doc.entities.length;
  }
}
console.log(`${PASSES} passes over ${docs.length} documents: ${found} facts`);
