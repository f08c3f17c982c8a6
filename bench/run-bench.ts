// One benchmark run: generate a graph, import it (bulk path, and both paths on a small graph for
// their ratio), then time each case as the engine's own Cypher, through the store and as GraphQL
// over HTTP against a server process, and load the server with autocannon.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../src/graph/embedded/embedded-store.js';
import { importFiles, type ImportReport } from '../src/ingest/import/import-files.js';
import { benchCases } from './cases.js';
import { generateGraph, type SizeName } from './generate/synthetic-graph.js';
import { writeGraph } from './generate/write-graph.js';
import { measure, type Percentiles } from './latency.js';
import { RawEngine } from './raw-engine.js';
import { startServerProcess } from './server-process.js';
import { throughput, type Throughput } from './throughput.js';

export interface BenchOptions {
  size: SizeName;
  iterations: number;
  /** autocannon duration per concurrency level. */
  seconds: number;
  concurrency: number[];
  /** Where generated files and databases go (removed afterwards). */
  workDir?: string;
}

export interface ImportFigures {
  size: SizeName;
  relations: number;
  report: ImportReport;
  /** Relations per second over the load phase and over the whole import (validation included). */
  loadRate: number;
  totalRate: number;
}

export interface CaseFigures {
  name: string;
  raw: Percentiles;
  store: Percentiles;
  http: Percentiles;
}

export interface BenchResults {
  options: BenchOptions;
  actors: number;
  relations: number;
  imports: ImportFigures[];
  cases: CaseFigures[];
  throughput: { caseName: string; levels: Throughput[] };
  serverMemory: { rss: number; peak: number };
}

const BUFFER_POOL_BYTES = 2 * 2 ** 30;

async function timedImport(size: SizeName, files: string[], dbPath: string, bulk: boolean): Promise<ImportFigures> {
  const store = new EmbeddedStore({ path: dbPath, bufferPoolBytes: BUFFER_POOL_BYTES });
  await store.open();
  try {
    const report = await importFiles(files, store, { bulk });
    return {
      size,
      relations: report.relations,
      report,
      loadRate: report.relations / (report.loadMs / 1000),
      totalRate: report.relations / ((report.loadMs + report.validateMs) / 1000),
    };
  } finally {
    await store.close();
  }
}

async function postGraphql(url: string, body: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || json.errors) throw new Error(`GraphQL request failed: ${JSON.stringify(json).slice(0, 300)}`);
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const work = options.workDir ?? mkdtempSync(join(tmpdir(), 'haidian-bench-'));
  try {
    const graph = generateGraph(options.size);
    const files = await writeGraph(graph, join(work, 'files'), 'csv');
    const dbPath = join(work, 'graph', 'graph.lbug');
    const imports = [await timedImport(options.size, files, dbPath, true)];

    // The batched path is an order of magnitude slower; compare both on a small graph.
    const small: SizeName = options.size === 'XS' ? 'XS' : 'S';
    const smallFiles = await writeGraph(generateGraph(small), join(work, 'small'), 'csv');
    for (const bulk of [true, false]) {
      const path = join(work, `small-${bulk ? 'bulk' : 'batches'}`, 'graph.lbug');
      imports.push(await timedImport(small, smallFiles, path, bulk));
    }

    const cases = benchCases(graph);
    const raw = await RawEngine.open(dbPath);
    const rawTimes: Percentiles[] = [];
    for (const c of cases) {
      rawTimes.push(await measure((i) => { const q = c.cypher(i); return raw.query(q.text, q.params); }, options.iterations));
    }
    await raw.close();

    const store = new EmbeddedStore({ path: dbPath });
    await store.open();
    const storeTimes: Percentiles[] = [];
    for (const c of cases) storeTimes.push(await measure((i) => c.store(store, i), options.iterations));
    await store.close();

    const server = await startServerProcess(join(work, 'graph'));
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
        options,
        actors: graph.actorCount,
        relations: imports[0]?.relations ?? 0,
        imports,
        cases: cases.map((c, k) => ({ name: c.name, raw: rawTimes[k] as Percentiles, store: storeTimes[k] as Percentiles, http: httpTimes[k] as Percentiles })),
        throughput: { caseName: lookup.name, levels },
        serverMemory: server.memory(),
      };
    } finally {
      await server.stop();
    }
  } finally {
    if (!options.workDir && existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}
