// Dated events the news counts time from: 党的十八大以来 (since the 18th Party Congress, November
// 2012), 二十届四中全会后, 十一届三中全会以前. The names and days are in events.tsv. A name is a date
// only before a word that makes it a time (以来, 后, 前, 期间; 召开 may stand between); elsewhere it
// names the event (党的二十大精神, 党的二十大报告) and is no date.
// A pass of its own, like the five-year plans': the scanner's candidates stay as they were, and
// most documents name no such event (one native scan decides).
import { addDays } from '../../calendar.js';
import { alternation, loadRows } from '../../lexicon/load.js';
import type { DateOut } from './index.js';
import { inPlaceOf } from './merge.js';

const EVENTS = new Map(loadRows(new URL('./events.tsv', import.meta.url)).map(([name, first, last]) => [name, { first, last }]));

/** 1 the event's name; 2 召开 or nothing; 3 what makes it a time. */
const EVENT = new RegExp(`(${alternation(EVENTS.keys())})(召开)?(以来|之后|之前|以后|以前|后|前|期间)`, 'g');

/** Whether `norm` may name such an event: every name holds 党的 or 全会 (one native scan each). */
export function mentionsEvent(norm: string): boolean {
  return norm.includes('党的') || norm.includes('全会');
}

/** The dates with every event period of `norm` in place of what overlaps it. */
export function withEventPeriods(norm: string, text: string, ref: string | null, dates: DateOut[]): DateOut[] {
  const found: DateOut[] = [];
  EVENT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EVENT.exec(norm)) !== null; ) {
    const [all, name, , when] = m;
    const { first, last } = EVENTS.get(name)!;
    const end = m.index + all.length;
    const item: DateOut = { id: '', text: text.slice(m.index, end), span: { start: m.index, end }, start: first, end: last, granularity: 'event', relative: false, mod: null };
    if (when === '以来') Object.assign(item, { end: ref, relative: true, mod: 'since' });
    else if (when === '后' || when === '之后' || when === '以后') Object.assign(item, { start: addDays(last, 1), end: null, mod: 'after' });
    else if (when === '前' || when === '之前' || when === '以前') Object.assign(item, { start: null, end: addDays(first, -1), mod: 'before' });
    found.push(item);
  }
  return inPlaceOf(dates, found);
}
