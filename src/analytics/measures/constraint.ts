// Burt's constraint of one actor on the established graph as CSR (structure.ts has the formula):
// computed only for the actors an answer reports, since a hub's costs Σ of its neighbours' degrees.
import type { UndirectedCsr } from './established-graph.js';

const strength = (graph: UndirectedCsr, a: number) => {
  let sum = 0;
  for (let e = graph.start[a] as number; e < (graph.start[a + 1] as number); e++) sum += graph.weights[e] as number;
  return sum;
};

/** c_i = Σ_j (p_ij + Σ_q p_iq·p_qj)²; undefined for an isolated actor. */
export function constraintOf(graph: UndirectedCsr, i: number): number | undefined {
  const { start, neighbours, weights } = graph;
  if (start[i] === start[i + 1]) return undefined;
  const total = strength(graph, i);
  const direct = new Map<number, number>();
  for (let e = start[i] as number; e < (start[i + 1] as number); e++) direct.set(neighbours[e] as number, (weights[e] as number) / total);
  const indirect = new Map<number, number>();
  for (const [q, piq] of direct) {
    const qTotal = strength(graph, q);
    for (let e = start[q] as number; e < (start[q + 1] as number); e++) {
      const j = neighbours[e] as number;
      if (j !== q && direct.has(j)) indirect.set(j, (indirect.get(j) ?? 0) + piq * ((weights[e] as number) / qTotal));
    }
  }
  let c = 0;
  for (const [j, pij] of direct) c += (pij + (indirect.get(j) ?? 0)) ** 2;
  return c;
}
