// Linking: facts found by separate extractors, tied together.
import type { Metric, Quote, Span } from '../types.js';

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Who claims a number: the quote whose content holds the metric (both lists in text order). */
export function linkMetricsToQuotes(metrics: Metric[], quotes: Quote[]): void {
  let q = 0;
  for (const m of metrics) {
    while (q < quotes.length && quotes[q].span.end <= m.span.start) q++;
    let owner: Quote | undefined;
    for (let k = q; k < quotes.length && quotes[k].span.start <= m.span.start; k++) {
      if (contains(quotes[k].span, m.span)) owner = quotes[k];
    }
    m.quote = owner ? owner.id : null;
  }
}
