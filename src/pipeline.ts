// The pipeline, in the order the data flows:
// normalize → header → segment → extractors → linking → code-point offsets.
// Pure: text in, document out. Decoding and I/O live in input/ and cli/.
import { createHash } from 'node:crypto';
import { codePointConverter, codePointLength, hasSurrogatePairs, type OffsetConverter } from './text/codepoints.js';
import { normalize } from './text/normalize.js';
import { detectHeader } from './input/header.js';
import { segment } from './segment/index.js';
import type { ExtractContext } from './extractors/context.js';
import { extractQuotes } from './extractors/quotes/index.js';
import { extractMetrics } from './extractors/metrics/index.js';
import { extractDates } from './extractors/dates/index.js';
import { extractDocumentEntities } from './extractors/entities/index.js';
import { dropMetricsInDates, linkMetricsToQuotes } from './link/index.js';
import type { Entity, FactType, FactsDocument, SourceInfo, Span } from './types.js';
import { FACT_TYPES } from './types.js';

export interface ExtractOptions {
  /** YYYY-MM-DD: resolve relative dates against this instead of the document's own date. */
  referenceDate?: string | null;
  /** Which arrays to fill (all by default); the others stay empty. */
  types?: readonly FactType[];
  /** Fields for `source` besides the computed sha256 and chars. */
  source?: Partial<SourceInfo>;
}

export function extractFromText(text: string, options: ExtractOptions = {}): FactsDocument {
  const types = new Set(options.types ?? FACT_TYPES);
  const norm = normalize(text);
  const header = detectHeader(norm);
  const referenceDate = options.referenceDate ?? header.date;
  const ctx: ExtractContext = {
    text,
    norm,
    seg: segment(norm),
    referenceDate,
    header: { title: header.titleRange, date: header.dateRange },
  };

  const wantQuotes = types.has('quotes') || types.has('metrics') || types.has('entities');
  const { quotes, entities: speakerEntities } = wantQuotes ? extractQuotes(ctx) : { quotes: [], entities: [] };
  const dates = types.has('dates') || types.has('metrics') ? extractDates(ctx) : [];
  dates.forEach((d, i) => (d.id = `d${i + 1}`));
  const metrics = types.has('metrics') ? dropMetricsInDates(extractMetrics(ctx), dates) : [];
  metrics.forEach((m, i) => (m.id = `m${i + 1}`));
  linkMetricsToQuotes(metrics, quotes);
  let entities: Entity[] = [];
  if (types.has('entities')) {
    entities = [...speakerEntities, ...extractDocumentEntities(ctx)];
    const docs = entities.filter((e) => e.type === 'document');
    docs.forEach((e, i) => (e.id = `doc${i + 1}`));
  }

  // Text without surrogate pairs (nearly all news): UTF-16 indices are code points already.
  const pairs = hasSurrogatePairs(text);
  const doc: FactsDocument = {
    schemaVersion: '1',
    source: {
      ...options.source,
      encoding: options.source?.encoding ?? 'utf-8',
      sha256: createHash('sha256').update(text).digest('hex'),
      chars: pairs ? codePointLength(text) : text.length,
    },
    document: { title: header.title === null ? null : text.slice(header.titleRange!.start, header.titleRange!.end), date: header.date, referenceDate },
    quotes: types.has('quotes') ? quotes : [],
    metrics,
    dates: types.has('dates') ? dates : [],
    entities,
  };
  if (pairs) toCodePointSpans(doc, codePointConverter(text));
  return doc;
}

/** Converts every span of the document from UTF-16 indices to code points, in place. */
function toCodePointSpans(doc: FactsDocument, cp: OffsetConverter): void {
  const seen = new Set<Span>(); // an extractor may share one span object between two facts
  const fix = (s: Span | null | undefined) => {
    if (s && !seen.has(s)) {
      seen.add(s);
      s.start = cp(s.start);
      s.end = cp(s.end);
    }
  };
  for (const q of doc.quotes) {
    fix(q.span);
    fix(q.speaker.mentionSpan);
  }
  for (const m of doc.metrics) fix(m.span);
  for (const d of doc.dates) fix(d.span);
  for (const e of doc.entities) e.mentions.forEach(fix);
}
