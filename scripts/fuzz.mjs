#!/usr/bin/env node
// `npm run fuzz`: the long property run. The same properties as tests/fuzz (the quick run
// in `npm test`), over ≥ 100,000 generated inputs in all, against the built dist/.
//
//   npm run fuzz                       # 100k inputs, a fresh seed (printed)
//   npm run fuzz -- --runs 500000      # more
//   npm run fuzz -- --seed 123         # replay a run
//
// Prints the number of inputs checked and, for a failure, the shrunk counterexample,
// the problems found and the seed/path to replay it. Exit status 1 on a failure.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import Ajv from 'ajv';
import { extractFromText } from '../dist/pipeline.js';
import { normalize } from '../dist/text/normalize.js';
import { anyText, checkInput, compareTwins, hostileText, newsLike, quoteLike, splice, traditionalizer } from '../tests/fuzz/gen.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
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

// [name, arbitrary, check, share of the runs]
const PROPERTIES = [
  ['random Unicode', anyText(fc), sound, 0.15],
  ['mixes of news tokens', hostileText(fc), sound, 0.35],
  ['quoted statements', quoteLike(fc), sound, 0.2],
  ['mutated sentences and documents', fc.oneof(splice(fc), newsLike(fc)), sound, 0.2],
  ['Traditional twins', fc.oneof(splice(fc), newsLike(fc)), twins, 0.1],
];

console.log(`fuzz: ${total} inputs, seed ${seed}`);
const started = Date.now();
let checked = 0;
let failed = false;
for (const [name, arb, check, share] of PROPERTIES) {
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
