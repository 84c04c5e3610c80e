// Lunar (Chinese calendar) dates → Gregorian ISO dates, through ICU's Chinese calendar
// that Node carries (`Intl.DateTimeFormat('zh-u-ca-chinese')`). No tables of our own.
import { addDays, isoDate } from '../../calendar.js';

// Made at the first lunar date (it costs ~15 ms of ICU set-up, which most runs never need).
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
      const want = (y * 13 + month) * 31 + day;
      const have = (l.year * 13 + l.month) * 31 + l.day;
      if (have === want && !l.leap) {
        hit = iso;
        break;
      }
      if (have === want && l.leap) iso = addDays(iso, -29);
      else if (l.year === y && l.month === month) {
        // the wanted month (or its leap twin), another day: one step a day would pass only
        // days of this same month (a month has at least 29 days), each stepping on the same
        // way: go there at once, counting the steps (the loop adds the last one)
        iso = addDays(iso, day - l.day);
        step += Math.abs(day - l.day) - 1;
      } else if (have < want || (have === want && l.leap)) iso = addDays(iso, 1);
      else iso = addDays(iso, -1);
      if (have !== want && Math.abs(have - want) > 31 * 13) break;
    }
  }
  cache.set(key, hit);
  return hit;
}

/** 除夕: the last day of lunar year y − 1, i.e. the day before the new year of lunar year y. */
export function lunarNewYearsEve(y: number): string | null {
  const ny = lunarNewYear(y);
  return ny ? addDays(ny, -1) : null;
}
