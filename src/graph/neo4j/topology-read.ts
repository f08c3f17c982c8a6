// The Neo4j engine's topology read of relations: grouped by source actor (TOPOLOGY_RELATION_GROUPS),
// in parts by source id read concurrently, so that the server scans with more than one thread
// while this process decodes; each record is read by position, no row object made.
import neo4j from 'neo4j-driver';
import { RELATION_CODES, type RelationGroup } from '../topology.js';
import { TOPOLOGY_RELATION_GROUPS } from './cypher.js';
import type { Neo4jSession } from './session.js';

/** Records asked for at a time: each holds an actor's relations, about ten at M. */
const FETCH_SIZE = 1_000;
/** Concurrent reads: the server scans each on its own thread (Community's runtime uses one per query). */
export const TOPOLOGY_PARTS = 2;
/** Actor ids sampled to place the bounds between parts. */
const SAMPLE = 1_000;

function list(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`the topology read returned ${typeof value} where a list belongs`);
  return value;
}

/** Source-id bounds cutting the actors into `parts` ranges of about equal size: [null, b1, …, null]. */
export function partBounds(actorIds: Iterable<string>, count: number, parts: number): (string | null)[] {
  const step = Math.max(1, Math.floor(count / SAMPLE));
  const sample: string[] = [];
  let i = 0;
  for (const id of actorIds) if (i++ % step === 0) sample.push(id);
  sample.sort();
  const inner = Array.from({ length: parts - 1 }, (_, k) => sample[Math.floor(((k + 1) * sample.length) / parts)] ?? null);
  return [null, ...new Set(inner.filter((b): b is string => b !== null)), null];
}

async function* groupsBetween(session: Neo4jSession, low: string | null, high: string | null): AsyncGenerator<RelationGroup> {
  for await (const record of session.streamRecords(TOPOLOGY_RELATION_GROUPS, { low, high, ...RELATION_CODES }, FETCH_SIZE)) {
    yield {
      source: String(record.get(0)),
      ids: list(record.get(1)),
      targets: list(record.get(2)),
      codes: list(record.get(3)).map((code) => neo4j.integer.toNumber(code as number)),
    };
  }
}

/** Every source's group, from `parts` concurrent reads. */
export function relationGroups(session: Neo4jSession, parts: number): (actorIds: ReadonlyMap<string, number>) => AsyncIterable<RelationGroup> {
  return (actorIds) => {
    const bounds = partBounds(actorIds.keys(), actorIds.size, parts);
    return merged(bounds.slice(1).map((high, k) => groupsBetween(session, bounds[k] ?? null, high)));
  };
}

/** The items of several async streams as they come, each stream read ahead by one item. */
async function* merged<T>(streams: AsyncIterator<T>[]): AsyncGenerator<T> {
  const pending = new Map(streams.map((stream, k) => [k, stream.next().then((result) => ({ k, result }))]));
  try {
    while (pending.size > 0) {
      const { k, result } = await Promise.race(pending.values());
      if (result.done) {
        pending.delete(k);
        continue;
      }
      const stream = streams[k] as AsyncIterator<T>;
      pending.set(k, stream.next().then((next) => ({ k, result: next })));
      yield result.value;
    }
  } finally {
    // A consumer that stops early (or a failed part) ends the other reads and closes their sessions.
    await Promise.allSettled(streams.map((stream) => stream.return?.()));
  }
}
