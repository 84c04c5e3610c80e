// Writers: a document (or an error record) → text for one of the output formats.
// `Sink` adds the framing of a whole run: a JSON array for several json documents, a
// `---` between YAML documents, nothing between JSON Lines.
import type { ErrorRecord, FactsDocument } from '../types.js';

export type Format = 'json' | 'jsonl' | 'yaml' | 'text';
export const FORMATS: readonly Format[] = ['json', 'jsonl', 'yaml', 'text'];
export type Record_ = FactsDocument | ErrorRecord;

/** File extension for --out files. */
export const EXTENSION: Record<Format, string> = { json: '.json', jsonl: '.jsonl', yaml: '.yaml', text: '.txt' };

// The yaml and text writers (and chalk, which the text writer uses) are loaded on first use:
// --version and json runs never pay for them (chalk's modules cost ~50 M instructions at start).
let yamlModule: typeof import('yaml') | null = null;
let textModule: typeof import('./text.js') | null = null;

export async function prepareWriter(format: Format): Promise<void> {
  if (format === 'yaml') yamlModule ??= await import('yaml');
  else if (format === 'text') textModule ??= await import('./text.js');
}

/** One record as a standalone text in `format` (ends with a newline). Call prepareWriter first for yaml and text. */
export function formatRecord(record: Record_, format: Format, options: { color?: boolean; text?: string } = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(record, null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(record) + '\n';
    case 'yaml':
      return yamlModule!.stringify(record, { lineWidth: 0, aliasDuplicateObjects: false });
    case 'text':
      return 'error' in record ? `error: ${record.error}\n` : textModule!.renderText(record, options.text ?? null, options.color ?? false);
  }
}

/** Frames a stream of records for stdout. */
export class Sink {
  private count = 0;
  constructor(
    private readonly format: Format,
    /** json: print an array even for one document (several inputs, a directory, --input jsonl). */
    private readonly asArray: boolean,
    private readonly write: (chunk: string) => void,
    private readonly color = false,
  ) {}

  push(record: Record_, text?: string): void {
    this.pushFormatted(formatRecord(record, this.format, { color: this.color, text }));
  }

  /** A record already formatted by `formatRecord` (in a worker thread, say), framed like `push`. */
  pushFormatted(body: string): void {
    if (this.format === 'json' && this.asArray) {
      this.write((this.count === 0 ? '[\n' : ',\n') + indent(body.trimEnd()));
    } else if (this.format === 'yaml' && this.count > 0) {
      this.write('---\n' + body);
    } else if (this.format === 'text' && this.count > 0) {
      this.write('\n' + body);
    } else {
      this.write(body);
    }
    this.count++;
  }

  end(): void {
    if (this.format === 'json' && this.asArray) this.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

function indent(s: string): string {
  return '  ' + s.replace(/\n/g, '\n  ');
}
