// Paths from one actor, through actors of the `via` kinds, to a target set: the planners'
// "which funds connect 北航 research to district firms?", walked on the projection.
// Semantics (docs/analytics.md, "connections"):
// - relations are followed the way things move (flow.ts); structure only when named, and never
//   up into a group and down again to another member;
// - GOVERNMENT and POLICY actors are intermediates only when `via` names their kind;
// - with `via`, every intermediate is of a via kind and there is at least one; such an
//   intermediate may also be a target; other targets end the path (path-roles.ts);
// - one path per sequence of actors: between two actors it takes the firmest relation;
// - order: fewer hops first, then paths made only of established relations, then by actor ids;
//   the first `first` of them are found without enumerating the rest (path-search.ts).
import type { ActorKind, ActorRecord, Basis, RelationRecord, RelationType } from '../graph/model.js';
import type { PathDirection } from './flow.js';
import { linkRule } from './links.js';
import { PathRoles, type ConnectionTarget } from './path-roles.js';
import { PathSearch, type ProjectedPath, type SearchOutcome } from './path-search.js';
import type { Projection } from './projection/projection.js';

export type { ConnectionTarget } from './path-roles.js';
export type { ProjectedPath } from './path-search.js';

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
  /** The question the path answers, when it answers one: its explanation is written from it on demand. */
  query?: ConnectionQuery;
}

/**
 * Per-request bounds: a hub-heavy graph must not let one query run away. `partialPaths` and
 * `links` bound the work of one search (partial paths extended; link entries looked at, to extend
 * them and to work out distances to the targets), not the number of paths answered.
 */
export const CONNECTION_LIMITS = { maxHops: 6, first: 200, partialPaths: 100_000, links: 20_000_000 } as const;

export function allEstablished(path: { relations: readonly RelationRecord[] }): boolean {
  return path.relations.every((r) => r.status === 'ESTABLISHED');
}

export function findConnections(projection: Projection, query: ConnectionQuery): ProjectedPath[] {
  return searchConnections(projection, query).paths;
}

/** The paths with the work it took to find them (tests and benchmarks watch the work). */
export function searchConnections(projection: Projection, query: ConnectionQuery): SearchOutcome {
  const from = projection.indexOf(query.from);
  if (from < 0) return { paths: [], expanded: 0, distances: 0, linksScanned: 0 };
  const roles = new PathRoles(projection, from, query.to, query.via);
  const rule = linkRule(projection, query, 'channels');
  const { partialPaths, links } = CONNECTION_LIMITS;
  const bounds = { maxHops: query.maxHops, first: query.first, includePlanned: query.includePlanned, partialPaths, links };
  return new PathSearch(projection, rule, roles, bounds).run();
}
