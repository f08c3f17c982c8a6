// Gaps + indices at district size (issue 12, item 4), on a graph already imported (see
// bench/analytics.ts): computed in-process on the projection, split by part, in wall-clock and
// in this process's CPU time; then the server as its own process: start to the first
// `coordinationGaps` answer, how long a cheap query (an actor by id) waits while the server builds
// and computes, and the cached answers' p50 / p95 over HTTP. Prints JSON, then markdown tables.
// `npm run bench:whole-graph -- --graph data/M [--neo4j bolt://127.0.0.1:7704] [--iterations 100]`
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { Command } from 'commander';
import { buildProjection } from '../src/analytics/projection/build.js';
import { computeWholeGraphAnswers } from '../src/analytics/whole-graph-answers.js';
import { WorkClock } from '../src/analytics/work-clock.js';
import { loadConfig } from '../src/config.js';
import { createStore } from '../src/graph/open-store.js';
import { analyticsEngineEnv } from './in-process.js';
import { measure, type Percentiles } from './latency.js';
import { postQuery, startServerProcess } from './server-process.js';

const options = new Command('bench:whole-graph')
  .option('--graph <dir>', 'GRAPH_DIR of the imported embedded graph', 'data/M')
  .option('--neo4j <uri>', 'also run on this Neo4j (holding the same graph)')
  .option('--iterations <n>', 'timed calls per cached query', (v) => Number.parseInt(v, 10), 100)
  .option('--no-server', 'the in-process computation only')
  .option('--budget-s <n>', 'time budget of one computation of gaps + indices, seconds', (v) => Number.parseInt(v, 10), 180)
  .parse()
  .opts<{ graph: string; neo4j?: string; iterations: number; budgetS: number; server: boolean }>();

const GAPS = '{ coordinationGaps { type title severity revision } }';
const INDICES = '{ indices { id value eligibleActors revision } }';
/** The cheap query asked while the server computes: answered from the store, no analytics. */
const LOOKUP = (id: string) => `{ actor(id: "${id}") { id name } }`;
const LOOKUP_EVERY_MS = 50;

const progress = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** p50, p95, p99 and max of a list of durations, ms. */
interface Spread {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  samples: number;
}

interface Computed {
  wallMs: number;
  cpuMs: number;
  projectionMs: number;
  gaps: number;
  parts: Record<string, number>;
}

interface EngineFigures {
  engine: string;
  graph: { actors: number; relations: number };
  inProcess: Computed | { overBudget: string; partsSoFar: Record<string, number> };
  server?: {
    firstGapsAnswerMs: number | string;
    /** Actor lookups sent every LOOKUP_EVERY_MS from the server's start to its first gaps answer. */
    lookupsWhileComputing: Spread;
    gaps: Percentiles;
    indices: Percentiles;
  };
}

function engineEnv(engine: 'embedded' | 'neo4j'): Record<string, string> {
  return analyticsEngineEnv(engine, options.graph, options.neo4j);
}

/** Resolves with `work`, or with the reason after `ms` (the work is left to finish unobserved). */
function withinBudget<T>(ms: number, work: Promise<T>): Promise<T | { overBudget: string }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ overBudget: string }>((resolve) => {
    timer = setTimeout(() => resolve({ overBudget: `not computed within ${ms / 1000} s` }), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function computeInProcess(engine: 'embedded' | 'neo4j') {
  const store = createStore(loadConfig({ ...engineEnv(engine), LOG_LEVEL: 'silent' }));
  await store.open();
  const built = performance.now();
  const projection = await buildProjection(store, await store.revision());
  const projectionMs = performance.now() - built;
  progress(`${engine}: projection built in ${(projectionMs / 1000).toFixed(1)} s; computing gaps + indices`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const clock = new WorkClock(undefined, (part, ms) => progress(`${engine}: ${part}: ${ms.toFixed(0)} ms`));
  const computing = computeWholeGraphAnswers(store, projection, undefined, clock);
  const answers = await withinBudget(options.budgetS * 1000, computing);
  const graph = { actors: projection.actorCount, relations: projection.relationCount };
  const close = () => store.close();
  if ('overBudget' in answers) {
    // Closing the store under it ends the computation with an error: expected, not reported.
    computing.catch(() => undefined);
    return { graph, computed: { ...answers, partsSoFar: Object.fromEntries(clock.parts) }, close };
  }
  const used = process.cpuUsage(cpu);
  const computed: Computed = {
    wallMs: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    projectionMs,
    gaps: answers.gaps.length,
    parts: Object.fromEntries(answers.parts),
  };
  progress(`${engine}: gaps + indices in ${(computed.wallMs / 1000).toFixed(1)} s (${answers.gaps.length} gaps)`);
  return { graph, computed, close };
}

async function benchEngine(engine: 'embedded' | 'neo4j'): Promise<EngineFigures> {
  const { graph, computed, close } = await computeInProcess(engine);
  await close();
  if (!options.server) return { engine, graph, inProcess: computed };
  const spawned = performance.now();
  const server = await startServerProcess(options.graph, engineEnv(engine));
  const post = (query: string) => postQuery(server.url, query);
  try {
    // Lookups go on, one at a time, until the first gaps answer: how long the computation holds others.
    let computing = true;
    const lookups: number[] = [];
    const looking = (async () => {
      for (let i = 0; computing; i++) {
        const sent = performance.now();
        await post(LOOKUP(`enterprise-${String(i % 50_000).padStart(7, '0')}`));
        lookups.push(performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, LOOKUP_EVERY_MS));
      }
    })();
    const answered = await withinBudget(options.budgetS * 1000, post(GAPS));
    const firstGapsAnswerMs = 'overBudget' in answered ? answered.overBudget : performance.now() - spawned;
    computing = false;
    await looking;
    progress(`${engine} server: first gaps answer ${String(firstGapsAnswerMs)}, ${lookups.length} lookups meanwhile`);
    const sorted = [...lookups].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
    return {
      engine,
      graph,
      inProcess: computed,
      server: {
        firstGapsAnswerMs,
        lookupsWhileComputing: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN, samples: sorted.length },
        gaps: await measure(() => post(GAPS), options.iterations),
        indices: await measure(() => post(INDICES), options.iterations),
      },
    };
  } finally {
    await server.stop();
  }
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
const cell = (p: Pick<Percentiles, 'p50' | 'p95' | 'samples'>) => `${ms(p.p50)} / **${ms(p.p95)}** (${p.samples})`;

function markdown(engines: readonly EngineFigures[]): string {
  const partsOf = (e: EngineFigures) => ('parts' in e.inProcess ? e.inProcess.parts : e.inProcess.partsSoFar);
  const parts = [...new Set(engines.flatMap((e) => Object.keys(partsOf(e))))];
  const header = `| | ${engines.map((e) => e.engine).join(' | ')} |\n|---|${engines.map(() => '---:').join('|')}|`;
  const row = (name: string, value: (e: EngineFigures) => string) => `| ${name} | ${engines.map(value).join(' | ')} |`;
  const served = (value: (s: NonNullable<EngineFigures['server']>) => string) => (e: EngineFigures) => (e.server ? value(e.server) : 'not run');
  const inProcess = (value: (c: Computed) => string) => (e: EngineFigures) => ('parts' in e.inProcess ? value(e.inProcess) : e.inProcess.overBudget);
  return [
    `Graph: ${engines[0]?.graph.actors} actors, ${engines[0]?.graph.relations} relations. In-process, ms (wall-clock):`,
    '',
    header,
    row('projection built', inProcess((c) => ms(c.projectionMs))),
    ...parts.map((part) => row(part, (e) => (partsOf(e)[part] === undefined ? '–' : ms(partsOf(e)[part] as number)))),
    row('**gaps + indices, wall-clock**', inProcess((c) => `**${ms(c.wallMs)}**`)),
    row('gaps + indices, CPU of the process', inProcess((c) => ms(c.cpuMs))),
    row('gaps found', inProcess((c) => String(c.gaps))),
    '',
    'Server as its own process, over HTTP: p50 / **p95** in ms (samples).',
    '',
    header,
    row('start → first coordinationGaps answer, s', served((s) => (typeof s.firstGapsAnswerMs === 'number' ? (s.firstGapsAnswerMs / 1000).toFixed(1) : s.firstGapsAnswerMs))),
    row('actor lookup meanwhile (max)', served((s) => `${cell(s.lookupsWhileComputing)} (max ${ms(s.lookupsWhileComputing.max)})`)),
    row('coordinationGaps from cache', served((s) => cell(s.gaps))),
    row('indices from cache', served((s) => cell(s.indices))),
  ].join('\n');
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const machine = { date: new Date().toISOString(), commit: git('rev-parse', '--short', 'HEAD'), uncommittedChanges: git('status', '--porcelain', '--untracked-files=no') !== '', loadAverageAtStart: loadavg().map((l) => l.toFixed(2)).join(' ') };
const engines: EngineFigures[] = [await benchEngine('embedded')];
if (options.neo4j) engines.push(await benchEngine('neo4j'));
console.log(JSON.stringify({ machine: { ...machine, loadAverageAtEnd: loadavg().map((l) => l.toFixed(2)).join(' ') }, engines }, null, 2));
console.log(markdown(engines));
// A computation over budget is still running: end the process.
process.exit(0);
