// The actors around one actor, breadth first up to `depth` hops over the relations a LinkRule
// allows, in graphology's serialised shape ({key, attributes} nodes, {key, source, target,
// attributes} edges) so a front-end can `graph.import()` it and draw. Nearer actors are kept
// first when `limit` cuts; only the kept actors' names are read from the store, in one call, and
// kept per projection.
import { BASES, type ActorKind, type Basis, type RelationStatus, type RelationType } from '../graph/model.js';
import type { ActorLabel, GraphStore } from '../graph/store.js';
import type { PathDirection } from './flow.js';
import { linkRule, type LinkRule } from './links.js';
import type { Projection } from './projection/projection.js';
import { RecordCache } from './projection/record-cache.js';
import { sortedLinks } from './sorted-links.js';

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

interface Walked {
  /** The kept actors, nearest first, each depth in the order the walk reached them. */
  actors: number[];
  /** Each actor's depth, −1 for actors not kept. */
  depthOf: Int8Array;
  truncated: boolean;
}

export async function neighborhood(store: Pick<GraphStore, 'actorLabels'>, projection: Projection, query: NeighborhoodQuery): Promise<Subgraph> {
  const centre = projection.indexOf(query.id);
  if (centre < 0) return { nodes: [], edges: [], truncated: false, revision: projection.revision };
  const rule = linkRule(projection, { relationTypes: query.relationTypes, direction: query.direction ?? 'ANY' }, 'all');
  const walked = walkAround(projection, rule, centre, query.depth, query.limit);
  const labels = await labelsOf(store, projection, walked.actors.map((a) => projection.id(a)));
  const nodes = walked.actors.map((a) => {
    const key = projection.id(a);
    const label = labels.get(key);
    const attributes = { label: label?.name ?? key, labelEn: label?.nameEn ?? null, kind: projection.kind(a), inDistrict: projection.inDistrict(a), depth: walked.depthOf[a] as number };
    return { key, attributes };
  });
  return { nodes, edges: edgesBetween(projection, rule, walked), truncated: walked.truncated, revision: projection.revision };
}

/** Breadth first from `centre`, each actor's neighbours in id order, so that a cut keeps the same actors every time. */
function walkAround(projection: Projection, rule: LinkRule, centre: number, maxDepth: number, limit: number): Walked {
  const { start, neighbour, relation } = sortedLinks(projection);
  const depthOf = new Int8Array(projection.actorCount).fill(-1);
  const actors = [centre];
  depthOf[centre] = 0;
  for (let head = 0; head < actors.length; head++) {
    const a = actors[head] as number;
    const depth = depthOf[a] as number;
    if (depth >= maxDepth) break;
    for (let k = start[a] as number, end = start[a + 1] as number; k < end; k++) {
      const b = neighbour[k] as number;
      if (depthOf[b] !== -1 || !rule.canStep(relation[k] as number, a)) continue;
      if (actors.length >= limit) return { actors, depthOf, truncated: true };
      depthOf[b] = depth + 1;
      actors.push(b);
    }
  }
  return { actors, depthOf, truncated: false };
}

/** Every relation the walk could follow between kept actors, each once, by source id then relation id. */
function edgesBetween(projection: Projection, rule: LinkRule, { actors, depthOf }: Walked): Subgraph['edges'] {
  const { outStart, outRelations } = projection;
  const { to, ids } = projection.relations;
  const edges: Subgraph['edges'] = [];
  // Index order is id order: sources in index order, then each source's relations by id.
  for (const a of [...actors].sort((x, y) => x - y)) {
    const kept: number[] = [];
    for (let k = outStart[a] as number, end = outStart[a + 1] as number; k < end; k++) {
      const r = outRelations[k] as number;
      const b = to[r] as number;
      if (b !== a && depthOf[b] !== -1 && (rule.canStep(r, a) || rule.canStep(r, b))) kept.push(r);
    }
    kept.sort((x, y) => ids.compare(x, y));
    for (const r of kept) {
      const attributes = { type: projection.type(r), status: projection.status(r), basis: BASES[projection.relations.bases[r] as number] as Basis };
      edges.push({ key: projection.relationId(r), source: projection.id(a), target: projection.id(to[r] as number), attributes });
    }
  }
  return edges;
}

const labelCaches = new WeakMap<Projection, RecordCache<ActorLabel>>();

/** The actors' names, read once per projection (revision) in one store call for those not read yet. */
function labelsOf(store: Pick<GraphStore, 'actorLabels'>, projection: Projection, ids: readonly string[]): Promise<Map<string, ActorLabel>> {
  let cache = labelCaches.get(projection);
  if (!cache) {
    cache = new RecordCache<ActorLabel>();
    labelCaches.set(projection, cache);
  }
  return cache.get(ids, (missing) => store.actorLabels(missing));
}
