// The actors around one actor, breadth first up to `depth` hops over the relations a LinkRule
// allows, in graphology's serialised shape ({key, attributes} nodes, {key, source, target,
// attributes} edges) so a front-end can `graph.import()` it and draw. Nearer actors are kept
// first when `limit` cuts; only the kept actors are read from the store (for their names).
import { BASES, type ActorKind, type Basis, type RelationStatus, type RelationType } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import type { PathDirection } from './flow.js';
import { linkRule } from './links.js';
import { actorsByIds } from './projection/hydrate.js';
import type { Projection } from './projection/projection.js';
import { breadthFirst } from './walk.js';

export interface NeighborhoodQuery {
  /** The centre actor's id. */
  id: string;
  depth: number;
  relationTypes?: readonly RelationType[] | null;
  /** ANY by default: a neighbourhood shows what surrounds an actor, whichever way relations point. */
  direction?: PathDirection | null;
  limit: number;
}

export interface Subgraph {
  nodes: { key: string; attributes: { label: string; labelEn: string | null; kind: ActorKind; inDistrict: boolean; depth: number } }[];
  edges: { key: string; source: string; target: string; attributes: { type: RelationType; status: RelationStatus; basis: Basis } }[];
  truncated: boolean;
  /** The graph revision the subgraph was read at. */
  revision: number;
}

export const NEIGHBORHOOD_LIMITS = { depth: 4, limit: 2000 } as const;

export async function neighborhood(store: GraphStore, projection: Projection, query: NeighborhoodQuery): Promise<Subgraph> {
  const centre = projection.indexOf(query.id);
  const links = linkRule(projection, { relationTypes: query.relationTypes, direction: query.direction ?? 'ANY' }, 'all');
  let truncated = false;
  const depthOf = breadthFirst([centre], query.depth, (a, _d, enter, reached) => {
    // Neighbours in id order, so a cut keeps the same actors every time.
    const next = new Set<number>();
    projection.forEachLink(a, (r, b) => {
      if (links.canStep(r, a)) next.add(b);
    });
    for (const b of [...next].sort((x, y) => x - y)) {
      if (reached.size >= query.limit && !reached.has(b)) {
        truncated = true;
        return false;
      }
      enter(b);
    }
  });

  const ids = [...depthOf.keys()].map((a) => projection.id(a));
  const records = await actorsByIds(store, projection, ids);
  const nodes = [...depthOf].map(([a, depth]) => {
    const key = projection.id(a);
    const actor = records.get(key);
    return { key, attributes: { label: actor?.name ?? key, labelEn: actor?.nameEn ?? null, kind: projection.kind(a), inDistrict: projection.inDistrict(a), depth } };
  });
  const edges: Subgraph['edges'] = [];
  for (const a of depthOf.keys()) {
    // Each relation once, from its source's side, only between kept actors.
    projection.forEachLink(a, (r, b, forward) => {
      if (!forward || !depthOf.has(b) || !(links.canStep(r, a) || links.canStep(r, b))) return;
      const basis = BASES[projection.relations.bases[r] as number] as Basis;
      edges.push({ key: projection.relationId(r), source: projection.id(a), target: projection.id(b), attributes: { type: projection.type(r), status: projection.status(r), basis } });
    });
  }
  edges.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { nodes, edges, truncated, revision: projection.revision };
}
