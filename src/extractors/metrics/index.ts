import type { ExtractContext } from '../context.js';
import type { Metric } from '../../types.js';

/** Numbers that quantify something. Spans are UTF-16 indices of ctx.text; `id` and `quote` are set by the pipeline. */
export function extractMetrics(ctx: ExtractContext): Metric[] {
  void ctx;
  return [];
}
