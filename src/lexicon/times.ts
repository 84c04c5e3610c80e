// The times of day that may follow a day (26日晚, 3日凌晨, 29日晚间): times-of-day.txt, read once
// here for the dates (ranges, days of one Chinese digit) and the quotes (a day between a speaker
// and the cue, a date opening the speaker's phrase).
import { alternation, loadList, longestFirst } from './load.js';

/** The times of day, longest first (a prefix test takes 晚间 before 晚). */
export const TIMES_OF_DAY: readonly string[] = longestFirst(loadList(new URL('./times-of-day.txt', import.meta.url)), (w) => w);
/** The same as a regular expression alternation (longest first). */
export const TIMES_OF_DAY_ALT = alternation(TIMES_OF_DAY);
