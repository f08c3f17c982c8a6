// One benchmark run: the in-process half (generate, import, engine Cypher and store timings) in
// a child process, then GraphQL over HTTP against a server process on the same database, and
// autocannon load at each concurrency level.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { benchCases } from './cases.js';
import { generateGraph, type SizeName } from './generate/synthetic-graph.js';
import { graphDirectory, type InProcessFigures } from './in-process.js';
import { measure, type Percentiles } from './latency.js';
import { startServerProcess } from './server-process.js';
import { throughput, type Throughput } from './throughput.js';

export interface BenchOptions {
  size: SizeName;
  iterations: number;
  /** autocannon duration per concurrency level. */
  seconds: number;
  concurrency: number[];
}

export interface BenchResults extends Omit<InProcessFigures, 'cases'> {
  options: BenchOptions;
  cases: { name: string; raw: Percentiles | string | null; store: Percentiles; http: Percentiles }[];
  throughput: { caseName: string; levels: Throughput[] };
  serverMemory: { rss: number; peak: number };
}

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
    const server = await startServerProcess(graphDirectory(work));
    try {
      const httpTimes: Percentiles[] = [];
      for (const c of cases) httpTimes.push(await measure((i) => postGraphql(server.url, JSON.stringify(c.graphql(i))), options.iterations));
      const lookup = cases[0];
      if (!lookup) throw new Error('no bench cases');
      const levels: Throughput[] = [];
      for (const connections of options.concurrency) {
        levels.push(await throughput(server.url, JSON.stringify(lookup.graphql(0)), connections, options.seconds));
      }
      return {
        ...inProcess,
        options,
        cases: inProcess.cases.map((c, k) => ({ ...c, http: httpTimes[k] as Percentiles })),
        throughput: { caseName: lookup.name, levels },
        serverMemory: server.memory(),
      };
    } finally {
      await server.stop();
    }
  } finally {
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}
