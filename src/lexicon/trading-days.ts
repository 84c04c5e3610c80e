// The words for a trading day counted from the reference date (trading-days.tsv), read once here
// for the dates, the metrics and the metric subjects.
import { alternation, loadRows } from './load.js';

/** Each word and how many trading days after the reference date it is (上一交易日 → -1). */
export const TRADING_DAYS: ReadonlyMap<string, number> = new Map(loadRows(new URL('./trading-days.tsv', import.meta.url)).map((r) => [r[0], Number(r[1])]));
/** The words as a regular expression alternation, longest first. */
export const TRADING_DAY_ALT = alternation(TRADING_DAYS.keys());
