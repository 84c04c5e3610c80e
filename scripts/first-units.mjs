// Writes dist/extractors/dates/first-units.json: firstUnits of every regex the dates extractor
// builds at load, so a run looks them up instead of reading the regexes' sources at start.
// Run by `npm run build` after tsc (it loads the built modules).
import { rmSync, writeFileSync } from 'node:fs';

const out = new URL('../dist/extractors/dates/first-units.json', import.meta.url);
rmSync(out, { force: true }); // every entry read afresh, none kept from an earlier build
const { recordFirstUnits } = await import('../dist/extractors/dates/first.js');
const recorded = recordFirstUnits();
await import('../dist/extractors/dates/index.js');
writeFileSync(out, JSON.stringify(Object.fromEntries(recorded)));
