// One unit of work, the same in the main thread and in a worker: bytes or text in,
// a document (or the reason it failed) out. Pure apart from the extractors' lexicons.
import { decodeInto, InputError, stripBom } from '../input/decode.js';
import { extractFromText } from '../pipeline.js';
import type { FactType, FactsDocument, SourceInfo } from '../types.js';

export interface WorkOptions {
  referenceDate: string | null;
  types: FactType[];
  /** Keep the decoded text in the result (the text writer prints it). */
  keepText: boolean;
}

export type WorkInput =
  | { bytes: Uint8Array; source: Partial<SourceInfo>; date?: null }
  | { text: string; source: Partial<SourceInfo>; date: string | null };

export type WorkResult = { ok: true; doc: FactsDocument; text?: string } | { ok: false; reason: string };

export function runWork(input: WorkInput, options: WorkOptions): WorkResult {
  try {
    let text: string;
    let utf8: Uint8Array | null = null;
    const source: Partial<SourceInfo> = { ...input.source };
    if ('bytes' in input) ({ text, utf8 } = decodeInto(input.bytes, source));
    else {
      text = stripBom(input.text);
      source.encoding = 'utf-8';
    }
    const doc = extractFromText(text, {
      referenceDate: options.referenceDate ?? input.date ?? null,
      types: options.types,
      source,
      utf8,
    });
    return options.keepText ? { ok: true, doc, text } : { ok: true, doc };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, reason: e.message };
    // An extractor bug must not stop the batch: report it for this input and go on.
    return { ok: false, reason: `internal error: ${(e as Error)?.message ?? String(e)}` };
  }
}
