// The half of a benchmark run that opens the database in this process: generate, import, then
// time each case as the engine's own Cypher and through the store. It runs in a child process
// (in-process-child.ts) because LadybugDB keeps its file lock until the process ends, and the
// server measured afterwards must open the same database.
import { dirname, join } from 'node:path';
import { buildProjection } from '../src/analytics/projection/build.js';
import type { Projection } from '../src/analytics/projection/projection.js';
import { computeWholeGraphAnswers, type WholeGraphAnswers } from '../src/analytics/whole-graph-answers.js';
import { EmbeddedStore } from '../src/graph/embedded/embedded-store.js';
import { DocumentLibrary } from '../src/ingest/documents.js';
import { importFiles, type ImportReport } from '../src/ingest/import/import-files.js';
import { benchCases } from './cases.js';
import { generateGraph, type SizeName } from './generate/synthetic-graph.js';
import { sourcesDirectory, writeGraph } from './generate/write-graph.js';
import { measure, type Percentiles } from './latency.js';
import { RawEngine } from './raw-engine.js';

export interface ImportFigures {
  size: SizeName;
  relations: number;
  report: ImportReport;
  /** Relations per second over the load phase and over the whole import (validation included). */
  loadRate: number;
  totalRate: number;
}

export interface InProcessFigures {
  actors: number;
  relations: number;
  imports: ImportFigures[];
  /** Time to compute the coordination gaps and the indices on the projection once. */
  answersMs: number;
  /** Time to build the analytics projection (topology stream + CSR) once. */
  projectionMs: number;
  /** The engine's figures; null when no single query gives the answer, text when it failed. */
  cases: { name: string; raw: Percentiles | string | null; store: Percentiles }[];
}

/** The database the server process is then started on. */
export const graphDirectory = (work: string) => join(work, 'graph');

const BUFFER_POOL_BYTES = 2 * 2 ** 30;

/** Page cache of the store (and server) the queries run on; see the store below. */
export const ANALYTICS_BUFFER_MB = 2048;

/** The settings of a store or server on an already imported graph: the embedded one in `graph`, or the Neo4j at `neo4jUri`. */
export function analyticsEngineEnv(engine: 'embedded' | 'neo4j', graph: string, neo4jUri?: string): Record<string, string> {
  const common = { GRAPH_DIR: graph, EMBEDDED_BUFFER_MB: String(ANALYTICS_BUFFER_MB), QUERY_TIMEOUT_MS: '600000' };
  return engine === 'embedded'
    ? { ...common, GRAPH_ENGINE: 'embedded' }
    : { ...common, GRAPH_ENGINE: 'neo4j', NEO4J_URI: neo4jUri ?? '', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'auth-disabled' };
}

async function timedImport(size: SizeName, files: string[], dbPath: string, bulk: boolean): Promise<ImportFigures> {
  const store = new EmbeddedStore({ path: dbPath, bufferPoolBytes: BUFFER_POOL_BYTES });
  await store.open();
  try {
    const documents = DocumentLibrary.fromDirectory(sourcesDirectory(dirname(files[0] ?? '.')));
    const report = await importFiles(files, store, documents, { bulk });
    return {
      size,
      relations: report.relations,
      report,
      loadRate: report.relations / (report.loadMs / 1000),
      totalRate: report.relations / ((report.loadMs + report.readMs) / 1000),
    };
  } finally {
    await store.close();
  }
}

export async function measureInProcess(size: SizeName, iterations: number, work: string): Promise<InProcessFigures> {
  const graph = generateGraph(size);
  const files = await writeGraph(graph, join(work, 'files'), 'csv');
  const dbPath = join(graphDirectory(work), 'graph.lbug');
  const imports = [await timedImport(size, files, dbPath, true)];

  // The batched path is an order of magnitude slower; compare both on a small graph.
  const small: SizeName = size === 'XS' ? 'XS' : 'S';
  const smallFiles = await writeGraph(generateGraph(small), join(work, 'small'), 'csv');
  for (const bulk of [true, false]) {
    imports.push(await timedImport(small, smallFiles, join(work, `small-${bulk ? 'bulk' : 'batches'}`, 'graph.lbug'), bulk));
  }

  const cases = benchCases(graph);
  const raw = await RawEngine.open(dbPath);
  const rawTimes: (Percentiles | string | null)[] = [];
  for (const c of cases) {
    const cypher = c.cypher;
    // A Cypher query that the engine cannot answer (e.g. it runs out of page cache enumerating
    // paths through hubs) is reported as such rather than ending the run.
    const timed = cypher
      ? measure(async (i) => {
          for (const q of cypher(i)) await raw.query(q.text, q.params);
        }, iterations).catch((error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`)
      : null;
    rawTimes.push(await timed);
  }
  await raw.close();

  // The bench runs with ANALYTICS_BUFFER, as the README asks of a district-size graph.
  const store = new EmbeddedStore({ path: dbPath, bufferPoolBytes: ANALYTICS_BUFFER_MB * 2 ** 20 });
  await store.open();
  let projectionMs = 0;
  let projected: Promise<Projection> | undefined;
  const projection = () =>
    (projected ??= (async () => {
      const started = performance.now();
      const result = await buildProjection(store, 0);
      projectionMs = performance.now() - started;
      return result;
    })());
  // Gaps and indices, computed once on the projection (as the server caches them per revision).
  let answersMs = 0;
  let answered: Promise<WholeGraphAnswers> | undefined;
  const answers = () =>
    (answered ??= (async () => {
      const result = await computeWholeGraphAnswers(store, await projection());
      answersMs = result.computedMs;
      return result;
    })());
  const storeTimes: Percentiles[] = [];
  for (const c of cases) storeTimes.push(await measure((i) => c.inProcess({ store, projection, answers }, i), iterations));
  await store.close();

  return {
    actors: graph.actorCount,
    relations: imports[0]?.relations ?? 0,
    imports,
    answersMs,
    projectionMs,
    cases: cases.map((c, k) => ({ name: c.name, raw: rawTimes[k] ?? null, store: storeTimes[k] as Percentiles })),
  };
}
