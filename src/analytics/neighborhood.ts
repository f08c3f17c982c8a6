// The actors around one actor, breadth first up to `depth` hops, in graphology's serialised
// shape ({key, attributes} nodes, {key, source, target, attributes} edges) so a front-end can
// `graph.import()` it and draw. Nearer actors are kept first when `limit` cuts.
import type { ActorKind, RelationStatus, RelationType } from '../graph/model.js';
import type { GraphSnapshot } from './snapshot.js';

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  relationTypes?: readonly RelationType[] | null;
  limit: number;
}

export interface Subgraph {
  nodes: { key: string; attributes: { label: string; labelEn: string | null; kind: ActorKind; inDistrict: boolean; depth: number } }[];
  edges: { key: string; source: string; target: string; attributes: { type: RelationType; status: RelationStatus } }[];
  truncated: boolean;
}

export const NEIGHBORHOOD_LIMITS = { depth: 4, limit: 2000 } as const;

export function neighborhood(snapshot: GraphSnapshot, query: NeighborhoodQuery): Subgraph {
  const types = query.relationTypes?.length ? new Set(query.relationTypes) : null;
  const usable = (type: RelationType) => !types || types.has(type);
  const depthOf = new Map<string, number>([[query.id, 0]]);
  let truncated = false;
  let frontier = [query.id];
  for (let depth = 1; depth <= query.depth && frontier.length > 0 && !truncated; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of snapshot.neighbours(id)) {
        if (depthOf.has(neighbour.id) || !neighbour.relations.some((r) => usable(r.type))) continue;
        if (depthOf.size >= query.limit) {
          truncated = true;
          break;
        }
        depthOf.set(neighbour.id, depth);
        next.push(neighbour.id);
      }
      if (truncated) break;
    }
    frontier = next;
  }

  const nodes = [...depthOf].map(([key, depth]) => {
    const actor = snapshot.graph.getNodeAttributes(key);
    return { key, attributes: { label: actor.name, labelEn: actor.nameEn ?? null, kind: actor.kind, inDistrict: actor.inDistrict, depth } };
  });
  const edges = [...depthOf.keys()].flatMap((id) =>
    snapshot
      .relationsOf(id)
      // Each relation once: from the side of its source, and only between kept actors.
      .filter((r) => r.from === id && depthOf.has(r.to) && usable(r.type))
      .map((r) => ({ key: r.id, source: r.from, target: r.to, attributes: { type: r.type, status: r.status } })),
  );
  return { nodes, edges, truncated };
}
