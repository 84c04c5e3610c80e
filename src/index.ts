// The library API: the same documents the CLI prints, for Node pipelines that do not want
// a subprocess.
//
//   import { extract, extractFile } from 'llmfacts';
//   const doc = extract({ id: 'a1', text, date: '2023-10-17' }); // as `--input jsonl` prints it
//   const doc2 = await extractFile('article.txt');                // as `llmfacts extract article.txt` prints it
import { readFile } from 'node:fs/promises';
import { decodeInto, stripBom } from './input/decode.js';
import { extractFromText } from './pipeline.js';
import { isValidIsoDate } from './calendar.js';
import type { FactType, FactsDocument, SourceInfo } from './types.js';

export type {
  Affiliation,
  Approx,
  DateItem,
  DocumentInfo,
  Entity,
  EntityType,
  ErrorRecord,
  FactType,
  FactsDocument,
  Metric,
  Quote,
  QuoteKind,
  QuotePart,
  SourceInfo,
  Span,
  Speaker,
} from './types.js';
export { FACT_TYPES } from './types.js';
export { InputError } from './input/decode.js';

export interface ExtractOptions {
  /** YYYY-MM-DD: resolve relative dates (今年, 上月) against this; like `--ref-date`, it wins over the input's own date. */
  referenceDate?: string | null;
  /** Which arrays to fill (all by default); the others stay empty. Like `--types`. */
  types?: readonly FactType[];
}

/** A document given as text, as one line of `--input jsonl` gives it. */
export interface TextInput {
  text: string;
  /** Echoed as `source.id`. */
  id?: string | number | null;
  /** YYYY-MM-DD: this document's reference date (a longer ISO date-time is cut to its date). */
  date?: string | null;
}

/**
 * Extracts quotes, metrics, dates and entities from a text. The result is the document
 * `llmfacts extract --input jsonl` prints for the line `{"id", "text", "date"}` (a string
 * is taken as `{text}`), less `source.line`, which only a stream has; `source.id` is there
 * when `id` is given. Offsets count code points of `text` after a leading BOM.
 * Throws a TypeError when `date` or `referenceDate` is not a valid YYYY-MM-DD date.
 */
export function extract(input: string | TextInput, options: ExtractOptions = {}): FactsDocument {
  const rec: TextInput = typeof input === 'string' ? { text: input } : input;
  if (typeof rec?.text !== 'string') throw new TypeError('extract: "text" must be a string');
  const date = rec.date == null ? null : checkDate(rec.date.slice(0, 10), 'date');
  const referenceDate = options.referenceDate == null ? null : checkDate(options.referenceDate, 'referenceDate');
  const text = stripBom(rec.text);
  const source: Partial<SourceInfo> = { encoding: 'utf-8' };
  if (rec.id !== undefined) source.id = rec.id;
  return extractFromText(text, { referenceDate: referenceDate ?? date, types: options.types, source });
}

/**
 * Extracts from bytes: the encoding is detected as the CLI does (UTF-8 with or without
 * BOM, UTF-16 with BOM, GB18030). Throws an InputError for empty or binary input.
 */
export function extractBytes(bytes: Uint8Array, options: ExtractOptions & { path?: string } = {}): FactsDocument {
  const referenceDate = options.referenceDate == null ? null : checkDate(options.referenceDate, 'referenceDate');
  const source: Partial<SourceInfo> = {};
  if (options.path !== undefined) source.path = options.path;
  const { text, utf8 } = decodeInto(bytes, source);
  return extractFromText(text, { referenceDate, types: options.types, source, utf8 });
}

/** Reads and extracts one file: the document `llmfacts extract --format json PATH` prints. */
export async function extractFile(path: string, options: ExtractOptions = {}): Promise<FactsDocument> {
  return extractBytes(await readFile(path), { ...options, path });
}

function checkDate(value: string, what: string): string {
  if (typeof value !== 'string' || !isValidIsoDate(value)) throw new TypeError(`extract: "${what}" must be a date as YYYY-MM-DD`);
  return value;
}
