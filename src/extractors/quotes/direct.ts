// Quotation marks that hold speech, as opposed to names and scare quotes: `“商量SenseChat”的`,
// `处于“婴儿期”`, `“苏超”跑通了` are not speech; `，“甚至可能非常保守”。` and a quotation
// opening a sentence are.
import type { QuotePair } from '../../segment/index.js';

const CLAUSE_BEFORE = new Set([',', ':', ';', '。', '!', '?', '…', '”', '」', '』', '"', '—']);
const END_INSIDE = new Set(['。', '!', '?', ',', '…', ';']);
const AFTER_CLOSE = new Set([',', '。', '!', '?', ';', ':', '…', ')']);

/** The quotation opens a clause: paragraph start (after a bullet or emoji, 🔹“…”) or punctuation before it. */
export function opensClause(norm: string, pair: QuotePair, paraStart: number): boolean {
  let i = pair.open - 1;
  while (i >= paraStart && norm[i] === ' ') i--;
  if (i < paraStart || CLAUSE_BEFORE.has(norm[i])) return true;
  // (at most two symbols of up to two units each: a bullet opening the paragraph)
  let k = i;
  while (k >= paraStart && i - k < 4 && isBulletUnit(norm.charCodeAt(k))) k--;
  return k < paraStart && k < i;
}

/** A unit of a bullet or emoji: geometric shapes and dingbats (● ■ ◆ ★ ▶ ✅), •, surrogates, variation selectors. */
const isBulletUnit = (c: number) => c === 0x2022 || (c >= 0x25a0 && c <= 0x27bf) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f;

/** End (exclusive) of the quoted text: the closing mark, or the paragraph's end when unclosed. */
export function innerEnd(pair: QuotePair, paraEnd: number): number {
  return pair.close >= 0 ? pair.close : paraEnd;
}

/**
 * Speech rather than a name or a scare quote: it opens a clause, and either ends with
 * punctuation inside, is followed by punctuation, or runs to the paragraph's end.
 */
export function isSpeech(norm: string, pair: QuotePair, paraStart: number, paraEnd: number): boolean {
  return opensClause(norm, pair, paraStart) && closesSpeech(norm, pair, paraEnd);
}

/** The quotation ends like speech: punctuation inside before the mark, or after it, or the paragraph's end. */
export function closesSpeech(norm: string, pair: QuotePair, paraEnd: number): boolean {
  if (pair.close < 0) return paraEnd - pair.open > 4;
  if (pair.close - pair.open < 3) return false;
  if (END_INSIDE.has(norm[pair.close - 1])) return true;
  let j = pair.close + 1;
  while (j < paraEnd && norm[j] === ' ') j++;
  return j >= paraEnd || AFTER_CLOSE.has(norm[j]) || isCloser(norm[j]);
}

const isCloser = (c: string) => c === '”' || c === '」' || c === '』';

/**
 * A pointer over the paragraph's outermost quotation pairs for positions that only grow:
 * `covering(pos)` is the pair whose marks enclose pos (open ≤ pos ≤ close), or null.
 */
export class PairCursor {
  private k = 0;
  constructor(private readonly pairs: readonly QuotePair[], private readonly paraEnd: number) {}
  covering(pos: number): QuotePair | null {
    while (this.k < this.pairs.length && innerEnd(this.pairs[this.k], this.paraEnd) < pos) this.k++;
    const p = this.pairs[this.k];
    return p && p.open <= pos && pos <= innerEnd(p, this.paraEnd) ? p : null;
  }
}

/** The outermost pair opening exactly at pos (binary search), or null. */
export function pairAt(pairs: readonly QuotePair[], pos: number): QuotePair | null {
  let lo = 0;
  let hi = pairs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid].open < pos) lo = mid + 1;
    else if (pairs[mid].open > pos) hi = mid - 1;
    else return pairs[mid];
  }
  return null;
}

/** The last outermost pair that opens before `before` (binary search), or null. */
export function lastPairBefore(pairs: readonly QuotePair[], before: number): QuotePair | null {
  let lo = 0;
  let hi = pairs.length - 1;
  let best: QuotePair | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid].open < before) {
      best = pairs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
