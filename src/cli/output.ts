// stdout with backpressure and quiet EPIPE: `llmfacts extract big/ | head -1` ends
// without an error when the reader goes away.
export interface Writer {
  write(chunk: string): void;
  /** Resolves when stdout has taken what was written (backpressure for big batches). */
  drained(): Promise<void>;
  flush(): Promise<void>;
}

export function stdoutWriter(): Writer {
  const out = process.stdout;
  let full = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    write(chunk) {
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
