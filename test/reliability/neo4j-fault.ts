// kill -9 of the Neo4j server during a large write transaction: the client writes one big batch
// (one transaction) and the server is killed at a chosen moment; after a restart the graph must
// hold every earlier batch and the whole new batch or none of it (after-kill.ts). Each run records
// whether the client had seen the commit acknowledged before the kill: a kill aimed before the
// commit (a fraction of the write time below 1) is checked to have landed before it, and a kill
// aimed after (1 or more) waits for the acknowledgement, so the runs prove both sides.
import { Neo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { inspectAfterKill, type FaultRun } from './after-kill.js';
import { generatedGraph } from './generated-graph.js';
import type { Neo4jProcess } from './neo4j-process.js';

export interface Neo4jFaultOptions {
  /** Kill delays as fractions of the measured write time: below 1 aims before the commit, 1 or more after it. */
  killAt: number[];
  actors: number;
  relations: number;
}

export interface Neo4jFaultReport {
  /** How long one whole write took, measured by a first run that is not killed. */
  writeMs: number;
  /** How long each restart took, recovery included. */
  restartMs: number[];
  runs: FaultRun[];
}

const DELETE_ALL = 'MATCH (n) DETACH DELETE n';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function connect(uri: string): Promise<Neo4jStore> {
  const store = new Neo4jStore({ uri, user: 'neo4j', password: 'auth-disabled', maxRetryMs: 0 });
  await store.open();
  return store;
}

/** Writes batch `tag` and kills the server `delayMs` after the write began (null: no kill). */
async function writeAndKill(server: Neo4jProcess, store: Neo4jStore, tag: string, options: Neo4jFaultOptions, delayMs: number | null, afterCommit: boolean) {
  const batch = generatedGraph(tag, options.actors, options.relations);
  const began = performance.now();
  let acknowledgedAt: number | null = null;
  const write = store.upsert(batch).then(
    () => (acknowledgedAt = performance.now() - began),
    () => null, // the server died under it
  );
  if (delayMs === null || afterCommit) {
    await write;
    if (acknowledgedAt === null) throw new Error(`the write of ${tag} failed with no kill`);
    if (delayMs === null) return { committed: true, killedAfterMs: acknowledgedAt };
  }
  await sleep(Math.max(0, began + delayMs - performance.now()));
  const killedAfterMs = performance.now() - began;
  const committed = acknowledgedAt !== null;
  server.kill();
  await write;
  return { committed, killedAfterMs };
}

export async function killNeo4jDuringWrites(server: Neo4jProcess, options: Neo4jFaultOptions): Promise<Neo4jFaultReport> {
  await server.start();
  let store = await connect(server.uri);
  await store.driver.executeQuery(DELETE_ALL);
  const runs: FaultRun[] = [];
  const restartMs: number[] = [];
  const batch = { actors: options.actors, relations: options.relations };
  // Run 0 writes a first batch to the end: it measures the write, and later runs write on top of it.
  const { killedAfterMs: writeMs } = await writeAndKill(server, store, 'run0', options, null, false);
  let holds = batch;
  for (const [index, fraction] of options.killAt.entries()) {
    const run = index + 1;
    const { committed, killedAfterMs } = await writeAndKill(server, store, `run${run}`, options, Math.round(writeMs * fraction), fraction >= 1);
    await store.close();
    restartMs.push(Math.round(await server.start()));
    store = await connect(server.uri);
    const inspected = await inspectAfterKill(store, { run, batch, before: holds, committed, killedAfterMs });
    runs.push(inspected.result);
    holds = inspected.holds;
  }
  await store.driver.executeQuery(DELETE_ALL);
  await store.close();
  return { writeMs: Math.round(writeMs), restartMs, runs };
}
