// Structural measures graphology's packages do not ship: Burt's constraint and articulation
// points (single points of failure), on an undirected simple graph with a `weight` per edge.
import type { UndirectedGraph } from 'graphology';

const weight = (graph: UndirectedGraph, a: string, b: string) => (graph.getEdgeAttribute(a, b, 'weight') as number | undefined) ?? 1;

/**
 * Burt's constraint c_i = Σ_j (p_ij + Σ_q p_iq·p_qj)², j, q neighbours of i, q ≠ j, where p_ij is
 * the share of i's tie weight spent on j. Low constraint: i spans structural holes. Isolated
 * actors have none (left out).
 */
export function burtConstraint(graph: UndirectedGraph): Map<string, number> {
  const strength = new Map<string, number>();
  graph.forEachNode((n) => strength.set(n, graph.reduceNeighbors(n, (sum, m) => sum + weight(graph, n, m), 0)));
  const p = (i: string, j: string) => (graph.hasEdge(i, j) ? weight(graph, i, j) / (strength.get(i) as number) : 0);
  const constraint = new Map<string, number>();
  graph.forEachNode((i) => {
    if (graph.degree(i) === 0) return;
    const neighbours = graph.neighbors(i);
    let total = 0;
    for (const j of neighbours) {
      let indirect = 0;
      for (const q of neighbours) if (q !== j) indirect += p(i, q) * p(q, j);
      total += (p(i, j) + indirect) ** 2;
    }
    constraint.set(i, total);
  });
  return constraint;
}

/**
 * Articulation points (Tarjan, iterative): actors whose removal disconnects their component,
 * each with how many actors it would cut off from the largest part that remains.
 */
export function articulationPoints(graph: UndirectedGraph): Map<string, number> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const size = new Map<string, number>();
  /** Sizes of the subtrees that removing the actor separates from its DFS parent. */
  const separated = new Map<string, number[]>();
  const cutOff = new Map<string, number>();
  for (const root of graph.nodes()) {
    if (order.has(root)) continue;
    const members: string[] = [];
    const stack: { node: string; parent?: string; neighbours: string[]; next: number }[] = [];
    const visit = (node: string, parent?: string) => {
      order.set(node, order.size);
      low.set(node, order.get(node) as number);
      size.set(node, 1);
      members.push(node);
      stack.push({ node, parent, neighbours: graph.neighbors(node), next: 0 });
    };
    visit(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const neighbour = frame.neighbours[frame.next++];
      if (neighbour !== undefined) {
        if (!order.has(neighbour)) visit(neighbour, frame.node);
        else if (neighbour !== frame.parent) low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(neighbour) as number));
        continue;
      }
      stack.pop();
      const parent = frame.parent;
      if (parent === undefined) continue;
      low.set(parent, Math.min(low.get(parent) as number, low.get(frame.node) as number));
      size.set(parent, (size.get(parent) as number) + (size.get(frame.node) as number));
      if (parent === root || (low.get(frame.node) as number) >= (order.get(parent) as number)) {
        separated.set(parent, [...(separated.get(parent) ?? []), size.get(frame.node) as number]);
      }
    }
    const component = members.length;
    for (const node of members) {
      const pieces = separated.get(node) ?? [];
      // Every child of the root is separated; a non-root actor also leaves its parent's side.
      const parentSide = node === root ? [] : [component - 1 - pieces.reduce((a, b) => a + b, 0)];
      const all = [...pieces, ...parentSide];
      if (all.length >= 2) cutOff.set(node, component - 1 - Math.max(...all));
    }
  }
  return cutOff;
}
