// The normalizer: length-preserving, full-width → ASCII, spaces, HTML entities, and
// Traditional → Simplified one character for one — so that Traditional text gives the
// same facts at the same offsets as its Simplified twin.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { normalize, normalizeNoting, squeezeHanSpaces } from './normalize.js';
import { hasSurrogatePairs } from './codepoints.js';
import { extractFromText } from '../pipeline.js';
import { loadRows } from '../lexicon/load.js';
// @ts-expect-error plain JavaScript module shared with scripts/fuzz.mjs
import { compareTwins, traditionalizer } from '../../tests/fuzz/gen.mjs';

const TSV = new URL('./traditional.tsv', import.meta.url);
const rows = loadRows(TSV);
const toTraditional = traditionalizer(readFileSync(TSV, 'utf8')) as (s: string) => string;
const SEED = readFileSync(new URL('../../fixtures/ai-models-2023-10-17.txt', import.meta.url), 'utf8');

describe('normalize', () => {
  it('keeps the length of any string, unit for unit (fixed-seed property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom('&', 'nbsp;', '#', 'x', '1', ';', '，', '說', '\u3000', 'a'), maxLength: 60 }), (a, b) => {
        const s = a + b;
        expect(normalize(s).length).toBe(s.length);
      }),
      { seed: 17, numRuns: 500 },
    );
  });

  it('maps unit for unit as a charCodeAt loop over the table does, lone surrogates included (fixed-seed property)', () => {
    const norm1 = (c: string) => normalize(c); // one unit alone: what that unit becomes
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\ud83d', '\ude00', '😀', '，', '說', '\r', '\u3000', 'Ａ', '中'), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 200 }), (s) => {
        fc.pre(!s.includes('&'));
        let expected = '';
        for (let i = 0; i < s.length; i++) expected += norm1(s[i]);
        expect(normalize(s)).toBe(expected);
      }),
      { seed: 23, numRuns: 500 },
    );
  });

  it('maps long texts (past the reused scratch bytes, and past the size kept) like their pieces, and short texts after them', () => {
    const piece = '說，Ａ\u3000中\ud83d\r😀\ude00文。';
    const small = normalize(piece);
    for (const copies of [1, 10, 7000, 80_000, 3]) {
      // 7,000 copies are past the first scratch (64 KB), 80,000 past the 1 MB kept
      expect(normalize(piece.repeat(copies))).toBe(small.repeat(copies));
      expect(normalize(piece)).toBe(small);
    }
  });

  it('is idempotent', () => {
    const s = '他說：「今年營收達到２萬億元，兩個月增長３０％。」&nbsp;&amp;';
    expect(normalize(normalize(s))).toBe(normalize(s));
  });

  it('maps full-width ASCII and punctuation to ASCII, and odd spaces to a space', () => {
    expect(normalize('２０２３年１０月１７日，ＧＰＴ－４（约３０％）：好？！')).toBe('2023年10月17日,GPT-4(约30%):好?!');
    expect(normalize('a\u3000b\u00a0c\u2009d\u200be\ufeff')).toBe('a b c d e ');
  });

  it('reads a circle or a letter O written for the 〇 of a year in Chinese numerals as 〇, and nothing else', () => {
    expect(normalize('二○一八年、二◯〇八年、二ＯＯ二年、二０二三 年')).toBe('二〇一八年、二〇〇八年、二〇〇二年、二〇二三 年');
    // bullets, runs of other lengths, Arabic years and plain ASCII stay as they are
    expect(normalize('○习近平会见外宾 ○2025年 王○○说 三○年 二00二年 ２０２３年')).toBe('○习近平会见外宾 ○2025年 王○○说 三○年 二00二年 2023年');
  });

  it('leaves Chinese punctuation that has no ASCII twin and quotation marks alone', () => {
    const s = '“他说。”「好」『对』、《书》……——\n';
    expect(normalize(s)).toBe(s);
  });

  it('reads CRLF and bare CR line ends as LF, keeping every offset', () => {
    expect(normalize('标题\r\n2023-10-17\r\n\r\n他说。\r旧格式')).toBe('标题\n\n2023-10-17\n\n\n\n他说。\n旧格式');
  });

  it('gives the same facts for CRLF as for LF line ends, shifted by the extra characters', () => {
    const lf = '大模型产业\n2023年10月17日\n\n一\n科大讯飞董事长刘庆峰表示：“星火大模型的推理速度达到原来的30多倍。”\n今年9月初以来，用户数增长了两万多。\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = extractFromText(lf);
    const b = extractFromText(crlf);
    const lines = (i: number) => lf.slice(0, i).split('\n').length - 1; // LFs before index i
    const shift = (s: { start: number; end: number }) => ({ start: s.start + lines(s.start), end: s.end + lines(s.end) });
    expect(b.document).toEqual(a.document);
    expect(b.quotes.map((q) => [q.span, q.content])).toEqual(a.quotes.map((q) => [shift(q.span), q.content]));
    expect(b.metrics.map((m) => [m.span, m.text, m.value])).toEqual(a.metrics.map((m) => [shift(m.span), m.text, m.value]));
    expect(b.dates.map((d) => [d.span, d.text, d.start])).toEqual(a.dates.map((d) => [shift(d.span), d.text, d.start]));
    expect(a.quotes.length + a.metrics.length + a.dates.length).toBeGreaterThan(3);
  });

  it('replaces HTML entities by their character padded with spaces to the same length', () => {
    expect(normalize('刘庆峰&nbsp;表示')).toBe('刘庆峰      表示');
    expect(normalize('A&amp;B &lt;x&gt; &ldquo;好&rdquo;')).toBe('A&    B <   x>    “      好”      ');
    expect(normalize('&#20013;&#x56FD;')).toBe('中' + ' '.repeat(7) + '国' + ' '.repeat(7));
    expect(normalize('&#65292;&#12288;')).toBe(',       ' + ' '.repeat(8)); // the entity's character is normalized too
  });

  it('leaves unknown, unterminated and astral entities as written', () => {
    for (const s of ['&bogus;', '&nbsp', '&;', '&#x1F600;', '&#0;', '&#99999999;', 'AT&T']) expect(normalize(s)).toBe(s);
  });

  it('keeps stray spaces between characters (removing them would change lengths)', () => {
    expect(normalize('刘 庆 峰 表示')).toBe('刘 庆 峰 表示');
  });
});

describe('Traditional → Simplified (traditional.tsv)', () => {
  it('has at least 1,000 one-for-one rows: one BMP character to one different character', () => {
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    for (const r of rows) {
      expect(r.length, r.join('\t')).toBe(2);
      expect([r[0].length, r[1].length, r[0] !== r[1]], r.join('\t')).toEqual([1, 1, true]);
    }
  });

  it('has one row per character, and no Simplified character on the left (idempotent)', () => {
    const keys = rows.map((r) => r[0]);
    expect(new Set(keys).size).toBe(keys.length);
    const left = new Set(keys);
    expect(rows.filter((r) => left.has(r[1])).map((r) => r.join('→'))).toEqual([]);
  });

  it('leaves characters that are also ordinary Simplified text alone', () => {
    const s = '著名 乾隆 狼藉 瞭望 覆盖 濛濛细雨 壹 叁 后 里 面 发 干 台 制 复 余 才 系 钟 表';
    expect(normalize(s)).toBe(s);
  });

  it('maps the cue verbs, numerals and news vocabulary of Traditional text', () => {
    expect(normalize('說 認為 表示 億 萬 兩 指出 強調 介紹 透露 稱 據')).toBe('说 认为 表示 亿 万 两 指出 强调 介绍 透露 称 据');
    expect(normalize('劉慶峰說：「訊飛星火的推理速度達到原來的30多倍。」')).toBe('刘庆峰说:「讯飞星火的推理速度达到原来的30多倍。」');
    expect(normalize('國務院發佈《關於進一步優化營商環境的意見》，今年上半年經濟增長5.5%')).toBe('国务院发布《关于进一步优化营商环境的意见》,今年上半年经济增长5.5%');
    expect(normalize('臺灣 颱風 後來 裡面 頭髮 發展 乾杯')).toBe('台湾 台风 后来 里面 头发 发展 乾杯');
  });

  it('turns the seed article into a Traditional twin that normalizes back to the same text', () => {
    const twin = toTraditional(SEED);
    let changed = 0;
    for (let i = 0; i < SEED.length; i++) if (SEED[i] !== twin[i]) changed++;
    expect(twin.length).toBe(SEED.length);
    expect(changed).toBeGreaterThan(SEED.length / 5); // really Traditional: a large share of the characters differ
    expect(twin).toContain('人工智能大模型陸續上線');
    expect(normalize(twin)).toBe(normalize(SEED));
  });

  it('a Traditional twin gives the same facts at the same offsets as its Simplified original', () => {
    const pairs: [string, string][] = [
      [SEED, toTraditional(SEED)],
      [
        '大模型产业\n2023年10月17日\n\n科大讯飞董事长刘庆峰表示：“星火大模型的推理速度达到原来的30多倍。”他认为，今年9月初以来，用户数增长了两万多。',
        '大模型產業\n2023年10月17日\n\n科大訊飛董事長劉慶峰表示：「星火大模型的推理速度達到原來的30多倍。」他認為，今年9月初以來，用戶數增長了兩萬多。',
      ],
      ['百度创始人李彦宏说：“文心一言的用户已经超过1亿。”', '百度創始人李彥宏說：「文心一言的用戶已經超過1億。」'],
    ];
    const q = (s: string) => s.replace(/「/g, '“').replace(/」/g, '”');
    for (const [simp, trad] of pairs) {
      expect(q(normalize(trad))).toBe(q(normalize(simp)));
      const a = extractFromText(simp);
      const b = extractFromText(trad);
      // Same facts, same spans; strings are cut from each original, so compare them normalized
      // (and the hand-written twins use 「」 where the original has “”).
      expect(compareTwins(a, b, (s: string) => q(normalize(s)))).toEqual([]);
      expect(b.quotes.map((x) => x.span)).toEqual(a.quotes.map((x) => x.span));
      expect(b.metrics.map((x) => [x.span, x.value, x.unit])).toEqual(a.metrics.map((x) => [x.span, x.value, x.unit]));
      expect(b.dates.map((x) => [x.span, x.start, x.end])).toEqual(a.dates.map((x) => [x.span, x.start, x.end]));
    }
  });
});

describe('normalize maps every unit, two per step', () => {
  it('maps a unit at any position of texts of odd and even length', () => {
    for (let n = 1; n <= 9; n++) {
      for (let at = 0; at < n; at++) {
        const text = '中'.repeat(at) + '，' + '國'.repeat(n - at - 1);
        expect(normalize(text)).toBe('中'.repeat(at) + ',' + '国'.repeat(n - at - 1));
      }
    }
  });
});

describe('squeezeHanSpaces: a view without stray spaces between Chinese characters', () => {
  it('removes a single space between Han characters and maps positions back', () => {
    const norm = normalize('记者 刘 庆 峰 表示,AI 模型 2 倍');
    const v = squeezeHanSpaces(norm)!;
    expect(v.text).toBe('记者刘庆峰表示,AI 模型 2 倍');
    const name = v.text.indexOf('刘庆峰');
    const [s, e] = [v.toOriginal(name), v.toOriginal(name + 3 - 1) + 1];
    expect(norm.slice(s, e)).toBe('刘 庆 峰');
    expect(v.toOriginal(v.text.length)).toBe(norm.length);
    for (let i = 0; i < v.text.length; i++) expect(norm[v.toOriginal(i)]).toBe(v.text[i]);
  });

  it('maps positions as a table of every kept unit did, both ways (random texts)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const units = ['刘', '庆', '峰', ' ', ' ', '\t', 'A', '1', ',', '\n'];
    for (let n = 0; n < 2000; n++) {
      let norm = '';
      for (let k = Math.floor(rnd() * 30); k > 0; k--) norm += units[Math.floor(rnd() * units.length)];
      const v = squeezeHanSpaces(norm);
      if (!v) continue;
      // the table: the index in norm of every unit the view keeps, then norm.length
      const table: number[] = [];
      for (let i = 0; i < norm.length; i++) if (!v.removed.includes(i)) table.push(i);
      table.push(norm.length);
      expect(table.map((_, i) => v.toOriginal(i)), norm).toEqual(table);
      // toView: the first view index whose original index is at or after i
      for (let i = 0; i <= norm.length; i++) expect(v.toView(i), `${norm} ${i}`).toBe(table.findIndex((o) => o >= i));
    }
  });

  it('returns null when there is nothing to squeeze, and keeps wider gaps and Latin spacing', () => {
    expect(squeezeHanSpaces('刘庆峰表示,GPT 4 模型')).toBeNull();
    expect(squeezeHanSpaces('标题   正文')).toBeNull();
    expect(squeezeHanSpaces('下滑逾4成  千龙网')).toBeNull(); // two spaces: a separator
  });

  it('keeps the blanks of the range given as separators (a headline), squeezing the rest', () => {
    const norm = '创新高 达3310亿\n刘 庆 峰表示';
    expect(squeezeHanSpaces(norm, { start: 0, end: 9 })!.text).toBe('创新高 达3310亿\n刘庆峰表示');
    expect(squeezeHanSpaces('创新高 达3310亿', { start: 0, end: 9 })).toBeNull();
  });

  it('removes exactly the units the rule names: a space or tab with a Han character on both sides (random texts)', () => {
    const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
    const rule = new RegExp(`(?<=[${HAN}])[ \\t](?=[${HAN}])`, 'g');
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const units = ['刘', '\u3400', '\u4dbf', '\u4dc0', '\u9fff', '\uf900', '\ufaff', '\ufb00', '\u33ff', ' ', ' ', '\t', 'A', ','];
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let j = Math.floor(rnd() * 10); j > 0; j--) s += units[Math.floor(rnd() * units.length)];
      const want = [...s.matchAll(rule)].map((m) => m.index);
      expect(Array.from(squeezeHanSpaces(s)?.removed ?? []), JSON.stringify(s)).toEqual(want);
    }
  });
});

describe('normalizeNoting: what the pass notes, a safe "maybe"', () => {
  it('never says "no" where the search would find something (every unit alone and random texts)', () => {
    const check = (s: string) => {
      const n = normalizeNoting(s);
      expect(n.norm).toBe(normalize(s));
      if (!n.maybeSurrogatePairs) expect(hasSurrogatePairs(s), s).toBe(false);
      if (!n.maybeSpaces) expect(/[ \t]/.test(n.norm), s).toBe(false);
    };
    for (let c = 0; c < 0x10000; c++) check('刘' + String.fromCharCode(c) + '峰');
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const units = ['刘', '峰', ' ', '\u3000', '\t', '\ud83d', '\ude00', '&nbsp;', '&#9;', '&amp;', 'A', ',', '\n'];
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let j = Math.floor(rnd() * 12); j > 0; j--) s += units[Math.floor(rnd() * units.length)];
      check(s);
    }
    expect(normalizeNoting('刘庆峰表示').maybeSpaces).toBe(false);
    expect(normalizeNoting('刘庆峰表示').maybeSurrogatePairs).toBe(false);
    expect(normalizeNoting('刘\u3000峰').maybeSpaces).toBe(true);
    expect(normalizeNoting('𠀀').maybeSurrogatePairs).toBe(true);
  });
});
