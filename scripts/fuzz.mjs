#!/usr/bin/env node
// `npm run fuzz`: the long property run. The same properties as tests/fuzz (the quick run
// in `npm test`), over ≥ 100,000 generated inputs in all, against the built dist/.
//
//   npm run fuzz                       # 100k inputs, a fresh seed (printed)
//   npm run fuzz -- --runs 500000      # more
//   npm run fuzz -- --seed 123         # replay a run
//   npm run fuzz -- --only twins       # only the properties whose name contains this
//
// Prints the number of inputs checked and, for a failure, the shrunk counterexample,
// the problems found and the seed/path to replay it. Exit status 1 on a failure.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import Ajv from 'ajv';
import { extractFromText } from '../dist/pipeline.js';
import { normalize } from '../dist/text/normalize.js';
import { anyText, checkInput, compareTwins, factsWithoutOffsets, hostileText, newsLike, quoteLike, splice, toCrlf, toFullWidth, traditionalizer } from '../tests/fuzz/gen.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' }, only: { type: 'string' } } });
const total = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;

const schema = JSON.parse(readFileSync(new URL('../schema/document.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const toTraditional = traditionalizer(readFileSync(new URL('../src/text/traditional.tsv', import.meta.url), 'utf8'));
const extract = (text) => extractFromText(text, { referenceDate: '2023-10-17' });

let previous = '';
const sound = (text) => {
  const problems = checkInput(text, extract, validate, previous);
  previous = text;
  return problems;
};
const twins = (text) => compareTwins(extract(text), extract(toTraditional(text)), normalize);
const fullWidth = (text) => compareTwins(extract(text), extract(toFullWidth(text)), normalize, 'full-width');
const crlf = (text) => {
  const a = factsWithoutOffsets(extract(text), normalize);
  const b = factsWithoutOffsets(extract(toCrlf(text)), normalize);
  return a === b ? [] : [`CRLF twin differs:\n  LF:   ${a.slice(0, 600)}\n  CRLF: ${b.slice(0, 600)}`];
};

// [name, arbitrary, check, share of the runs]
const PROPERTIES = [
  ['random Unicode', anyText(fc), sound, 0.15],
  ['mixes of news tokens', hostileText(fc), sound, 0.3],
  ['quoted statements', quoteLike(fc), sound, 0.2],
  ['mutated sentences and documents', fc.oneof(splice(fc), newsLike(fc)), sound, 0.2],
  ['Traditional twins', fc.oneof(splice(fc), newsLike(fc)), twins, 0.05],
  ['full-width twins', fc.oneof(splice(fc), newsLike(fc)), fullWidth, 0.05],
  ['CRLF twins', newsLike(fc), crlf, 0.05],
];

console.log(`fuzz: ${total} inputs, seed ${seed}`);
const started = Date.now();
let checked = 0;
let failed = false;
for (const [name, arb, check, share] of PROPERTIES) {
  if (values.only && !name.includes(values.only)) continue;
  const numRuns = Math.ceil(total * share);
  const t0 = Date.now();
  const result = fc.check(
    fc.property(arb, (text) => {
      const problems = check(text);
      if (problems.length) throw new Error(problems.join('\n'));
    }),
    { seed, numRuns, endOnFailure: false },
  );
  checked += result.numRuns;
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.failed) {
    failed = true;
    console.log(`✗ ${name}: failed after ${result.numRuns} inputs (${secs} s)`);
    console.log(`  counterexample: ${JSON.stringify(result.counterexample?.[0])}`);
    console.log(`  ${String(result.errorInstance?.message ?? result.error).split('\n').join('\n  ')}`);
    console.log(`  replay: npm run fuzz -- --seed ${seed} --runs ${total}   (fast-check path ${result.counterexamplePath})`);
  } else {
    console.log(`✓ ${name}: ${result.numRuns} inputs (${secs} s)`);
  }
}
console.log(`fuzz: ${checked} inputs checked in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failed ? 'FAILED' : 'no failure'}`);
process.exitCode = failed ? 1 : 0;
