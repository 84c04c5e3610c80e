// The pipeline's own duties: stray spaces between Chinese characters are seen through, and
// every span still points into the original text, whose spaces the output keeps.
import { describe, expect, it } from 'vitest';
import { extractFromText } from './pipeline.js';

const cut = (text: string, s: { start: number; end: number }) => [...text].slice(s.start, s.end).join('');

describe('extractFromText with stray spaces between Chinese characters', () => {
  const text = '2023-10-17\n\n科大讯飞董事长刘 庆 峰 表示，公司营收增长了30%，用户超过 2 万 人。\n“我们很满意。”刘庆峰说。\n9 月 初 发布。\n';
  const doc = extractFromText(text);

  it('reads a letter-spaced name as the name, and quotes its mention as written', () => {
    expect(doc.quotes.map((q) => [q.speaker.name, q.speaker.mention, q.speaker.organization, q.speaker.role, q.content])).toEqual([
      ['刘庆峰', '科大讯飞董事长刘 庆 峰', '科大讯飞', '董事长', '公司营收增长了30%，用户超过 2 万 人。'],
      ['刘庆峰', '刘庆峰', '科大讯飞', '董事长', '我们很满意。'],
    ]);
    expect(doc.quotes[0].speaker.entity).toBe(doc.quotes[1].speaker.entity);
  });

  it('keeps every span on the original text', () => {
    for (const q of doc.quotes) {
      expect(cut(text, q.span)).toBe(q.content);
      expect(cut(text, q.speaker.mentionSpan!)).toBe(q.speaker.mention);
    }
    for (const m of doc.metrics) expect(cut(text, m.span)).toBe(m.text);
    for (const d of doc.dates) expect(cut(text, d.span)).toBe(d.text);
    // an entity's mentions are its name as written: 刘 庆 峰 and 刘庆峰 are both 刘庆峰
    for (const e of doc.entities) for (const s of e.mentions) expect(cut(text, s).replace(/ /g, '')).toBe(e.name);
  });

  it('finds metrics and dates across the spaces', () => {
    expect(doc.metrics.map((m) => [m.text, m.value, m.quote])).toEqual([
      ['30%', 30, 'q1'],
      ['超过 2 万 人', 20000, 'q1'],
    ]);
    expect(doc.dates.map((d) => [d.text, d.start, d.end])).toEqual([
      ['2023-10-17', '2023-10-17', '2023-10-17'],
      ['9 月 初', '2023-09-01', '2023-09-10'],
    ]);
  });

  it('leaves two or more spaces alone: they separate, as after a headline', () => {
    const d = extractFromText('2023-10-17\n\n调查显示满意度下滑逾4成  千龙网北京1月11日讯');
    expect(d.metrics.map((m) => [m.text, m.value])).toEqual([['逾4成', 40]]);
  });
});

describe('extractFromText types', () => {
  it('fills the arrays asked for, also when the caller changes the same array between calls', () => {
    const text = '2023-10-17\n\n科大讯飞董事长刘庆峰表示，公司营收增长了30%。\n9月初发布。\n';
    const full = extractFromText(text);
    const counts = (d: ReturnType<typeof extractFromText>) => [d.quotes.length, d.metrics.length, d.dates.length, d.entities.length];
    const types: ('quotes' | 'metrics' | 'dates' | 'entities')[] = ['dates'];
    expect(counts(extractFromText(text, { types }))).toEqual([0, 0, full.dates.length, 0]);
    types[0] = 'quotes';
    expect(counts(extractFromText(text, { types }))).toEqual([full.quotes.length, 0, 0, 0]);
    types.push('metrics', 'dates', 'entities');
    expect(counts(extractFromText(text, { types }))).toEqual(counts(full));
    expect(full.quotes.length * full.metrics.length * full.dates.length).toBeGreaterThan(0);
  });
});

describe('linking metrics to who claims them', () => {
  it('gives a number the quote whose words said hold it, not the attribution the content runs over', () => {
    const text = '2025-06-30\n\n“村里的路修好了，运输成本降了三成，”26岁的村民卡西安告诉记者，“每天能多卖20箱水果。”\n';
    const doc = extractFromText(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].parts.map((p) => p.text)).toEqual(['村里的路修好了，运输成本降了三成，', '每天能多卖20箱水果。']);
    expect(doc.metrics.map((m) => [m.text, m.quote])).toEqual([
      ['三成', 'q1'],
      ['26岁', null],
      ['20箱', 'q1'],
    ]);
  });
});
