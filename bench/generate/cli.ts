// `npm run generate -- --size M --seed 1 --format csv --out data/generated/M`
import { Command, Option } from 'commander';
import { generateGraph, SIZES, type SizeName } from './synthetic-graph.js';
import { writeGraph, type OutputFormat } from './write-graph.js';

const program = new Command('generate')
  .description('write a deterministic synthetic regional graph in an import format')
  .addOption(new Option('--size <size>', 'graph size').choices(Object.keys(SIZES)).default('S'))
  .option('--seed <n>', 'random seed', (v) => Number.parseInt(v, 10), 1)
  .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
  .option('--out <dir>', 'output directory (default data/generated/<size>)')
  .parse();

const options = program.opts<{ size: SizeName; seed: number; format: OutputFormat; out?: string }>();
const started = performance.now();
const files = await writeGraph(generateGraph(options.size, options.seed), options.out ?? `data/generated/${options.size}`, options.format);
console.log(`wrote ${files.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
