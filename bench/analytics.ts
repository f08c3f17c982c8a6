// Analytics at district size, on graphs already imported (`npm run generate -- --size M`, then
// `GRAPH_DIR=data/M npm run import -- …`, and the same files into a Neo4j), on every engine given,
// in one run: projection build time and memory, connections of several shapes (hub-heavy ones
// too) and neighborhood in-process and over HTTP, gaps + indices computed by the server and then
// served from its cache, and the server as its own process (start to first analytics answer, RSS). Every case has
// a time budget: a case over it is cut and reported so, and the table goes on.
// `npm run bench:analytics -- --graph data/M [--files <generated M>] [--neo4j bolt://…] [--iterations 200] [--budget-s 30]`;
// with `--files` a graph not imported yet is imported first; Neo4j is benchmarked too when
// `--neo4j` or NEO4J_URI is given. Prints JSON, then the markdown tables of bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg, totalmem } from 'node:os';
import { Command } from 'commander';
import { buildProjection } from '../src/analytics/projection/build.js';
import { loadConfig } from '../src/config.js';
import { createStore } from '../src/graph/open-store.js';
import { casesOf, type Case } from './analytics-cases.js';
import { analyticsEngineEnv } from './in-process.js';
import { measure, type Percentiles } from './latency.js';
import { postQuery, startServerProcess } from './server-process.js';

const options = new Command('bench:analytics')
  .option('--graph <dir>', 'GRAPH_DIR of the imported embedded graph', 'data/M')
  .option('--files <dir>', 'generated graph (actors.csv, relations.csv, sources/) to import into an engine that does not hold it yet')
  .option('--neo4j <uri>', 'also run on this Neo4j (holding the same graph, or imported from --files)', process.env.NEO4J_URI)
  .option('--iterations <n>', 'timed calls per case', (v) => Number.parseInt(v, 10), 200)
  .option('--budget-s <n>', 'time budget of one case, seconds', (v) => Number.parseInt(v, 10), 30)
  .option('--compute-budget-s <n>', 'time budget of computing gaps + indices, seconds', (v) => Number.parseInt(v, 10), 120)
  .parse()
  .opts<{ graph: string; files?: string; neo4j?: string; iterations: number; budgetS: number; computeBudgetS: number }>();

/** A case's figures, or why it has none. */
type Outcome = Percentiles | { overBudget: string };


/** Resolves with `work`, or with the reason after `ms`: one slow call cannot hold up the table. */
async function withinBudget<T>(ms: number, work: Promise<T>): Promise<T | { overBudget: string }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ overBudget: string }>((resolve) => {
    timer = setTimeout(() => resolve({ overBudget: `no answer within ${ms / 1000} s` }), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Progress on stderr, so a long run shows where it is. */
const progress = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** A case within its budget: cut after the budget (with ≥ 20 samples) or twice the budget (with any); the samples say how many calls it made. */
const timed = (call: (i: number) => Promise<unknown>): Promise<Outcome> => measure(call, options.iterations, options.budgetS * 1000);

const GAPS = '{ coordinationGaps { type title severity revision } }';
const INDICES = '{ indices { id value eligibleActors revision } }';

interface EngineFigures {
  engine: string;
  graph: { actors: number; relations: number };
  projection: { buildMs: number; heapDeltaMiB: number; arrayBuffersDeltaMiB: number };
  inProcess: Record<string, Outcome>;
  server: {
    firstAnalyticsAnswerMs: number;
    firstGapsAnswerMs: number | string;
    http: Record<string, Outcome>;
    rssMiB: number;
    peakRssMiB: number;
  };
}

function engineEnv(engine: 'embedded' | 'neo4j'): Record<string, string> {
  return analyticsEngineEnv(engine, options.graph, options.neo4j);
}

async function holdsGraph(engine: 'embedded' | 'neo4j', env: Record<string, string>): Promise<boolean> {
  if (engine === 'embedded') return existsSync(options.graph);
  const store = createStore(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
  await store.open();
  try {
    return (await store.counts()).actors > 0;
  } finally {
    await store.close();
  }
}

/** Imports the generated files (`--files`) into an engine that does not hold a graph yet, with the import users run. */
async function importIfAbsent(engine: 'embedded' | 'neo4j', env: Record<string, string>): Promise<void> {
  if (await holdsGraph(engine, env)) return;
  if (!options.files) throw new Error(`${engine}: no graph at ${engine === 'embedded' ? options.graph : options.neo4j}; import one, or pass --files <dir> of \`npm run generate\``);
  progress(`${engine}: importing ${options.files}`);
  const files = ['actors.csv', 'relations.csv'].map((f) => join(options.files as string, f));
  execFileSync('npm', ['run', 'import', '--', '--documents', join(options.files, 'sources'), ...files], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function benchEngine(engine: 'embedded' | 'neo4j'): Promise<EngineFigures> {
  const env = engineEnv(engine);
  await importIfAbsent(engine, env);
  const store = createStore(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
  await store.open();
  global.gc?.();
  const heapBefore = process.memoryUsage();
  const built = performance.now();
  const projection = await buildProjection(store, await store.revision());
  const buildMs = performance.now() - built;
  global.gc?.();
  const heapAfter = process.memoryUsage();
  const cases = casesOf(projection);

  progress(`${engine}: projection built in ${(buildMs / 1000).toFixed(1)} s`);
  const inProcess: Record<string, Outcome> = {};
  for (const c of cases) {
    inProcess[c.name] = await timed((i) => c.inProcess(store, projection, i));
    progress(`${engine} in-process: ${c.name}: ${cpuCell(inProcess[c.name])}`);
  }
  await store.close();

  // Over HTTP: the server as users start it, timed from spawn to its first analytics answer.
  const spawned = performance.now();
  const server = await startServerProcess(options.graph, env);
  const post = (query: string) => postQuery(server.url, query);
  try {
    await post((cases[0] as Case).query(0));
    const firstAnalyticsAnswerMs = performance.now() - spawned;
    // Gaps and indices are computed by the server in the background once the projection is built.
    const gapsAnswered = await withinBudget(options.computeBudgetS * 1000, post(GAPS));
    const firstGapsAnswerMs = 'overBudget' in gapsAnswered ? gapsAnswered.overBudget : performance.now() - spawned;
    const overBudget = { overBudget: `not computed within ${options.computeBudgetS} s of the server's start` };
    progress(`${engine} server: first answer ${(firstAnalyticsAnswerMs / 1000).toFixed(1)} s, first gaps ${String(firstGapsAnswerMs)}`);
    const http: Record<string, Outcome> = {};
    for (const c of cases) {
      http[c.name] = await timed((i) => post(c.query(i)));
      progress(`${engine} HTTP: ${c.name}: ${cell(http[c.name])}`);
    }
    // Each call would wait for a computation still running: measured only once it has answered.
    http['coordinationGaps (from cache)'] = 'overBudget' in gapsAnswered ? overBudget : await timed(() => post(GAPS));
    http['indices (from cache)'] = 'overBudget' in gapsAnswered ? overBudget : await timed(() => post(INDICES));
    const memory = server.memory();
    return {
      engine,
      graph: { actors: projection.actorCount, relations: projection.relationCount },
      projection: { buildMs, heapDeltaMiB: (heapAfter.heapUsed - heapBefore.heapUsed) / 2 ** 20, arrayBuffersDeltaMiB: (heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 2 ** 20 },
      inProcess,
      server: { firstAnalyticsAnswerMs, firstGapsAnswerMs, http, rssMiB: memory.rss / 2 ** 20, peakRssMiB: memory.peak / 2 ** 20 },
    };
  } finally {
    await server.stop();
  }
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
const cell = (o: Outcome | undefined) => (!o ? '–' : 'overBudget' in o ? o.overBudget : `${ms(o.p50)} / **${ms(o.p95)}** (${o.samples})`);
/** In-process: the latencies, and the CPU time per call (this process, the embedded engine's threads included). */
const cpuCell = (o: Outcome | undefined) => (!o || 'overBudget' in o ? cell(o) : `${cell(o)}, CPU ${ms(o.cpuMs)}`);

function markdown(run: { machine: Record<string, unknown>; engines: EngineFigures[] }): string {
  const [first] = run.engines;
  const names = [...new Set(run.engines.flatMap((e) => [...Object.keys(e.inProcess), ...Object.keys(e.server.http)]))];
  const header = run.engines.flatMap((e) => [`${e.engine} in-process`, `${e.engine} HTTP`]);
  const lines = [
    `Graph: ${first?.graph.actors} actors, ${first?.graph.relations} relations. p50 / **p95** in ms (samples); in-process also the CPU ms per call.`,
    '',
    `| case | ${header.join(' | ')} |`,
    `|---|${header.map(() => '---:').join('|')}|`,
    ...names.map((n) => `| ${n} | ${run.engines.flatMap((e) => [cpuCell(e.inProcess[n]), cell(e.server.http[n])]).join(' | ')} |`),
    '',
    `| | ${run.engines.map((e) => e.engine).join(' | ')} |`,
    `|---|${run.engines.map(() => '---:').join('|')}|`,
    `| projection built (in-process), s | ${run.engines.map((e) => (e.projection.buildMs / 1000).toFixed(1)).join(' | ')} |`,
    `| projection heap + array buffers, MiB | ${run.engines.map((e) => (e.projection.heapDeltaMiB + e.projection.arrayBuffersDeltaMiB).toFixed(0)).join(' | ')} |`,
    `| server start → first connections answer, s | ${run.engines.map((e) => (e.server.firstAnalyticsAnswerMs / 1000).toFixed(1)).join(' | ')} |`,
    `| server start → first coordinationGaps answer, s | ${run.engines.map((e) => (typeof e.server.firstGapsAnswerMs === 'number' ? (e.server.firstGapsAnswerMs / 1000).toFixed(1) : e.server.firstGapsAnswerMs)).join(' | ')} |`,
    `| server RSS after the run (peak), MiB | ${run.engines.map((e) => `${e.server.rssMiB.toFixed(0)} (${e.server.peakRssMiB.toFixed(0)})`).join(' | ')} |`,
  ];
  return lines.join('\n');
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const machine = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommittedChanges: git('status', '--porcelain', '--untracked-files=no') !== '',
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverageAtStart: loadavg().map((l) => l.toFixed(2)).join(' '),
  loadAverageAtEnd: '',
};
const engines: EngineFigures[] = [await benchEngine('embedded')];
if (options.neo4j) engines.push(await benchEngine('neo4j'));
machine.loadAverageAtEnd = loadavg().map((l) => l.toFixed(2)).join(' ');
const run = { machine, engines };
console.log(JSON.stringify(run, null, 2));
console.log(markdown(run));
