// Where documents come from: paths (files, directories walked lazily, `-` for stdin) or
// JSON Lines records. Each unit is read only when its turn comes, so memory stays flat
// however large the archive.
import { createReadStream, type Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { isValidIsoDate } from '../calendar.js';

/** A file to read, or a failure to report in its place (the batch goes on). */
export type FileUnit =
  | { kind: 'file'; path: string; /** the directory walked that found it; null: a file given by its path (see outNameOf) */ root: string | null }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'failed'; path: string; reason: string };

export interface WalkOptions {
  /** File name endings taken from directories (given files are always taken). */
  extensions: string[];
}

export async function* walkPaths(paths: string[], options: WalkOptions): AsyncGenerator<FileUnit> {
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      yield { kind: 'failed', path: p, reason: describeFsError(e) };
      continue;
    }
    if (info.isDirectory()) {
      const seen = new Set<string>();
      yield* walkDirectory(p, p, options, seen);
    } else {
      yield { kind: 'file', path: p, root: null };
    }
  }
}

async function* walkDirectory(dir: string, root: string, options: WalkOptions, seen: Set<string>): AsyncGenerator<FileUnit> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    yield { kind: 'failed', path: dir, reason: describeFsError(e) };
    return;
  }
  if (seen.has(real)) {
    yield { kind: 'failed', path: dir, reason: 'symbolic link loop: this directory was already walked' };
    return;
  }
  seen.add(real);
  // Entries carry their type: only a symbolic link (or a file system that gives no type)
  // needs a stat. A stat per file is a thread-pool round trip, and in a one-thread run the
  // extraction waits for each one (~0.15 ms a file).
  const entries: { name: string; kind: EntryKind }[] = [];
  try {
    // One directory's names at a time, sorted so that output order is stable.
    for await (const entry of await opendir(dir)) entries.push({ name: entry.name, kind: entryKind(entry) });
  } catch (e) {
    yield { kind: 'failed', path: dir, reason: describeFsError(e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, kind: known } of entries) {
    const p = join(dir, name);
    let kind = known;
    if (kind === 'other') {
      try {
        const info = await stat(p);
        kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'special';
      } catch (e) {
        yield { kind: 'failed', path: p, reason: describeFsError(e) };
        continue;
      }
    }
    if (kind === 'directory') yield* walkDirectory(p, root, options, seen);
    else if (kind === 'file' && options.extensions.some((ext) => name.endsWith(ext))) {
      yield { kind: 'file', path: p, root };
    }
  }
  seen.delete(real);
}

/** What a directory entry is; 'other': a symbolic link or an unknown type, to be settled by stat (which follows links). */
type EntryKind = 'file' | 'directory' | 'special' | 'other';

function entryKind(entry: Dirent): EntryKind {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  return entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice() ? 'special' : 'other';
}

function stripExtension(name: string): string {
  return name.replace(/\.[^./\\]*$/, '') || name;
}

/**
 * The --out file name of an input read from `path`, without extension: its path under the
 * directory walked (`root`), its base name when it was given by itself, `stdin` for `-`.
 * Made only with --out, not for every file walked.
 */
export function fileOutName(path: string, root: string | null): string {
  if (path === '-') return 'stdin';
  return stripExtension(root === null ? basename(path) : relative(root, path));
}

/** Standard input, whole, refused past `maxBytes`. (Files are read by the thread that works on them: cli/runner.ts.) */
export async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(null, maxBytes); // its size is unknown: it is a stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A problem with one input, reported as one line; never a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

/** An input refused for its size (read here, and by cli/runner.ts in the working thread); null: a stream, size unknown. */
export function tooLarge(size: number | null, maxBytes: number): UserError {
  return new UserError(`${size === null ? `input is over ${maxBytes} bytes` : `file is ${size} bytes`}, larger than --max-bytes (${maxBytes})`);
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EEXIST':
      return 'a file of that name is in the way';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return (e as Error)?.message ?? String(e);
  }
}

/** One line of --input jsonl, parsed or failed. */
export type JsonlRecord =
  | { ok: true; line: number; id: string | number | null; text: string; date: string | null }
  | { ok: false; line: number; id: string | number | null; reason: string };

/**
 * Lines of JSON Lines input from a stream, as records; a broken line becomes a failed record.
 * The stream's Buffers are split on line ends by native searches and each line is decoded
 * once: node:readline decoded every chunk, searched it with a RegExp and cost ~10 ms more
 * over the corpus. Lines are the ones readline gave (`jsonl.test.ts` compares both on random
 * bytes cut into random chunks): a line ends at LF, CRLF or a lone CR (a CRLF split between
 * two chunks is one line end); a last line without a line end counts unless empty; invalid
 * UTF-8 becomes U+FFFD, except an unfinished character at the very end, which is dropped.
 * A line longer than a chunk is joined from its pieces once, at its end (linear).
 * Yields the records of each chunk together, in batches of up to RECORDS_PER_BATCH (never
 * an empty one): one hop through the async generators per batch instead of one per line.
 */
export async function* readJsonl(stream: Readable): AsyncGenerator<JsonlRecord[]> {
  let line = 0;
  let head: Buffer[] = []; // the pieces of a line begun in earlier chunks
  let afterCr = false; // the previous chunk ended with CR: an LF first in this one ends no line
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (chunk.length === 0) continue;
    let from = afterCr && chunk[0] === LF ? 1 : 0;
    afterCr = false;
    let records: JsonlRecord[] = [];
    let lf = chunk.indexOf(LF, from);
    let cr = chunk.indexOf(CR, from);
    while (lf >= 0 || cr >= 0) {
      const end = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      let raw: string;
      if (head.length === 0) raw = chunk.toString('utf8', from, end);
      else {
        head.push(chunk.subarray(from, end));
        raw = Buffer.concat(head).toString('utf8');
        head = [];
      }
      from = end + 1;
      if (end === cr) {
        if (from === chunk.length) afterCr = true;
        else if (chunk[from] === LF) from++;
        cr = chunk.indexOf(CR, from);
      }
      if (lf >= 0 && lf < from) lf = chunk.indexOf(LF, from);
      line++;
      if (raw.trim() !== '') records.push(jsonlRecord(raw, line)); // blank lines are skipped, and counted
      if (records.length === RECORDS_PER_BATCH) {
        yield records;
        records = [];
      }
    }
    if (from < chunk.length) head.push(chunk.subarray(from));
    if (records.length > 0) yield records;
  }
  if (head.length > 0) {
    // readline's decoder keeps an unfinished character back, and nothing ever flushes it
    const raw = new StringDecoder('utf8').write(Buffer.concat(head));
    if (raw.trim() !== '') yield [jsonlRecord(raw, line + 1)];
  }
}

/**
 * Records in a batch at most: a chunk (64 KB) of short lines holds thousands, and records,
 * jobs and results held for all of them at once outlive the young generation's collections
 * (one more full collection over 1,060 one-character lines). 32 is more than the chunk of
 * news articles holds (~17).
 */
const RECORDS_PER_BATCH = 32;
const LF = 0x0a;
const CR = 0x0d;

/** One line of JSON Lines input that is not blank (`line` counts from 1, blank lines included) as a record. */
export function jsonlRecord(raw: string, line: number): JsonlRecord {
  let obj: unknown;
  try {
    obj = JSON.parse(raw);
  } catch (e) {
    return { ok: false, line, id: null, reason: `not JSON (${(e as Error).message})` };
  }
  const rec = obj as { id?: unknown; text?: unknown; date?: unknown };
  const id = typeof rec?.id === 'string' || typeof rec?.id === 'number' ? rec.id : null;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { ok: false, line, id, reason: `not a JSON object` };
  } else if (typeof rec.text !== 'string') {
    return { ok: false, line, id, reason: `"text" must be a string` };
  } else if (rec.date != null && (typeof rec.date !== 'string' || !isValidIsoDate(rec.date.slice(0, 10)))) {
    return { ok: false, line, id, reason: `"date" must be YYYY-MM-DD` };
  }
  return { ok: true, line, id, text: rec.text, date: typeof rec.date === 'string' ? rec.date.slice(0, 10) : null };
}

export function openJsonlSources(paths: string[]): Readable[] {
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) return [process.stdin];
  return paths.map((p) => (p === '-' ? process.stdin : createReadStream(p)));
}
