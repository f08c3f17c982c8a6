// `npm run bench` (size M) or `npm run bench -- --size S`: runs the benchmark and writes
// bench/RESULTS.md, keeping the hand-written analysis found below its marker.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { SIZES, type SizeName } from './generate/synthetic-graph.js';
import { benchEngines } from './engines.js';
import { renderResults } from './report.js';
import { runBench } from './run-bench.js';

const NOTES_MARKER = '## Analysis';

const program = new Command('bench')
  .addOption(new Option('--size <size>', 'graph size').choices(Object.keys(SIZES)).default('M'))
  .option('--iterations <n>', 'timed calls per case', (v) => Number.parseInt(v, 10), 300)
  .option('--seconds <n>', 'autocannon seconds per concurrency level', (v) => Number.parseInt(v, 10), 10)
  .option('--out <file>', 'results file', 'bench/RESULTS.md')
  .parse();
const options = program.opts<{ size: SizeName; iterations: number; seconds: number; out: string }>();

const results = await runBench({ ...options, concurrency: [1, 16, 64] });
const previous = existsSync(options.out) ? readFileSync(options.out, 'utf8') : '';
const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n\n(none yet)`;
const text = renderResults(results, notes);
writeFileSync(options.out, text);
console.log(text);
// With a Neo4j server, both engines side by side in the same run.
if (process.env.NEO4J_URI) console.log(await benchEngines(process.env.NEO4J_URI, options.out));
