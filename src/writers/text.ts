// The human view: the article with quotes, metrics and dates highlighted, then a compact
// list of the facts. Colour only when asked (the CLI asks on a terminal without NO_COLOR).
import { Chalk } from 'chalk';
import type { FactsDocument } from '../types.js';

type Mark = { start: number; end: number; style: 'quote' | 'metric' | 'date' };

export function renderText(doc: FactsDocument, text: string | null, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const styles = {
    quote: (s: string) => (color ? chalk.cyan(s) : s),
    metric: (s: string) => (color ? chalk.yellow.bold(s) : `[${s}]`),
    date: (s: string) => (color ? chalk.green.underline(s) : `{${s}}`),
  };
  const out: string[] = [];
  const src = doc.source.path ?? (doc.source.id != null ? `#${doc.source.id}` : '-');
  out.push((color ? chalk.bold(src) : src) + (doc.document.title ? ` — ${doc.document.title}` : ''));
  if (doc.document.referenceDate) out.push(`reference date ${doc.document.referenceDate}`);
  if (text !== null) {
    out.push('');
    out.push(highlight(text, doc, styles));
  }
  const dim = (s: string) => (color ? chalk.dim(s) : s);
  out.push('');
  out.push(color ? chalk.bold(`quotes (${doc.quotes.length})`) : `quotes (${doc.quotes.length})`);
  for (const q of doc.quotes) {
    const who = q.speaker.name ?? q.speaker.mention;
    const aff = [q.speaker.organization, q.speaker.role].filter(Boolean).join(' ');
    const said = q.parts.length > 1 ? q.parts.map((x) => x.text).join(' … ') : q.content;
    out.push(`  ${q.id} ${who}${aff ? ` (${aff})` : ''} ${q.cue ?? ''} [${q.kind}]: ${clip(said, 60)}`);
  }
  out.push(color ? chalk.bold(`metrics (${doc.metrics.length})`) : `metrics (${doc.metrics.length})`);
  for (const m of doc.metrics) {
    const extra = [m.subject && `subject ${m.subject}`, m.approx && `approx ${m.approx}`, m.quote && `in ${m.quote}`].filter(Boolean).join(', ');
    out.push(`  ${m.id} ${m.text} = ${m.value}${m.unit ? ' ' + m.unit : ''} (${m.kind})${extra ? dim(' ' + extra) : ''}`);
  }
  out.push(color ? chalk.bold(`dates (${doc.dates.length})`) : `dates (${doc.dates.length})`);
  for (const d of doc.dates) {
    const period = d.start === null ? 'unresolved' : d.start === d.end ? d.start : `${d.start} … ${d.end ?? ''}`;
    out.push(`  ${d.id} ${d.text} → ${period} (${d.granularity}${d.mod ? ', ' + d.mod : ''})`);
  }
  return out.join('\n') + '\n';
}

function highlight(text: string, doc: FactsDocument, styles: Record<Mark['style'], (s: string) => string>): string {
  const marks: Mark[] = [
    ...doc.quotes.map((q) => ({ ...q.span, style: 'quote' as const })),
    ...doc.metrics.map((m) => ({ ...m.span, style: 'metric' as const })),
    ...doc.dates.map((d) => ({ ...d.span, style: 'date' as const })),
  ];
  // Spans count code points: work on code points. Innermost mark wins where they nest.
  const cps = Array.from(text);
  const layer = new Array<Mark['style'] | null>(cps.length).fill(null);
  for (const m of marks.filter((x) => x.style === 'quote')) for (let i = m.start; i < m.end; i++) layer[i] = 'quote';
  for (const m of marks.filter((x) => x.style !== 'quote')) for (let i = m.start; i < m.end; i++) layer[i] = m.style;
  let out = '';
  let i = 0;
  while (i < cps.length) {
    let j = i + 1;
    while (j < cps.length && layer[j] === layer[i]) j++;
    const chunk = cps.slice(i, j).join('');
    out += layer[i] ? styles[layer[i]!](chunk) : chunk;
    i = j;
  }
  return out.trimEnd();
}

function clip(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length <= n ? s : cps.slice(0, n).join('') + '…';
}
