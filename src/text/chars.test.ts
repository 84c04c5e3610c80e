import { describe, expect, it } from 'vitest';
import { isRegExpSpace } from './chars.js';

describe('isRegExpSpace', () => {
  it('answers as /\\s/ on every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isRegExpSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
