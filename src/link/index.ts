// Linking: facts found by separate extractors, tied together.
import type { DateItem, Metric, Quote, Span } from '../types.js';

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A date is never a metric: drop metrics that overlap a date (8月15日, 2023年). */
export function dropMetricsInDates(metrics: Metric[], dates: DateItem[]): Metric[] {
  if (dates.length === 0) return metrics;
  let d = 0;
  return metrics.filter((m) => {
    while (d < dates.length && dates[d].span.end <= m.span.start) d++;
    for (let k = d; k < dates.length && dates[k].span.start < m.span.end; k++) {
      if (overlaps(dates[k].span, m.span)) return false;
    }
    return true;
  });
}

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
