// Scanner.plainDate reads the commonest dates (2023年, 10月17日, 2023年10月17日 …) without the
// pattern machinery. Wherever it reads one, it must read the atom the full path (readAtom)
// reads: checked here on generated dates among neighbours that change or end the reading.
import { describe, expect, it } from 'vitest';
import { plainDateMismatches } from './index.js';

const BEFORE = ['', '于', '在', '自', '截至', '第', '每', '1', '一', '〇', '.', '-', ' ', '\t', 'x', '，', '至', '和', '农历', '年', '期', '周', '拜', '週', '星期', '约', '’'];
const CORES = [
  '2023年', '1999年', '1000年', '0999年', '2199年', '2200年', '20233年', '202年', '２０２３年', '2023 年', '2023\t年', '2023  年', '2023年度', '2023 年度',
  '2023年5', '2023年05', '2023年10', '2023年12', '2023年13', '2023年0', '2023年00', '2023年123', '2023 年 5', '2023年 5', '2023年度5',
  '2023年1', '2023年2', '2023年3', '2023年4', '2023年01', '2023年11',
  '5', '05', '10', '12', '13', '0', '00', '123', '5 ', '5\t', '12  ', '1', '9',
];
const MONTH = ['', '月', '月份', ' 月', '\t月', '月 ', '  月'];
const DAYS = ['', '1', '9', '01', '09', '10', '17', '29', '30', '31', '32', '00', '0', '123', ' 17', '  17', '\t17', '17 ', '17\t'];
const DAY_END = ['', '日', '号', ' 日', '\t日', '  日', '日前', '号线', '月', '-', '至', '到', '—', 'x', '，', '.5'];
const AFTER = [
  '', '度', '代', '级', '多', '余', '的', ' ', '\t', '，', '。', ')', 'x', '1', '5月', '十月', '正月', '冬天', '春节', '国庆', '农历', '上半年', '一季度', 'Q1', '底', '初',
  '中', '中国', '末', '上旬', '中下旬', '下半月', '第一周', '的第二周', '本月', '上月', '3-5月', '以来', '起', '之前', '后', '至', '到', '-', '和', '及', '间', '日', '号', '世纪',
  '年', '初一', '十七日', '二', '廿', '三十', '份', '(周二)', '，星期一', '季度', ' 季度', '季度末', '个季度',
];

describe('dates: the fast path for common dates', () => {
  it('reads the atom the full path reads, around every generated date', () => {
    let fired = 0;
    let texts = 0;
    const bad: string[] = [];
    const check = (text: string) => {
      texts++;
      const r = plainDateMismatches(text);
      fired += r.fired;
      for (const m of r.mismatches) bad.push(`${text}: ${m}`);
    };
    for (const b of BEFORE)
      for (const c of CORES) {
        for (const a of AFTER) check(`${b}${c}${a}`);
        for (const mo of MONTH) {
          if (mo === '') continue;
          for (const a of AFTER) check(`${b}${c}${mo}${a}`);
          for (const d of DAYS) for (const e of DAY_END) check(`${b}${c}${mo}${d}${e}`);
        }
      }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(texts).toBeGreaterThan(100_000);
    expect(fired).toBeGreaterThan(20_000);
  });

  it('reads the ISO date the full path reads', () => {
    let fired = 0;
    const bad: string[] = [];
    for (const b of ['', '于', 'a', 'Z', '-', '/', '.', '1', '一', ' ', '(', '截至'])
      for (const y of ['2023', '1899', '1900', '2199', '2200', '0999', '12023', '202'])
        for (const sep of ['-', '/', '.'])
          for (const mo of ['1', '01', '10', '12', '13', '0', '00', '123', '2'])
            for (const sep2 of [sep, '-', ''])
              for (const d of ['1', '01', '17', '29', '30', '31', '32', '00', '123', ''])
                for (const a of ['', '.5', '.', '5', 'x', '日', ' ', '至2024-01-01', '-', '.1.']) {
                  const r = plainDateMismatches(`${b}${y}${sep}${mo}${sep2}${d}${a}`);
                  fired += r.fired;
                  for (const m of r.mismatches) bad.push(`${b}${y}${sep}${mo}${sep2}${d}${a}: ${m}`);
                }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(fired).toBeGreaterThan(10_000);
  });

  it('reads the bare day and the bare year the full path reads', () => {
    let fired = 0;
    const bad: string[] = [];
    const check = (text: string) => {
      const r = plainDateMismatches(text);
      fired += r.fired;
      for (const m of r.mismatches) bad.push(`${text}: ${m}`);
    };
    for (const b of BEFORE)
      for (const d of ['1', '5', '9', '01', '09', '10', '17', '29', '30', '31', '32', '40', '0', '00', '123', '2023', '5 ', '17 ', '17\t', '17  '])
        for (const s of ['日', '号', '月', '-'])
          for (const a of ['', '内', '以内', '游', '前后', '美', '上午', '晚', '线', '楼', '，', '。', ' ', '的', '起', '至18日', '-18日', '(周二)', '1', 'x'])
            check(`${b}${d}${s}${a}`);
    for (const b of BEFORE)
      for (const y of ['2023年', '2023 年', '2023年度'])
        for (const a of ['的', '的 ', '的5月', '的 5月', '的5.6%', '的一季度', '的第一季度', '的第二周', '的上半年', '的春节', '的中国', '的底', '的年底', '的Q1', '中', '中国', '中的', '中期', '国', '国庆', '国庆节', '春', '春季', '春节', '第', '第一', '第一季度', '第三周', '上', '上半年', '下滑', '一', '一季度', '一路', 'Q', 'Q1', 'Q5', '前', '前三季度', '前5个月', '前者', '最后', '最后一周', '末', '初', '年初', '底', '冬', '冬天'])
          check(`${b}${y}${a}`);
    expect(bad.slice(0, 20)).toEqual([]);
    expect(fired).toBeGreaterThan(3_000);
  });

  it('reads nothing where the full path reads more than it can', () => {
    for (const text of ['2023年底', '2023年代', '2023年春节', '第2023年', '12023年', '2023年 5月', '2023年农历正月初一', '2023年多', '2023年度第一季度', '5月底', '5月17日', '星期5月'])
      expect(plainDateMismatches(text).fired, text).toBe(text === '5月17日' ? 2 : 0); // (5月17日, and its 17日 where a scan would not stop)
  });
});
