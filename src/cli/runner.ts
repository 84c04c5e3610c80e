// Runs jobs and yields their results in input order. A bounded window of jobs is in
// flight at once (reading ahead, or spread over worker threads), so memory stays flat
// however many documents there are: nothing but the window is ever held.
//
// Threads: `--jobs N` fixes them (1 = in this thread, no worker). Without it the runner
// looks at the first two jobs: a single input runs in this thread (a one-file run does not
// pay the workers' start-up), a batch gets one worker per core.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Job } from './extract.js';
import type { WorkInput, WorkOptions, WorkResult } from './work.js';
import { UserError, describeFsError, tooLarge } from './sources.js';
import { formatRecord, prepareWriter, type Format } from '../writers/index.js';

/**
 * What the output needs of one finished job: the record already formatted (in the worker
 * that did the work, so the main thread only writes strings) and the counts for the summary.
 */
export type Outcome =
  | { ok: true; body: string; quotes: number; metrics: number; dates: number; warnings: string[]; /** bytes read, for a file task */ bytes?: number }
  | { ok: false; reason: string };

/**
 * What to do for one job: work on an input already in memory, or read a file first. Files
 * are read synchronously by the thread that works on them (a worker, or this thread): one
 * small read costs some microseconds that way, against a tenth of a millisecond or more of
 * thread-pool round trips with fs/promises, and the main thread stays free to write output.
 */
export type Task = { input: WorkInput } | { file: FileTask };
export interface FileTask {
  path: string;
  maxBytes: number;
  source: WorkInput['source'];
}

/** Reads and works on a file task; any failure becomes the outcome. */
export function runFileTask(task: FileTask, options: WorkOptions, output: OutputOptions): Outcome {
  let bytes: Buffer;
  try {
    bytes = readFileCapped(task.path, task.maxBytes);
  } catch (e) {
    return { ok: false, reason: e instanceof UserError ? e.message : describeFsError(e) };
  }
  const outcome = toOutcome(runWorkFn!({ bytes, source: task.source }, options), output);
  if (outcome.ok) outcome.bytes = bytes.length;
  return outcome;
}

/** The whole file, refused past `maxBytes`. */
function readFileCapped(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

// Set by `useWork` once cli/work.js (the pipeline) is loaded; kept lazy for --version.
let runWorkFn: ((input: WorkInput, options: WorkOptions) => WorkResult) | null = null;
export function useWork(fn: (input: WorkInput, options: WorkOptions) => WorkResult): void {
  runWorkFn = fn;
}

/** How results are to be written: the output format, and colour for the text format. */
export interface OutputOptions {
  format: Format;
  color: boolean;
}

/** A task run in this thread (the main one or a worker): a file is read here, given text or bytes go to the pipeline. */
export function runTask(task: Task, options: WorkOptions, output: OutputOptions): Outcome {
  return 'file' in task ? runFileTask(task.file, options, output) : toOutcome(runWorkFn!(task.input, options), output);
}

/** A work result → its outcome. Call `prepareWriter(format)` once before (yaml and text are loaded lazily). */
export function toOutcome(result: WorkResult, output: OutputOptions): Outcome {
  if (!result.ok) return result;
  const { doc, text } = result;
  let body: string;
  try {
    body = formatRecord(doc, output.format, { color: output.color, text });
  } catch (e) {
    return { ok: false, reason: `internal error: ${(e as Error)?.message ?? String(e)}` };
  }
  return {
    ok: true,
    body,
    quotes: doc.quotes.length,
    metrics: doc.metrics.length,
    dates: doc.dates.length,
    warnings: doc.source.warnings ?? [],
  };
}

/** A job with its outcome. */
export interface Done {
  job: Job;
  result: Outcome;
}

export interface Runner {
  /**
   * Jobs come in batches (the records of one chunk of JSON Lines, say) and their results go
   * out in batches, in input order: one hop through the chain of async generators per batch
   * rather than one per document.
   */
  run(jobs: AsyncIterable<Job[]>): AsyncGenerator<Done[]>;
  close(): Promise<void>;
  /** How many worker threads the run used (0: all work done in this thread); known once `run` has started. */
  readonly threads: number;
}

/** How the work of one job is done: here (at once), or in a worker thread (a promise). */
export type Execute = (task: Task) => Outcome | Promise<Outcome>;

/** Jobs in flight per thread: enough to keep every worker busy while results are written in order. */
const WINDOW_PER_THREAD = 4;

/** Worker threads for a batch when --jobs is not given. */
function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export async function createRunner(jobs: number | null, options: WorkOptions, output: OutputOptions): Promise<Runner> {
  await prepareWriter(output.format);
  let pool: { execute: Execute; close(): Promise<void> } | null = null;
  let threads = 0;
  const runner: Runner = {
    get threads() {
      return threads;
    },
    async close() {
      await pool?.close();
    },
    async *run(source) {
      const it = source[Symbol.asyncIterator]();
      // Without --jobs, peek at batches until two jobs are seen, to tell a single input from a batch.
      const head: Job[][] = [];
      let seen = 0;
      while (jobs === null && seen < 2) {
        const r = await it.next();
        if (r.done) break;
        head.push(r.value);
        seen += r.value.length;
      }
      const wanted = jobs ?? (seen > 1 ? defaultThreads() : 1);
      let execute: Execute;
      let window: number;
      if (wanted <= 1) {
        // The pipeline (and its lexicons) is loaded only now: `--version` and `--help` never pay for it.
        const { runWork } = await import('./work.js');
        useWork(runWork);
        execute = (task) => runTask(task, options, output);
        window = WINDOW_PER_THREAD;
      } else {
        const { WorkerPool } = await import('./pool.js');
        const p = new WorkerPool(wanted, { options, output });
        pool = p;
        threads = wanted;
        execute = (task) => p.execute(task);
        window = wanted * WINDOW_PER_THREAD;
      }
      // (with --jobs given nothing was read ahead: no generator layer to put it back in front)
      yield* ordered(head.length > 0 ? prepend(head, it) : { [Symbol.asyncIterator]: () => it }, execute, window);
    },
  };
  return runner;
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

/**
 * Starts up to `window` jobs ahead and yields their results in input order, a batch of
 * results for each batch of jobs (or fewer, while the window fills). A job's input (the file)
 * is read only when it enters the window; its result leaves memory as soon as the consumer
 * has taken its batch. The consumer's pace (stdout backpressure) holds the window. A result
 * the thread computed at once is taken without an await: no promise, no microtask per job.
 * While the next input is slow to come (a stream fed a line at a time), results that are
 * ready go out at once instead of waiting for the window to fill.
 */
export async function* ordered(batches: AsyncIterable<Job[]>, execute: Execute, window: number): AsyncGenerator<Done[]> {
  // At most `window` entries: shift() on it is cheap.
  const inFlight: InFlight[] = [];
  const it = batches[Symbol.asyncIterator]();
  for (;;) {
    const next = it.next();
    if (inFlight.length > 0) {
      // Whichever comes first: the next input, or the oldest result (then it goes out).
      const inputCame = next.then(() => true);
      while (inFlight.length > 0 && !(await Promise.race([inputCame, inFlight[0].settled]))) yield takeSettled(inFlight, []);
    }
    const r = await next;
    if (r.done) break;
    const done: Done[] = [];
    for (const job of r.value) {
      inFlight.push(inFlightOf(job, start(job, execute)));
      if (inFlight.length >= window) {
        const item = inFlight.shift()!;
        if (item.result instanceof Promise) item.result = await item.result;
        done.push(item as Done);
      }
    }
    takeSettled(inFlight, done);
    if (done.length > 0) yield done;
  }
  // The input has ended: the rest goes out as it settles, what is ready together.
  while (inFlight.length > 0) {
    if (inFlight[0].settled) await inFlight[0].settled;
    yield takeSettled(inFlight, []);
  }
}

/** A job in the window: its result, or the promise of it; `settled` resolves (to false) once `result` is the outcome. */
interface InFlight {
  job: Job;
  result: Outcome | Promise<Outcome>;
  settled: Promise<false> | null;
}

function inFlightOf(job: Job, result: Outcome | Promise<Outcome>): InFlight {
  const item: InFlight = { job, result, settled: null };
  if (result instanceof Promise) {
    item.settled = result.then((outcome) => {
      item.result = outcome;
      return false as const;
    });
  }
  return item;
}

/** Moves the results already known at the front of the window to `out` (in order); returns `out`. */
function takeSettled(inFlight: InFlight[], out: Done[]): Done[] {
  while (inFlight.length > 0 && !(inFlight[0].result instanceof Promise)) out.push(inFlight.shift() as Done);
  return out;
}

/** Starts the work of one job: its outcome, or a promise of it. */
function start(job: Job, execute: Execute): Outcome | Promise<Outcome> {
  if (job.failure) return { ok: false, reason: job.failure };
  if (job.read) {
    const outcome = execute({ file: { ...job.read, source: job.source } });
    return outcome instanceof Promise ? outcome.then((o) => withBytesRead(job, o)) : withBytesRead(job, outcome);
  }
  if (job.given) return execute({ input: job.given });
  return job.input!().then(
    (input) => execute({ input }),
    (e: unknown) => ({
      ok: false as const,
      reason: String((e as Error)?.message ?? e),
    }),
  );
}

/** A file task's outcome, after giving its job the size read (for the progress bar and the summary). */
function withBytesRead(job: Job, outcome: Outcome): Outcome {
  if (outcome.ok) job.bytes = outcome.bytes;
  return outcome;
}
