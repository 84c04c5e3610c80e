// A worker thread of the pool: runs one task at a time — reads the file if the task is a
// path, decodes and extracts (cli/work.ts), formats the record — and posts back only the
// text and the counts, so the main thread does little more than write strings in order.
import { parentPort, workerData } from 'node:worker_threads';
import { runWork } from './work.js';
import { runTask, useWork, type Task } from './runner.js';
import { prepareWriter } from '../writers/index.js';
import { capYoungGeneration } from './memory.js';
import type { PoolSetup } from './pool.js';

const { options, output } = workerData as PoolSetup;
useWork(runWork);
await prepareWriter(output.format);
parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  // (structured cloning turned the Buffer into a plain Uint8Array: wrapped back as the main thread had it)
  if ('input' in task && 'bytes' in task.input) {
    const b = task.input.bytes;
    task.input.bytes = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  }
  parentPort!.postMessage({ id, result: runTask(task, options, output) });
  capYoungGeneration();
});
