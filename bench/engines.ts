// The two engines side by side in one run (with NEO4J_URI set, `npm run bench` adds it): the same
// generated graph imported into a fresh embedded database and into the Neo4j server, then the
// same cases on each, through the store in this process and as GraphQL over HTTP against the API
// on that store. Timings on a shared machine are noisy: what counts is the ratio measured in the
// same run. The section "Engines side by side" of bench/RESULTS.md is replaced, the rest kept.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildProjection } from '../src/analytics/projection/build.js';
import type { Projection } from '../src/analytics/projection/projection.js';
import { computeWholeGraphAnswers, type WholeGraphAnswers } from '../src/analytics/whole-graph-answers.js';
import { startServer } from '../src/api/server.js';
import { loadConfig } from '../src/config.js';
import { EmbeddedStore } from '../src/graph/embedded/embedded-store.js';
import { Neo4jStore } from '../src/graph/neo4j/neo4j-store.js';
import type { GraphStore } from '../src/graph/store.js';
import { DocumentLibrary } from '../src/ingest/documents.js';
import { importFiles } from '../src/ingest/import/import-files.js';
import { createLogger } from '../src/logger.js';
import { benchCases } from './cases.js';
import { generateGraph, type SizeName } from './generate/synthetic-graph.js';
import { sourcesDirectory, writeGraph } from './generate/write-graph.js';
import { measure } from './latency.js';

export const SECTION = '## Engines side by side';
/** The cases of issue 11: lookup by alias, an actor's relations, connections. */
const CASES = ['actor by alias', "an enterprise's relations", 'connections'];

interface EngineFigures {
  importRate: number;
  importMs: number;
  /** p50 per case, ms. */
  inProcess: number[];
  http: number[];
}

async function measureEngine(store: GraphStore, files: string[], size: SizeName, iterations: number): Promise<EngineFigures> {
  const documents = DocumentLibrary.fromDirectory(sourcesDirectory(dirname(files[0] ?? '.')));
  const report = await importFiles(files, store, documents);
  const cases = benchCases(generateGraph(size)).filter((c) => CASES.some((name) => c.name.startsWith(name)));
  let projected: Promise<Projection> | undefined;
  let answered: Promise<WholeGraphAnswers> | undefined;
  const projection = () => (projected ??= buildProjection(store, 0));
  const on = { store, projection, answers: async () => (answered ??= computeWholeGraphAnswers(store, await projection())) };
  const inProcess: number[] = [];
  for (const c of cases) inProcess.push((await measure((i) => c.inProcess(on, i), iterations)).p50);

  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const server = await startServer({ config, store, documents, logger: createLogger('silent') });
  const http: number[] = [];
  try {
    for (const c of cases) {
      const ask = async (i: number) => {
        const answer = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.graphql(i)) });
        const body = (await answer.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
      };
      http.push((await measure(ask, iterations)).p50);
    }
  } finally {
    await server.stop();
  }
  return { importRate: report.relations / ((report.readMs + report.loadMs) / 1000), importMs: report.readMs + report.loadMs, inProcess, http };
}

async function withNeo4j<T>(uri: string, work: (store: Neo4jStore) => Promise<T>): Promise<T> {
  const store = new Neo4jStore({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE || undefined });
  await store.open();
  try {
    const held = await store.counts();
    if (held.actors > 0) throw new Error(`the side-by-side bench needs an empty Neo4j database; ${uri} holds ${held.actors} actors`);
    return await work(store);
  } finally {
    await store.driver.executeQuery('MATCH (n) WHERE n:Actor OR n:ActorName OR n:GraphMeta DETACH DELETE n');
    await store.close();
  }
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const ratio = (neo4j: number, embedded: number) => `${(neo4j / embedded).toFixed(1)}×`;

function render(size: SizeName, actors: number, relations: number, embedded: EngineFigures, neo4j: EngineFigures): string {
  const rows = (pick: (f: EngineFigures) => number[]) =>
    CASES.map((name, k) => `| ${name} | ${ms(pick(embedded)[k] ?? NaN)} | ${ms(pick(neo4j)[k] ?? NaN)} | ${ratio(pick(neo4j)[k] ?? NaN, pick(embedded)[k] ?? NaN)} |`).join('\n');
  return `${SECTION}

\`npm run bench\` with NEO4J_URI set (bench/engines.ts), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: the ${size} graph
(${actors} actors, ${relations} relations) imported into a fresh embedded database and into Neo4j 5.26
(\`npm run neo4j\`, 1 GiB heap), then each case timed one call at a time (p50, ms) on both in the same run.
The ratio is Neo4j's time over the embedded engine's: above 1× the embedded engine is faster.

| import (read, check, load) | embedded | Neo4j | ratio |
|---|---|---|---|
| relations per second | ${embedded.importRate.toFixed(0)} | ${neo4j.importRate.toFixed(0)} | ${(embedded.importRate / neo4j.importRate).toFixed(1)}× slower on Neo4j |

| in-process (the store, or the projection for connections), p50 ms | embedded | Neo4j | ratio |
|---|---|---|---|
${rows((f) => f.inProcess)}

| over HTTP (GraphQL, NODE_ENV=production), p50 ms | embedded | Neo4j | ratio |
|---|---|---|---|
${rows((f) => f.http)}
`;
}

/** Measures both engines on the `size` graph and rewrites the section in `out`. */
export async function benchEngines(uri: string, out: string, size: SizeName = 'S', iterations = 200): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'haidian-bench-engines-'));
  try {
    const graph = generateGraph(size);
    const files = await writeGraph(graph, join(work, 'files'), 'csv');
    const store = new EmbeddedStore({ path: join(work, 'graph', 'graph.lbug') });
    await store.open();
    let embedded: EngineFigures;
    try {
      embedded = await measureEngine(store, files, size, iterations);
    } finally {
      await store.close();
    }
    const neo4j = await withNeo4j(uri, (s) => measureEngine(s, files, size, iterations));
    const section = render(size, graph.actorCount, graph.relationCount, embedded, neo4j);
    const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
    const at = previous.indexOf(SECTION);
    const next = at < 0 ? -1 : previous.indexOf('\n## ', at + SECTION.length);
    const before = at < 0 ? previous.trimEnd() : previous.slice(0, at).trimEnd();
    const after = next < 0 ? '' : previous.slice(next);
    writeFileSync(out, `${before}\n\n${section}${after}`);
    return section;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
