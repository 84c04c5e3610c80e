// What every extractor receives. Positions are UTF-16 indices into `text` (== `norm`,
// same length): match on `norm`, cut `text`/`content`/`mention` from `text`.
import type { Range, Segmentation } from '../segment/index.js';

export interface ExtractContext {
  /** The decoded input, as written. */
  text: string;
  /** The normalized text (text/normalize.ts): same length, ASCII digits and punctuation, simplified characters. */
  norm: string;
  seg: Segmentation;
  /** YYYY-MM-DD that relative dates resolve against, or null. */
  referenceDate: string | null;
  /** The headline and the date line found at the top, if any (extractors skip quotes in them). */
  header: { title: Range | null; date: Range | null };
}
