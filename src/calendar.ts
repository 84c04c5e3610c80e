// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day.
import { isDigitCode } from './text/chars.js';

/** The ISO date for year/month/day, or null when that day does not exist. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(Number.isInteger(y) && y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function daysInMonth(y: number, m: number): number {
  // (Date.UTC maps only years 0–99 elsewhere; for the plain range the rule gives what Date gives)
  if (isPlainYmd(y, m)) return fastDaysIn(y, m);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isoDate(+m[1], +m[2], +m[3]) !== null;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// --- Arithmetic used by the dates extractor (all UTC, all on ISO strings) ---

const DAY_MS = 86400000;

/** Like isoDate but for any year 1…9999 (historical reign years such as 神龙元年 = 705). */
export function isoDateWide(y: number, m: number, d: number): string | null {
  if (isPlainYmd(y, m) && Number.isInteger(d) && d >= 1) return d > fastDaysIn(y, m) ? null : plainYmd(y, m, d);
  if (!(Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  if (d > daysInMonthWide(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

// The fast path of isoDateWide and lastOfMonth, which the dates extractor calls for every
// date: for whole years 1000…9999 and months 1…12, no Date object, and the string joined
// from two cached pieces ("2023-" by year, "10-17" from a table); a month's length by the
// proleptic Gregorian rule that Date follows. Anything else takes the general path.
const isPlainYmd = (y: number, m: number) => Number.isInteger(y) && y >= 1000 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12;
const DAYS_IN = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function fastDaysIn(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : DAYS_IN[m];
}
const YEAR_DASH: (string | undefined)[] = new Array(10000);
function yearDash(y: number): string {
  return (YEAR_DASH[y] ??= `${y}-`);
}
/** "MM-DD" at m × 32 + d. */
const MONTH_DAY: string[] = [];
for (let m = 0; m <= 12; m++) for (let d = 0; d < 32; d++) MONTH_DAY.push(`${pad2(m)}-${pad2(d)}`);
/** "YYYY-MM-DD" of a plain year (1000…9999), month and day, from the cached pieces. */
function plainYmd(y: number, m: number, d: number): string {
  return yearDash(y) + MONTH_DAY[m * 32 + d];
}

function utc(y: number, m: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // not Date.UTC, which maps years 0–99 to 1900–1999
  return t;
}

function daysInMonthWide(y: number, m: number): number {
  return utc(y, m + 1, 0).getUTCDate();
}

function toIso(t: Date): string {
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

function parseIso(iso: string): Date {
  return utc(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}

/** The ISO date n days after (or before, n < 0) `iso`. */
export function addDays(iso: string, n: number): string {
  const day = plainDayNumber(iso);
  if (day !== null && Number.isInteger(n)) {
    const out = plainIsoOfDay(day + n);
    if (out !== null) return out;
  }
  return toIso(new Date(parseIso(iso).getTime() + n * DAY_MS));
}

// The fast path of addDays and weekday, which the dates extractor calls for many dates: a
// plain YYYY-MM-DD (years 1000…9999) read from its character codes and counted as days since
// 1970-01-01 in the proleptic Gregorian calendar (as Date counts them, with no Date object);
// whole-day steps are exact there, as n × DAY_MS on a UTC midnight is. Anything else
// (another form, a result outside 1000…9999, a fractional n) takes the Date path.
/** Days since 1970-01-01 of a plain `iso` (a real date, year 1000…9999), else null. */
function plainDayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const c0 = iso.charCodeAt(0), c1 = iso.charCodeAt(1), c2 = iso.charCodeAt(2), c3 = iso.charCodeAt(3);
  const c5 = iso.charCodeAt(5), c6 = iso.charCodeAt(6), c8 = iso.charCodeAt(8), c9 = iso.charCodeAt(9);
  if (!(isDigitCode(c0) && isDigitCode(c1) && isDigitCode(c2) && isDigitCode(c3) && isDigitCode(c5) && isDigitCode(c6) && isDigitCode(c8) && isDigitCode(c9))) return null;
  const y = (c0 - 48) * 1000 + (c1 - 48) * 100 + (c2 - 48) * 10 + (c3 - 48);
  const m = (c5 - 48) * 10 + (c6 - 48);
  const d = (c8 - 48) * 10 + (c9 - 48);
  if (!isPlainYmd(y, m) || d < 1 || d > fastDaysIn(y, m)) return null; // (Date would roll an impossible day over)
  return daysFromCivil(y, m, d);
}
/** Days since 1970-01-01 of y-m-d (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
/** The plain ISO date of a day number (civil_from_days), or null outside years 1000…9999. */
function plainIsoOfDay(z: number): string | null {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y >= 1000 && y <= 9999 ? plainYmd(y, m, d) : null;
}

/** Year and month n months after y-m. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** `iso` moved by n months, the day clamped to the target month's length (2023-03-31 − 1 month = 2023-02-28). */
export function addMonthsToDate(iso: string, n: number): string {
  const [y, m] = addMonths(+iso.slice(0, 4), +iso.slice(5, 7), n);
  const d = Math.min(+iso.slice(8, 10), daysInMonthWide(y, m));
  return isoDateWide(y, m, d)!;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(iso: string): number {
  const day = plainDayNumber(iso);
  // (1970-01-01, day 0, was a Thursday: ISO weekday 4)
  if (day !== null) return ((((day + 3) % 7) + 7) % 7) + 1;
  return ((parseIso(iso).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week that holds `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, 1 - weekday(iso));
}

/** The last day of month y-m, as ISO. */
export function lastOfMonth(y: number, m: number): string {
  if (isPlainYmd(y, m)) return plainYmd(y, m, fastDaysIn(y, m));
  return isoDateWide(y, m, daysInMonthWide(y, m))!;
}
