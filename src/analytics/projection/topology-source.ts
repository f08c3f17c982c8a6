// The column stream a projection is built from: store.readTopology() (no names, metrics or
// citations decoded).
import type { ActorKind, Basis, GraphBatch, RelationStatus, RelationType } from '../../graph/model.js';
import type { GraphStore } from '../../graph/store.js';

export type TopologyChunk =
  | { part: 'actors'; ids: string[]; kinds: ActorKind[]; inDistrict: boolean[]; districts: (string | null)[] }
  | { part: 'relations'; ids: string[]; from: string[]; to: string[]; types: RelationType[]; statuses: RelationStatus[]; bases: Basis[] };

interface TopologyReader {
  readTopology(): AsyncIterable<TopologyChunk>;
}

/** The store's topology stream; stores without one (until every engine has it) give readAll() as one chunk per part. */
export async function* readTopology(store: GraphStore): AsyncIterable<TopologyChunk> {
  const reader = store as GraphStore & Partial<TopologyReader>;
  if (reader.readTopology) {
    yield* reader.readTopology();
    return;
  }
  yield* chunksOfBatch(await store.readAll());
}

/** A batch of records as one topology chunk per part. */
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
