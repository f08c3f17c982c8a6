// What a graph must hold after a writer (the embedded engine's process, or the Neo4j server) was
// killed with SIGKILL during the write of one batch: every earlier batch, and the whole new batch
// or none of it; a batch whose commit was acknowledged before the kill must be there, and a
// present batch must be readable row by row, not just counted.
import type { GraphCounts, GraphStore } from '../../src/graph/store.js';

export interface FaultRun {
  run: number;
  /** Milliseconds after the write began when the writer was killed. */
  killedAfterMs: number;
  /** Whether the commit had been acknowledged before the kill. */
  committedBeforeKill: boolean;
  outcome: 'whole batch' | 'none of it';
  actors: number;
  relations: number;
}

export interface KilledWrite {
  run: number;
  /** The batch's size; its ids are `run<run>-a<i>` (generated-graph.ts). */
  batch: GraphCounts;
  /** What the graph held before the write. */
  before: GraphCounts;
  committed: boolean;
  killedAfterMs: number;
}

/** Checks the reopened graph; returns the run's record and what the graph now holds. Throws on a partial or lost batch. */
export async function inspectAfterKill(store: GraphStore, write: KilledWrite): Promise<{ result: FaultRun; holds: GraphCounts }> {
  const { run, batch, before, committed } = write;
  const counts = await store.counts();
  const whole = { actors: before.actors + batch.actors, relations: before.relations + batch.relations };
  const hasBatch = counts.actors === whole.actors && counts.relations === whole.relations;
  const hasNone = counts.actors === before.actors && counts.relations === before.relations;
  if (!hasBatch && !hasNone) {
    throw new Error(`run ${run}: partial write: found ${JSON.stringify(counts)}, expected ${JSON.stringify(before)} or ${JSON.stringify(whole)}`);
  }
  if (committed && !hasBatch) throw new Error(`run ${run}: the commit was acknowledged before the kill but the batch is gone`);
  if (hasBatch) {
    const [first, last] = await store.actorsByIds([`run${run}-a0`, `run${run}-a${batch.actors - 1}`]);
    if (!first || !last || last.metrics[0]?.value !== batch.actors - 1) throw new Error(`run ${run}: batch rows unreadable`);
  }
  return {
    result: { run, killedAfterMs: Math.round(write.killedAfterMs), committedBeforeKill: committed, outcome: hasBatch ? 'whole batch' : 'none of it', ...counts },
    holds: hasBatch ? whole : before,
  };
}
