#!/usr/bin/env node
// `npm run eval`: every scorer in one run, from the project root.
//  1. the seed gold (../shared/gold) and our own corpus gold (fixtures/gold), separately and together;
//  2. the held-out gold (fixtures/holdout): summary lines only, never the individual misses,
//     so that nobody tunes rules on it by accident (see fixtures/holdout/README.md);
//  3. the peers' own Chinese number and date cases (--input jsonl).
// Reads ../shared (not part of the package); builds first so the scored binary is current.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const shared = '../shared';
if (!existsSync(`${shared}/eval/score.mjs`)) {
  console.error('eval: ../shared/eval is missing (it sits beside the project root on development machines)');
  process.exit(2);
}
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = false;
function section(title, args, { summaryOnly = false } = {}) {
  console.log(`\n== ${title}`);
  const r = spawnSync('node', args, { stdio: summaryOnly ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (summaryOnly) {
    const summary = (r.stdout ?? '').split('\n').filter((l) => /^(quotes|metrics|dates|attributes|problem|scored) /.test(l));
    console.log(summary.join('\n'));
  }
  if (r.status !== 0) failed = true;
}

const ownGold = existsSync('fixtures/gold') && readdirSync('fixtures/gold').some((f) => f.endsWith('.gold.yaml'));
section('seed gold (../shared/gold)', [`${shared}/eval/score.mjs`, `${shared}/gold`]);
if (ownGold) {
  section('corpus gold (fixtures/gold)', [`${shared}/eval/score.mjs`, 'fixtures/gold']);
  section('all gold together', [`${shared}/eval/score.mjs`, `${shared}/gold`, 'fixtures/gold']);
}
if (existsSync('fixtures/holdout')) {
  section('held-out gold (fixtures/holdout; summary only)', [`${shared}/eval/score.mjs`, 'fixtures/holdout'], { summaryOnly: true });
}
section('peer suites: numbers and dates', [
  `${shared}/eval/peers.mjs`,
  `${shared}/peer-suites/cases/numbers.jsonl`,
  `${shared}/peer-suites/cases/dates.jsonl`,
]);
process.exit(failed ? 1 : 0);
