// What a run would otherwise derive at every start from data and sources that only change
// with a build, computed once here by `npm run build` after tsc and copy-data (it loads the
// built modules):
// - dist/lexicon/rows.json: the rows of every lexicon file (.txt, .tsv) copied to dist/;
// - dist/extractors/dates/first-units.json: firstUnits of every regex the dates extractor
//   builds at load.
// Both files are removed first, so every entry is computed afresh, none kept from a build before.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const rowsFile = join(dist, 'lexicon/rows.json');
const firstUnitsFile = join(dist, 'extractors/dates/first-units.json');
rmSync(rowsFile, { force: true });
rmSync(firstUnitsFile, { force: true });

const { parseRows } = await import('../dist/lexicon/load.js');
const rows = {};
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|tsv)$/.test(name)) rows[relative(dist, p).split('\\').join('/')] = parseRows(readFileSync(p, 'utf8'));
  }
})(dist);
writeFileSync(rowsFile, JSON.stringify(rows));

const { recordFirstUnits } = await import('../dist/extractors/dates/first.js');
const recorded = recordFirstUnits();
await import('../dist/extractors/dates/index.js');
writeFileSync(firstUnitsFile, JSON.stringify(Object.fromEntries(recorded)));
