// Copies the data files that live beside the code in src/ (lexicons, rule corpora) to
// dist/, keeping their paths, so `new URL('./x.txt', import.meta.url)` finds them; and
// writes dist/lexicon/rows.json, the rows of every lexicon file (.txt, .tsv) parsed once
// here, by path under dist/, for lexicon/load.ts to take instead of parsing each file at
// every start. Runs after tsc (it uses the built parser).
import { cpSync, readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const DATA = /\.(txt|tsv|json|yaml)$/;
const LEXICON = /\.(txt|tsv)$/;
const { parseRows } = await import('../dist/lexicon/load.js');
const rows = {};

function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (DATA.test(name)) {
      const path = relative(src, p);
      const to = join(dist, path);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(p, to);
      if (LEXICON.test(name)) rows[path.split('\\').join('/')] = parseRows(readFileSync(p, 'utf8'));
    }
  }
}
walk(src);
writeFileSync(join(dist, 'lexicon', 'rows.json'), JSON.stringify(rows));
