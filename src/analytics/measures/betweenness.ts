// Betweenness centrality by Brandes' algorithm from k sampled sources (as GDS's sampled
// betweenness): exact when k ≥ the number of actors. Unweighted shortest paths, undirected.
//
// Error bound: for a source s drawn uniformly, X_s = δ_s(v)/(n−2) lies in [0, 1] and
// E[X_s]·n/(n−1) is v's normalised betweenness. By Hoeffding's inequality and a union bound over
// all n actors, with probability ≥ 1 − δ every estimate is within ε = √(ln(2n/δ) / 2k) of the
// truth (normalised scale, 0–1). That is what `errorBound` states, at δ = 0.05.
import { seededRandom } from '../random.js';
import type { UndirectedCsr } from './established-graph.js';

export interface Betweenness {
  /** Normalised betweenness per actor index (0–1). */
  scores: Float64Array;
  /** Sources used; equal to the actor count when exact. */
  samples: number;
  exact: boolean;
  /** Bound on |estimate − truth| for every actor at once, with 95 % confidence; 0 when exact. */
  errorBound: number;
}

export const CONFIDENCE_DELTA = 0.05;

/** Yields after each source, so a caller can let other work run between them (slices.ts). */
export function* sampledBetweenness(graph: UndirectedCsr, k: number, seed = 1): Generator<void, Betweenness> {
  const n = graph.actorCount;
  const exact = k >= n;
  const sources = exact ? Array.from({ length: n }, (_, i) => i) : sample(n, k, seed);
  const raw = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const { start, neighbours } = graph;
  for (const s of sources) {
    // Breadth-first from s, counting shortest paths; then dependencies in reverse order.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++] as number;
      for (let e = start[v] as number; e < (start[v + 1] as number); e++) {
        const w = neighbours[e] as number;
        if (dist[w] === -1) {
          dist[w] = (dist[v] as number) + 1;
          order[tail++] = w;
        }
        if (dist[w] === (dist[v] as number) + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    for (let i = tail - 1; i >= 0; i--) {
      const w = order[i] as number;
      for (let e = start[w] as number; e < (start[w + 1] as number); e++) {
        const v = neighbours[e] as number;
        if (dist[v] === (dist[w] as number) - 1) delta[v] = (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      if (w !== s) raw[w] = (raw[w] as number) + (delta[w] as number);
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    yield;
  }
  // Σ over all sources of δ_s(v) counts each unordered pair twice: normalise by (n−1)(n−2).
  const scale = n > 2 ? (n / sources.length) / ((n - 1) * (n - 2)) : 0;
  const scores = raw.map((x) => x * scale);
  const errorBound = exact ? 0 : Math.sqrt(Math.log((2 * n) / CONFIDENCE_DELTA) / (2 * sources.length));
  return { scores, samples: sources.length, exact, errorBound };
}

/** k distinct actor indexes, drawn with the seeded generator (partial Fisher–Yates). */
function sample(n: number, k: number, seed: number): number[] {
  const next = seededRandom(seed);
  const pool = new Int32Array(n).map((_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (n - i));
    const t = pool[i] as number;
    pool[i] = pool[j] as number;
    pool[j] = t;
  }
  return Array.from(pool.subarray(0, k));
}
