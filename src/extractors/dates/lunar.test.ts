// lunar.tsv (our table of the Chinese calendar) against ICU, the source it was generated from.
// ICU is slow (the whole cross product of years × months × days 1–30 takes ~20 s), so: days 1
// and 30 of every month 1–12 of every year (the start of each non-leap month, which with the
// new year fixes every day before it, and whether day 30 exists, which fixes the month's
// length), every day 1–30 of a spread of years, and 除夕 of every year.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../calendar.js';
import { loadRows } from '../../lexicon/load.js';
import { lunarNewYearsEve, lunarNewYearsEveByIcu, lunarToIso, lunarToIsoByIcu } from './lunar.js';

const years = loadRows(new URL('./lunar.tsv', import.meta.url)).map((r) => +r[0]);

describe('lunar table', () => {
  it('covers lunar years 1900–2100, one row each', () => {
    expect(years[0]).toBe(1900);
    expect(years.at(-1)).toBe(2100);
    expect(years).toEqual(years.map((_, i) => 1900 + i));
  });

  it('gives what ICU gives for days 1, 29 and 30 of every month of every year', { timeout: 60_000 }, () => {
    // The ICU walk spends 40 steps before it gives up on a 三十 that does not exist: where the
    // table says a month has 29 days, ICU's own calendar is asked instead whether the day after
    // 二十九 is a 30th (it must not be; the walk answers null for it in the spread of years below).
    const fmt = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', day: 'numeric' });
    const dayOf = (iso: string) => +fmt.format(new Date(`${iso}T00:00:00Z`));
    const diffs: string[] = [];
    const check = (y: number, m: number, d: number) => {
      const got = lunarToIso(y, m, d);
      const want = lunarToIsoByIcu(y, m, d);
      if (got !== want) diffs.push(`${y}-${m}-${d}: table ${got}, ICU ${want}`);
      return got;
    };
    for (const y of years) {
      for (let m = 1; m <= 12; m++) {
        check(y, m, 1);
        const d29 = check(y, m, 29);
        if (d29 === null) diffs.push(`${y}-${m}-29: null`);
        else if (dayOf(addDays(d29, 1)) === 30) check(y, m, 30);
        else if (lunarToIso(y, m, 30) !== null) diffs.push(`${y}-${m}-30: table ${lunarToIso(y, m, 30)}, ICU has no such day`);
      }
    }
    expect(diffs.slice(0, 20)).toEqual([]);
  });

  it('gives what ICU gives for every day 1–30 of every month of a spread of years', { timeout: 60_000 }, () => {
    const diffs: string[] = [];
    for (const y of [...years.filter((y) => y % 25 === 0), 1909, 2023, 2024]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 30; d++) {
          const got = lunarToIso(y, m, d);
          const want = lunarToIsoByIcu(y, m, d);
          if (got !== want) diffs.push(`${y}-${m}-${d}: table ${got}, ICU ${want}`);
        }
      }
    }
    expect(diffs.slice(0, 20)).toEqual([]);
  });

  it('gives what ICU gives for 除夕 of every year', () => {
    for (const y of years) expect(lunarNewYearsEve(y), String(y)).toBe(lunarNewYearsEveByIcu(y));
  });

  it('answers outside the table and its months/days the way ICU does', () => {
    for (const [y, m, d] of [
      [1899, 1, 1], [1899, 12, 30], [2101, 1, 1], [2101, 6, 15], [1950, 0, 1], [1950, 13, 1], [1950, 1, 0], [1950, 1, 31],
    ]) {
      expect(lunarToIso(y, m, d), `${y}-${m}-${d}`).toBe(lunarToIsoByIcu(y, m, d));
    }
    expect(lunarNewYearsEve(1899)).toBe(lunarNewYearsEveByIcu(1899));
    expect(lunarNewYearsEve(2101)).toBe(lunarNewYearsEveByIcu(2101));
  });

  it('knows some dates', () => {
    expect(lunarToIso(2024, 1, 1)).toBe('2024-02-10'); // 甲辰年正月初一
    expect(lunarNewYearsEve(2024)).toBe('2024-02-09');
    expect(lunarToIso(2023, 1, 1)).toBe('2023-01-22');
    // 2023 has a leap 2nd month (闰二月, 2023-03-22 … 04-19): 三月初一 comes after it
    expect(lunarToIso(2023, 2, 1)).toBe('2023-02-20');
    expect(lunarToIso(2023, 3, 1)).toBe('2023-04-20');
    expect(lunarToIso(2023, 12, 23)).toBe('2024-02-02'); // 腊月二十三 (小年)
    expect(lunarToIso(2024, 12, 30)).toBeNull(); // 2024's 腊月 has 29 days: no 腊月三十
    expect(lunarToIso(2024, 12, 29)).toBe('2025-01-28');
    expect(lunarNewYearsEve(2025)).toBe('2025-01-28');
    // 三十 of a month its leap twin follows: 2023 二月三十 is the day before 闰二月初一
    // (the ICU walk used to miss it when its first estimate fell into the leap month)
    expect(lunarToIso(2023, 2, 30)).toBe('2023-03-21');
    expect(lunarToIsoByIcu(2023, 2, 30)).toBe('2023-03-21');
    expect(lunarToIso(2023, 2, 29)).toBe('2023-03-20');
  });
});
