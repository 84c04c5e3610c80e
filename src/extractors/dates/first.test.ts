// The first-unit reading of first.ts: exact sets for small patterns, "any unit" where it cannot
// narrow, and the promise the extractor relies on (no match starts outside the set).
import { describe, expect, it } from 'vitest';
import { firstUnits, unitTables } from './first.js';

const units = (re: RegExp): string | null => {
  const r = firstUnits(re);
  if (!r) return null;
  let s = '';
  for (let j = 0; j < r.length; j += 2) for (let u = r[j]; u <= r[j + 1]; u++) s += String.fromCharCode(u);
  return [...new Set(s)].sort().join('');
};

describe('firstUnits', () => {
  it('reads literals, alternatives, optional atoms and classes', () => {
    expect(units(/(今年|去年)(度)?/y)).toBe('今去');
    expect(units(/(?:的[ \t]?)?(?:上半年|第[ \t]?[1-3])/y)).toBe('上的第');
    expect(units(/(?:的?[ \t]?)(?:上半年|第)/y)).toBe('\t 上的第');
    expect(units(/[ \t]{0,2}(?:[-~至]|和)/y)).toBe('\t -~和至');
    expect(units(/(\d{4}|[〇零]{2})[ \t]?年/y)).toBe('0123456789〇零');
    expect(units(/(?:周|星期)([一二]|(?<=[期])天)/y)).toBe('周星');
    expect(units(/\u4e00x|\.y/y)).toBe('.一');
  });

  it('ignores lookarounds and passes over what follows the first non-nullable atom', () => {
    expect(units(/(?=[a-z])年(?!代)[^x]*/y)).toBe('年');
    expect(units(/年?(初|中(?=[^\u4e00-\u9fff]|[的以]|$)|底)/y)).toBe('中初年底');
  });

  it('gives up (null: any unit) where it cannot narrow', () => {
    expect(units(/[^a]b/y)).toBeNull(); // negated class
    expect(units(/\w+/y)).toBeNull();
    expect(units(/a?/y)).toBeNull(); // can match ""
    expect(units(/(a)\1/y)).toBe('a');
    expect(units(/\1a/y)).toBeNull(); // a back-reference first
    expect(units(/a/iy)).toBeNull(); // case-insensitive
    expect(units(/./y)).toBeNull();
  });

  it('never leaves out a unit a match starts with', () => {
    const res = [/(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/y, /(上|下|这|本)个?半年/y, /[ \t]?[,(]?[ \t]?(?:星期|周)[一二]\)?/y];
    const text = '2023-10-17 上个半年 这半年 (星期一) ,周二 2023/1/5 下半年';
    const { unit, tables } = unitTables(res);
    let matches = 0;
    res.forEach((re, k) => {
      for (let i = 0; i < text.length; i++) {
        re.lastIndex = i;
        if (re.test(text)) {
          matches++;
          expect(tables[k][unit[text.charCodeAt(i)]]).toBe(1);
        }
      }
    });
    expect(matches).toBe(11);
    expect(tables[1][unit['2'.charCodeAt(0)]]).toBe(0);
    expect(tables[0][unit['上'.charCodeAt(0)]]).toBe(0);
  });
});
