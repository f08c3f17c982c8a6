// `npm run bench:import -- --size M`: our import end to end (`npm run import` as a child process,
// so that its time includes start-up and its peak RSS is its own) beside the engine's own
// fastest load of the bare columns of the same files — the limit we compare to:
//   embedded: LadybugDB `COPY … FROM (LOAD FROM <the same CSV> RETURN <bare columns>)`;
//   neo4j (with NEO4J_URI): `UNWIND … CREATE` of the bare columns in 10⁴-row write transactions.
// Prints a Markdown table for bench/RESULTS.md, with `uptime` before and after (shared machine).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { SIZES, type SizeName } from './generate/synthetic-graph.js';
import { nativeEmbedded, nativeNeo4j, type NativeFigures } from './import-native.js';

const program = new Command('bench:import')
  .addOption(new Option('--size <size>', 'graph size (generated when missing)').choices(Object.keys(SIZES)).default('M'))
  .option('--engines <list>', 'embedded,neo4j', 'embedded,neo4j')
  .parse();
const { size, engines } = program.opts<{ size: SizeName; engines: string }>();
const dir = `data/generated/${size}`;
const files = [join(dir, 'actors.csv'), join(dir, 'relations.csv')];

interface OurFigures {
  seconds: number;
  readSeconds: number;
  loadSeconds: number;
  rssMiB: number;
  relations: number;
}

function ours(engine: string): OurFigures {
  const graphDir = mkdtempSync(join(tmpdir(), 'haidian-bench-import-'));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/import/cli.ts', ...files], {
      env: { ...process.env, GRAPH_ENGINE: engine, GRAPH_DIR: graphDir },
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const seconds = (performance.now() - started) / 1000;
    const line = /imported \d+ actors and (\d+) relations.*reading and checking ([\d.]+) s, loading ([\d.]+) s\), peak RSS (\d+) MiB/.exec(run.stdout);
    if (run.status !== 0 || !line) throw new Error(`import failed: ${run.stderr.slice(-2000)}`);
    return { seconds, readSeconds: Number(line[2]), loadSeconds: Number(line[3]), rssMiB: Number(line[4]), relations: Number(line[1]) };
  } finally {
    rmSync(graphDir, { recursive: true, force: true });
  }
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const rows: string[] = [];
console.error(`before: ${uptime()}`);
for (const engine of engines.split(',')) {
  if (engine === 'neo4j' && !process.env.NEO4J_URI) continue;
  const native: NativeFigures = engine === 'embedded' ? await nativeEmbedded(files) : await nativeNeo4j(files);
  console.error(`${engine} native: ${native.seconds.toFixed(1)} s (${uptime()})`);
  const our = ours(engine);
  console.error(`${engine} ours: ${our.seconds.toFixed(1)} s (${uptime()})`);
  rows.push(
    `| ${size} | ${engine} | ${our.seconds.toFixed(1)} s | ${our.readSeconds.toFixed(1)} s | ${our.loadSeconds.toFixed(1)} s | ${int(our.relations / our.seconds)} | ${our.rssMiB} MiB | ${native.seconds.toFixed(1)} s (${native.how}) | ${int(our.relations / native.seconds)} | ${(our.seconds / native.seconds).toFixed(1)}× |`,
  );
}
console.error(`after: ${uptime()}`);
console.log('| graph | engine | ours, end to end | reading + checks | load | relations/s | peak RSS | native load of bare columns | native relations/s | ours / native |');
console.log('|---|---|---:|---:|---:|---:|---:|---|---:|---:|');
for (const row of rows) console.log(row);
