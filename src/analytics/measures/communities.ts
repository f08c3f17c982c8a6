// Communities by weighted label propagation (Raghavan et al.; GDS offers it beside Louvain):
// every actor takes the label most of its neighbours' relation weight carries, in a seeded
// random order, until no label changes or `maxIterations`; on a tie an actor keeps its label or
// takes the smallest, so a run is deterministic. Linear per iteration: fit for a district-size graph in the background.
import { seededRandom } from '../random.js';
import type { UndirectedCsr } from './established-graph.js';

export interface Communities {
  /** Community per actor index: 0..count−1, numbered by first appearance in index order. */
  labels: Int32Array;
  count: number;
  iterations: number;
}

/** Yields after each pass over the actors (slices.ts). */
export function* labelPropagation(graph: UndirectedCsr, maxIterations = 20, seed = 1): Generator<void, Communities> {
  const n = graph.actorCount;
  const { start, neighbours, weights } = graph;
  const labels = new Int32Array(n).map((_, i) => i);
  const order = new Int32Array(n).map((_, i) => i);
  const next = seededRandom(seed);
  const score = new Float64Array(n);
  const touched: number[] = [];
  let iterations = 0;
  for (let changed = true; changed && iterations < maxIterations; iterations++) {
    changed = false;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const v of order) {
      if (start[v] === start[v + 1]) continue;
      for (let e = start[v] as number; e < (start[v + 1] as number); e++) {
        const l = labels[neighbours[e] as number] as number;
        if (score[l] === 0) touched.push(l);
        score[l] = (score[l] as number) + (weights[e] as number);
      }
      // The heaviest label; on a tie the current one stays (so it converges), else the smallest.
      let heaviest = 0;
      for (const l of touched) heaviest = Math.max(heaviest, score[l] as number);
      let best = labels[v] as number;
      if (score[best] !== heaviest) {
        best = Infinity;
        for (const l of touched) if (score[l] === heaviest && l < best) best = l;
      }
      for (const l of touched) score[l] = 0;
      touched.length = 0;
      if (best !== labels[v]) {
        labels[v] = best;
        changed = true;
      }
    }
    yield;
  }
  const renumber = new Map<number, number>();
  const dense = labels.map((l) => {
    if (!renumber.has(l)) renumber.set(l, renumber.size);
    return renumber.get(l) as number;
  });
  return { labels: dense, count: renumber.size, iterations };
}
