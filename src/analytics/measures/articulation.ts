// Articulation points (single points of failure) on the established graph as CSR, by Tarjan's
// iterative depth-first search: linear, so it runs on a district-size graph. Each with how many
// actors its removal cuts off from the largest part that remains (as structure.ts does on small
// graphology graphs).
import type { UndirectedCsr } from './established-graph.js';

export function articulationPointsCsr(graph: UndirectedCsr): Map<number, number> {
  const { actorCount: n, start, neighbours } = graph;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  /** Sum and largest of the subtrees that removing the actor separates from its parent's side. */
  const separatedSum = new Int32Array(n);
  const separatedMax = new Int32Array(n);
  const separatedCount = new Int32Array(n);
  const cutOff = new Map<number, number>();
  let counter = 0;
  const stack = new Int32Array(n);
  const members: number[] = [];
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    members.length = 0;
    let top = 0;
    const visit = (v: number, from: number) => {
      order[v] = low[v] = counter++;
      size[v] = 1;
      parent[v] = from;
      next[v] = start[v] as number;
      members.push(v);
      stack[top++] = v;
    };
    visit(root, -1);
    while (top > 0) {
      const v = stack[top - 1] as number;
      if ((next[v] as number) < (start[v + 1] as number)) {
        const w = neighbours[next[v] as number] as number;
        next[v] = (next[v] as number) + 1;
        if (order[w] === -1) visit(w, v);
        else if (w !== parent[v]) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      top--;
      const u = parent[v] as number;
      if (u === -1) continue;
      low[u] = Math.min(low[u] as number, low[v] as number);
      size[u] = (size[u] as number) + (size[v] as number);
      if (u === root || (low[v] as number) >= (order[u] as number)) {
        separatedSum[u] = (separatedSum[u] as number) + (size[v] as number);
        separatedMax[u] = Math.max(separatedMax[u] as number, size[v] as number);
        separatedCount[u] = (separatedCount[u] as number) + 1;
      }
    }
    const component = members.length;
    for (const v of members) {
      // Every child of the root is separated; a non-root actor also leaves its parent's side.
      const parentSide = v === root ? 0 : component - 1 - (separatedSum[v] as number);
      const pieces = (separatedCount[v] as number) + (v === root ? 0 : 1);
      if (pieces >= 2) cutOff.set(v, component - 1 - Math.max(separatedMax[v] as number, parentSide));
    }
  }
  return cutOff;
}
