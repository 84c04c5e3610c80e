// Runs every example of corpus.yaml through extractQuotes, plus checks of spans, ids,
// entities, headlines and hostile input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalize } from '../../text/normalize.js';
import { segment } from '../../segment/index.js';
import { detectHeader } from '../../input/header.js';
import type { ExtractContext } from '../context.js';
import { extractQuotes } from './index.js';
import { parseSpeaker } from './speakers.js';

interface Expected {
  kind: string;
  cue: string | null;
  name: string | null;
  mention: string;
  organization: string | null;
  role: string | null;
  affiliations?: [string | null, string | null][];
  content: string;
  /** The words said (quote.parts' texts), checked when given. */
  parts?: string[];
}
interface Case {
  rule: string;
  text: string;
  /** The first line is the headline, as the pipeline's header finds it (most cases have none). */
  headline?: boolean;
  quotes: Expected[];
}

const corpus = parse(readFileSync(new URL('./corpus.yaml', import.meta.url), 'utf8')) as Case[];

function context(text: string, title: { start: number; end: number } | null = null): ExtractContext {
  const norm = normalize(text);
  return { text, norm, seg: segment(norm), referenceDate: null, header: { title, date: null } };
}

describe('quotes corpus', () => {
  it('has examples of every kind, and negatives', () => {
    const kinds = new Set(corpus.flatMap((c) => c.quotes.map((q) => q.kind)));
    expect([...kinds].sort()).toEqual(['direct', 'indirect', 'mixed']);
    expect(corpus.filter((c) => c.quotes.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  for (const c of corpus) {
    it(`${c.rule}: ${c.text.slice(0, 24)}`, () => {
      const { quotes } = extractQuotes(context(c.text, c.headline ? detectHeader(normalize(c.text)).titleRange : null));
      const got = quotes.map((q, i) => {
        const e: Expected = {
          kind: q.kind,
          cue: q.cue,
          name: q.speaker.name,
          mention: q.speaker.mention,
          organization: q.speaker.organization,
          role: q.speaker.role,
          content: q.content,
        };
        if (q.speaker.affiliations.length > 1) e.affiliations = q.speaker.affiliations.map((a) => [a.organization, a.role]);
        if (c.quotes[i]?.parts) e.parts = q.parts.map((x) => x.text);
        return e;
      });
      expect(got).toEqual(c.quotes);
      for (const q of quotes) {
        expect(c.text.slice(q.span.start, q.span.end)).toBe(q.content);
        expect(c.text.slice(q.speaker.mentionSpan!.start, q.speaker.mentionSpan!.end)).toBe(q.speaker.mention);
        // the parts tile the content from its first unit to its last, in order, apart
        expect(q.parts.length).toBeGreaterThan(0);
        expect(q.parts[0].span.start).toBe(q.span.start);
        expect(q.parts[q.parts.length - 1].span.end).toBe(q.span.end);
        q.parts.forEach((x, k) => {
          expect(c.text.slice(x.span.start, x.span.end)).toBe(x.text);
          if (k > 0) expect(x.span.start).toBeGreaterThan(q.parts[k - 1].span.end);
        });
      }
    });
  }
});

describe('quotes output', () => {
  const text = [
    '科大讯飞董事长刘庆峰介绍，已进行两次重大迭代升级。',
    '“大模型作为专家能力的自动化，可以给普通人带来巨大的便利。”中国科学院软件研究所研究员孙乐说。',
    '刘庆峰表示，用户已经开发出2万多个性化的人工智能助手。“这只是开始。”他说。',
  ].join('\n');

  it('numbers quotes in text order and points each at one entity per person', () => {
    const { quotes, entities } = extractQuotes(context(text));
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(quotes.map((q) => q.speaker.entity)).toEqual(['p1', 'p2', 'p1']);
    const people = entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['刘庆峰', '孙乐']);
    expect(people[0].affiliations).toEqual([{ organization: '科大讯飞', role: '董事长' }]);
    // 刘庆峰 (twice) and 他
    expect(people[0].mentions.map((m) => text.slice(m.start, m.end))).toEqual(['刘庆峰', '刘庆峰', '他']);
    expect(quotes[2].kind).toBe('mixed');
    expect(quotes[2].speaker.organization).toBe('科大讯飞');
  });

  it('lists organizations the speakers belong to as entities', () => {
    const { entities } = extractQuotes(context(text));
    const orgs = entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(['科大讯飞', '中国科学院软件研究所']);
  });

  it('skips the headline', () => {
    const t = 'CEO纳德拉表示，我们缺产能\n2026-01-29\n\n正文没有引语。';
    const title = { start: 0, end: t.indexOf('\n') };
    expect(extractQuotes(context(t, title)).quotes).toEqual([]);
    expect(extractQuotes(context(t)).quotes.map((q) => q.content)).toEqual(['我们缺产能']);
  });

  it('never reports a quotation that nobody says', () => {
    const t = '“随着备案成功，各方急切地想要展示成果。”\n这款名为“天书”的大模型处于“婴儿期”。';
    expect(extractQuotes(context(t)).quotes).toEqual([]);
  });

  it('stays linear on hostile input (unclosed marks, runs of cues)', () => {
    for (const t of ['他说：“'.repeat(20000), '他说，'.repeat(20000), '“'.repeat(50000), '表示'.repeat(30000), '董事长、'.repeat(20000)]) {
      const { quotes } = extractQuotes(context(t));
      expect(quotes.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('parseSpeaker', () => {
  const memory = { names: new Set<string>(), orgs: new Set<string>() };
  const parse1 = (s: string) => {
    const p = parseSpeaker(s, 0, s.length, memory);
    return p && { type: p.type, name: p.name && s.slice(p.name.start, p.name.end), mention: s.slice(p.mention.start, p.mention.end) };
  };
  it('finds names by title position and surname, not by segmentation', () => {
    expect(parse1('中国中文信息学会秘书长孙乐')).toEqual({ type: 'person', name: '孙乐', mention: '中国中文信息学会秘书长孙乐' });
    expect(parse1('白雪也')).toEqual({ type: 'person', name: '白雪', mention: '白雪' });
    expect(parse1('张泽恩')).toEqual({ type: 'person', name: '张泽恩', mention: '张泽恩' });
    expect(parse1('欧阳日辉在接受《经济参考报》记者采访时')).toEqual({ type: 'person', name: '欧阳日辉', mention: '欧阳日辉' });
    expect(parse1('贝丝 · 加莱蒂(Beth Galetti)')).toEqual({ type: 'person', name: '贝丝 · 加莱蒂', mention: '贝丝 · 加莱蒂(Beth Galetti)' });
  });
  it('refuses what names nobody', () => {
    for (const s of ['也就是', '据', '数据', '可以', '应该']) expect(parse1(s)).toBeNull();
  });
  it('knows pronouns and unnamed speakers', () => {
    expect(parse1('他同时')).toEqual({ type: 'pronoun', name: null, mention: '他' });
    expect(parse1('前述行业市场观察人士对界面新闻')).toEqual({ type: 'unnamed', name: null, mention: '前述行业市场观察人士' });
  });
});
