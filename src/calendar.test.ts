import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, weekday } from './calendar.js';

// The Date arithmetic the fast paths stand for (as calendar.ts wrote it before them).
const DAY_MS = 86400000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const toIso = (t: Date) => `${String(t.getUTCFullYear()).padStart(4, '0')}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
const utc = (y: number, m: number, d: number) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t;
};
const parseIso = (iso: string) => utc(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
const byDate = (iso: string, n: number) => toIso(new Date(parseIso(iso).getTime() + n * DAY_MS));

describe('calendar fast paths agree with Date', () => {
  it('addDays and weekday on every day of sample centuries and at the range ends', () => {
    const spans: [number, number][] = [[999, 1001], [1599, 1601], [1899, 1901], [1999, 2001], [2099, 2101], [9998, 10000]];
    for (const [a, b] of spans) {
      for (let t = utc(a, 12, 1).getTime(); t <= utc(b, 1, 31).getTime(); t += DAY_MS) {
        const iso = toIso(new Date(t));
        for (const n of [0, 1, -1, 6, -7, 31, -400, 3650, -3650]) expect(addDays(iso, n)).toBe(byDate(iso, n));
        expect(weekday(iso)).toBe(((parseIso(iso).getUTCDay() + 6) % 7) + 1);
      }
    }
  });
  it('addDays on forms the fast path leaves to Date', () => {
    for (const s of ['2023-02-30', '2023-13-01', '0999-01-01', '2023-00-10', '2024-02-29']) for (const n of [0, 1, -1, 2.5]) expect(addDays(s, n)).toBe(byDate(s, n));
  });
  it('daysInMonth', () => {
    for (let y = -5; y < 10100; y += y > 2100 && y < 9990 ? 97 : 1) for (let m = -1; m <= 14; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    expect(daysInMonth(2023.5, 2)).toBe(new Date(Date.UTC(2023.5, 2, 0)).getUTCDate());
  });
});
