// A batch of records as the store's topology stream would give it: for projections of graphs
// held in memory (tests, small graphs).
import { ACTOR_KINDS, BASES, RELATION_STATUSES, RELATION_TYPES, type GraphBatch } from '../../graph/model.js';
import { PackedStrings } from '../../graph/packed-strings.js';
import type { TopologyChunk } from '../../graph/store.js';

export function* chunksOfBatch({ actors, relations }: GraphBatch): Iterable<TopologyChunk> {
  const position = new Map(actors.map((a, i) => [a.id, i]));
  yield {
    part: 'actors',
    ids: actors.map((a) => a.id),
    kinds: Uint8Array.from(actors, (a) => ACTOR_KINDS.indexOf(a.kind)),
    inDistrict: Uint8Array.from(actors, (a) => (a.inDistrict ? 1 : 0)),
    districts: actors.map((a) => a.district ?? null),
  };
  const joined = relations.filter((r) => position.has(r.from) && position.has(r.to));
  yield {
    part: 'relations',
    ids: PackedStrings.of(joined.map((r) => r.id)),
    from: Int32Array.from(joined, (r) => position.get(r.from) as number),
    to: Int32Array.from(joined, (r) => position.get(r.to) as number),
    types: Uint8Array.from(joined, (r) => RELATION_TYPES.indexOf(r.type)),
    statuses: Uint8Array.from(joined, (r) => RELATION_STATUSES.indexOf(r.status)),
    bases: Uint8Array.from(joined, (r) => BASES.indexOf(r.basis)),
  };
}
