// kill -9 of the Neo4j server during a large write transaction: the client writes one big batch
// (one transaction) and the server is killed at a chosen moment; after a restart the graph must
// hold every earlier batch and the whole new batch or none of it. Each run records whether the
// client had seen the commit acknowledged before the kill, so the runs show kills on both sides.
import { Neo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import type { FaultRun } from './fault.js';
import { generatedGraph } from './generated-graph.js';
import type { Neo4jProcess } from './neo4j-process.js';

export interface Neo4jFaultOptions {
  /** Kill delays as fractions of the measured write time: below 1 aims before the commit, above after. */
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

async function connect(uri: string): Promise<Neo4jStore> {
  const store = new Neo4jStore({ uri, user: 'neo4j', password: 'auth-disabled', maxRetryMs: 0 });
  await store.open();
  return store;
}

/** Writes batch `tag` and kills the server `delayMs` after the write began (null: no kill). */
async function writeAndKill(server: Neo4jProcess, store: Neo4jStore, tag: string, options: Neo4jFaultOptions, delayMs: number | null) {
  const batch = generatedGraph(tag, options.actors, options.relations);
  const began = performance.now();
  let acknowledgedAt: number | null = null;
  const write = store.upsert(batch).then(
    () => (acknowledgedAt = performance.now() - began),
    () => null, // the server died under it
  );
  if (delayMs === null) {
    await write;
    if (acknowledgedAt === null) throw new Error('the unkilled write failed');
    return { committed: true, killedAfterMs: acknowledgedAt };
  }
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const killedAfterMs = performance.now() - began;
  server.kill();
  const committed = acknowledgedAt !== null;
  await write;
  return { committed, killedAfterMs };
}

export async function killNeo4jDuringWrites(server: Neo4jProcess, options: Neo4jFaultOptions): Promise<Neo4jFaultReport> {
  await server.start();
  let store = await connect(server.uri);
  await store.driver.executeQuery(DELETE_ALL);
  const runs: FaultRun[] = [];
  const restartMs: number[] = [];
  // Run 0 writes a first batch to the end: it measures the write, and later runs write on top of it.
  const { killedAfterMs: writeMs } = await writeAndKill(server, store, 'run0', options, null);
  let expected = { actors: options.actors, relations: options.relations };
  for (const [index, fraction] of options.killAt.entries()) {
    const run = index + 1;
    const { committed, killedAfterMs } = await writeAndKill(server, store, `run${run}`, options, Math.round(writeMs * fraction));
    await store.close();
    restartMs.push(Math.round(await server.start()));
    store = await connect(server.uri);

    const counts = await store.counts();
    const whole = { actors: expected.actors + options.actors, relations: expected.relations + options.relations };
    const hasBatch = counts.actors === whole.actors && counts.relations === whole.relations;
    const hasNone = counts.actors === expected.actors && counts.relations === expected.relations;
    if (!hasBatch && !hasNone) {
      throw new Error(`run ${run}: partial write: found ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)} or ${JSON.stringify(whole)}`);
    }
    if (committed && !hasBatch) throw new Error(`run ${run}: the commit was acknowledged before the kill but the batch is gone`);
    if (hasBatch) {
      // The batch's own rows are all there, readable and whole, not just counted.
      const [first, last] = await store.actorsByIds([`run${run}-a0`, `run${run}-a${options.actors - 1}`]);
      if (!first || !last || last.metrics[0]?.value !== options.actors - 1) throw new Error(`run ${run}: batch rows unreadable`);
      expected = whole;
    }
    runs.push({ run, killedAfterMs: Math.round(killedAfterMs), committedBeforeKill: committed, outcome: hasBatch ? 'whole batch' : 'none of it', ...counts });
  }
  await store.driver.executeQuery(DELETE_ALL);
  await store.close();
  return { writeMs: Math.round(writeMs), restartMs, runs };
}
