// A worker thread of the pool: runs one task at a time — reads the file if the task is a
// path, decodes and extracts (cli/work.ts), formats the record — and posts back only the
// text and the counts, so the main thread does little more than write strings in order.
import { parentPort, workerData } from 'node:worker_threads';
import { runWork } from './work.js';
import { runFileTask, toOutcome, useWork, type Task } from './runner.js';
import { prepareWriter } from '../writers/index.js';
import type { PoolSetup } from './pool.js';

const { options, output } = workerData as PoolSetup;
useWork(runWork);
await prepareWriter(output.format);
parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  let result;
  if ('file' in task) {
    result = runFileTask(task.file, options, output);
  } else {
    const input = task.input;
    if ('bytes' in input) input.bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    result = toOutcome(runWork(input, options), output);
  }
  parentPort!.postMessage({ id, result });
});
