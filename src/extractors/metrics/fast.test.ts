// fastUnit and fastCn (index.ts) stand in for readRun + readMetric on the commonest shapes
// (3%, 27.5万家, 20 亿元, 30多倍, 两个, 一年, the article 一个…), and loneNumeral and fastCode on
// numbers that read no metric (之一。, 一部分, 600519.SH, 5G). They must give exactly what the full
// reading gives: this runs many sentences around such numbers both ways and compares the
// metrics found (all fields), so a rule changed in readMetric and not in fastTail fails here.
import { afterEach, describe, expect, it } from 'vitest';
import { extractFromText } from '../../pipeline.js';
import { round, setFastPaths } from './index.js';

const BEFORE = ['', '约', '超过', '近', '这', '那', '是', '只有', '共', '一', '第', 'A', '(', '《', '数以', '预', '增长', '达到', '其中'];
const NUMBERS = ['3', '12.5', '2023', '3000', '0.1万', '05', '1 ', '7 亿', '3万', '4674.7 亿', '1.2万亿', '一', '两', '三', '九', '80', '30多', '200余', '2000多', '1.5万余', '05多', '12345678901余', '3多 ', '7 亿多', '5万多', '40 余', '3 多'];
const UNITS = ['%', '分', '分之一', '分钟', '个', '人', '美元', '元', '年', '岁', '倍', '家', 'GB', '亿元', '万吨', '个月', '周', '小时', '公里', '位', '成', '块', '届', '种'];
const AFTER = ['', '左右', '以上', '多', '余', '半', '半,', '至5%', '-8个', '的学生', '人民币', '一车', '3次', '三天', ',', '。', ' 的', ' 至 9', '又5角', '三毛', 'B', '》', '计', ' 左右', ' 以上', ' 多'];


/** The metrics of `text`, read with the fast paths and without them: the two must be the same. */
function sameBothWays(text: string) {
  setFastPaths(true);
  const fast = extractFromText(text).metrics;
  setFastPaths(false);
  const slow = extractFromText(text).metrics;
  expect(fast, text).toEqual(slow);
  return slow;
}
describe('fast paths agree with the full reading', () => {
  afterEach(() => setFastPaths(true));
  it('on numbers before units, with words around them', () => {
    let n = 0;
    let found = 0;
    for (const b of BEFORE) {
      for (const num of NUMBERS) {
        for (let k = 0; k < UNITS.length; k++) {
          // every unit with a few of the words after it (all of them for some units)
          const afters = k % 3 === 0 ? AFTER : AFTER.filter((_, j) => (j + k) % 4 === 0);
          for (const a of afters) {
            const text = `公司${b}${num}${UNITS[k]}${a}用户`;
            const slow = sameBothWays(text);
            n++;
            found += slow.length;
          }
        }
      }
    }
    expect(n).toBeGreaterThan(5000);
    expect(found).toBeGreaterThan(3000);
  });
  it('on digits in codes, versions and names (fastCode)', () => {
    let n = 0;
    for (const b of ['', '约', '(', '《', '股票', 'A', '=', '“', '\n', '第']) {
      for (const num of ['3', '12.5', '600519', '05', '2023', '12345678901', '7', '0.5', '1234567']) {
        for (const a of ['.SH', '.sz', '.0.1', '.5G', '.x', '. ', 'G', 'D', 'S店', 'SH', 'sh', ',SH', 'B', 'GB', 'kWh', 'e5', 'E', 'K', 'k', 'x', 'H', 'Hz', 'mAh', 'V', 'W', '》', ')', '“', 'G5个', 'SH3%', '.SH3%', 'x2倍', '.2A3倍']) {
          const text = `公司${b}${num}${a}用户`;
          sameBothWays(text);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(2000);
  });
  it('on a lone Chinese digit inside words', () => {
    for (const b of ['', ',', '是', '“', '在', '约', '近', ' ', '\n', '前', '第', '数', '之', '(', '\t', '约\t', '统', '上', '数以']) {
      for (const d of '零〇一二两俩三四五六七八九陆壹十百千万亿兆佰拾廿') {
        for (const a of ['川', '星', '些', '季', '方', '。', '的', '是', '”', '', ' 个', '点', '分之一', '十', '部分', '部', '、', ')', '华为', '角', '年', '计', '又', '下', '毛钱', '块', '成为', '成', '\n', '天', '人', '吨', '克', '卡', '瓦时', '分点', '国']) {
          sameBothWays(`公司${b}${d}${a}用户`);
          sameBothWays(`${b}${d}${a}`);
        }
      }
    }
  });
});

describe('the range after a fast unit agrees with the full reading', () => {
  afterEach(() => setFastPaths(true));
  it('on connectors, second values, second units and words after them', () => {
    // the connector rule (spaces, each connector), the same or another unit, the second
    // value's checks (a leading 0, a smaller value, a year before 年, 世纪/DATE_AFTER, a mid
    // word), a post word after the second unit
    const firsts = ['40%', '3个', '2万家', '一个', '两年', '7.85亿元', '3 %', '30多倍', '1.5万吨', '2000年', '05个', '三成'];
    const connectors = ['至', '到', '-', '~', '～', '—', '——', '–', ' 至 ', '   -   ', '    至'];
    const seconds = ['70', '5', '1', '08', '0.5', '2万', '九', '十五', '2023', '19', '3亿', '1e3', '', '三四', '1,000'];
    const units = ['%', '个', '家', '亿元', '元', '倍', '年', '世纪', '日', '万家', '多个', '余家', '来个', '几个', '成', '人', ''];
    const afters = ['', '左右', '以上', '多', '。', '的学生', '人民币', '半'];
    let n = 0;
    let ranges = 0;
    for (const f of firsts) {
      for (let c = 0; c < connectors.length; c++) {
        for (let s = 0; s < seconds.length; s++) {
          for (let u = 0; u < units.length; u++) {
            const a = afters[(c + s + u) % afters.length];
            const text = `公司约${f}${connectors[c]}${seconds[s]}${units[u]}${a}用户`;
            const slow = sameBothWays(text);
            n++;
            if (slow.some((m) => m.range !== null)) ranges++;
          }
        }
      }
    }
    expect(n).toBeGreaterThan(20000);
    expect(ranges).toBeGreaterThan(1000);
  });
});

// round() returns a short decimal (27.5, 0.35) as it is instead of Number(v.toPrecision(15)):
// the two must agree on every double, short decimals, sums with float noise and odd values.
describe('round agrees with Number(v.toPrecision(15))', () => {
  it('on short decimals, float noise, powers of two and random doubles', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const values: number[] = [0.1 + 0.2, 1.1 * 3, 4674.7 * 1e8, 2 ** -21, 2 ** -22, 0.5, 0.25, 2 ** 52 + 0.5, 1e14 + 0.5, 1e-7];
    for (let e = -30; e < 55; e++) values.push(2 ** e, -(2 ** e), 2 ** e * (1 + 2 ** -52), 2 ** e * (1 - 2 ** -53));
    for (let i = 0; i < 100_000; i++) {
      const k = 1 + Math.floor(next() * 8);
      const n = Math.floor(next() * 10 ** (1 + Math.floor(next() * 15)));
      values.push(n / 10 ** k, -n / 10 ** k, n / 10 ** k + next() * 1e-9, (n / 10 ** k) * 3, next() * 10 ** Math.floor(next() * 20 - 8));
    }
    let differ = 0;
    for (const v of values) if (!Object.is(round(v), Number.isInteger(v) ? v : Number(v.toPrecision(15)))) differ++;
    expect(differ).toBe(0);
    expect(values.length).toBeGreaterThan(500_000);
  });
});
