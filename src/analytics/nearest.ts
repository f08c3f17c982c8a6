// Shortest routes from every actor to the nearest of a target set, in one breadth-first walk
// back from the targets (graphology's single-pair searches would need one walk per actor).
import type { ActorRecord, RelationRecord } from '../graph/model.js';
import type { FoundPath } from './connections.js';
import type { GraphSnapshot } from './snapshot.js';
import { breadthFirst } from './walk.js';

export interface NearestTargets {
  /** Hops from `id` to its nearest target, or undefined when none is within reach. */
  hops(id: string): number | undefined;
  /** One shortest path from `id` to a target (ties broken by actor id). */
  route(id: string): FoundPath | undefined;
}

export function nearestTargets(
  snapshot: GraphSnapshot,
  isTarget: (actor: ActorRecord) => boolean,
  usable: (relation: RelationRecord) => boolean,
  maxHops: number,
): NearestTargets {
  const step = new Map<string, { next: string; relation: RelationRecord }>();
  const targets = snapshot.actors().filter(isTarget).map((a) => a.id);
  const depth = breadthFirst(targets, maxHops, (id, _depth, enter) => {
    for (const neighbour of snapshot.neighbours(id)) {
      const relation = neighbour.relations.find(usable);
      if (relation && enter(neighbour.id)) step.set(neighbour.id, { next: id, relation });
    }
  });
  return {
    hops: (id) => depth.get(id),
    route(id) {
      if (!depth.has(id)) return undefined;
      const path: FoundPath = { nodes: [snapshot.actor(id) as ActorRecord], relations: [] };
      for (let at = step.get(id); at; at = step.get(at.next)) {
        path.nodes.push(snapshot.actor(at.next) as ActorRecord);
        path.relations.push(at.relation);
      }
      return path;
    },
  };
}
