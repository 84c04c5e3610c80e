import type { DateOut } from './index.js';

/** `dates` with `found` in place of every date one of them overlaps, in text order (both lists are). */
export function inPlaceOf(dates: DateOut[], found: DateOut[]): DateOut[] {
  if (found.length === 0) return dates;
  const kept = dates.filter((d) => !found.some((f) => f.span.start < d.span.end && d.span.start < f.span.end));
  return [...kept, ...found].sort((a, b) => a.span.start - b.span.start);
}
