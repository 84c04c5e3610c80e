import type { ExtractContext } from '../context.js';
import type { Entity, Quote } from '../../types.js';

export interface QuoteResult {
  quotes: Quote[];
  /** People (and organizations) the quotes point at. */
  entities: Entity[];
}

/** Who said what. Spans are UTF-16 indices of ctx.text. */
export function extractQuotes(ctx: ExtractContext): QuoteResult {
  void ctx;
  return { quotes: [], entities: [] };
}
