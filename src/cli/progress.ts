// The progress bar on stderr for batches longer than a moment: files done / total, MB,
// MB/s and ETA. Off unless stderr is a terminal (and not --quiet). The total comes from a
// second, streamed walk of the inputs (`countInputs`) that runs beside the work; until it
// has finished, or when the input is stdin, the bar shows counts and rate without an ETA.
import { createReadStream } from 'node:fs';
import { walkPaths } from './sources.js';

/** Nothing is drawn during the first second: short runs stay silent. */
const DELAY_MS = 1000;
/** At most five redraws a second. */
const EVERY_MS = 200;
const BAR_WIDTH = 24;

export interface ProgressIo {
  write: (s: string) => void;
  now: () => number;
  /** Terminal width, if known. */
  columns: () => number | undefined;
}

const stderrIo: ProgressIo = {
  write: (s) => process.stderr.write(s),
  now: () => Date.now(),
  columns: () => process.stderr.columns,
};

export class Progress {
  private readonly io: ProgressIo;
  private readonly started: number;
  private last = 0;
  private done = 0;
  private bytes = 0;
  private shown = false;
  private stopped = false;
  /** Units (files or JSON Lines records) in the whole run, once counted. */
  private total: number | null = null;

  constructor(
    readonly enabled: boolean,
    io: Partial<ProgressIo> = {},
  ) {
    this.io = { ...stderrIo, ...io };
    this.started = this.io.now();
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  setTotal(units: number): void {
    this.total = units;
  }

  /** One unit finished (documents and failures alike), with the bytes it had. */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled || this.stopped) return;
    const now = this.io.now();
    if (now - this.started < DELAY_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    let line = this.render(now);
    const cols = this.io.columns();
    if (cols && line.length >= cols) line = line.slice(0, cols - 1);
    this.io.write(`\r\x1b[K${line}`);
    this.shown = true;
  }

  /** The bar's text at time `now` (ms, same clock as `io.now`). */
  render(now: number): string {
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const mb = this.bytes / 1e6;
    const rate = `${(mb / secs).toFixed(1)} MB/s`;
    const total = this.total !== null && this.total >= this.done ? this.total : null;
    if (total === null) {
      return `${this.done} files  ${mb.toFixed(1)} MB  ${rate}  ${clock(secs)}`;
    }
    const frac = total === 0 ? 1 : this.done / total;
    const filled = Math.round(frac * BAR_WIDTH);
    const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
    const eta = this.done > 0 ? ((total - this.done) * secs) / this.done : null;
    return `[${bar}] ${this.done}/${total} files  ${mb.toFixed(1)} MB  ${rate}  ETA ${eta === null ? '--:--' : clock(eta)}`;
  }

  /** Erases the bar (before a message line); the next tick draws it again. */
  clear(): void {
    if (this.shown) {
      this.io.write('\r\x1b[K');
      this.shown = false;
    }
  }

  /** Erases the bar for good and ends the count walk. */
  stop(): void {
    this.clear();
    this.stopped = true;
  }
}

/** m:ss, or h:mm:ss past an hour. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * Counts the units of a run in the background and gives the total to `progress` when done.
 * Files: a second streamed directory walk (one directory's names in memory at a time).
 * JSON Lines files: their newlines, read in chunks. Stdin: no total. Never throws; stops
 * early when the progress is stopped.
 */
export function countInputs(paths: string[], mode: 'files' | 'jsonl', extensions: string[], progress: Progress): void {
  if (paths.length === 0 || paths.includes('-')) return;
  const count = mode === 'jsonl' ? countLines(paths, progress) : countFiles(paths, extensions, progress);
  count.then(
    (n) => {
      if (n !== null) progress.setTotal(n);
    },
    () => {},
  );
}

async function countFiles(paths: string[], extensions: string[], progress: Progress): Promise<number | null> {
  let n = 0;
  for await (const unit of walkPaths(paths, { extensions })) {
    if (progress.isStopped) return null;
    if (unit.kind !== 'stdin') n++;
  }
  return n;
}

async function countLines(paths: string[], progress: Progress): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    let last = 0x0a;
    for await (const chunk of createReadStream(p, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (progress.isStopped) return null;
      for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) n++;
      last = chunk[chunk.length - 1];
    }
    if (last !== 0x0a) n++;
  }
  return n;
}
