// The command line. Data to stdout, diagnostics to stderr; exit 0 when every input was
// processed, 1 when some failed (the others are still printed), 2 on a usage error.
import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { FACT_TYPES, type FactType } from '../types.js';
import { FORMATS, type Format } from '../writers/index.js';
import { isValidIsoDate } from '../calendar.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const EXAMPLES = `
Examples:
  $ llmfacts extract fixtures/ai-models-2023-10-17.txt            # one document as JSON
  $ llmfacts extract article.txt | jq '.quotes[] | {who: .speaker.name, said: .content}'
  $ llmfacts extract --format text article.txt                   # highlighted, for reading
  $ llmfacts extract archive/ --format jsonl > facts.jsonl        # a whole directory, one line a document
  $ llmfacts extract --out facts/ archive/                        # one output file per input
  $ cat docs.jsonl | llmfacts extract --input jsonl --format jsonl # {"id","text","date"} lines in, documents out
  $ llmfacts extract --ref-date 2023-10-17 --types dates -          # dates only, text from stdin

Exit status: 0 all inputs processed, 1 some inputs failed (the rest are still printed), 2 usage error.
Set NO_COLOR to turn colour off in --format text.`;

function parseTypes(value: string): FactType[] {
  const types = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const t of types) {
    if (!FACT_TYPES.includes(t as FactType)) throw new InvalidArgumentError(`unknown type "${t}" (choose from ${FACT_TYPES.join(', ')})`);
  }
  return types as FactType[];
}

function parseRefDate(value: string): string {
  if (!isValidIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)i?[bB]?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 50000000, 512K or 50M');
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * scale);
}

const program = new Command();
program
  .name('llmfacts')
  .description('Turn Chinese news text into verifiable claims: who said what, metrics and dates, with exact source offsets.')
  .version(pkg.version, '-V, --version', 'print the version')
  .helpOption('-h, --help', 'show help')
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (str, write) => write(str.startsWith('error:') ? `llmfacts: ${str}` : str) })
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : err.code === 'commander.help' || err.code === 'commander.version' ? 0 : 2);
  });

program
  .command('extract')
  .description('extract quotes, metrics, dates and entities from files, directories or stdin')
  .argument('[paths...]', 'files or directories (directories are walked recursively); - for stdin', [])
  .addOption(new Option('-f, --format <format>', 'output format (default: json when stdout is not a terminal, text on a terminal)').choices(FORMATS as string[]))
  .option('--ref-date <YYYY-MM-DD>', 'resolve relative dates (今年, 上月, 9月初) against this date instead of the document\'s own', parseRefDate)
  .addOption(new Option('--input <mode>', 'read documents as files (default) or as JSON Lines {"id","text","date"}').choices(['files', 'jsonl']).default('files'))
  .option('-o, --out <dir>', 'write one output file per input into DIR (atomically: temporary name, then rename)')
  .option('-t, --types <list>', `which facts to extract, comma-separated (${FACT_TYPES.join(',')})`, parseTypes)
  .option('--ext <list>', 'file endings taken from directories, comma-separated', '.txt')
  .option('-j, --jobs <n>', 'worker threads for batches (default: one per core)', parsePositiveInt)
  .option('--max-bytes <size>', 'refuse inputs larger than this (bytes, or with K/M/G)', parseByteSize, 50 * 1024 * 1024)
  .option('-q, --quiet', 'no progress bar and no summary on stderr (errors are still printed)')
  .addHelpText('after', EXAMPLES)
  .action(async (paths: string[], opts) => {
    const format: Format = opts.format ?? (process.stdout.isTTY ? 'text' : 'json');
    if (opts.out && existsSync(opts.out) && !statSync(opts.out).isDirectory()) {
      program.error(`error: --out ${opts.out}: not a directory`, { exitCode: 2 });
    }
    // loaded here: --version, --help and schema do not need the runner and its modules
    const { runExtract } = await import('./extract.js');
    const code = await runExtract(paths, {
      format,
      referenceDate: opts.refDate ?? null,
      inputMode: opts.input,
      outDir: opts.out ?? null,
      types: opts.types ?? [...FACT_TYPES],
      extensions: String(opts.ext).split(',').map((s: string) => s.trim()).filter(Boolean).map((s: string) => (s.startsWith('.') ? s : '.' + s)),
      jobs: opts.jobs ?? null,
      maxBytes: opts.maxBytes,
      quiet: Boolean(opts.quiet),
    });
    process.exitCode = code;
  });

program
  .command('schema')
  .description('print the JSON Schema of an output document')
  .action(() => {
    process.stdout.write(readFileSync(new URL('../../schema/document.schema.json', import.meta.url), 'utf8'));
  });

program.addHelpText('after', EXAMPLES);

await program.parseAsync(process.argv);
