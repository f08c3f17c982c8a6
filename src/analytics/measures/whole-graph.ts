// The whole-graph measures of one projection, computed together: degree, sampled betweenness,
// label-propagation communities. What the `centrality` query serves from cache.
import type { Projection } from '../projection/projection.js';
import { sampledBetweenness, type Betweenness } from './betweenness.js';
import { labelPropagation, type Communities } from './communities.js';
import { establishedGraph } from './established-graph.js';
import { runInSlices } from './slices.js';

export interface WholeGraphMeasures {
  revision: number;
  /** Established neighbours per actor index (parallel relations counted once). */
  degree: Int32Array;
  betweenness: Betweenness;
  communities: Communities;
  /** Actor indexes by betweenness, highest first (then by index). */
  ranking: Int32Array;
  computedMs: number;
}

/** Sources for sampled betweenness: exact up to this many actors. */
export const BETWEENNESS_SAMPLES = 256;

/** Computes in slices, yielding to the event loop between steps, so requests keep being answered. */
export async function wholeGraphMeasures(projection: Projection, samples = BETWEENNESS_SAMPLES): Promise<WholeGraphMeasures> {
  const started = performance.now();
  const graph = establishedGraph(projection);
  const degree = new Int32Array(graph.actorCount).map((_, a) => (graph.start[a + 1] as number) - (graph.start[a] as number));
  const betweenness = await runInSlices(sampledBetweenness(graph, samples));
  const communities = await runInSlices(labelPropagation(graph));
  const ranking = Int32Array.from({ length: graph.actorCount }, (_, i) => i).sort(
    (a, b) => (betweenness.scores[b] as number) - (betweenness.scores[a] as number) || a - b,
  );
  return { revision: projection.revision, degree, betweenness, communities, ranking, computedMs: performance.now() - started };
}
