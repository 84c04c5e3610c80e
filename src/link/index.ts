// Linking: facts found by separate extractors, tied together.
import type { Metric, Quote, Span } from '../types.js';

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Who claims a number: the quote whose words said hold the metric (both lists in text order).
 * A number in the attribution or narration a quote's content runs over (“…”他在2023年接受采访时说，“…”)
 * is the reporter's, not the speaker's: it must lie in one of the quote's parts.
 */
export function linkMetricsToQuotes(metrics: Metric[], quotes: Quote[]): void {
  let q = 0;
  for (const m of metrics) {
    while (q < quotes.length && quotes[q].span.end <= m.span.start) q++;
    let owner: Quote | undefined;
    for (let k = q; k < quotes.length && quotes[k].span.start <= m.span.start; k++) {
      if (contains(quotes[k].span, m.span) && saidIn(quotes[k], m.span)) owner = quotes[k];
    }
    m.quote = owner ? owner.id : null;
  }
}

function saidIn(quote: Quote, span: Span): boolean {
  for (const part of quote.parts) if (contains(part.span, span)) return true;
  return false;
}
