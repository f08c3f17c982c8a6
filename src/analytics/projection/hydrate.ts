// Turns paths found on the projection into records, with one batched store call for the actors
// and one for the relations an answer returns.
import type { ActorRecord, RelationRecord } from '../../graph/model.js';
import type { GraphStore } from '../../graph/store.js';
import type { ConnectionQuery, FoundPath, ProjectedPath } from '../connections.js';
import type { Projection } from './projection.js';

/** Actors by id, read once per projection (revision). */
export function actorsByIds(store: GraphStore, projection: Projection, ids: readonly string[]): Promise<Map<string, ActorRecord>> {
  return projection.hydrated.actors.get(ids, (missing) => store.actorsByIds(missing));
}

export async function hydratePaths(store: GraphStore, projection: Projection, paths: readonly ProjectedPath[], query: ConnectionQuery): Promise<FoundPath[]> {
  const actorIds = [...new Set(paths.flatMap((p) => p.actors))].map((a) => projection.id(a));
  const relations = [...new Set(paths.flatMap((p) => p.relations))];
  const relationIds = relations.map((r) => projection.relationId(r));
  const indexOf = new Map(relationIds.map((id, k) => [id, relations[k] as number]));
  const [actors, relationById] = await Promise.all([
    actorsByIds(store, projection, actorIds),
    // The ends to read from are chosen for the relations not cached only: they are what is read.
    projection.hydrated.relations.get(relationIds, (missing) => store.relationsByIds(missing, projection.endsOf(missing.map((id) => indexOf.get(id) as number)))),
  ]);
  const found: FoundPath[] = [];
  for (const p of paths) {
    const nodes = p.actors.map((a) => actors.get(projection.id(a)));
    const rels = p.relations.map((r) => relationById.get(projection.relationId(r)));
    // A record deleted since the projection was read: the path is gone, the next revision will agree.
    if (nodes.some((n) => !n) || rels.some((r) => !r)) continue;
    const path = { nodes: nodes as ActorRecord[], relations: rels as RelationRecord[] };
    // Not the explanation: it formats every hop's figures, and most answers are not asked for it.
    found.push({ ...path, revision: projection.revision, query });
  }
  return found;
}
