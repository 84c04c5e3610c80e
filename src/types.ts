// The output contract (../shared/SPEC.md). Every span counts Unicode code points of the
// decoded input, end exclusive. Inside the pipeline, extractors work on UTF-16 indices of
// the same text; `toCodePointSpans` in pipeline.ts converts them once, at the end.

export interface Span {
  start: number;
  end: number;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Affiliation {
  organization: string | null;
  role: string | null;
}

export interface Speaker {
  /** The person's name, or null for an unnamed speaker (业内人士, 公司相关负责人). */
  name: string | null;
  /** The text naming the speaker at this quote, as written. */
  mention: string;
  mentionSpan: Span | null;
  organization: string | null;
  role: string | null;
  affiliations: Affiliation[];
  /** The id of the speaker's entity in `entities`, or null. */
  entity: string | null;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  speaker: Speaker;
  cue: string | null;
  content: string;
  span: Span;
  /**
   * The words said, in text order: `content` without the attribution inside it and without
   * quotation marks (“A，”X说，“B。” → A， and B。; most quotes have one part, the content itself).
   */
  parts: QuotePart[];
}

export interface QuotePart {
  text: string;
  span: Span;
}

export type Approx = 'more' | 'less' | 'about' | 'order' | 'at-least' | 'at-most' | 'up-to';

export interface Metric {
  id: string;
  text: string;
  span: Span;
  value: number | null;
  unit: string | null;
  kind: string;
  approx: Approx | null;
  range: { min: number; max: number } | null;
  subject: string | null;
  baseline: string | null;
  quote: string | null;
}

export interface DateItem {
  id: string;
  text: string;
  span: Span;
  start: string | null;
  end: string | null;
  granularity: string;
  relative: boolean;
  mod: string | null;
}

export type EntityType = 'person' | 'organization' | 'product' | 'document';

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** For people: every organization/role pair the document gives them. */
  affiliations?: Affiliation[];
  mentions: Span[];
}

export interface SourceInfo {
  path?: string;
  id?: string | number | null;
  line?: number;
  encoding: string;
  sha256: string;
  chars: number;
  warnings?: string[];
}

export interface DocumentInfo {
  title: string | null;
  date: string | null;
  referenceDate: string | null;
}

export interface FactsDocument {
  schemaVersion: '1';
  source: SourceInfo;
  document: DocumentInfo;
  quotes: Quote[];
  metrics: Metric[];
  dates: DateItem[];
  entities: Entity[];
}

export interface ErrorRecord {
  source: { path?: string; id?: string | number | null; line?: number };
  error: string;
}

export type FactType = 'quotes' | 'metrics' | 'dates' | 'entities';
export const FACT_TYPES: readonly FactType[] = ['quotes', 'metrics', 'dates', 'entities'];
