import { describe, expect, it } from 'vitest';
import { sortStable } from './order.js';

describe('sortStable', () => {
  it('orders as Array.prototype.sort does (stable), short and long arrays, ties kept in place', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let t = 0; t < 300; t++) {
      const items = Array.from({ length: rnd(50) }, (_, i) => ({ key: rnd(8), i }));
      const cmp = (a: { key: number }, b: { key: number }) => a.key - b.key;
      const want = [...items].sort(cmp);
      expect(sortStable(items, cmp)).toEqual(want);
    }
  });
});
