// Paths from one actor, through actors of the `via` kinds, to a target set: the planners'
// "which funds connect 北航 research to district firms?". Semantics (docs/analytics.md):
// - relations are walked in either direction; a path never visits an actor twice;
// - with `via`, every intermediate actor is of a via kind and there is at least one;
// - a path ends at the first target it reaches (targets are never intermediates);
// - one path per sequence of actors: between two actors it takes the firmest relation
//   (established first), so parallel relations never make duplicate paths;
// - order: fewer hops first, then paths made only of established relations, then by actor ids.
import { AnalyticsError } from './errors.js';
import type { ActorKind, ActorRecord, RelationRecord } from '../graph/model.js';
import type { GraphSnapshot } from './snapshot.js';

export interface ConnectionTarget {
  kinds?: readonly ActorKind[] | null;
  inDistrict?: boolean | null;
  ids?: readonly string[] | null;
}

export interface ConnectionQuery {
  from: string;
  via?: readonly ActorKind[] | null;
  to: ConnectionTarget;
  maxHops: number;
  includePlanned: boolean;
  first: number;
}

export interface FoundPath {
  nodes: ActorRecord[];
  relations: RelationRecord[];
}

/** Per-request bounds: a hub-heavy graph must not let one query run away. */
export const CONNECTION_LIMITS = { maxHops: 6, first: 200, partialPaths: 100_000 } as const;

interface Partial {
  nodes: string[];
  relations: RelationRecord[];
}

export function targetMatcher(to: ConnectionTarget): (actor: ActorRecord) => boolean {
  const kinds = to.kinds?.length ? new Set(to.kinds) : null;
  const ids = to.ids?.length ? new Set(to.ids) : null;
  return (actor) =>
    (!kinds || kinds.has(actor.kind)) && (to.inDistrict == null || actor.inDistrict === to.inDistrict) && (!ids || ids.has(actor.id));
}

export function allEstablished(path: { relations: readonly RelationRecord[] }): boolean {
  return path.relations.every((r) => r.status === 'ESTABLISHED');
}

export function findConnections(snapshot: GraphSnapshot, query: ConnectionQuery): FoundPath[] {
  const { from, maxHops, first } = query;
  const via = query.via?.length ? new Set(query.via) : null;
  const matches = targetMatcher(query.to);
  const kindOf = (id: string) => snapshot.actor(id)?.kind;
  const isTarget = (id: string) => id !== from && matches(snapshot.graph.getNodeAttributes(id));
  const mayPass = (id: string) => id !== from && !isTarget(id) && (!via || via.has(kindOf(id) as ActorKind));
  const link = (neighbour: { relations: readonly RelationRecord[] }) =>
    neighbour.relations.find((r) => query.includePlanned || r.status === 'ESTABLISHED');
  const minHops = via ? 2 : 1;

  const rules = { isTarget, mayPass, link, from, maxHops };
  const distance = hopsToTarget(snapshot, rules, reachable(snapshot, rules));
  if (distance.get(from) === undefined) return [];

  const found: Partial[] = [];
  let layer: Partial[] = [{ nodes: [from], relations: [] }];
  let expanded = 0;
  for (let hops = 1; hops <= maxHops && layer.length > 0 && found.length < first; hops++) {
    const next: Partial[] = [];
    for (const path of layer) {
      const last = path.nodes[path.nodes.length - 1] as string;
      for (const neighbour of snapshot.neighbours(last)) {
        const relation = link(neighbour);
        if (!relation || path.nodes.includes(neighbour.id)) continue;
        const arrives = isTarget(neighbour.id);
        if (arrives ? hops < minHops : !mayPass(neighbour.id) || (distance.get(neighbour.id) ?? Infinity) > maxHops - hops) continue;
        if (++expanded > CONNECTION_LIMITS.partialPaths) throw tooBroad(maxHops);
        const extended = { nodes: [...path.nodes, neighbour.id], relations: [...path.relations, relation] };
        (arrives ? found : next).push(extended);
      }
    }
    layer = next;
  }
  return found
    .sort(byOrder)
    .slice(0, first)
    .map((p) => ({ nodes: p.nodes.map((id) => snapshot.graph.getNodeAttributes(id)), relations: p.relations }));
}

function byOrder(a: Partial, b: Partial): number {
  return (
    a.relations.length - b.relations.length ||
    Number(!allEstablished(a)) - Number(!allEstablished(b)) ||
    a.nodes.join('\u0000').localeCompare(b.nodes.join('\u0000'))
  );
}

interface SearchRules {
  isTarget(id: string): boolean;
  mayPass(id: string): boolean;
  link(n: { relations: readonly RelationRecord[] }): RelationRecord | undefined;
  from: string;
  maxHops: number;
}

/** Actors a path from `from` may pass within maxHops − 1 hops (with `from` itself). */
function reachable(snapshot: GraphSnapshot, rules: SearchRules): Set<string> {
  const seen = new Set([rules.from]);
  let frontier = [rules.from];
  for (let hops = 1; hops < rules.maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of snapshot.neighbours(id)) {
        if (seen.has(neighbour.id) || !rules.mayPass(neighbour.id) || !rules.link(neighbour)) continue;
        seen.add(neighbour.id);
        next.push(neighbour.id);
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * Hops from each reachable actor to the nearest target, walking back from the targets next to
 * them: what lets the search drop, early, every partial path that cannot arrive in time. Both
 * walks stay within what `from` can reach, so a narrow question stays cheap on a large graph.
 */
function hopsToTarget(snapshot: GraphSnapshot, rules: SearchRules, reach: ReadonlySet<string>): Map<string, number> {
  const targets = new Set<string>();
  for (const id of reach) {
    for (const neighbour of snapshot.neighbours(id)) if (rules.isTarget(neighbour.id) && rules.link(neighbour)) targets.add(neighbour.id);
  }
  const distance = new Map<string, number>([...targets].map((id) => [id, 0]));
  let frontier = [...targets];
  for (let hops = 1; hops <= rules.maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of snapshot.neighbours(id)) {
        if (distance.has(neighbour.id) || !reach.has(neighbour.id) || !rules.link(neighbour)) continue;
        distance.set(neighbour.id, hops);
        if (neighbour.id !== rules.from) next.push(neighbour.id);
      }
    }
    frontier = next;
  }
  return distance;
}

function tooBroad(maxHops: number) {
  return new AnalyticsError(
    'SEARCH_TOO_BROAD',
    `more than ${CONNECTION_LIMITS.partialPaths} partial paths within ${maxHops} hops: lower maxHops, or narrow \`via\` or \`to\``,
    { limit: CONNECTION_LIMITS.partialPaths },
  );
}
