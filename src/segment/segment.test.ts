import { describe, expect, it } from 'vitest';
import { indexAt, segment } from './index.js';
import { normalize } from '../text/normalize.js';

const cut = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);
const seg = (raw: string) => {
  const text = normalize(raw);
  return { text, s: segment(text) };
};

describe('segment: paragraphs and sentences', () => {
  it('splits paragraphs on line breaks (LF and CRLF), trimming them and skipping blank lines', () => {
    const { text, s } = seg('标题\r\n\r\n  第一段。\n第二段。\n');
    expect(s.paragraphs.map((p) => cut(text, p))).toEqual(['标题', '第一段。', '第二段。']);
  });

  it('ends sentences at 。！？!? and keeps following terminators and closing marks', () => {
    const { text, s } = seg('真的吗?!是的。好！');
    expect(s.sentences.map((x) => cut(text, x))).toEqual(['真的吗?!', '是的。', '好!']);
  });

  it('keeps a closing quotation mark with its sentence: …成果。”于浩说。', () => {
    const { text, s } = seg('“各方想要展示研发进展和成果。”于浩说。');
    expect(s.sentences.map((x) => cut(text, x))).toEqual(['“各方想要展示研发进展和成果。”', '于浩说。']);
  });

  it('ends a sentence at an ellipsis only before a closing mark or the paragraph end', () => {
    const { text, s } = seg('他说“等等……”然后走了……');
    expect(s.sentences.map((x) => cut(text, x))).toEqual(['他说“等等……”', '然后走了……']);
    const mid = seg('苹果、香蕉……都很好。');
    expect(mid.s.sentences.map((x) => cut(mid.text, x))).toEqual(['苹果、香蕉……都很好。']);
  });

  it('never lets a sentence cross a paragraph', () => {
    const { text, s } = seg('没有句号\n下一段');
    expect(s.sentences.map((x) => cut(text, x))).toEqual(['没有句号', '下一段']);
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 1]);
  });
});

describe('segment: clauses', () => {
  it('splits clauses at ASCII commas as the seed article writes them, and at full-width ones', () => {
    const { text, s } = seg('近期,国内多家科技企业开放大模型，标志着新阶段;从需求端看：增长。');
    expect(s.clauses.map((c) => cut(text, c))).toEqual(['近期,', '国内多家科技企业开放大模型,', '标志着新阶段;', '从需求端看:', '增长。']);
  });

  it('splits the clauses of a headline at a blank between Chinese characters, and nothing else there', () => {
    const text = '俄军空袭致乌克兰24人受伤 乌多州停电 GPT 5发布\n正文 一句,完。';
    const s = segment(text, { start: 0, end: text.indexOf('\n') });
    expect(s.clauses.map((c) => text.slice(c.start, c.end))).toEqual(['俄军空袭致乌克兰24人受伤 ', '乌多州停电 GPT 5发布', '正文 一句,', '完。']);
  });

  it('does not split 1,000 or 12:30', () => {
    const { text, s } = seg('共1,000人,12:30开始。');
    expect(s.clauses.map((c) => cut(text, c))).toEqual(['共1,000人,', '12:30开始。']);
  });

  it('finds commas and the other stops in order, across paragraphs (two searches, each remembered)', () => {
    // raw segment() input (no normalize): the full-width comma is searched beside the ASCII one
    const text = '甲,乙\n无标点\n丙。丁，戊,己"庚,辛"\n,壬';
    const s = segment(text);
    expect(s.clauses.map((c) => cut(text, c))).toEqual(['甲,', '乙', '无标点', '丙。', '丁，', '戊,', '己"庚,', '辛"', ',', '壬']);
    expect(s.quotes.map((q) => [q.open, q.close])).toEqual([[text.indexOf('"'), text.lastIndexOf('"')]]);
  });

  it('tags each clause with its sentence', () => {
    const { s } = seg('甲,乙。丙,丁。');
    expect(s.clauses.map((c) => c.sentence)).toEqual([0, 0, 1, 1]);
  });
});

describe('segment: quotation marks', () => {
  it('pairs “”, 「」, 『』 and ASCII "', () => {
    const { text, s } = seg('“甲”「乙」『丙』"丁"');
    expect(s.quotes.map((q) => [q.mark, cut(text, { start: q.open + 1, end: q.close })])).toEqual([
      ['“', '甲'], ['「', '乙'], ['『', '丙'], ['"', '丁'],
    ]);
  });

  it('pairs nested quotes with their depth', () => {
    const { text, s } = seg('他说:“我们叫它‘婴儿期’,还有「小」。”');
    expect(s.quotes.map((q) => [q.depth, cut(text, { start: q.open + 1, end: q.close })])).toEqual([
      [0, '我们叫它‘婴儿期’,还有「小」。'],
      [1, '婴儿期'],
      [1, '小'],
    ]);
  });

  it('survives unbalanced marks: an unclosed open mark gets close -1, a stray close is ignored', () => {
    const { s } = seg('”多余的收尾。“没有结束的引语\n下一段“完整”');
    expect(s.quotes.map((q) => [q.open, q.close, q.paragraph])).toEqual([
      [7, -1, 0],
      [19, 22, 1],
    ]);
  });

  it('closes the outer quote even when an inner one never closed', () => {
    const { s } = seg('“外面‘里面没关”后面');
    expect(s.quotes.map((q) => [q.open, q.close, q.depth])).toEqual([
      [0, 8, 0],
      [3, -1, 1],
    ]);
  });

  it('is linear on a long run of unmatched closers of another kind', () => {
    const text = '“' + '」'.repeat(200_000);
    const s = segment(text);
    expect(s.quotes).toHaveLength(1);
    expect(s.quotes[0].close).toBe(-1);
  });
});

describe('indexAt', () => {
  it('finds the range holding a position, or -1', () => {
    const ranges = [{ start: 0, end: 3 }, { start: 5, end: 9 }];
    expect([0, 2, 3, 5, 8, 9].map((p) => indexAt(ranges, p))).toEqual([0, 0, -1, 1, 1, -1]);
  });
});
