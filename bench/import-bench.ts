// `npm run bench:import -- --size M`: our import end to end (`npm run import` as a child process,
// so that its time includes start-up and its peak RSS and CPU are its own) beside the engine's
// own fastest loads of the bare columns of the same files — the limit we compare to:
//   embedded: LadybugDB `COPY … FROM (LOAD FROM <the same CSV> RETURN <bare columns>)`;
//   neo4j (with NEO4J_URI): `UNWIND … CREATE` in 10⁴-row transactions, and `LOAD CSV` of the
//   same files from the server's import folder when NEO4J_IMPORT_DIR names it (ours then loads
//   through LOAD CSV too; without it, through UNWIND batches), and the offline importer
//   `neo4j-admin database import full` into a scratch database (the fastest loader we can run).
// Prints, from this one run, a Markdown table with the ratios ours / native, the commit, the
// machine and `uptime` before and after (a shared machine: only ratios within a run compare).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { SIZES, type SizeName } from './generate/synthetic-graph.js';
import { sourcesDirectory } from './generate/write-graph.js';
import { nativeEmbedded, nativeNeo4j, nativeNeo4jAdmin, withEmptyNeo4j, type NativeFigures } from './import-native.js';

const program = new Command('bench:import')
  .addOption(new Option('--size <size>', 'graph size (generate it first: npm run generate -- --size M)').choices(Object.keys(SIZES)).default('M'))
  .option('--engines <list>', 'embedded,neo4j', 'embedded,neo4j')
  // On a busy machine each Neo4j load of M (and its removal) takes minutes: pick the loaders.
  .option('--neo4j-natives <list>', 'unwind,load-csv,admin (load-csv needs NEO4J_IMPORT_DIR; admin the jars of npm run neo4j)', 'unwind,load-csv,admin')
  .option('--dir <path>', 'where the generated files are (default data/generated/<size>)')
  .parse();
const { size, engines, neo4jNatives, dir: given } = program.opts<{ size: SizeName; engines: string; neo4jNatives: string; dir?: string }>();
const dir = given ?? `data/generated/${size}`;
/** How our import writes into Neo4j: the server's LOAD CSV when its import folder is given. */
const ourNeo4jWriter = process.env.NEO4J_IMPORT_DIR ? 'LOAD CSV' : 'UNWIND';
const files = [join(dir, 'actors.csv'), join(dir, 'relations.csv')];

interface OurFigures {
  seconds: number;
  readSeconds: number;
  loadSeconds: number;
  cpuSeconds: number;
  rssMiB: number;
  relations: number;
}

const IMPORT_LINE =
  /imported \d+ actors and (\d+) relations.*reading and checking ([\d.]+) s, loading ([\d.]+) s\), peak RSS (\d+) MiB, CPU ([\d.]+) s/;

/** `npm run import` of the files into an empty graph (no seed first), as a child process. */
function ours(engine: string): OurFigures {
  const graphDir = mkdtempSync(join(tmpdir(), 'haidian-bench-import-'));
  try {
    const started = performance.now();
    const run = spawnSync('npm', ['run', '--silent', 'import', '--', '--documents', sourcesDirectory(dir), ...files], {
      env: { ...process.env, GRAPH_ENGINE: engine, GRAPH_DIR: graphDir, SEED_ON_START: 'false' },
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const seconds = (performance.now() - started) / 1000;
    const line = IMPORT_LINE.exec(run.stdout);
    if (run.status !== 0 || !line) throw new Error(`import failed: ${run.stdout.slice(-1000)}${run.stderr.slice(-2000)}`);
    const [, relations, read, load, rss, cpu] = line.map(Number);
    return { seconds, readSeconds: read ?? 0, loadSeconds: load ?? 0, rssMiB: rss ?? 0, cpuSeconds: cpu ?? 0, relations: relations ?? 0 };
  } finally {
    rmSync(graphDir, { recursive: true, force: true });
  }
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const commit = () => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const dirty = () => execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const s1 = (n: number) => `${n.toFixed(1)} s`;

console.log(`- date: ${new Date().toISOString()}`);
console.log(`- machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${int(totalmem() / 2 ** 20)} MiB, Node ${process.version}`);
console.log(`- commit: ${commit()}${dirty() ? ' (with uncommitted changes: not a figure to record)' : ''}`);
console.log(`- before: ${uptime()}`);
const rows: string[] = [];
for (const engine of engines.split(',')) {
  if (engine === 'neo4j' && !process.env.NEO4J_URI) {
    console.error('neo4j skipped: NEO4J_URI is not set');
    continue;
  }
  const natives: NativeFigures[] = [];
  if (engine === 'embedded') natives.push(await nativeEmbedded(files));
  else {
    for (const how of ['unwind', 'load-csv'] as const) {
      if (neo4jNatives.split(',').includes(how)) natives.push(await nativeNeo4j(files, how));
    }
    if (neo4jNatives.split(',').includes('admin')) natives.push(nativeNeo4jAdmin(files));
  }
  for (const native of natives) console.error(`${engine} native (${native.how}): ${s1(native.seconds)} | ${uptime()}`);
  const our = engine === 'neo4j' ? await withEmptyNeo4j(() => ours(engine)) : ours(engine);
  console.error(`${engine} ours: ${s1(our.seconds)} | ${uptime()}`);
  for (const native of natives) {
    const cpu = native.cpuSeconds === undefined ? 'n/a' : `${(our.cpuSeconds / native.cpuSeconds).toFixed(1)}×`;
    rows.push(
      `| ${size} | ${engine === 'neo4j' ? `neo4j (ours: ${ourNeo4jWriter})` : engine} | ${s1(our.seconds)} | ${s1(our.readSeconds)} | ${s1(our.loadSeconds)} | ${s1(our.cpuSeconds)} | ` +
        `${int(our.relations / our.seconds)} | ${int(our.rssMiB)} MiB | ${native.how} | ${s1(native.seconds)} | ` +
        `${native.cpuSeconds === undefined ? 'n/a' : s1(native.cpuSeconds)} | ${int(our.relations / native.seconds)} | ` +
        `${(our.seconds / native.seconds).toFixed(1)}× | ${cpu} |`,
    );
  }
}
console.log(`- after: ${uptime()}`);
console.log('');
console.log(
  '| graph | engine | ours, end to end | reading + checks | load | our CPU | our relations/s | peak RSS | native load of the bare columns | native | native CPU | native relations/s | ours / native | CPU ours / native |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
