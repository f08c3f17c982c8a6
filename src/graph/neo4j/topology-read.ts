// The Neo4j engine's topology read of relations: grouped by source actor (TOPOLOGY_RELATION_GROUPS),
// in parts read concurrently, so that the server scans with more than one thread while this
// process decodes; each record is read by position, no row object made.
import { RELATION_CODES, type RelationGroup } from '../topology.js';
import { TOPOLOGY_RELATION_GROUPS } from './cypher.js';
import type { Neo4jSession } from './session.js';

/** Records asked for at a time: each holds an actor's relations, about ten at M. */
const FETCH_SIZE = 1_000;
/** Concurrent reads: the server scans each on its own thread (Community's runtime uses one per query). */
export const TOPOLOGY_PARTS = 2;

function list(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`the topology read returned ${typeof value} where a list belongs`);
  return value;
}

function number(value: unknown): number {
  if (typeof value !== 'number') throw new Error(`the topology read returned ${typeof value} where a number belongs`);
  return value;
}

async function* groupsOfPart(session: Neo4jSession, positions: Record<string, number>, part: number, parts: number): AsyncGenerator<RelationGroup> {
  const params = { positions, part, parts, ...RELATION_CODES };
  for await (const record of session.streamRecords(TOPOLOGY_RELATION_GROUPS, params, FETCH_SIZE)) {
    // The lists' elements are checked where they are used (groupedTopologyChunks), not copied here.
    yield { source: number(record.get(0)), ids: list(record.get(1)) as string[], targets: list(record.get(2)) as number[], codes: list(record.get(3)) as number[] };
  }
}

/** Every source's group, from `parts` concurrent reads, each of the sources at positions ≡ part (mod parts). */
export function relationGroups(session: Neo4jSession, parts: number): (positions: ReadonlyMap<string, number>) => AsyncIterable<RelationGroup> {
  return (positions) => {
    const sent = Object.fromEntries(positions);
    return merged(Array.from({ length: parts }, (_, part) => groupsOfPart(session, sent, part, parts)));
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
