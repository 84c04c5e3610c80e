// The pipeline, in the order the data flows:
// normalize → header → segment → extractors → linking → (spans back to the original) → code-point offsets.
// Pure: text in, document out. Decoding and I/O live in input/ and cli/.
import * as crypto from 'node:crypto';
import { codePointConverter, codePointLength, hasSurrogatePairs, type OffsetConverter } from './text/codepoints.js';
import { normalizeNoting, squeezeAt, squeezeHanSpaces, type SqueezedView } from './text/normalize.js';
import { detectHeader, type Header } from './input/header.js';
import { segment } from './segment/index.js';
import type { ExtractContext } from './extractors/context.js';
import { extractQuotes } from './extractors/quotes/index.js';
import { extractMetrics } from './extractors/metrics/index.js';
import { extractDates } from './extractors/dates/index.js';
import { extractDocumentEntities } from './extractors/entities/index.js';
import { linkMetricsToQuotes } from './link/index.js';
import type { Entity, FactType, FactsDocument, SourceInfo, Span } from './types.js';
import { FACT_TYPES } from './types.js';

export interface ExtractOptions {
  /** YYYY-MM-DD: resolve relative dates against this instead of the document's own date. */
  referenceDate?: string | null;
  /** Which arrays to fill (all by default); the others stay empty. */
  types?: readonly FactType[];
  /** Fields for `source` besides the computed sha256 and chars. */
  source?: Partial<SourceInfo>;
  /** The text's UTF-8 bytes when the caller has them (a file read as valid UTF-8): hashed as they are, instead of encoding the text again. */
  utf8?: Uint8Array | null;
}

export function extractFromText(text: string, options: ExtractOptions = {}): FactsDocument {
  const types = options.types ?? FACT_TYPES;
  const wantQuotes = types.includes('quotes');
  const wantMetrics = types.includes('metrics');
  const wantDates = types.includes('dates');
  const wantEntities = types.includes('entities');
  const { norm, maybeSurrogatePairs, maybeSpaces } = normalizeNoting(text);
  const header = detectHeader(norm);
  const referenceDate = options.referenceDate ?? header.date;
  const { ctx, view } = extractionContext(text, norm, header, referenceDate, maybeSpaces);

  const { quotes, entities: speakerEntities } = wantQuotes || wantMetrics || wantEntities ? extractQuotes(ctx) : { quotes: [], entities: [] };
  const dates = wantDates || wantMetrics ? extractDates(ctx) : [];
  for (let i = 0; i < dates.length; i++) dates[i].id = `d${i + 1}`;
  const metrics = wantMetrics ? extractMetrics(ctx, dates) : [];
  for (let i = 0; i < metrics.length; i++) metrics[i].id = `m${i + 1}`;
  linkMetricsToQuotes(metrics, quotes);
  let entities: Entity[] = [];
  if (wantEntities) {
    entities = [...speakerEntities, ...extractDocumentEntities(ctx)];
    const docs = entities.filter((e) => e.type === 'document');
    docs.forEach((e, i) => (e.id = `doc${i + 1}`));
  }

  // Text without surrogate pairs (nearly all news): UTF-16 indices are code points already.
  // (normalize saw every unit: without a high surrogate there is no pair to search for)
  const pairs = maybeSurrogatePairs && hasSurrogatePairs(text);
  const doc: FactsDocument = {
    schemaVersion: '1',
    source: {
      ...options.source,
      encoding: options.source?.encoding ?? 'utf-8',
      sha256: sha256Hex(options.utf8 ?? text),
      chars: pairs ? codePointLength(text) : text.length,
    },
    document: { title: header.titleRange && text.slice(header.titleRange.start, header.titleRange.end), date: header.date, referenceDate },
    quotes: wantQuotes ? quotes : [],
    metrics,
    dates: wantDates ? dates : [],
    entities,
  };
  if (view) toOriginalSpans(doc, text, view.toOriginal);
  if (pairs) toCodePointSpans(doc, codePointConverter(text));
  return doc;
}

/**
 * What the extractors read: the text, its normalized form and its segments. Stray spaces
 * between Chinese characters (刘 庆 峰 表示, names padded to line up) split names and words:
 * the extractors then see a view without them (`view`), and every span they return is
 * mapped back to the original text. Nearly all text has none (view null). `maybeSpaces`
 * false (normalize saw no space or tab) skips the search.
 */
export function extractionContext(
  text: string,
  norm: string,
  header: Header,
  referenceDate: string | null,
  maybeSpaces = true,
): { ctx: ExtractContext; view: SqueezedView | null } {
  // (a norm without a space or tab has no stray space to squeeze: no search)
  const view = maybeSpaces ? squeezeHanSpaces(norm, header.titleRange) : null;
  const ctx: ExtractContext = view
    ? squeezedContext(text, view, header, referenceDate)
    : { text, norm, seg: segment(norm, header.titleRange), referenceDate, header: { title: header.titleRange, date: header.dateRange } };
  return { ctx, view };
}

/** The context of a view without stray spaces: the original text squeezed the same way as `norm`. */
function squeezedContext(text: string, view: SqueezedView, header: Header, referenceDate: string | null): ExtractContext {
  const toView = (r: Span | null) => (r ? { start: view.toView(r.start), end: view.toView(r.end) } : null);
  const title = toView(header.titleRange);
  return { text: squeezeAt(text, view.removed), norm: view.text, seg: segment(view.text, title), referenceDate, header: { title, date: toView(header.dateRange) } };
}

/** SHA-256 of the text's UTF-8 bytes (or of the bytes given), in hex; the one-shot crypto.hash (Node ≥ 20.12) builds no Hash object. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string | Uint8Array) => string }).hash;
function sha256Hex(text: string | Uint8Array): string {
  return oneShotHash ? oneShotHash('sha256', text) : crypto.createHash('sha256').update(text).digest('hex');
}

/**
 * Maps every span from the squeezed view back to the original text, in place, and cuts the
 * texts that must equal their span (content, mention, metric and date text) from the
 * original again, so they keep the spaces as written, and so do document titles. People's
 * names stay as read (刘庆峰).
 */
function toOriginalSpans(doc: FactsDocument, text: string, toOriginal: (i: number) => number): void {
  const seen = new Set<Span>();
  const back = (s: Span | null | undefined) => {
    if (s && !seen.has(s)) {
      seen.add(s);
      const start = toOriginal(s.start);
      s.end = s.end > s.start ? toOriginal(s.end - 1) + 1 : start;
      s.start = start;
    }
  };
  for (const q of doc.quotes) {
    back(q.span);
    q.content = text.slice(q.span.start, q.span.end);
    back(q.speaker.mentionSpan);
    if (q.speaker.mentionSpan) q.speaker.mention = text.slice(q.speaker.mentionSpan.start, q.speaker.mentionSpan.end);
    for (const part of q.parts) {
      back(part.span);
      part.text = text.slice(part.span.start, part.span.end);
    }
  }
  for (const m of doc.metrics) {
    back(m.span);
    m.text = text.slice(m.span.start, m.span.end);
  }
  for (const d of doc.dates) {
    back(d.span);
    d.text = text.slice(d.span.start, d.span.end);
  }
  for (const e of doc.entities) {
    e.mentions.forEach(back);
    // A document's title is quoted as written (《中共中央办公厅 国务院办公厅关于…》).
    if (e.type === 'document' && e.mentions.length) e.name = text.slice(e.mentions[0].start, e.mentions[0].end);
  }
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
    for (const part of q.parts) fix(part.span);
  }
  for (const m of doc.metrics) fix(m.span);
  for (const d of doc.dates) fix(d.span);
  for (const e of doc.entities) e.mentions.forEach(fix);
}
