import { describe, expect, it } from 'vitest';
import { GENERIC_ORG, isGenericOrg } from './speakers.js';

describe('isGenericOrg', () => {
  it('answers as GENERIC_ORG.test on every short string over the units that matter', () => {
    // the prefixes' and words' units, a few others, a blank: all strings of up to four units
    const pool = [...new Set('该本这家此其公司集团企业行院所局校方中心协会店园学社xA '.split(''))];
    let strings = [''];
    let all: string[] = [''];
    for (let len = 1; len <= 4; len++) {
      strings = strings.flatMap((s) => pool.map((c) => s + c));
      all = all.concat(strings);
    }
    let generic = 0;
    for (const s of all) {
      const want = GENERIC_ORG.test(s);
      if (want) generic++;
      if (isGenericOrg(s) !== want) expect.fail(`${JSON.stringify(s)}: ${!want}`);
    }
    expect(generic).toBeGreaterThan(50);
  });
  it('rejects longer names and accepts the longest generic forms', () => {
    expect(isGenericOrg('这家公司')).toBe(true);
    expect(isGenericOrg('该院方')).toBe(true);
    expect(isGenericOrg('这家公司方')).toBe(false);
    expect(isGenericOrg('阿里巴巴集团')).toBe(false);
    expect(isGenericOrg('')).toBe(false);
  });
});
