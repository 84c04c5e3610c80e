// `llmfacts extract`: inputs → work → ordered output. Results are written in input order
// as soon as they are ready; at most a small window of documents is held in memory.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Sink, prepareWriter, EXTENSION, type Format } from '../writers/index.js';
import type { FactType } from '../types.js';
import { describeFsError, openJsonlSources, fileOutName, readJsonl, readStdin, walkPaths } from './sources.js';
import type { WorkInput, WorkOptions } from './work.js';
import { createRunner } from './runner.js';
import { capYoungGeneration } from './memory.js';
import { Progress, countInputs } from './progress.js';
import { stdoutWriter } from './output.js';

export interface ExtractCliOptions {
  format: Format;
  referenceDate: string | null;
  inputMode: 'files' | 'jsonl';
  outDir: string | null;
  types: FactType[];
  extensions: string[];
  jobs: number | null;
  maxBytes: number;
  quiet: boolean;
}

/** A unit of work with what the output needs to know about it. */
export interface Job {
  /** A file's: the directory walked that found it (null: given by its path), for its --out name (see outNameOf). */
  root?: string | null;
  /** What an error record in the output names, and messages (see labelOf). */
  source: { path?: string; id?: string | number | null; line?: number };
  /** The input, when it is in memory already (a JSON Lines record). */
  given?: WorkInput;
  /** Otherwise built lazily, so that stdin is read only when its turn comes. */
  input?: () => Promise<WorkInput>;
  /** Set when the input failed before any work (missing file, broken JSONL line). */
  failure?: string;
  /** A file the working thread reads itself (synchronously, in a worker or here), instead of `input`. */
  read?: { path: string; maxBytes: number };
  bytes?: number;
}

export async function runExtract(paths: string[], opts: ExtractCliOptions): Promise<number> {
  const started = process.hrtime.bigint();
  await prepareWriter(opts.format);
  const out = stdoutWriter();
  const color = opts.format === 'text' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const single = opts.inputMode === 'files' && paths.length <= 1 && !isDirectory(paths[0]);
  const sink = new Sink(opts.format, !single, (s) => out.write(s), color);
  const work: WorkOptions = { referenceDate: opts.referenceDate, types: opts.types, keepText: opts.format === 'text' };
  const runner = await createRunner(opts.jobs, work, { format: opts.format, color: color && !opts.outDir });
  const progress = new Progress(!opts.quiet && Boolean(process.stderr.isTTY));
  // The total for the bar and its ETA: a second, streamed walk, only when the bar is shown.
  if (progress.enabled) countInputs(paths, opts.inputMode, opts.extensions, progress);
  const totals = { documents: 0, failures: 0, quotes: 0, metrics: 0, dates: 0, bytes: 0 };
  const onSignal = () => {
    // Ctrl-C during --out: every file written so far is whole (see writeAtomically).
    out.writeHeld();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const jobs = opts.inputMode === 'jsonl' ? jsonlJobs(paths, !opts.quiet) : fileJobs(paths, opts);
    /** A message about a job on stderr; the output before it goes first (stderr and stdout may be one file). */
    const say = (job: Job, message: string) => {
      out.writeHeld();
      progress.clear();
      process.stderr.write(`llmfacts: ${labelOf(job)}: ${message}\n`);
    };
    const fail = (job: Job, reason: string) => {
      totals.failures++;
      say(job, reason);
    };
    for await (const batch of runner.run(jobs)) {
      for (const { job, result } of batch) {
        progress.tick(job.bytes ?? 0);
        if (!result.ok) {
          fail(job, result.reason);
          // JSON Lines input keeps one output record per input line: the error takes its place.
          if (opts.inputMode === 'jsonl' && !opts.outDir) sink.push({ source: job.source, error: result.reason });
          continue;
        }
        if (opts.outDir) {
          const target = join(opts.outDir, outNameOf(job) + EXTENSION[opts.format]);
          try {
            writeAtomically(target, result.body);
          } catch (e) {
            fail(job, `cannot write ${target}: ${describeFsError(e)}`);
            continue;
          }
        } else {
          sink.pushFormatted(result.body);
        }
        totals.documents++;
        totals.quotes += result.quotes;
        totals.metrics += result.metrics;
        totals.dates += result.dates;
        totals.bytes += job.bytes ?? 0;
        for (const w of result.warnings) say(job, `warning: ${w}`);
      }
      capYoungGeneration();
      // Backpressure once a batch (bounded by a chunk of input) is written.
      if (!opts.outDir) await out.drained();
    }
    if (!opts.outDir) sink.end();
    await out.flush();
  } finally {
    out.writeHeld();
    await runner.close();
    progress.stop();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!opts.quiet && totals.documents + totals.failures > 1) {
    const mb = totals.bytes / 1e6;
    process.stderr.write(
      `llmfacts: ${totals.documents} documents, ${totals.quotes} quotes, ${totals.metrics} metrics, ${totals.dates} dates, ` +
        `${totals.failures} failed, ${seconds.toFixed(2)} s (${mb.toFixed(1)} MB, ${(mb / Math.max(seconds, 1e-3)).toFixed(1)} MB/s, ` +
        `${runner.threads ? `${runner.threads} workers` : 'in-thread'})\n`,
    );
  }
  return totals.failures > 0 ? 1 : 0;
}

// A job's name in messages and its --out file name are made only when needed (a failure, a
// warning, --out), not for every document.

/** How messages name a job: its path, or its JSON Lines line (and id). */
function labelOf(job: Job): string {
  const { path, id, line } = job.source;
  return path ?? `line ${line}` + (id != null ? ` (id ${id})` : '');
}

/** The --out file name of a job, without extension: a file's follows its path (see fileOutName), a JSON Lines record's is its id, or its line. */
function outNameOf(job: Job): string {
  const { path, id, line } = job.source;
  if (path !== undefined) return fileOutName(path, job.root ?? null);
  return id != null ? String(id).replace(/[/\\\0]/g, '_') : `line-${line}`;
}

function isDirectory(p: string | undefined): boolean {
  if (!p || p === '-') return false;
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const FILES_PER_BATCH = 16;

/** The jobs of the files, in batches of up to FILES_PER_BATCH (only paths are held: a file is read when it enters the runner's window). */
async function* fileJobs(paths: string[], opts: ExtractCliOptions): AsyncGenerator<Job[]> {
  let batch: Job[] = [];
  for await (const unit of walkPaths(paths.length ? paths : ['-'], { extensions: opts.extensions })) {
    const job: Job = { source: { path: unit.path } };
    if (unit.kind === 'failed') job.failure = unit.reason;
    else if (unit.kind === 'file') {
      job.read = { path: unit.path, maxBytes: opts.maxBytes };
      job.root = unit.root;
    } else
      job.input = async () => {
        const bytes = await readStdin(opts.maxBytes);
        job.bytes = bytes.length;
        return { bytes, source: { path: unit.path } };
      };
    batch.push(job);
    if (batch.length === FILES_PER_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The jobs of each chunk's records, as a batch. `countBytes`: give each job its text's UTF-8
 * size, for the progress bar and the summary (neither is shown with --quiet).
 */
async function* jsonlJobs(paths: string[], countBytes: boolean): AsyncGenerator<Job[]> {
  for (const stream of openJsonlSources(paths)) {
    for await (const records of readJsonl(stream)) {
      const jobs: Job[] = [];
      for (const rec of records) {
        // One source object for the job and its input: the work copies it before adding to it.
        const source = { id: rec.id, line: rec.line };
        const job: Job = { source };
        if (!rec.ok) job.failure = rec.reason;
        else {
          job.given = { text: rec.text, source, date: rec.date };
          if (countBytes) job.bytes = Buffer.byteLength(rec.text); // a native pass over the text
        }
        jobs.push(job);
      }
      yield jobs;
    }
  }
}

/**
 * Writes one --out file under a temporary name, then renames it. Synchronous on purpose: a
 * signal handler runs only between event-loop turns, so Ctrl-C can never find a temporary
 * file half-written — the batch stops between two whole files.
 */
function writeAtomically(path: string, body: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, body);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

