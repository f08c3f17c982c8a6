// Shortest routes from every actor to the nearest of a target set, in one breadth-first walk
// back from the targets (graphology's single-pair searches would need one walk per actor).
import type { ActorRecord, RelationRecord } from '../graph/model.js';
import type { FoundPath } from './connections.js';
import type { GraphSnapshot } from './snapshot.js';

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
  const step = new Map<string, { hops: number; next?: string; relation?: RelationRecord }>();
  let frontier = snapshot.actors().filter(isTarget).map((a) => a.id);
  for (const id of frontier) step.set(id, { hops: 0 });
  for (let hops = 1; hops <= maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of snapshot.neighbours(id)) {
        const relation = neighbour.relations.find(usable);
        if (!relation || step.has(neighbour.id)) continue;
        step.set(neighbour.id, { hops, next: id, relation });
        next.push(neighbour.id);
      }
    }
    frontier = next;
  }
  return {
    hops: (id) => step.get(id)?.hops,
    route(id) {
      if (!step.has(id)) return undefined;
      const path: FoundPath = { nodes: [snapshot.actor(id) as ActorRecord], relations: [] };
      for (let at = step.get(id); at?.next && at.relation; at = step.get(at.next)) {
        path.nodes.push(snapshot.actor(at.next) as ActorRecord);
        path.relations.push(at.relation);
      }
      return path;
    },
  };
}
