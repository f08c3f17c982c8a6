// The whole graph in memory, read once through GraphStore.readAll(): a graphology multigraph
// (actors keyed by id, relations by id) plus the indexes the analytics walk. Immutable once built.
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type { ActorRecord, GraphBatch, RelationRecord, RelationStatus } from '../graph/model.js';

/** A neighbour of an actor and every relation between the two, in either direction, best first. */
export interface Neighbour {
  id: string;
  relations: readonly RelationRecord[];
}

const STATUS_RANK: Record<RelationStatus, number> = { ESTABLISHED: 0, NEGOTIATING: 1, PLANNED: 2, INTENT: 3 };

/** Established relations first, then the firmer statuses, then by id: the order paths choose links in. */
export function byStrength(a: RelationRecord, b: RelationRecord): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.id.localeCompare(b.id);
}

export class GraphSnapshot {
  readonly graph = new MultiDirectedGraph<ActorRecord, RelationRecord>();
  private readonly adjacency = new Map<string, Neighbour[]>();
  private established?: UndirectedGraph;
  private readonly memos = new Map<string, unknown>();

  constructor(batch: GraphBatch) {
    for (const actor of batch.actors) this.graph.addNode(actor.id, actor);
    for (const relation of batch.relations) this.graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, relation);
    for (const id of this.graph.nodes()) this.adjacency.set(id, this.collectNeighbours(id));
  }

  actor(id: string): ActorRecord | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
  }

  actors(): ActorRecord[] {
    return this.graph.mapNodes((_id, actor) => actor);
  }

  relations(): RelationRecord[] {
    return this.graph.mapEdges((_id, relation) => relation);
  }

  /** Neighbours in id order; self-loops are left out (a path never revisits an actor). */
  neighbours(id: string): readonly Neighbour[] {
    return this.adjacency.get(id) ?? [];
  }

  /** Relations touching an actor, in either direction. */
  relationsOf(id: string): RelationRecord[] {
    return this.graph.mapEdges(id, (_key, relation) => relation);
  }

  /**
   * The undirected simple graph of established relations (parallel relations merged, `weight` =
   * how many): what community detection, betweenness and constraint run on.
   */
  establishedGraph(): UndirectedGraph {
    if (this.established) return this.established;
    const graph = new UndirectedGraph();
    this.graph.forEachNode((id, actor) => graph.addNode(id, { kind: actor.kind }));
    this.graph.forEachEdge((_key, relation, source, target) => {
      if (relation.status !== 'ESTABLISHED' || source === target) return;
      graph.updateEdge(source, target, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + 1 }));
    });
    this.established = graph;
    return graph;
  }

  /** Computes once per snapshot: whole-graph results (gaps, indices) stay valid until the graph changes. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  private collectNeighbours(id: string): Neighbour[] {
    const byNeighbour = new Map<string, RelationRecord[]>();
    this.graph.forEachEdge(id, (_key, relation, source, target) => {
      const other = source === id ? target : source;
      if (other === id) return;
      const list = byNeighbour.get(other) ?? [];
      list.push(relation);
      byNeighbour.set(other, list);
    });
    return [...byNeighbour]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([other, relations]) => ({ id: other, relations: relations.sort(byStrength) }));
  }
}
