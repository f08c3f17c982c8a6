// The coordination gaps and the indices of one graph revision, computed together on the
// projection (reading through the store only the records they report) as soon as a projection is
// built, and served from the projection cache until the revision moves. Each answer carries the
// revision it was computed at.
import type { GraphStore } from '../graph/store.js';
import { detectGaps } from './gaps/index.js';
import type { Gap } from './gaps/gap.js';
import { GraphView } from './graph-view.js';
import { computeIndices, readIndexFigures, type ComputedIndex } from './indices/compute.js';
import type { ProjectionCache } from './projection/projection-cache.js';
import type { Projection } from './projection/projection.js';

export interface WholeGraphAnswers {
  revision: number;
  gaps: Gap[];
  indices: ComputedIndex[];
  computedMs: number;
}

type Reads = Pick<GraphStore, 'actorsByIds' | 'relationsByIds' | 'readMetrics'>;

/** Computes the answers of a projection (no cache): the bench and the cache below call it. */
export async function computeWholeGraphAnswers(store: Reads, projection: Projection, cache?: ProjectionCache): Promise<WholeGraphAnswers> {
  const started = performance.now();
  const view = new GraphView(projection, store, cache ? () => cache.measures(projection) : undefined);
  const figures = await readIndexFigures(store, projection);
  const gaps = await detectGaps(view);
  const indices = await computeIndices(view, figures);
  return { revision: projection.revision, gaps, indices, computedMs: performance.now() - started };
}

/** The answers of a projection `cache.get()` returned, computed once per revision. */
export function wholeGraphAnswers(cache: ProjectionCache, store: Reads, projection: Projection): Promise<WholeGraphAnswers> {
  return cache.derive(projection, 'gaps-and-indices', (p) => computeWholeGraphAnswers(store, p, cache));
}

/** Starts the answers of every new projection in the background. */
export function answerInBackground(cache: ProjectionCache, store: Reads): void {
  cache.runAfterBuild((projection) => wholeGraphAnswers(cache, store, projection));
}
