// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day.

/** The ISO date for year/month/day, or null when that day does not exist. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(Number.isInteger(y) && y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function daysInMonth(y: number, m: number): number {
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
  if (isPlainYmd(y, m) && Number.isInteger(d) && d >= 1) return d > fastDaysIn(y, m) ? null : yearDash(y) + MONTH_DAY[m * 32 + d];
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
  return toIso(new Date(parseIso(iso).getTime() + n * DAY_MS));
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
  return ((parseIso(iso).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week that holds `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, 1 - weekday(iso));
}

/** The last day of month y-m, as ISO. */
export function lastOfMonth(y: number, m: number): string {
  if (isPlainYmd(y, m)) return yearDash(y) + MONTH_DAY[m * 32 + fastDaysIn(y, m)];
  return isoDateWide(y, m, daysInMonthWide(y, m))!;
}
