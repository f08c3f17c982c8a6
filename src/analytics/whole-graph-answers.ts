// The coordination gaps and the indices of one graph revision, computed together on the
// projection (reading through the store only the records they report) as soon as a projection is
// built, and served from the projection cache until the revision moves. Each answer carries the
// revision it was computed at. The work gives the event loop a turn every few milliseconds
// (work-clock.ts), so the server keeps answering other requests meanwhile.
import type { GraphStore } from '../graph/store.js';
import { detectGaps } from './gaps/index.js';
import type { Gap } from './gaps/gap.js';
import { GraphView } from './graph-view.js';
import { computeIndices, indexFigures, type ComputedIndex } from './indices/compute.js';
import { INDEX_METRIC_NAMES } from './indices/definitions.js';
import { SHARE_METRIC_NAMES } from './measures.js';
import type { ProjectionCache } from './projection/projection-cache.js';
import type { Projection } from './projection/projection.js';
import { SLICE_MS, WorkClock } from './work-clock.js';

export interface WholeGraphAnswers {
  revision: number;
  gaps: Gap[];
  indices: ComputedIndex[];
  computedMs: number;
  /**
   * Milliseconds per part, in the order they ran: the metrics read (beside the detectors), each gap detector,
   * the indices, and the whole-graph measures the brokerage gap uses (`measures: …`, computed
   * beside the rest when a cache runs them in the background).
   */
  parts: Map<string, number>;
}

/** What the indices sum and what a fund's local shares are computed from. */
const WHOLE_GRAPH_METRIC_NAMES = [...new Set([...INDEX_METRIC_NAMES, ...SHARE_METRIC_NAMES])];

type Reads = Pick<GraphStore, 'actorsByIds' | 'relationsByIds' | 'readMetrics'>;

/** Computes the answers of a projection (no cache): the bench and the cache below call it. */
export async function computeWholeGraphAnswers(store: Reads, projection: Projection, cache?: ProjectionCache, clock = new WorkClock()): Promise<WholeGraphAnswers> {
  const started = performance.now();
  const measures = cache ? () => cache.measures(projection) : undefined;
  const view = new GraphView(projection, store, { measures, clock, metricNames: WHOLE_GRAPH_METRIC_NAMES });
  // The database scans for the metrics while the detectors work on the projection.
  const reading = clock.time('metrics read (beside the gaps)', () => view.heldMetrics());
  reading.catch(() => undefined);
  const gaps = await detectGaps(view);
  const held = await reading;
  const indices = await clock.time('indices', () => computeIndices(view, indexFigures(held, projection)));
  const computedMs = performance.now() - started;
  for (const [part, ms] of (await view.measuresAsked())?.parts ?? []) clock.record(`measures: ${part}`, ms);
  return { revision: projection.revision, gaps, indices, computedMs, parts: clock.parts };
}

/** The answers of a projection `cache.get()` returned, computed once per revision. */
export function wholeGraphAnswers(cache: ProjectionCache, store: Reads, projection: Projection): Promise<WholeGraphAnswers> {
  return cache.derive(projection, 'gaps-and-indices', (p) => computeWholeGraphAnswers(store, p, cache, new WorkClock(SLICE_MS, undefined, cache.stopping)));
}

/** Starts the answers of every new projection in the background. */
export function answerInBackground(cache: ProjectionCache, store: Reads): void {
  cache.runAfterBuild((projection) => wholeGraphAnswers(cache, store, projection));
}
