// The document header: a headline-like first line, and a date line near the top
// (2023-10-17, 2023年10月17日, 2023/10/17, 2023.10.17, optionally followed by a time).
import type { Range } from '../segment/index.js';
import { isoDate } from '../calendar.js';

export interface Header {
  /** The headline's span (trimmed); the document's title is the original text's slice there. */
  titleRange: Range | null;
  /** ISO YYYY-MM-DD. */
  date: string | null;
  /** The span of the date expression itself. */
  dateRange: Range | null;
}

const DATE_LINE =
  /^\s*(?:(?:日期|发布时间|发布日期|时间|来源[^\s]{0,20})\s*:?\s*)?((\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
const MAX_HEADER_LINES = 5;
const MAX_TITLE_CHARS = 80;

/** `norm` is the normalized text: ASCII digits and punctuation (`：` is already `:`). */
export function detectHeader(norm: string): Header {
  const header: Header = { titleRange: null, date: null, dateRange: null };
  let pos = 0;
  let nonEmpty = 0;
  for (let lineNo = 0; pos <= norm.length && nonEmpty < MAX_HEADER_LINES; lineNo++) {
    let end = norm.indexOf('\n', pos);
    if (end < 0) end = norm.length;
    const line = norm.slice(pos, end);
    if (line.trim()) {
      nonEmpty++;
      const m = DATE_LINE.exec(line);
      if (m && !header.date) {
        const iso = isoDate(+m[2], +m[3], +m[4]);
        if (iso) {
          const at = pos + line.indexOf(m[1]);
          header.date = iso;
          header.dateRange = { start: at, end: at + m[1].length };
        }
      } else if (nonEmpty === 1 && looksLikeTitle(line)) {
        const lead = line.length - line.trimStart().length;
        header.titleRange = { start: pos + lead, end: pos + lead + line.trim().length };
      }
    }
    if (end === norm.length) break;
    pos = end + 1;
  }
  return header;
}

function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  // A headline is short and does not end like a sentence of body text.
  return t.length <= MAX_TITLE_CHARS && !/[。;,:]$/.test(t);
}
