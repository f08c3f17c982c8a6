// The whole-graph measures of one projection, computed together: degree, sampled betweenness,
// label-propagation communities. What the `centrality` query serves from cache, and what the
// brokerage gap reads.
import type { Projection } from '../projection/projection.js';
import { SLICE_MS, WorkClock } from '../work-clock.js';
import { sampledBetweenness, type Betweenness } from './betweenness.js';
import { labelPropagation, type Communities } from './communities.js';
import { establishedGraphSteps, type UndirectedCsr } from './established-graph.js';
import { runInSlices } from './slices.js';

export interface WholeGraphMeasures {
  revision: number;
  /** The undirected graph of established relations they were computed on. */
  graph: UndirectedCsr;
  /** Established neighbours per actor index (parallel relations counted once). */
  degree: Int32Array;
  betweenness: Betweenness;
  communities: Communities;
  /** Actor indexes by betweenness, highest first (then by index). */
  ranking: Int32Array;
  computedMs: number;
  /** Milliseconds per part: established graph, betweenness, communities, ranking. */
  parts: Map<string, number>;
}

/** Sources for sampled betweenness, at most: exact up to this many actors. */
export const BETWEENNESS_SAMPLES = 256;
/**
 * Adjacency entries the sources may walk in all (each source walks every entry twice): bounds the
 * cost on a district-size graph (2 × 10⁶ entries at 10⁵ actors and 10⁶ relations: 32 sources),
 * at a wider error bound, which the answer states.
 */
export const BETWEENNESS_WORK = 64_000_000;
export const MIN_BETWEENNESS_SAMPLES = 32;

/** How many sources the graph's size allows within BETWEENNESS_WORK, between the minimum and BETWEENNESS_SAMPLES. */
export function betweennessSamples(graph: UndirectedCsr): number {
  return Math.max(MIN_BETWEENNESS_SAMPLES, Math.min(BETWEENNESS_SAMPLES, Math.floor(BETWEENNESS_WORK / Math.max(1, graph.neighbours.length))));
}

/** Computes in slices, yielding to the event loop between steps, so requests keep being answered. */
export async function wholeGraphMeasures(projection: Projection, samples?: number, signal?: AbortSignal): Promise<WholeGraphMeasures> {
  const started = performance.now();
  const clock = new WorkClock(SLICE_MS, undefined, signal);
  const graph = await clock.time('established graph', () => runInSlices(establishedGraphSteps(projection), clock));
  const degree = new Int32Array(graph.actorCount).map((_, a) => (graph.start[a + 1] as number) - (graph.start[a] as number));
  const betweenness = await clock.time('betweenness', () => runInSlices(sampledBetweenness(graph, samples ?? betweennessSamples(graph)), clock));
  const communities = await clock.time('communities', () => runInSlices(labelPropagation(graph), clock));
  await clock.breathe();
  const ranking = await clock.time('ranking', () => rankingOf(betweenness.scores));
  return { revision: projection.revision, graph, degree, betweenness, communities, ranking, computedMs: performance.now() - started, parts: clock.parts };
}

/** Actor indexes by score, highest first, then by index. */
function rankingOf(scores: Float64Array): Int32Array {
  return Int32Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
}
