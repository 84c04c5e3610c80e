// A pool of worker threads, each running cli/worker.ts (the work of cli/work.ts, then the
// formatting of the record). A job goes to the worker with the fewest jobs in hand;
// replies are matched by id. The runner keeps the output in input order.
import { Worker } from 'node:worker_threads';
import type { WorkOptions } from './work.js';
import type { Outcome, OutputOptions, Task } from './runner.js';

export interface PoolSetup {
  options: WorkOptions;
  output: OutputOptions;
}

interface Slot {
  worker: Worker;
  busy: number;
  dead: boolean;
  pending: Map<number, (r: Outcome) => void>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(size: number, setup: PoolSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
      const slot: Slot = { worker, busy: 0, dead: false, pending: new Map() };
      worker.on('message', ({ id, result }: { id: number; result: Outcome }) => {
        const resolve = slot.pending.get(id);
        if (!resolve) return;
        slot.pending.delete(id);
        slot.busy--;
        resolve(result);
      });
      // A crashed worker fails the jobs it holds; the batch goes on with the others.
      const fail = (reason: string) => {
        slot.dead = true;
        for (const resolve of slot.pending.values()) resolve({ ok: false, reason: `internal error: ${reason}` });
        slot.pending.clear();
      };
      worker.on('error', (e) => fail(`worker failed: ${e.message}`));
      worker.on('exit', (code) => fail(`worker exited (code ${code})`));
      this.slots.push(slot);
    }
  }

  execute(task: Task): Promise<Outcome> {
    let slot: Slot | undefined;
    for (const s of this.slots) if (!s.dead && (!slot || s.busy < slot.busy)) slot = s;
    if (!slot) return Promise.resolve({ ok: false, reason: 'internal error: no worker left' });
    const id = this.nextId++;
    slot.busy++;
    const target = slot;
    return new Promise((resolve) => {
      target.pending.set(id, resolve);
      // Bytes already read move to the worker without a copy when they own their buffer.
      const bytes = 'input' in task && 'bytes' in task.input ? task.input.bytes : null;
      const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
      target.worker.postMessage({ id, task }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.slots.map((s) => {
        s.dead = true;
        s.worker.removeAllListeners('exit');
        return s.worker.terminate();
      }),
    );
  }
}
