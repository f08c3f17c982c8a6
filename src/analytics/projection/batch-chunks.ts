// A batch of records as the store's topology stream would give it: for projections of graphs
// held in memory (tests, small graphs).
import type { GraphBatch } from '../../graph/model.js';
import type { TopologyChunk } from '../../graph/store.js';

export function* chunksOfBatch({ actors, relations }: GraphBatch): Iterable<TopologyChunk> {
  yield {
    part: 'actors',
    ids: actors.map((a) => a.id),
    kinds: actors.map((a) => a.kind),
    inDistrict: actors.map((a) => a.inDistrict),
    districts: actors.map((a) => a.district ?? null),
  };
  yield {
    part: 'relations',
    ids: relations.map((r) => r.id),
    from: relations.map((r) => r.from),
    to: relations.map((r) => r.to),
    types: relations.map((r) => r.type),
    statuses: relations.map((r) => r.status),
    bases: relations.map((r) => r.basis),
  };
}
