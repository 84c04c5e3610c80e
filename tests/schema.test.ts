// The JSON Schema can never drift from the code: every fixture's output must validate.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { decode } from '../src/input/decode.js';
import { extractFromText } from '../src/pipeline.js';

const schema = JSON.parse(readFileSync('schema/document.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function fixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fixtures(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  );
}

describe('JSON Schema', () => {
  const files = fixtures('fixtures');
  it('has fixtures to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`validates the output for ${file}`, () => {
      const { text, encoding } = decode(readFileSync(file));
      const doc = extractFromText(text, { source: { path: file, encoding } });
      const ok = validate(JSON.parse(JSON.stringify(doc)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
});
