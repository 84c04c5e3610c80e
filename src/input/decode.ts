// Bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030/GBK when the
// bytes are not valid UTF-8. Binary files (NUL bytes) and empty files are refused with a
// reason; bytes that are neither UTF-8 nor GB18030 are decoded with replacement and a warning.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

/** A user-facing input problem: the CLI prints its message on one line, without a stack. */
export class InputError extends Error {
  override name = 'InputError';
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty file');
  if (hasUtf8Bom(bytes)) {
    return utf8(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  if (bytes.indexOf(0) >= 0) throw new InputError('binary file (contains NUL bytes)');
  return utf8(bytes);
}

const hasUtf8Bom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * Decodes `bytes`, recording how in `source`: its encoding, and its warnings when there are any.
 * `utf8`: the text's UTF-8 bytes when the input was valid UTF-8 (no warning): valid UTF-8
 * decodes one way and encodes back to the same bytes (after the BOM); otherwise null.
 */
export function decodeInto(bytes: Uint8Array, source: { encoding?: string; warnings?: string[] }): { text: string; utf8: Uint8Array | null } {
  const decoded = decode(bytes);
  source.encoding = decoded.encoding;
  if (decoded.warnings.length) source.warnings = decoded.warnings;
  const valid = decoded.encoding === 'utf-8' && decoded.warnings.length === 0;
  return { text: decoded.text, utf8: valid ? (hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes) : null };
}

/** Text given as a string (library input, a JSONL record): a leading BOM is not part of the document. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', warnings: [] };
    } catch {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      return { text, encoding: 'utf-8', warnings: ['invalid UTF-8 that is not GB18030 either: decoded with replacement characters (U+FFFD)'] };
    }
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const warnings = text.includes('\uFFFD') ? ['invalid UTF-16: decoded with replacement characters (U+FFFD)'] : [];
  return { text, encoding, warnings };
}
