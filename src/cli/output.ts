// stdout with backpressure and quiet EPIPE: `llmfacts extract big/ | head -1` ends
// without an error when the reader goes away.
import { writeSync } from 'node:fs';

export interface Writer {
  write(chunk: string): void;
  /** Writes what is held back, and resolves when stdout has taken what was written (backpressure for big batches). Call once a batch. */
  drained(): Promise<void>;
  /** Writes what is held back now: call before anything goes to stderr (it may be the same file) and before exiting. */
  writeHeld(): void;
  flush(): Promise<void>;
}

export function stdoutWriter(): Writer {
  const out = process.stdout;
  let full = false;
  // stdout is a file (or /dev/null): Node writes to it synchronously anyway (its SyncWriteStream,
  // stream._type 'fs'), but first makes each string a Buffer, measuring its UTF-8 length in a
  // pass of its own. fs.writeSync encodes the string in one pass (~85 M instructions less over
  // the 8 MB of the corpus's output). An error goes where the stream would have put it: it
  // destroys the stream, which emits it ('error' below), and later writes go to the stream.
  // The chunks of a batch are written together (`held`, written by `drained`): each writeSync
  // call costs ~20 K instructions besides the encoding (~20 M over the corpus's 1,060 documents).
  let direct = (out as { _type?: string })._type === 'fs';
  let held = '';
  const writeHeld = () => {
    if (held === '') return;
    const chunk = held;
    held = '';
    if (direct) {
      try {
        writeSync(out.fd, chunk);
        return;
      } catch (e) {
        direct = false;
        out.destroy(e as Error);
      }
    }
    if (!out.write(chunk)) full = true;
  };
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    write(chunk) {
      if (direct) held += chunk;
      else if (!out.write(chunk)) full = true;
    },
    writeHeld,
    drained() {
      writeHeld();
      if (!full) return Promise.resolve();
      return new Promise((resolve) =>
        out.once('drain', () => {
          full = false;
          resolve();
        }),
      );
    },
    flush() {
      writeHeld();
      return new Promise((resolve) => out.write('', () => resolve()));
    },
  };
}
