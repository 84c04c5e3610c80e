import type { ExtractContext } from '../context.js';
import type { DateItem } from '../../types.js';

/** Dates resolved against ctx.referenceDate. Spans are UTF-16 indices of ctx.text; `id` is set by the pipeline. */
export function extractDates(ctx: ExtractContext): DateItem[] {
  void ctx;
  return [];
}
