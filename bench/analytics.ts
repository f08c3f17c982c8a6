// Analytics at district size, on a graph already imported (`npm run generate -- --size M`, then
// `GRAPH_DIR=data/M npm run import -- …`): projection build time and memory, connections of
// several shapes (hub-heavy included), neighborhood and centrality, in-process and over HTTP
// against `npm start` as its own process (start to first analytics answer, RSS).
// `tsx bench/analytics.ts data/M [--iterations 200]`; prints JSON.
import { join } from 'node:path';
import { findConnections, type ConnectionQuery } from '../src/analytics/connections.js';
import { wholeGraphMeasures } from '../src/analytics/measures/whole-graph.js';
import { neighborhood } from '../src/analytics/neighborhood.js';
import { buildProjection } from '../src/analytics/projection/build.js';
import { hydratePaths } from '../src/analytics/projection/hydrate.js';
import type { Projection } from '../src/analytics/projection/projection.js';
import { RecordCache } from '../src/analytics/projection/record-cache.js';
import { EmbeddedStore } from '../src/graph/embedded/embedded-store.js';
import { ANALYTICS_BUFFER_MB } from './in-process.js';
import { measure, type Percentiles } from './latency.js';
import { startServerProcess } from './server-process.js';

const [graphDir = 'data/M', ...rest] = process.argv.slice(2);
const iterations = Number(rest[rest.indexOf('--iterations') + 1] ?? 200) || 200;

interface Case {
  name: string;
  query: (i: number) => string;
  inProcess: (store: EmbeddedStore, projection: Projection, i: number) => Promise<unknown>;
}

/** Actors of a kind spread over the index range, as the inputs of a case. */
function spread(projection: Projection, kind: string, count: number): string[] {
  const found: string[] = [];
  for (let a = 0; a < projection.actorCount && found.length < count * 20; a++) if (projection.kind(a) === kind) found.push(projection.id(a));
  return Array.from({ length: count }, (_, i) => found[Math.floor((i * found.length) / count)] as string);
}

const at = (list: readonly string[], i: number) => list[i % list.length] as string;

function connectionCase(name: string, from: readonly string[], args: Omit<ConnectionQuery, 'from'>, graphqlArgs: string): Case {
  return {
    name,
    query: (i) => `{ connections(from: "${at(from, i)}", ${graphqlArgs}) { length revision nodes { id name } relations { id type status } } }`,
    inProcess: async (store, projection, i) => {
      const query = { ...args, from: at(from, i) };
      return hydratePaths(store, projection, findConnections(projection, query), query);
    },
  };
}

async function main(): Promise<void> {
  const store = new EmbeddedStore({ path: join(graphDir, 'graph.lbug'), bufferPoolBytes: ANALYTICS_BUFFER_MB * 2 ** 20 });
  await store.open();
  const heapBefore = process.memoryUsage();
  const built = performance.now();
  const projection = await buildProjection(store, 0);
  const buildMs = performance.now() - built;
  global.gc?.();
  const heapAfter = process.memoryUsage();

  const universities = spread(projection, 'UNIVERSITY', 32);
  const enterprises = spread(projection, 'ENTERPRISE', 64);
  const funds = spread(projection, 'FUND', 32);
  // Index 0 of each hub kind takes the most relations (bench/generate skews picks toward it).
  const hubUniversity = ['university-0000000'];
  const hubFund = ['fund-0000000'];
  const district = { kinds: ['ENTERPRISE' as const], inDistrict: true };
  const cases: Case[] = [
    connectionCase('connections university → FUND → district enterprises (≤ 4 hops, first 50)', universities, { via: ['FUND'], to: district, maxHops: 4, includePlanned: true, first: 50 }, 'via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 4, first: 50'),
    connectionCase('connections hub university → FUND → district enterprises (≤ 4 hops)', hubUniversity, { via: ['FUND'], to: district, maxHops: 4, includePlanned: true, first: 50 }, 'via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 4, first: 50'),
    connectionCase('connections fund → any channel → district enterprises (≤ 3 hops)', funds, { to: district, maxHops: 3, includePlanned: true, first: 50 }, 'to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 3, first: 50'),
    connectionCase('connections hub fund → FUND/INCUBATOR → enterprises (≤ 4 hops)', hubFund, { via: ['FUND', 'INCUBATOR'], to: { kinds: ['ENTERPRISE'] }, maxHops: 4, includePlanned: true, first: 50 }, 'via: [FUND, INCUBATOR], to: {kinds: [ENTERPRISE]}, maxHops: 4, first: 50'),
    connectionCase('connections enterprise → universities, direction ANY (≤ 3 hops)', enterprises, { to: { kinds: ['UNIVERSITY'] }, maxHops: 3, includePlanned: true, first: 50, direction: 'ANY' }, 'to: {kinds: [UNIVERSITY]}, maxHops: 3, first: 50, direction: ANY'),
    {
      name: 'neighborhood depth 2 of an enterprise (limit 200)',
      query: (i) => `{ neighborhood(id: "${at(enterprises, i)}", depth: 2, limit: 200) { revision nodes { key attributes { label } } edges { key source target } truncated } }`,
      inProcess: (s, p, i) => neighborhood(s, p, { id: at(enterprises, i), depth: 2, limit: 200 }),
    },
    {
      name: 'neighborhood depth 2 of the hub fund (limit 200)',
      query: () => `{ neighborhood(id: "fund-0000000", depth: 2, limit: 200) { revision nodes { key attributes { label } } edges { key source target } truncated } }`,
      inProcess: (s, p) => neighborhood(s, p, { id: 'fund-0000000', depth: 2, limit: 200 }),
    },
  ];

  // Each case twice: hydrating every answer from the store (no record cache), then as the server
  // runs it (records kept per revision), after a cold first call.
  const uncached: Record<string, Percentiles> = {};
  const inProcess: Record<string, Percentiles & { coldMs: number }> = {};
  for (const c of cases) {
    projection.hydrated = { actors: new RecordCache(0), relations: new RecordCache(0) };
    uncached[c.name] = await measure((i) => c.inProcess(store, projection, i), Math.ceil(iterations / 4));
    projection.hydrated = { actors: new RecordCache(), relations: new RecordCache() };
    const cold = performance.now();
    await c.inProcess(store, projection, 0);
    const coldMs = performance.now() - cold;
    inProcess[c.name] = { ...(await measure((i) => c.inProcess(store, projection, i), iterations)), coldMs };
  }
  const measuresStarted = performance.now();
  const measures = await wholeGraphMeasures(projection);
  const measuresMs = performance.now() - measuresStarted;
  await store.close();

  // Over HTTP: the server as users start it, timed from spawn to its first analytics answer.
  const spawned = performance.now();
  const server = await startServerProcess(graphDir);
  const post = async (query: string) => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body;
  };
  await post((cases[0] as Case).query(0));
  const firstAnswerMs = performance.now() - spawned;
  const http: Record<string, Percentiles> = {};
  try {
    for (const c of cases) http[c.name] = await measure((i) => post(c.query(i)), iterations);
    const centralityStarted = performance.now();
    await post('{ centrality(first: 20) { revision samples errorBound actors { actor { id } betweenness } } }');
    const firstCentralityMs = performance.now() - centralityStarted;
    http['centrality (first 20, from cache)'] = await measure(() => post('{ centrality(first: 20) { revision samples errorBound actors { actor { id } betweenness degree community } } }'), iterations);
    console.log(
      JSON.stringify(
        {
          graph: { actors: projection.actorCount, relations: projection.relationCount },
          projection: { buildMs, heapDeltaMiB: (heapAfter.heapUsed - heapBefore.heapUsed) / 2 ** 20, arrayBuffersDeltaMiB: (heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 2 ** 20, rssDeltaMiB: (heapAfter.rss - heapBefore.rss) / 2 ** 20 },
          measures: { ms: measuresMs, samples: measures.betweenness.samples, errorBound: measures.betweenness.errorBound, communities: measures.communities.count },
          firstAnswerMs,
          firstCentralityMs,
          uncached,
          inProcess,
          http,
          serverMemory: server.memory(),
        },
        null,
        2,
      ),
    );
  } finally {
    await server.stop();
  }
}

await main();
