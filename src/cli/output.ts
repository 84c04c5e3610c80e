// stdout with backpressure and quiet EPIPE: `llmfacts extract big/ | head -1` ends
// without an error when the reader goes away.
import { writeSync } from 'node:fs';

export interface Writer {
  write(chunk: string): void;
  /** Resolves when stdout has taken what was written (backpressure for big batches). */
  drained(): Promise<void>;
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
  let direct = (out as { _type?: string })._type === 'fs';
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    write(chunk) {
      if (direct) {
        try {
          writeSync(out.fd, chunk);
        } catch (e) {
          direct = false;
          out.destroy(e as Error);
        }
        return;
      }
      if (!out.write(chunk)) full = true;
    },
    drained() {
      if (!full) return Promise.resolve();
      return new Promise((resolve) =>
        out.once('drain', () => {
          full = false;
          resolve();
        }),
      );
    },
    flush() {
      return new Promise((resolve) => out.write('', () => resolve()));
    },
  };
}
