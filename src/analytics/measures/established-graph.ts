// The undirected simple graph of established relations, as CSR over the projection's actor
// indexes (parallel relations merged; `weight` = how many): what the whole-graph measures run on.
// Built into typed arrays (a district-size graph has millions of entries), yielding every
// ACTORS_PER_STEP actors so a server can answer in between (slices.ts).
import { ESTABLISHED, type Projection } from '../projection/projection.js';
import { runAtOnce } from './slices.js';

export interface UndirectedCsr {
  actorCount: number;
  start: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

const ACTORS_PER_STEP = 5_000;

export function* establishedGraphSteps(projection: Projection): Generator<void, UndirectedCsr> {
  const n = projection.actorCount;
  const { from, to, statuses } = projection.relations;
  const { outStart, outRelations, inStart, inRelations } = projection;
  const start = new Int32Array(n + 1);
  const seenAt = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  // Each relation is listed at both ends at most: the upper bound of the entries.
  const neighbours = new Int32Array(2 * projection.relationCount);
  const weights = new Float64Array(2 * projection.relationCount);
  let size = 0;
  const link = (a: number, r: number, b: number) => {
    if (statuses[r] !== ESTABLISHED || b === a) return;
    if (seenAt[b] === a) {
      const k = slot[b] as number;
      weights[k] = (weights[k] as number) + 1;
      return;
    }
    seenAt[b] = a;
    slot[b] = size;
    neighbours[size] = b;
    weights[size] = 1;
    size++;
  };
  for (let a = 0; a < n; a++) {
    start[a] = size;
    // In the projection's order: relations leaving the actor, then relations entering it.
    for (let k = outStart[a] as number, end = outStart[a + 1] as number; k < end; k++) link(a, outRelations[k] as number, to[outRelations[k] as number] as number);
    for (let k = inStart[a] as number, end = inStart[a + 1] as number; k < end; k++) link(a, inRelations[k] as number, from[inRelations[k] as number] as number);
    if ((a + 1) % ACTORS_PER_STEP === 0) yield;
  }
  start[n] = size;
  return { actorCount: n, start, neighbours: neighbours.slice(0, size), weights: weights.slice(0, size) };
}

/** The graph in one go (small graphs, tests). */
export const establishedGraph = (projection: Projection): UndirectedCsr => runAtOnce(establishedGraphSteps(projection));
