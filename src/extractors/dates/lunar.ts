// Lunar (Chinese calendar) dates → Gregorian ISO dates. For lunar years 1900–2100 from a
// table of our own (lunar.tsv: each year's new year and month lengths), read at the first
// lunar date; outside it through ICU's Chinese calendar that Node carries
// (`Intl.DateTimeFormat('zh-u-ca-chinese')`). The table exists because building that
// formatter costs ~125 M instructions (~20 ms) of ICU set-up in every process and every
// worker thread that meets one lunar date. scripts/lunar-table.mjs generated it from this
// same ICU formatter, and lunar.test.ts checks it against the ICU path (lunarToIsoByIcu).
import { addDays, isoDate } from '../../calendar.js';
import { loadRows } from '../../lexicon/load.js';

interface TableYear {
  newYear: string; // ISO date of 正月初一
  leapAfter: number; // the month its leap month follows, 0 for none
  start: number[]; // at month 1…12: days from the new year to the 1st of that (non-leap) month
  length: number[]; // at month 1…12: its days (29 or 30)
}

// Lunar years by year − tableFirst; loaded at the first call.
let table: TableYear[] | null = null;
let tableFirst = 0;

function loadTable(): TableYear[] {
  const years: TableYear[] = [];
  for (const [y, newYear, leapAfter, lengths] of loadRows(new URL('./lunar.tsv', import.meta.url))) {
    if (!years.length) tableFirst = +y;
    const start = [0];
    const length = [0];
    let at = 0;
    let month = 0;
    for (let i = 0; i < lengths.length; i++) {
      const days = lengths[i] === 'L' ? 30 : 29;
      const leap = +leapAfter > 0 && i === +leapAfter; // the leap month comes right after its namesake
      if (!leap) {
        month++;
        start[month] = at;
        length[month] = days;
      }
      at += days;
    }
    years.push({ newYear, leapAfter: +leapAfter, start, length });
  }
  return years;
}

/** The table's entry for lunar year y, or undefined outside the table (ICU answers there). */
function tableYear(y: number): TableYear | undefined {
  table ??= loadTable();
  return Number.isInteger(y) ? table[y - tableFirst] : undefined;
}

// Made at the first lunar date outside the table (it costs ~20 ms of ICU set-up, which most runs never need).
let fmt: Intl.DateTimeFormat | null = null;
const MONTHS: Record<string, number> = {
  正月: 1, 一月: 1, 二月: 2, 三月: 3, 四月: 4, 五月: 5, 六月: 6, 七月: 7, 八月: 8, 九月: 9, 十月: 10,
  冬月: 11, 十一月: 11, 腊月: 12, 十二月: 12,
};

interface LunarDay {
  year: number; // the related Gregorian year of the lunar year
  month: number;
  leap: boolean;
  day: number;
}

function lunarOf(iso: string): LunarDay | null {
  let year = 0;
  let month = 0;
  let day = 0;
  let leap = false;
  fmt ??= new Intl.DateTimeFormat('zh-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  for (const p of fmt.formatToParts(new Date(`${iso}T00:00:00Z`))) {
    if ((p.type as string) === 'relatedYear' || p.type === 'year') year = +p.value || year;
    else if (p.type === 'month') {
      leap = p.value.startsWith('闰');
      const name = leap ? p.value.slice(1) : p.value;
      month = MONTHS[name] ?? (+name.replace(/月$/, '') || 0);
    } else if (p.type === 'day') day = +p.value;
  }
  return year && month && day ? { year, month, leap, day } : null;
}

const newYearCache = new Map<number, string | null>();

/** The Gregorian date of the lunar new year (正月初一) of lunar year `y`. */
function lunarNewYear(y: number): string | null {
  let hit = newYearCache.get(y);
  if (hit !== undefined) return hit;
  hit = null;
  const from = isoDate(y, 1, 20);
  if (from) {
    // The first 正月初一 from 20 January on (up to 32 days later). A lunar month has 29 or 30
    // days, so the days after lunar day d (d ≤ 29) up to day 29 of its month are no 初一:
    // the walk jumps over them (30 − d days on), asking ICU once or twice a month, not daily.
    for (let i = 0; i <= 32; ) {
      const iso = addDays(from, i);
      const l = lunarOf(iso);
      if (l && l.month === 1 && l.day === 1 && !l.leap) {
        hit = iso;
        break;
      }
      i += l && l.day <= 29 ? 30 - l.day : 1;
    }
  }
  newYearCache.set(y, hit);
  return hit;
}

const cache = new Map<string, string | null>();

/** The Gregorian ISO date of lunar year/month/day (non-leap month), or null (no such day, or outside ICU's range). */
export function lunarToIso(y: number, month: number, day: number): string | null {
  const t = tableYear(y);
  if (!t || !Number.isInteger(month) || !Number.isInteger(day)) return lunarToIsoByIcu(y, month, day);
  if (month < 1 || month > 12 || day < 1 || day > t.length[month]) return null;
  return addDays(t.newYear, t.start[month] + day - 1);
}

/** lunarToIso through ICU alone (the fallback outside the table; exported for lunar.test.ts). */
export function lunarToIsoByIcu(y: number, month: number, day: number): string | null {
  const key = `${y}-${month}-${day}`;
  let hit = cache.get(key);
  if (hit !== undefined) return hit;
  hit = null;
  const ny = lunarNewYear(y);
  if (ny && month >= 1 && month <= 12 && day >= 1 && day <= 30) {
    // A lunar month is 29 or 30 days: start near the estimate and walk to the exact day.
    let iso = addDays(ny, Math.round((month - 1) * 29.53) + day - 1);
    for (let step = 0; step < 40; step++) {
      const l = lunarOf(iso);
      if (!l) break;
      if (l.leap && l.year === y && l.month === month) {
        // the leap twin (闰二月 for 二月): back to the last day of the month itself (29 days
        // back could land on the twin's first day, and the walk went to and fro from there)
        iso = addDays(iso, -l.day);
        continue;
      }
      const want = (y * 13 + month) * 31 + day;
      const have = (l.year * 13 + l.month) * 31 + l.day;
      if (have === want) {
        hit = iso;
        break;
      }
      if (l.year === y && l.month === month) {
        // the wanted month (or its leap twin), another day: one step a day would pass only
        // days of this same month (a month has at least 29 days), each stepping on the same
        // way: go there at once, counting the steps (the loop adds the last one)
        iso = addDays(iso, day - l.day);
        step += Math.abs(day - l.day) - 1;
      } else if (have < want) iso = addDays(iso, 1);
      else iso = addDays(iso, -1);
      if (have !== want && Math.abs(have - want) > 31 * 13) break;
    }
  }
  cache.set(key, hit);
  return hit;
}

/** 除夕: the last day of lunar year y − 1, i.e. the day before the new year of lunar year y. */
export function lunarNewYearsEve(y: number): string | null {
  const t = tableYear(y);
  return t ? addDays(t.newYear, -1) : lunarNewYearsEveByIcu(y);
}

/** lunarNewYearsEve through ICU alone (the fallback outside the table; exported for lunar.test.ts). */
export function lunarNewYearsEveByIcu(y: number): string | null {
  const ny = lunarNewYear(y);
  return ny ? addDays(ny, -1) : null;
}
