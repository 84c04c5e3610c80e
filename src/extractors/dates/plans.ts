// Five-year plan periods: “十四五”时期 (2021–2025), “十五五”期间, 十四五以来, “十三五”末, 迈向“十五五”.
// The plans run in five-year steps from the third (1966–1970); the first two were 1953–1957 and
// 1958–1962. A plan's name followed by another noun names the plan or a project (“十五五”规划,
// 十四五国家重点研发计划), not its period, and is no date.
import { isoDateWide } from '../../calendar.js';
import { parseNumeral } from '../../text/numerals.js';
import type { DateOut } from './index.js';
import { inPlaceOf } from './merge.js';

/** 1 the plan's number after 十 (十四五 → 四); 2 what follows: the part of the period, or 以来. */
const PLAN = /[“"]?十([一二三四五六七八九])五[”"]?(时期|期间|以来|末期|末|初期|初|的?开局之年|的?收官之年)?/g;

/** The first year of plan number n (n ≥ 3). */
function firstYear(n: number): number {
  return 1966 + 5 * (n - 3);
}

/** Whether `norm` may name a five-year plan (one native scan: most documents skip the pass). */
export function mentionsPlan(norm: string): boolean {
  return norm.includes('五”') || norm.includes('五时期') || norm.includes('五期间') || norm.includes('五以来');
}

/** The dates with every five-year plan period of `norm` in place of what overlaps it. */
export function withPlanPeriods(norm: string, text: string, ref: string | null, dates: DateOut[]): DateOut[] {
  const found: DateOut[] = [];
  PLAN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PLAN.exec(norm)) !== null; ) {
    const [all, digit, part] = m;
    const end = m.index + all.length;
    // (without a part, only where no noun follows: 迈向“十五五”，not “十五五”规划)
    if (part === undefined && /[\u4e00-\u9fff]/.test(norm.charAt(end))) continue;
    const first = firstYear(10 + parseNumeral(digit)!);
    const last = first + 4;
    let start: string | null = isoDateWide(first, 1, 1);
    let finish: string | null = isoDateWide(last, 12, 31);
    let mod: string | null = null;
    let relative = false;
    if (part === '以来') {
      finish = ref;
      mod = 'since';
      relative = true;
    } else if (part === '末' || part === '末期' || part?.endsWith('收官之年')) {
      start = isoDateWide(last, 1, 1);
      mod = part.endsWith('收官之年') ? null : 'late';
    } else if (part === '初' || part === '初期' || part?.endsWith('开局之年')) {
      finish = isoDateWide(first, 12, 31);
      mod = part.endsWith('开局之年') ? null : 'early';
    }
    found.push({ id: '', text: text.slice(m.index, end), span: { start: m.index, end }, start, end: finish, granularity: 'year', relative, mod });
  }
  return inPlaceOf(dates, found);
}
