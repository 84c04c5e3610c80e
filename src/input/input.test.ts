import { describe, expect, it } from 'vitest';
import { decode, decodeInto, InputError } from './decode.js';
import { detectHeader } from './header.js';

const gb18030 = (s: string) => {
  // Encode with Node's ICU through TextDecoder's inverse: build the bytes from a known table.
  const table: Record<string, number[]> = { 你: [0xc4, 0xe3], 好: [0xba, 0xc3], 说: [0xcb, 0xb5], '。': [0xa1, 0xa3] };
  return Uint8Array.from([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe('decode', () => {
  it('reads UTF-8 without and with a BOM (the BOM is removed)', () => {
    expect(decode(Buffer.from('你好'))).toEqual({ text: '你好', encoding: 'utf-8', warnings: [] });
    expect(decode(Buffer.from('\uFEFF你好'))).toEqual({ text: '你好', encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('你好', 'utf16le')]);
    expect(decode(le)).toMatchObject({ text: '你好', encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.from('你好', 'utf16le').swap16());
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: '你好', encoding: 'utf-16be' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decode(gb18030('你好说。'))).toEqual({ text: '你好说。', encoding: 'gb18030', warnings: [] });
  });

  it('refuses empty and binary input with a reason', () => {
    expect(() => decode(new Uint8Array())).toThrow(new InputError('empty file'));
    expect(() => decode(Uint8Array.from([0x41, 0x00, 0x42]))).toThrow(/binary file/);
  });

  it('decodes bytes that are neither UTF-8 nor GB18030 with replacement, and warns', () => {
    const d = decode(Uint8Array.from([0x41, 0xff, 0xff, 0x42]));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('A\uFFFD\uFFFDB');
    expect(d.warnings[0]).toMatch(/replacement/);
  });
});

describe('detectHeader', () => {
  it('finds the headline and the date line of the seed layout', () => {
    const text = '人工智能大模型陆续上线 加速赋能产业发展\n\n2023-10-17\n\n\n近期,国内多家科技企业……';
    const h = detectHeader(text);
    expect(text.slice(h.titleRange!.start, h.titleRange!.end)).toBe('人工智能大模型陆续上线 加速赋能产业发展');
    expect(h.titleRange).toEqual({ start: 0, end: 20 });
    expect(h.date).toBe('2023-10-17');
    expect(text.slice(h.dateRange!.start, h.dateRange!.end)).toBe('2023-10-17');
  });

  it.each([
    ['2023年10月17日', '2023-10-17'],
    ['2023/10/17', '2023-10-17'],
    ['2023.10.17', '2023-10-17'],
    ['2023-1-5 08:30', '2023-01-05'],
    ['发布时间:2023年1月5日', '2023-01-05'],
  ])('reads the date line %s', (line, iso) => {
    const h = detectHeader(`标题\n${line}\n正文。`);
    expect(h.date).toBe(iso);
    expect(`标题\n${line}\n正文。`.slice(h.dateRange!.start, h.dateRange!.end)).toMatch(/^\d{4}/);
  });

  it('finds no date where there is none, or where it is not a real day', () => {
    expect(detectHeader('标题\n正文说了2023年的事。').date).toBeNull();
    expect(detectHeader('标题\n2023-02-30\n正文。').date).toBeNull();
  });

  it('takes no body sentence for a headline', () => {
    expect(detectHeader('这是一段正文,没有标题。\n2023-10-17').titleRange).toBeNull();
  });
});

describe('decodeInto', () => {
  it("gives the text's own UTF-8 bytes exactly when it gives any (random bytes, BOMs, GB18030, UTF-16, broken UTF-8)", () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const pieces = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xe4, 0xbd, 0xa0], [0xe4, 0xbd], [0xc4, 0xe3], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0x41], [0x0a], [0x80], [0xff]];
    let given = 0;
    for (let n = 0; n < 3000; n++) {
      const bytes: number[] = [];
      for (let k = 1 + Math.floor(rnd() * 12); k > 0; k--) bytes.push(...pieces[Math.floor(rnd() * pieces.length)]);
      const { text, utf8 } = decodeInto(Uint8Array.from(bytes), {});
      if (utf8) {
        given++;
        expect(Buffer.from(utf8).equals(Buffer.from(text, 'utf8')), JSON.stringify(bytes)).toBe(true);
      }
    }
    expect(given).toBeGreaterThan(100);
  });
});
