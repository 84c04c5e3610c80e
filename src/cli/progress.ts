// A progress line on stderr for batches longer than a moment: files done, MB/s, elapsed.
// Off unless stderr is a terminal (and not --quiet); the total is unknown while the
// directory walk streams, so it shows the rate rather than a guessed ETA.
const DELAY_MS = 1000;
const EVERY_MS = 200;

export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private done = 0;
  private bytes = 0;
  private shown = false;

  constructor(private readonly enabled: boolean) {}

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < DELAY_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const mb = this.bytes / 1e6;
    process.stderr.write(`\r\x1b[K${this.done} files, ${mb.toFixed(1)} MB, ${(mb / secs).toFixed(1)} MB/s, ${secs.toFixed(0)} s`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) {
      process.stderr.write('\r\x1b[K');
      this.shown = false;
    }
  }
}
