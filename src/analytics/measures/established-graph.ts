// The undirected simple graph of established relations, as CSR over the projection's actor
// indexes (parallel relations merged; `weight` = how many): what the whole-graph measures run on.
import { ESTABLISHED, type Projection } from '../projection/projection.js';

export interface UndirectedCsr {
  actorCount: number;
  start: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

export function establishedGraph(projection: Projection): UndirectedCsr {
  const n = projection.actorCount;
  const { statuses } = projection.relations;
  const start = new Int32Array(n + 1);
  const seenAt = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const neighbours: number[] = [];
  const weights: number[] = [];
  for (let a = 0; a < n; a++) {
    start[a] = neighbours.length;
    projection.forEachLink(a, (r, b) => {
      if (statuses[r] !== ESTABLISHED) return;
      if (seenAt[b] === a) {
        const k = slot[b] as number;
        weights[k] = (weights[k] as number) + 1;
        return;
      }
      seenAt[b] = a;
      slot[b] = neighbours.length;
      neighbours.push(b);
      weights.push(1);
    });
  }
  start[n] = neighbours.length;
  return { actorCount: n, start, neighbours: Int32Array.from(neighbours), weights: Float64Array.from(weights) };
}
