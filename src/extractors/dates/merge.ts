import type { DateOut } from './index.js';

/**
 * `dates` with `found` in place of every date one of them overlaps, in text order. Both lists are
 * in text order and neither overlaps itself: one merge, linear however many there are.
 */
export function inPlaceOf(dates: DateOut[], found: DateOut[]): DateOut[] {
  if (found.length === 0) return dates;
  const out: DateOut[] = [];
  let f = 0;
  for (const d of dates) {
    // the found dates that end before d starts come first
    while (f < found.length && found[f].span.end <= d.span.start) out.push(found[f++]);
    // d is dropped where the next found date overlaps it
    if (f < found.length && found[f].span.start < d.span.end) continue;
    out.push(d);
  }
  while (f < found.length) out.push(found[f++]);
  return out;
}
