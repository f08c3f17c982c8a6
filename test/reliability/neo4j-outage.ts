// Neo4j stopped under a running API, then started again: /health and queries must say the
// database is unavailable quickly (not after the driver's 30 s of retries), and the same API
// process must answer again once the server is back, without a restart.
import { postJson } from '../helpers/server.js';
import type { Neo4jApi } from './neo4j-api.js';
import type { Neo4jProcess } from './neo4j-process.js';

export interface OutageReport {
  /** While the server is stopped. */
  down: { healthStatus: number; healthMs: number; queryCode: string | undefined; queryMs: number };
  /** From the server answering again to the API's first good answer. */
  recoveredAfterMs: number;
  /** After recovery. */
  up: { healthStatus: number; queryAnswered: boolean };
}

const QUERY = '{ actor(id: "tsinghua") { id name } }';

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
}

async function probe(api: Neo4jApi) {
  const [health, healthMs] = await timed(() => fetch(`${api.url}/health`));
  const [answer, queryMs] = await timed(() => postJson<{ actor: { id: string } | null }>(`${api.url}/graphql`, { query: QUERY }));
  return { healthStatus: health.status, healthMs, queryCode: answer.body.errors?.[0]?.extensions?.code, queryMs, answered: answer.body.data?.actor?.id === 'tsinghua' };
}

/** Polls until the API answers /health 200 and the query with its data (about 30 s at most). */
async function untilHealthy(api: Neo4jApi, what: string): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    const answer = await probe(api);
    if (answer.healthStatus === 200 && answer.answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API is not healthy ${what}`);
}

export async function stopAndRestart(server: Neo4jProcess, api: Neo4jApi): Promise<OutageReport> {
  await untilHealthy(api, 'before the outage');
  await server.stop();
  const down = await probe(api);
  await server.start();
  const [, recoveredAfterMs] = await timed(() => untilHealthy(api, 'within about 30 s of Neo4j answering again'));
  const up = await probe(api);
  return {
    down: { healthStatus: down.healthStatus, healthMs: down.healthMs, queryCode: down.queryCode, queryMs: down.queryMs },
    recoveredAfterMs,
    up: { healthStatus: up.healthStatus, queryAnswered: up.answered },
  };
}
