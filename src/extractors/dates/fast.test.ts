// Scanner.plainYear reads the commonest date, a bare year (2023年), without the pattern
// machinery. Wherever it reads one, it must read the atom the full path (readAtom) reads:
// checked here on years among generated neighbours that change or end the reading.
import { describe, expect, it } from 'vitest';
import { plainYearMismatches } from './index.js';

const BEFORE = ['', '于', '在', '自', '从', '截至', '第', '每', '1', '12', '一', '〇', '.', '-', '/', ' ', '\t', 'x', 'Q', '，', '(', '至', '到', '和', '农历', '年', '约'];
const YEARS = ['2023', '1999', '1000', '0999', '2199', '2200', '9999', '1900', '2024', '20233', '202', '２０２３'];
const AFTER = [
  '', '度', '代', '级', '多', '余', '的', ' ', '\t', '  ', '，', '。', '、', ')', 'x', '1', '12', '5月', '05月', '十月', '十二月', '正月', '腊月', '冬月', '冬天', '春节', '国庆',
  '中秋', '元旦', '农历', '阴历', '上半年', '下半年', '前三季度', '第一季度', '一季度', 'Q1', 'q3', '底', '初', '中', '中国', '末', '年底', '春季', '夏天', '秋', '第3周',
  '前5个月', '最后两周', '本月', '上月', '上个月', '这个月', '下月', '3-5月', '3至5月', '以来', '至今', '起', '开始', '以前', '之前', '前', '后', '以后', '之后', '至', '到', '-',
  '—', '~', '和', '与', '及', '或之前', '及以后', '间', '之间', '月', '日', '号', '世纪', '年', '的5月', '的第一周', ' 5月', ' 3-5月', '初一', '十月初一', '度的', '度以来', '度第一季度',
  '度 ', '度多', '国', '全年', '人', '营收', '双11', '七夕', '除夕', '中下旬', '上旬', '二', '两', '廿', '三十',
];
const THEN = ['', '至2024年', '到今年', '以来', '3月', '年', '，', '日'];

describe('dates: the bare-year fast path', () => {
  it('reads the atom the full path reads, around every generated year', () => {
    let fired = 0;
    const bad: string[] = [];
    for (const b of BEFORE)
      for (const y of YEARS)
        for (const a of AFTER)
          for (const t of THEN) {
            const text = `${b}${y}年${a}${t}`;
            for (const ref of ['2024-05-15', null]) {
              const r = plainYearMismatches(text, ref);
              fired += r.fired;
              for (const m of r.mismatches) bad.push(`${text}: ${m}`);
            }
          }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(fired).toBeGreaterThan(5000);
  });

  it('reads nothing where the full path reads no plain year', () => {
    // a few texts where plainYear must step aside (the full path reads more, or nothing)
    for (const text of ['2023年5月', '2023年底', '2023年代', '2023年春节', '第2023年', '12023年', '2023年 5月', '2023年农历正月初一', '2023年多', '2023年度第一季度'])
      expect(plainYearMismatches(text).fired, text).toBe(0);
  });
});
