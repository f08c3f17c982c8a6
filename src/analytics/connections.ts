// Paths from one actor, through actors of the `via` kinds, to a target set: the planners'
// "which funds connect 北航 research to district firms?", walked on the projection.
// Semantics (docs/analytics.md, "connections"):
// - relations are followed the way things move (flow.ts); structure only when named, and never
//   up into a group and down again to another member;
// - GOVERNMENT and POLICY actors are intermediates only when `via` names their kind;
// - with `via`, every intermediate is of a via kind and there is at least one; such an
//   intermediate may also be a target; other targets end the path;
// - one path per sequence of actors: between two actors it takes the firmest relation;
// - order: fewer hops first, then paths made only of established relations, then by actor ids.
import type { ActorKind, ActorRecord, Basis, RelationRecord, RelationType } from '../graph/model.js';
import { AnalyticsError } from './errors.js';
import { HUB_KINDS, type PathDirection } from './flow.js';
import { linkRule } from './links.js';
import { ESTABLISHED, KIND_CODE, type Projection } from './projection/projection.js';
import { breadthFirst } from './walk.js';

export interface ConnectionTarget {
  kinds?: readonly ActorKind[] | null;
  inDistrict?: boolean | null;
  ids?: readonly string[] | null;
}

export interface ConnectionQuery {
  /** The start actor's id. */
  from: string;
  via?: readonly ActorKind[] | null;
  to: ConnectionTarget;
  maxHops: number;
  includePlanned: boolean;
  first: number;
  relationTypes?: readonly RelationType[] | null;
  direction?: PathDirection | null;
  bases?: readonly Basis[] | null;
}

/** A path as the API returns it: nodes[i] and nodes[i+1] joined by relations[i]. */
export interface FoundPath {
  nodes: ActorRecord[];
  relations: RelationRecord[];
  /** The graph revision the path was found at, when it comes from the projection. */
  revision?: number;
  /** Why the path answers the question, when it answers one. */
  explanation?: { zh: string; en: string };
}

/** A path found on the projection: actor and relation indexes. */
export interface ProjectedPath {
  actors: number[];
  relations: number[];
}

/** Per-request bounds: a hub-heavy graph must not let one query run away. */
export const CONNECTION_LIMITS = { maxHops: 6, first: 200, partialPaths: 100_000 } as const;

interface Partial extends ProjectedPath {
  /** The last hop went up a structural relation (member → group): it may not go down one next. */
  up: boolean;
}

export function allEstablished(path: { relations: readonly RelationRecord[] }): boolean {
  return path.relations.every((r) => r.status === 'ESTABLISHED');
}

export function targetMatcher(projection: Projection, from: number, to: ConnectionTarget): (actor: number) => boolean {
  const kinds = to.kinds?.length ? new Set(to.kinds.map((k) => KIND_CODE.get(k))) : null;
  const ids = to.ids?.length ? new Set(to.ids.map((id) => projection.indexOf(id))) : null;
  const { kinds: kindOf, inDistrict } = projection.actors;
  return (a) =>
    a !== from && (!kinds || kinds.has(kindOf[a])) && (to.inDistrict == null || (inDistrict[a] === 1) === to.inDistrict) && (!ids || ids.has(a));
}

export function findConnections(projection: Projection, query: ConnectionQuery): ProjectedPath[] {
  const { maxHops, first } = query;
  const from = projection.indexOf(query.from);
  if (from < 0) return [];
  const via = query.via?.length ? new Set(query.via.map((k) => KIND_CODE.get(k))) : null;
  const hubs = new Set([...HUB_KINDS].map((k) => KIND_CODE.get(k)));
  const kindOf = projection.actors.kinds;
  const isTarget = targetMatcher(projection, from, query.to);
  const mayPass = (a: number) => a !== from && (via ? via.has(kindOf[a]) : !hubs.has(kindOf[a]) && !isTarget(a));
  const links = linkRule(projection, query, 'channels');
  const minHops = via ? 2 : 1;

  // Prune: actors a path may pass within maxHops − 1 hops, then each one's hops to a target.
  const reach = breadthFirst([from], maxHops - 1, (a, _d, enter) => {
    projection.forEachLink(a, (r, b) => {
      if (links.canStep(r, a) && mayPass(b)) enter(b);
    });
  });
  const targets = new Set<number>();
  for (const a of reach.keys()) {
    projection.forEachLink(a, (r, b) => {
      if (isTarget(b) && links.canStep(r, a)) targets.add(b);
    });
  }
  const distance = breadthFirst(targets, maxHops, (b, _d, enter) => {
    if (b === from) return;
    projection.forEachLink(b, (r, a) => {
      if (reach.has(a) && links.canStep(r, a)) enter(a);
    });
  });
  if (!distance.has(from)) return [];

  const found: ProjectedPath[] = [];
  let layer: Partial[] = [{ actors: [from], relations: [], up: false }];
  let expanded = 0;
  for (let hops = 1; hops <= maxHops && layer.length > 0 && found.length < first; hops++) {
    const next: Partial[] = [];
    for (const path of layer) {
      const last = path.actors[path.actors.length - 1] as number;
      for (const [b, r] of firmestLinks(projection, last, path, links)) {
        if (path.actors.includes(b)) continue;
        const extended = { actors: [...path.actors, b], relations: [...path.relations, r] };
        if (isTarget(b) && hops >= minHops) found.push(extended);
        if (hops === maxHops || !mayPass(b) || (distance.get(b) ?? Infinity) > maxHops - hops) continue;
        if (++expanded > CONNECTION_LIMITS.partialPaths) throw tooBroad(maxHops);
        next.push({ ...extended, up: links.isStructure(r) && projection.relations.from[r] === last });
      }
    }
    layer = next;
  }
  const established = (p: ProjectedPath) => p.relations.every((r) => projection.relations.statuses[r] === ESTABLISHED);
  return found
    .map((p) => ({ p, est: established(p) }))
    .sort((a, b) => a.p.relations.length - b.p.relations.length || Number(!a.est) - Number(!b.est) || compareIndexes(a.p.actors, b.p.actors))
    .slice(0, first)
    .map(({ p }) => p);
}

/** For each neighbour a path may step to from `actor`, the firmest relation that allows it. */
function firmestLinks(projection: Projection, actor: number, path: Partial, links: ReturnType<typeof linkRule>): Map<number, number> {
  const best = new Map<number, number>();
  projection.forEachLink(actor, (r, b, forward) => {
    if (!links.canStep(r, actor)) return;
    // Never up into a group and down again to another member through it.
    if (path.up && !forward && links.isStructure(r)) return;
    const current = best.get(b);
    if (current === undefined || projection.firmer(r, current)) best.set(b, r);
  });
  return best;
}

function compareIndexes(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

function tooBroad(maxHops: number) {
  return new AnalyticsError(
    'SEARCH_TOO_BROAD',
    `more than ${CONNECTION_LIMITS.partialPaths} partial paths within ${maxHops} hops: lower maxHops, or narrow \`via\` or \`to\``,
    { limit: CONNECTION_LIMITS.partialPaths },
  );
}
