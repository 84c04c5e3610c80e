// Runs jobs and yields their results in input order. A bounded window of jobs is in
// flight at once (reading ahead, or spread over worker threads), so memory stays flat.
import type { Job } from './extract.js';
import { runWork, type WorkInput, type WorkOptions, type WorkResult } from './work.js';
import { UserError } from './sources.js';

export interface Runner {
  run(jobs: AsyncIterable<Job>): AsyncGenerator<{ job: Job; result: WorkResult }>;
  close(): Promise<void>;
}

/** How the work of one job is done: here, or in a worker thread. */
export type Execute = (input: WorkInput) => Promise<WorkResult>;

export async function createRunner(jobs: number | null, options: WorkOptions): Promise<Runner> {
  const threads = jobs ?? 1;
  if (threads <= 1) {
    return orderedRunner((input) => Promise.resolve(runWork(input, options)), 4, async () => {});
  }
  const { WorkerPool } = await import('./pool.js');
  const pool = new WorkerPool(threads, options);
  return orderedRunner((input) => pool.execute(input), threads * 4, () => pool.close());
}

function orderedRunner(execute: Execute, window: number, close: () => Promise<void>): Runner {
  return {
    close,
    async *run(jobs) {
      const inFlight: { job: Job; result: Promise<WorkResult> }[] = [];
      const start = (job: Job) => {
        const result = job.failure
          ? Promise.resolve<WorkResult>({ ok: false, reason: job.failure })
          : job.input().then(execute, (e: unknown) => ({ ok: false as const, reason: e instanceof UserError ? e.message : String((e as Error)?.message ?? e) }));
        inFlight.push({ job, result });
      };
      for await (const job of jobs) {
        start(job);
        if (inFlight.length >= window) {
          const next = inFlight.shift()!;
          yield { job: next.job, result: await next.result };
        }
      }
      while (inFlight.length) {
        const next = inFlight.shift()!;
        yield { job: next.job, result: await next.result };
      }
    },
  };
}
