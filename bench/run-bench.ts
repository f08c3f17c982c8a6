// One benchmark run: the in-process half (generate, import, engine Cypher and store timings) in
// a child process, then GraphQL over HTTP against a server process on the same database,
// autocannon load at each concurrency level, and the request path against a bare Apollo server.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { benchCases } from './cases.js';
import { generateGraph, type SizeName } from './generate/synthetic-graph.js';
import { graphDirectory, type InProcessFigures } from './in-process.js';
import { measure, type Percentiles } from './latency.js';
import { startBareServer, startServerProcess } from './server-process.js';
import { throughput, type Throughput } from './throughput.js';

export interface BenchOptions {
  size: SizeName;
  iterations: number;
  /** autocannon duration per concurrency level. */
  seconds: number;
  concurrency: number[];
}

/**
 * The lookup case at one concurrency, on our server and on a bare Apollo server (express 5, one
 * constant resolver) in alternating rounds of the same run; and on ours with the read cache off,
 * which is what a lookup costs when it reaches the engine.
 */
export interface RequestPath {
  connections: number;
  rounds: number;
  bare: number;
  ours: number;
  oursUncached: number;
}

export interface BenchResults extends Omit<InProcessFigures, 'cases'> {
  options: BenchOptions;
  cases: { name: string; raw: Percentiles | string | null; store: Percentiles; http: Percentiles }[];
  throughput: { caseName: string; levels: Throughput[] };
  requestPath: RequestPath;
  serverMemory: { rss: number; peak: number };
}

/** Connections of the request-path comparison (issue 17), and its rounds per server. */
const PATH_CONNECTIONS = 16;
const PATH_ROUNDS = 2;

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

async function postGraphql(url: string, body: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || json.errors) throw new Error(`GraphQL request failed: ${JSON.stringify(json).slice(0, 300)}`);
}

async function inChildProcess(size: SizeName, iterations: number, work: string): Promise<InProcessFigures> {
  const out = join(work, 'in-process.json');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/in-process-child.ts', size, String(iterations), work, out], {
    maxBuffer: 2 ** 24,
  });
  return JSON.parse(readFileSync(out, 'utf8')) as InProcessFigures;
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const work = mkdtempSync(join(tmpdir(), 'haidian-bench-'));
  try {
    const inProcess = await inChildProcess(options.size, options.iterations, work);
    const cases = benchCases(generateGraph(options.size));
    const lookup = cases[0];
    if (!lookup) throw new Error('no bench cases');
    const body = JSON.stringify(lookup.graphql(0));
    const rps = async (url: string) => (await throughput(url, body, PATH_CONNECTIONS, options.seconds)).requestsPerSecond;
    const bare = await startBareServer();
    try {
      const server = await startServerProcess(graphDirectory(work));
      let measured: Omit<BenchResults, 'options' | 'actors' | 'relations' | 'imports' | 'answersMs' | 'projectionMs' | 'requestPath'>;
      const rounds = { ours: [] as number[], bare: [] as number[] };
      try {
        const httpTimes: Percentiles[] = [];
        for (const c of cases) httpTimes.push(await measure((i) => postGraphql(server.url, JSON.stringify(c.graphql(i))), options.iterations));
        const levels: Throughput[] = [];
        for (const connections of options.concurrency) levels.push(await throughput(server.url, body, connections, options.seconds));
        // The bare server warms up as ours just did; then alternating, so that the machine's load weighs on both alike.
        await throughput(bare.url, body, PATH_CONNECTIONS, Math.min(options.seconds, 3));
        for (let r = 0; r < PATH_ROUNDS; r += 1) {
          rounds.ours.push(await rps(server.url));
          rounds.bare.push(await rps(bare.url));
        }
        measured = {
          cases: inProcess.cases.map((c, k) => ({ ...c, http: httpTimes[k] as Percentiles })),
          throughput: { caseName: lookup.name, levels },
          serverMemory: server.memory(),
        };
      } finally {
        await server.stop();
      }
      // The embedded database has one holder: the uncached server starts once ours has stopped.
      const uncached = await startServerProcess(graphDirectory(work), { READ_CACHE_ENTRIES: '0' });
      let oursUncached: number;
      try {
        await throughput(uncached.url, body, PATH_CONNECTIONS, Math.min(options.seconds, 3));
        oursUncached = await rps(uncached.url);
      } finally {
        await uncached.stop();
      }
      return {
        ...inProcess,
        ...measured,
        options,
        requestPath: { connections: PATH_CONNECTIONS, rounds: PATH_ROUNDS, bare: mean(rounds.bare), ours: mean(rounds.ours), oursUncached },
      };
    } finally {
      await bare.stop();
    }
  } finally {
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}
