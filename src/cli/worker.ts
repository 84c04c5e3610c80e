// A worker thread of the pool: runs one job at a time (decode + extract, cli/work.ts),
// formats the record there too, and posts back only the text and the counts, so the main
// thread does little more than write strings in order.
import { parentPort, workerData } from 'node:worker_threads';
import { runWork, type WorkInput } from './work.js';
import { toOutcome } from './runner.js';
import { prepareWriter } from '../writers/index.js';
import type { PoolSetup } from './pool.js';

const { options, output } = workerData as PoolSetup;
await prepareWriter(output.format);
parentPort!.on('message', ({ id, input }: { id: number; input: WorkInput }) => {
  if ('bytes' in input) input.bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  parentPort!.postMessage({ id, result: toOutcome(runWork(input, options), output) });
});
