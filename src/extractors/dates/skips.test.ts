// The extractor skips a pattern where the unit at the position (or, at a digit, the run of
// digits and the unit after it) shows that it cannot match. Every corpus example, and digit
// runs of every length before every unit those rules name, must show no match so skipped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalize } from '../../text/normalize.js';
import { digitRunMismatches, missedStarts, SCAN_SHORTCUTS, skippedCandidates, skippedMatches } from './index.js';

const entries = parse(readFileSync(new URL('./corpus.yaml', import.meta.url), 'utf8'), { schema: 'failsafe' }) as { text: string }[];

describe('dates: skipped patterns', () => {
  it('has its load-time scan shortcuts on (the numeral regex at a digit, steps of two, the digit-run rules)', () => {
    expect(SCAN_SHORTCUTS).toEqual({ numeralAtDigit: true, stepByTwo: true, digitRun: true });
  });

  it('skips no match in the corpus examples', () => {
    const texts = entries.map((e) => normalize(String(e.text)));
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.flatMap((t) => skippedMatches(t).map((s) => `${s} in ${t}`))).toEqual([]);
  });

  it('skips no match after digit runs of any length', () => {
    const tails = [' ', '\t', '-', '/', '.', '–', '—', '~', '～', '－', '至', '到', '年', '月', '日', '号', '个', '周', '星期', '天', '世纪', '年代', '后', 'x', ''];
    const texts: string[] = [];
    for (const run of ['1', '12', '10', '30', '123', '2023', '20', '12345'])
      for (const t of tails) for (const more of ['', '5月', '12月', '年', '10日', '前', '月', '日', '十月初一', '农历正月初一', ' 腊月初八', '\t 三月初三', '阴历冬月初五', '  十一月十五']) texts.push(`于${run}${t}${more}`);
    expect(texts.flatMap((t) => skippedMatches(t).map((s) => `${s} in ${t}`))).toEqual([]);
  });

  it('answers for the numeral regex at a run of digits as it does, whatever unit follows', () => {
    const bad: string[] = [];
    const ranges = [[0, 0x3100], [0x4e00, 0xa000], [0xfe00, 0x10000]];
    for (const run of ['1', '12', '123', '2023', '12345', '123456789'])
      for (const [lo, hi] of ranges)
        for (let u = lo; u < hi; u++) {
          if (u >= 0xd800 && u < 0xe000) continue;
          const d = String.fromCharCode(u);
          for (const tail of ['', '年', '12.', '5.1']) {
            const t = run + d + tail;
            if (digitRunMismatches(t).length > 0) bad.push(t);
          }
        }
    const texts = entries.map((e) => normalize(String(e.text)));
    for (const t of texts) if (digitRunMismatches(t).length > 0) bad.push(t);
    expect(bad).toEqual([]);
  });

  it('passes over no candidate in the corpus examples', () => {
    const texts = entries.map((e) => normalize(String(e.text)));
    expect(texts.filter((t) => skippedCandidates(t).length > 0)).toEqual([]);
  });

  it('passes over no candidate at a numeral unit, whatever unit follows', () => {
    const numerals = [...'0123456789〇零一二三四五六七八九十廿两半初正腊冬'];
    const bad: string[] = [];
    const ranges = [[0, 0x3100], [0x4e00, 0xa000], [0xfe00, 0x10000]];
    for (const c of numerals)
      for (const [lo, hi] of ranges)
        for (let u = lo; u < hi; u++) {
          if (u >= 0xd800 && u < 0xe000) continue;
          const d = String.fromCharCode(u);
          for (const tail of ['年', '']) if (skippedCandidates(c + d + tail).includes(0)) bad.push(c + d + tail);
        }
    expect(bad).toEqual([]);
  });

  it('passes over no candidate at 上 下 这 本 前 第, whatever unit follows', () => {
    const bad: string[] = [];
    // (what completes each of their alternatives after its second unit, and the words' second halves)
    const tails = ['', '度', '期', '拜', '年', '月', '周', '季度', '个季度', '一季度', '1周', '半年', '个周', ' 周', '个 周', '个星期', '年度'];
    for (const c of '上下这本前第')
      for (let u = 0; u < 0x10000; u++) {
        if (u >= 0xd800 && u < 0xe000) continue;
        const d = String.fromCharCode(u);
        for (const tail of tails) if (skippedCandidates(c + d + tail).includes(0)) bad.push(c + d + tail);
      }
    expect(bad).toEqual([]);
  });

  it('passes over no candidate at the units that always run it (Q q 周 週 星 礼 禮) nor at a pair stepped over, whatever unit follows', () => {
    // (skippedCandidates counts a position as passed over where the unit after it has NEXT 0, as
    // the scan's steps by two do: every unit after these, and before every word's first unit)
    const bad: string[] = [];
    const tails = ['', '期', '拜', '一', '天', '年', '节', '1'];
    const firsts = [...'Qq周週星礼禮', ...'春元国中清劳圣今去近']; // (上 第 and the numerals: every next unit in the tests above)
    for (const c of firsts)
      for (let u = 0; u < 0x10000; u++) {
        if (u >= 0xd800 && u < 0xe000) continue;
        const d = String.fromCharCode(u);
        for (const tail of tails) if (skippedCandidates(c + d + tail).includes(0)) bad.push(c + d + tail);
      }
    expect(bad).toEqual([]);
  });

  it('opens a candidate wherever a date starts after a run of numeral units', () => {
    // every run kind (2 and 4 digits for years, 1 for quarters, 3 for ago), every unit and
    // suffix the patterns take after a run, and what fails them. (Not two spaces without 个, nor
    // 个 before 天: P.ago takes them, CANDIDATE never did; a gap of its own, left as it is.)
    const runs = ['1', '3', '12', '30', '123', '2023', '20', '一', '三', '五', '十', '十二', '二十', '三十一', '两', '半', '二〇', '二〇二三', '〇八', '冬', '正', '腊', '初五', '廿', '八十', '一二三', '12345'];
    const mids = ['', ' ', '\t', '个', ' 个', '个 ', ' 个 ', '\t个\t'];
    const units = ['年', '月', '日', '号', '季', '季度', '世纪', '周', '星期', '天', '半年', '个月', '年代', '-', '/', '.', '至', '到', '—', '——', '~', '和', '与', '及', '、', 'x'];
    const afters = ['', '前', '后', '以前', '之前', '以后', '之后', '以来', '底', '初', '的', '代', '度', '5', '5月', '5日', '3.5', '10月1日', '1.5', '12.30', '一', '农历', '十月初一', '中国'];
    const texts: string[] = [];
    for (const r of runs) for (const m of mids) for (const u of units) for (const a of afters) if (!(m.includes('个') && u === '天')) texts.push(`于${r}${m}${u}${a}`);
    expect(texts.flatMap((t) => missedStarts(t).map((p) => `${p} in ${t}`))).toEqual([]);
  });

  it('opens a candidate at 目前 当前 现在 如今 wherever P.now takes them', () => {
    const texts: string[] = [];
    for (const before of ['', '到', '至', '截至', '截止', '截止到', '截至到', '止', '直到', '截', '从', '自'])
      for (const gap of ['', ' ', '\t', '  '])
        for (const w of ['目前', '当前', '现在', '如今', '当年', '当前年'])
          for (const after of ['', '为止', '为', '止', '。', '的']) texts.push(`${before}${gap}${w}${after}`, `据${before}${gap}${w}${after}`, `2020年${before}${gap}${w}${after}`);
    expect(texts.flatMap((t) => missedStarts(t).map((p) => `${p} in ${t}`))).toEqual([]);
    expect(texts.flatMap((t) => missedStarts(t, null).map((p) => `${p} in ${t}`))).toEqual([]);
  });

  it('opens a candidate at 第, 近年 and 至今 wherever a date starts there', () => {
    const texts: string[] = [];
    for (const before of ['', '于', '2020年', '今年', '到'])
      for (const w of ['第', '第 ', '近年', '近些年', '至今', '至 今'])
        for (const mid of ['一', '四', '五', '十', '3', '12', '', ' ', '一 ', '2 '])
          for (const after of ['', '季度', '季度末', '个季度', '周', '個', '个月', '个星期', '来', '年', '天', '日', '为止', '。']) texts.push(`${before}${w}${mid}${after}`);
    expect(texts.flatMap((t) => missedStarts(t).map((p) => `${p} in ${t}`))).toEqual([]);
  });
});
