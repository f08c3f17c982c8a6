// The analytics projection at district size, on graphs already imported, on every engine given,
// in one run: its build in-process (wall and CPU time, its own memory, the longest stretch the
// event loop was held), then the server as users start it (its own process): start to listening,
// start to the first `connections` answer (which waits for the projection), a second answer, the
// server's CPU time and its memory. Each server phase has a time budget.
// `npm run bench:projection -- [--size M] [--graph data/M] [--neo4j bolt://127.0.0.1:7687]`
// (the graph: `npm run generate -- --size M`, then `GRAPH_DIR=data/M npm run import -- …`, and
// the same files into the Neo4j). Prints JSON, then a markdown table.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { Command } from 'commander';
import { buildProjection } from '../src/analytics/projection/build.js';
import type { Projection } from '../src/analytics/projection/projection.js';
import { loadConfig } from '../src/config.js';
import { createStore } from '../src/graph/open-store.js';
import { ANALYTICS_BUFFER_MB } from './in-process.js';
import { postQuery, startServerProcess } from './server-process.js';

const options = new Command('bench:projection')
  .option('--size <size>', 'graph size, for the default --graph', 'M')
  .option('--graph <dir>', 'GRAPH_DIR of the imported embedded graph (default data/<size>)')
  .option('--neo4j <uri>', 'also run on this Neo4j, holding the same graph (default: NEO4J_URI when set)', process.env.NEO4J_URI)
  .option('--budget-s <n>', 'time budget of each server phase, seconds', (v) => Number.parseInt(v, 10), 180)
  .parse()
  .opts<{ size: string; graph?: string; neo4j?: string; budgetS: number }>();
const graphDir = options.graph ?? `data/${options.size}`;

type Engine = 'embedded' | 'neo4j';
const MiB = 2 ** 20;
const progress = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

function engineEnv(engine: Engine): Record<string, string> {
  const common = { GRAPH_DIR: graphDir, EMBEDDED_BUFFER_MB: String(ANALYTICS_BUFFER_MB), QUERY_TIMEOUT_MS: '600000' };
  return engine === 'embedded'
    ? { ...common, GRAPH_ENGINE: 'embedded' }
    : { ...common, GRAPH_ENGINE: 'neo4j', NEO4J_URI: options.neo4j ?? '', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'auth-disabled' };
}

function gc(): void {
  if (!global.gc) throw new Error('run with node --expose-gc (npm run bench:projection does)');
  global.gc();
  global.gc();
}

/** The bytes of the projection's typed arrays, and of its actor ids as strings (≈ 40 bytes each with their index entry). */
function columnBytes(p: Projection): number {
  const arrays = [p.actors.kinds, p.actors.inDistrict, p.actors.districts, p.relations.ids.bytes, p.relations.ids.starts, p.relations.from, p.relations.to, p.relations.types, p.relations.statuses, p.relations.bases, p.outStart, p.outRelations, p.inStart, p.inRelations];
  return arrays.reduce((sum, a) => sum + a.byteLength, 0) + p.actorCount * 40;
}

async function inProcess(engine: Engine) {
  const store = createStore(loadConfig({ ...engineEnv(engine), LOG_LEVEL: 'silent' }));
  await store.open();
  try {
    const revision = await store.revision();
    gc();
    const before = process.memoryUsage();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const projection = await buildProjection(store, revision);
    const buildMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    delay.disable();
    gc();
    const after = process.memoryUsage();
    return {
      actors: projection.actorCount,
      relations: projection.relationCount,
      buildS: buildMs / 1000,
      // This process's CPU: the main thread and, on the embedded engine, LadybugDB's threads.
      cpuS: (used.user + used.system) / 1e6,
      longestEventLoopBlockMs: delay.max / 1e6,
      heapMiB: (after.heapUsed - before.heapUsed) / MiB,
      arrayBuffersMiB: (after.arrayBuffers - before.arrayBuffers) / MiB,
      columnsMiB: columnBytes(projection) / MiB,
      projection,
    };
  } finally {
    await store.close();
  }
}

function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function withinBudget<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${options.budgetS} s`)), options.budgetS * 1000);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function server(engine: Engine, from: string) {
  const query = `{ connections(from: "${from}", via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 3, first: 10) { length revision } }`;
  const spawned = performance.now();
  const running = await withinBudget(startServerProcess(graphDir, engineEnv(engine)));
  const listeningS = (performance.now() - spawned) / 1000;
  const post = async () => (await postQuery<{ connections: unknown[] }>(running.url, query)).connections.length;
  try {
    const paths = await withinBudget(post());
    const firstAnswerS = (performance.now() - spawned) / 1000;
    const cpuAtFirstAnswerS = cpuSecondsOf(running.pid);
    const again = performance.now();
    await withinBudget(post());
    const secondAnswerMs = performance.now() - again;
    const memory = running.memory();
    return { listeningS, firstAnswerS, paths, secondAnswerMs, cpuAtFirstAnswerS, rssMiB: memory.rss / MiB, peakRssMiB: memory.peak / MiB };
  } finally {
    // The server drains and closes the graph on SIGTERM, after the whole-graph computations it
    // started; the figures are taken, so it gets 10 s and then SIGKILL.
    const stopped = running.stop();
    const grace = setTimeout(() => process.kill(running.pid, 'SIGKILL'), 10_000);
    await stopped;
    clearTimeout(grace);
  }
}

async function bench(engine: Engine) {
  progress(`${engine}: building the projection in-process`);
  const { projection, ...build } = await inProcess(engine);
  progress(`${engine}: built in ${build.buildS.toFixed(2)} s (${build.cpuS.toFixed(2)} CPU s); starting the server`);
  // A university from the middle of the id range: index 0 of each kind is the generator's hub,
  // whose walk (issue 12's connections cases, bench/analytics.ts) would be timed instead of the start.
  const universities = Array.from({ length: projection.actorCount }, (_, a) => a).filter((a) => projection.kind(a) === 'UNIVERSITY');
  const from = projection.id(universities[Math.floor(universities.length / 2)] ?? 0);
  const served = await server(engine, from).catch((error: unknown) => ({ failed: error instanceof Error ? error.message : String(error) }));
  progress(`${engine}: server ${JSON.stringify(served)}`);
  return { engine, build, server: served };
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
const machine = { date: new Date().toISOString(), commit, cores: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg().map((v) => Number(v.toFixed(1))), node: process.version };
const runs = [await bench('embedded')];
if (options.neo4j) runs.push(await bench('neo4j'));
console.log(JSON.stringify({ machine, graphDir, runs }, null, 2));

const f = (v: number | undefined, digits = 2) => (v === undefined ? '–' : v.toFixed(digits));
const lines = [
  `Projection and server start, ${runs[0]?.build.actors} actors, ${runs[0]?.build.relations} relations (${graphDir}), commit ${commit}, ${machine.date}, load ${machine.loadavg.join(' / ')}.`,
  '',
  `| | ${runs.map((r) => r.engine).join(' | ')} |`,
  `|---|${runs.map(() => '---:').join('|')}|`,
];
const row = (name: string, cell: (r: (typeof runs)[number]) => string) => lines.push(`| ${name} | ${runs.map(cell).join(' | ')} |`);
const served = (r: (typeof runs)[number]) => ('failed' in r.server ? undefined : r.server);
row('projection build, wall s', (r) => f(r.build.buildS));
row('projection build, CPU s of this process', (r) => f(r.build.cpuS));
row('longest event-loop block during the build, ms', (r) => f(r.build.longestEventLoopBlockMs, 0));
row('projection columns, MiB', (r) => f(r.build.columnsMiB, 1));
row('heap + array buffers after the build, MiB', (r) => f(r.build.heapMiB + r.build.arrayBuffersMiB, 1));
row('server start → listening, s', (r) => f(served(r)?.listeningS));
row('server start → first `connections` answer, s', (r) => ('failed' in r.server ? r.server.failed : f(r.server.firstAnswerS)));
row('server CPU s at the first answer', (r) => f(served(r)?.cpuAtFirstAnswerS));
row('the same `connections` again, ms', (r) => f(served(r)?.secondAnswerMs, 0));
row('server RSS / peak, MiB', (r) => (served(r) ? `${f(served(r)?.rssMiB, 0)} / ${f(served(r)?.peakRssMiB, 0)}` : '–'));
console.log(`\n${lines.join('\n')}`);
