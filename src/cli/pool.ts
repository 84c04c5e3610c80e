// A pool of worker threads, each running cli/work.ts. Jobs go to the least-busy worker;
// replies are matched by id. The runner keeps the output in input order.
import { Worker } from 'node:worker_threads';
import type { WorkInput, WorkOptions, WorkResult } from './work.js';

interface Pending {
  resolve: (r: WorkResult) => void;
}

export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number; pending: Map<number, Pending> }[] = [];
  private nextId = 0;

  constructor(size: number, options: WorkOptions) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
      const slot = { worker, busy: 0, pending: new Map<number, Pending>() };
      worker.on('message', ({ id, result }: { id: number; result: WorkResult }) => {
        const p = slot.pending.get(id);
        if (!p) return;
        slot.pending.delete(id);
        slot.busy--;
        p.resolve(result);
      });
      worker.on('error', (e) => {
        // A crashed worker fails its own jobs; the batch goes on with the others.
        for (const p of slot.pending.values()) p.resolve({ ok: false, reason: `internal error: worker failed: ${e.message}` });
        slot.pending.clear();
        slot.busy = Number.POSITIVE_INFINITY;
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  execute(input: WorkInput): Promise<WorkResult> {
    let slot = this.workers[0];
    for (const w of this.workers) if (w.busy < slot.busy) slot = w;
    if (slot.busy === Number.POSITIVE_INFINITY) return Promise.resolve({ ok: false, reason: 'internal error: no worker left' });
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve) => {
      slot.pending.set(id, { resolve });
      const transfer = 'bytes' in input && input.bytes.byteOffset === 0 && input.bytes.byteLength === input.bytes.buffer.byteLength ? [input.bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage({ id, input }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
