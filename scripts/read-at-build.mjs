// What a run would otherwise derive at every start from sources that only change with a
// build, computed once here by `npm run build` after tsc and copy-data (it loads the built
// modules): dist/extractors/dates/first-units.json, firstUnits of every regex the dates
// extractor builds at load. (copy-data writes the other such file, dist/lexicon/rows.json.)
// The file is removed first, so every entry is computed afresh, none kept from a build before.
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const firstUnitsFile = fileURLToPath(new URL('../dist/extractors/dates/first-units.json', import.meta.url));
rmSync(firstUnitsFile, { force: true });

const { recordFirstUnits } = await import('../dist/extractors/dates/first.js');
const recorded = recordFirstUnits();
await import('../dist/extractors/dates/index.js');
writeFileSync(firstUnitsFile, JSON.stringify(Object.fromEntries(recorded)));
