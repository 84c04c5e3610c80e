// Writes src/extractors/dates/lunar.tsv: the Chinese calendar for lunar years FIRST…LAST as
// ICU (Node's Intl, `zh-u-ca-chinese`) has it, so that lunar.ts need not build that formatter
// (~20 ms of ICU set-up per process and per worker) for the years most text speaks of.
// Run by hand (not at build time): node scripts/lunar-table.mjs
// lunar.test.ts checks the table against the ICU path of lunar.ts, day by day.
import { writeFileSync } from 'node:fs';

const FIRST = 1900;
const LAST = 2100;
const OUT = new URL('../src/extractors/dates/lunar.tsv', import.meta.url);
const DAY_MS = 86400000;

const fmt = new Intl.DateTimeFormat('zh-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const MONTHS = {
  正月: 1, 一月: 1, 二月: 2, 三月: 3, 四月: 4, 五月: 5, 六月: 6, 七月: 7, 八月: 8, 九月: 9, 十月: 10,
  冬月: 11, 十一月: 11, 腊月: 12, 十二月: 12,
};

/** The lunar day of a UTC time, read the way lunar.ts reads it. */
function lunarOf(t) {
  let year = 0;
  let month = 0;
  let day = 0;
  let leap = false;
  for (const p of fmt.formatToParts(new Date(t))) {
    if (p.type === 'relatedYear' || p.type === 'year') year = +p.value || year;
    else if (p.type === 'month') {
      leap = p.value.startsWith('闰');
      const name = leap ? p.value.slice(1) : p.value;
      month = MONTHS[name] ?? (+name.replace(/月$/, '') || 0);
    } else if (p.type === 'day') day = +p.value;
  }
  if (!(year && month && day)) throw new Error(`ICU gave no lunar date for ${new Date(t).toISOString()}`);
  return { year, month, leap, day };
}

// Every first day of a lunar month from a little before FIRST's new year to past LAST's end.
const starts = []; // { year, month, leap, t }
for (let t = Date.UTC(FIRST - 1, 11, 1); t <= Date.UTC(LAST + 1, 2, 31); t += DAY_MS) {
  const l = lunarOf(t);
  if (l.day === 1) starts.push({ ...l, t });
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);
const rows = [];
for (let y = FIRST; y <= LAST; y++) {
  const i = starts.findIndex((s) => s.year === y && s.month === 1 && !s.leap);
  if (i < 0) throw new Error(`no new year for ${y}`);
  let lengths = '';
  let leapAfter = 0;
  let j = i;
  for (; starts[j].year === y; j++) {
    const s = starts[j];
    const days = (starts[j + 1].t - s.t) / DAY_MS;
    if (days !== 29 && days !== 30) throw new Error(`${y}: month ${s.month} has ${days} days`);
    const want = lengths.length + 1 - (leapAfter ? 1 : 0); // the month number expected next
    if (s.leap) {
      if (leapAfter || s.month !== want - 1) throw new Error(`${y}: unexpected leap month ${s.month}`);
      leapAfter = s.month;
    } else if (s.month !== want) throw new Error(`${y}: month ${s.month} where ${want} was expected`);
    lengths += days === 30 ? 'L' : 's';
  }
  if (lengths.length !== (leapAfter ? 13 : 12)) throw new Error(`${y}: ${lengths.length} months`);
  rows.push(`${y}\t${iso(starts[i].t)}\t${leapAfter}\t${lengths}`);
}

const header = `# The Chinese (lunar) calendar, lunar years ${FIRST}–${LAST}, for src/extractors/dates/lunar.ts.
# Generated from ICU's Chinese calendar (Node ${process.version}, ICU ${process.versions.icu},
# Intl.DateTimeFormat('zh-u-ca-chinese')) by scripts/lunar-table.mjs; lunar.test.ts checks it
# against that ICU path. Do not edit by hand: rerun the script.
# Columns: lunar year (its related Gregorian year) <TAB> Gregorian date of 正月初一 <TAB>
#   leap month: the month the leap month follows (闰二月 after 二月 = 2), 0 for none <TAB>
#   month lengths in calendar order, leap month in its place (12 or 13 letters): L = 30 days, s = 29 days
`;
writeFileSync(OUT, header + rows.join('\n') + '\n');
console.log(`wrote ${rows.length} years to ${OUT.pathname}`);
