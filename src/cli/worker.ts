// A worker thread of the pool: runs one job at a time and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { runWork, type WorkInput, type WorkOptions } from './work.js';

const options = workerData as WorkOptions;
parentPort!.on('message', ({ id, input }: { id: number; input: WorkInput }) => {
  if ('bytes' in input) input.bytes = new Uint8Array(input.bytes);
  parentPort!.postMessage({ id, result: runWork(input, options) });
});
