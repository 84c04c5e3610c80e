// Fiscal periods: 2026财年第二季度, 2026 财年第 2 财季, FY2026, 本财年, 上一财年同期. A fiscal year is
// not a calendar year (Microsoft's 2026财年 runs July 2025 – June 2026), so the calendar rules,
// which read 第二季度 as April–June, would mislead. Its months come from the article
// (`2026财年（2025年7月至2026年6月）`, `第一季度（截至2025年12月27日）`), else from the
// organisation named before it (fiscal-years.tsv), else from an earlier fiscal year of the same
// article; without any, start/end stay null. Every fiscal date carries `fiscal: true`.
import { alternation, loadRows } from '../../lexicon/load.js';
import { parseNumeral } from '../../text/numerals.js';
import { addMonths, isoDateWide, lastOfMonth } from '../../calendar.js';
import type { DateOut } from './index.js';
import { indexAt, type Paragraph } from '../../segment/index.js';
import { inPlaceOf } from './merge.js';

/** A fiscal calendar: the month a fiscal year starts in, and which calendar year names it. */
interface FiscalCalendar {
  first: number;
  namedBy: 'end' | 'start';
}

const CALENDARS = new Map<string, FiscalCalendar>();
for (const [name, first, namedBy] of loadRows(new URL('./fiscal-years.tsv', import.meta.url))) {
  CALENDARS.set(name, { first: +first, namedBy: namedBy === 'start' ? 'start' : 'end' });
}
const ORG_NAMES = new RegExp(alternation(CALENDARS.keys()), 'g');

const FY_WORD = '(?:财年|财政年度|会计年度)';
const PAREN = '[ \\t]?[（(][^（()）]{1,30}[）)]';
/**
 * 1 the year of `2026财年`, 2 of `FY2026` / `FY26`, 3 a relative word (本财年); 4 a parenthesis
 * after the year; 5 a quarter, 6 a half or the first three quarters; 7 同期 after a relative year;
 * or 8 a fiscal quarter alone (第二财季).
 */
const FISCAL = new RegExp(
  `(?:(?<![\\d.])(\\d{4})[ \\t]?${FY_WORD}|(?<![A-Za-z])FY[ \\t]?(\\d{4}|\\d{2})(?![\\d.])|(本|上一?个?|下一?个?|新)${FY_WORD})` +
    `(${PAREN})?` +
    `(?:[ \\t]?(?:的[ \\t]?)?(?:(第[ \\t]?[一二三四1-4][ \\t]?(?:财季|财政季度|季度|季)|[一二三四1-4][ \\t]?(?:财季|季度)|[Qq][1-4](?!\\d))|(上半年|下半年|前三季度)))?` +
    `(同期)?` +
    // 8: a fiscal quarter named alone (第二财季: 财季 says fiscal)
    `|(?<![\\d年度季])(第[ \\t]?[一二三四1-4][ \\t]?财季)`,
  'g',
);
/** （2025年7月至2026年6月）, （2025.4-2026.3）, （2025.4.1-2026.3.31）: 1 2 the first year and month, 3 the last year. */
const PAREN_RANGE = /(\d{4})[ \t]?[年./][ \t]?(\d{1,2})[ \t]?月?(?:[ \t]?[./]?[ \t]?\d{1,2}[ \t]?日?)?[ \t]?(?:至|到|-|—|–|~|～)+[ \t]?(\d{4})[ \t]?[年./][ \t]?\d{1,2}/;
const PAREN_UNTIL = /^[ \t]?[（(][ \t]?(?:截至|截止)[ \t]?(?:到[ \t]?)?(\d{4})[ \t]?年[ \t]?(\d{1,2})[ \t]?月[ \t]?(\d{1,2})[ \t]?日/;

/** Months of a fiscal year a period takes: its first month's offset and its length. */
interface Part {
  offset: number;
  months: number;
  granularity: string;
}
const WHOLE_YEAR: Part = { offset: 0, months: 12, granularity: 'year' };

function partOf(quarter: string | undefined, other: string | undefined): Part {
  if (quarter !== undefined) {
    const digit = /[一二三四1-4]/.exec(quarter)![0];
    return { offset: (parseNumeral(digit)! - 1) * 3, months: 3, granularity: 'quarter' };
  }
  if (other === '上半年') return { offset: 0, months: 6, granularity: 'half-year' };
  if (other === '下半年') return { offset: 6, months: 6, granularity: 'half-year' };
  if (other === '前三季度') return { offset: 0, months: 9, granularity: 'quarter' };
  return WHOLE_YEAR;
}

/** The first year and month of fiscal year `year` under calendar `cal`. */
function yearStart(year: number, cal: FiscalCalendar): [number, number] {
  return cal.namedBy === 'end' && cal.first > 1 ? [year - 1, cal.first] : [year, cal.first];
}

/**
 * The organisations of fiscal-years.tsv named in a text, read once, and the calendar of the one
 * named last before a position in its paragraph (else first after it). Positions are asked in
 * increasing order, so one pointer walks the names: linear however many fiscal years there are.
 */
class NamedCalendars {
  private readonly at: number[] = [];
  private readonly calendars: FiscalCalendar[] = [];
  private next = 0;
  constructor(text: string) {
    ORG_NAMES.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = ORG_NAMES.exec(text)) !== null; ) {
      this.at.push(m.index);
      this.calendars.push(CALENDARS.get(m[0])!);
    }
  }
  /** The calendar named near `pos` within `paragraph` ([from, to)). */
  near(pos: number, from: number, to: number): FiscalCalendar | null {
    while (this.next < this.at.length && this.at[this.next] < pos) this.next++;
    const before = this.next - 1;
    if (before >= 0 && this.at[before] >= from) return this.calendars[before];
    return this.next < this.at.length && this.at[this.next] < to ? this.calendars[this.next] : null;
  }
}

/** 本财年 …: the fiscal year, in calendar `cal`, that holds the reference date (shifted by `shift` years). */
function relativeStart(ref: string, cal: FiscalCalendar, shift: number): [number, number] {
  const y = +ref.slice(0, 4);
  const m = +ref.slice(5, 7);
  return [(m >= cal.first ? y : y - 1) + shift, cal.first];
}

/**
 * 第二财季 alone: of the quarters of that number, the one that ends nearest the reference date
 * (the one just reported, or the next one forecast: 微软预计第三财季), as the first year and
 * month of its fiscal year.
 */
function nearestQuarter(ref: string, cal: FiscalCalendar, part: Part): [number, number] {
  const refDay = Date.parse(ref);
  let best: [number, number] = relativeStart(ref, cal, 0);
  let bestGap = Infinity;
  for (let shift = -1; shift <= 1; shift++) {
    const start = relativeStart(ref, cal, shift);
    const [py, pm] = addMonths(start[0], start[1], part.offset + part.months - 1);
    const gap = Math.abs(Date.parse(lastOfMonth(py, pm)) - refDay);
    if (gap < bestGap) {
      best = start;
      bestGap = gap;
    }
  }
  return best;
}

/** Whether `norm` may hold a fiscal year: a few native scans, so that most documents skip the pass. */
export function mentionsFiscalYear(norm: string): boolean {
  return norm.includes('财年') || norm.includes('FY') || norm.includes('财政年度') || norm.includes('会计年度') || norm.includes('财季');
}

/**
 * The dates with every fiscal period of `norm` in place of what the calendar rules read there
 * (the 第二季度 of 2026财年第二季度). `dates` is in text order and so is the result.
 */
export function withFiscalPeriods(norm: string, text: string, ref: string | null, dates: DateOut[], paragraphs: readonly Paragraph[]): DateOut[] {
  const found: DateOut[] = [];
  // the calendar of the last fiscal year read, for one in the same or the next paragraph
  // (in a digest of news, each item is a paragraph with a company of its own)
  let docCalendar: FiscalCalendar | null = null;
  let docCalendarParagraph = 0;
  // the fiscal year written out last, for a quarter alone in the same or the next paragraph
  let lastFiscalYear: number | null = null;
  let lastFiscalParagraph = 0;
  const named = new NamedCalendars(norm);
  let lastPart: Part = WHOLE_YEAR;
  FISCAL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FISCAL.exec(norm)) !== null; ) {
    const [all, year4, fyYear, rel, paren, quarterAfterYear, other, same, quarterAlone] = m;
    const quarter = quarterAfterYear ?? quarterAlone;
    let part = partOf(quarter, other);
    // 上一财年同期: the period spoken of last, in that fiscal year
    if (same !== undefined && quarter === undefined && other === undefined) part = lastPart;
    const year = year4 !== undefined ? +year4 : fyYear !== undefined ? (fyYear.length === 2 ? 2000 + +fyYear : +fyYear) : null;
    // the calendar: the article's own months first
    let cal: FiscalCalendar | null = null;
    let start: [number, number] | null = null;
    const range = paren !== undefined ? PAREN_RANGE.exec(paren) : null;
    const yearEnd = m.index + all.length - (same?.length ?? 0);
    const until = PAREN_UNTIL.exec(norm.slice(yearEnd, yearEnd + 24));
    const pi = indexAt(paragraphs, m.index);
    if (range !== null) {
      start = [+range[1], +range[2]];
      cal = { first: start[1], namedBy: year === +range[3] && start[1] > 1 ? 'end' : 'start' };
    } else if (until !== null && year !== null) {
      // (截至2025年12月27日) after the period: the period ends with that month (or the one before, early in a month)
      let [ey, em] = [+until[1], +until[2]];
      if (+until[3] < 15) [ey, em] = addMonths(ey, em, -1);
      const [sy, sm] = addMonths(ey, em, 1 - part.offset - part.months);
      start = [sy, sm];
      cal = { first: sm, namedBy: year === sy ? 'start' : 'end' };
    } else {
      const paragraph = pi >= 0 ? paragraphs[pi] : { start: 0, end: norm.length };
      cal = named.near(m.index, paragraph.start, paragraph.end) ?? (docCalendar !== null && pi - docCalendarParagraph <= 1 ? docCalendar : null);
      if (cal === null || (year === null && ref === null)) start = null;
      else if (year !== null) start = yearStart(year, cal);
      else if (quarterAlone !== undefined) start = lastFiscalYear !== null && pi - lastFiscalParagraph <= 1 ? yearStart(lastFiscalYear, cal) : nearestQuarter(ref!, cal, part);
      else start = relativeStart(ref!, cal, rel!.startsWith('上') ? -1 : rel!.startsWith('本') ? 0 : 1);
    }
    if (cal !== null) {
      docCalendar = cal;
      docCalendarParagraph = pi;
    }
    if (year !== null) {
      lastFiscalYear = year;
      lastFiscalParagraph = pi;
    }
    lastPart = part;
    // a parenthesis inside (2026财年（2025年7月至2026年6月）第二季度) is a date of its own: the
    // fiscal year is reported before it and the period after it
    const spans: [number, number, Part][] = [];
    const end = m.index + all.length;
    if (paren === undefined) spans.push([m.index, end, part]);
    else {
      const parenAt = m.index + all.indexOf(paren);
      const period = quarter ?? other;
      spans.push([m.index, parenAt, period === undefined ? part : WHOLE_YEAR]);
      if (period !== undefined) spans.push([norm.indexOf(period, parenAt + paren.length), end, part]);
    }
    for (const [s, e, p] of spans) {
      let startIso: string | null = null;
      let endIso: string | null = null;
      if (start !== null) {
        const [py, pm] = addMonths(start[0], start[1], p.offset);
        const [ly, lm] = addMonths(py, pm, p.months - 1);
        startIso = isoDateWide(py, pm, 1);
        endIso = lastOfMonth(ly, lm);
      }
      found.push({ id: '', text: text.slice(s, e), span: { start: s, end: e }, start: startIso, end: endIso, granularity: p.granularity, relative: year === null, mod: null, fiscal: true });
    }
  }
  return inPlaceOf(dates, found);
}
