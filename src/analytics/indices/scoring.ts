// The arithmetic shared by an index and its sensitivity: a table of per-actor indicator parts,
// weights rescaled to sum 1, weighted scores and the ranking they give.
import type { ActorRecord } from '../../graph/model.js';

export interface IndicatorTable {
  actors: ActorRecord[];
  /** parts[i][k]: actor i's part of indicator k, in the indicator's own scale (share, or figure / reference). */
  parts: number[][];
}

/** Weights rescaled to sum 1. */
export function normalizeWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? w / total : 0));
}

export function scores(table: IndicatorTable, weights: readonly number[]): number[] {
  const w = normalizeWeights(weights);
  return table.parts.map((row) => row.reduce((sum, x, k) => sum + x * (w[k] as number), 0));
}

/** Row indices best first: higher score, then actor id. */
export function ranking(table: IndicatorTable, score: readonly number[]): number[] {
  return table.actors
    .map((_, i) => i)
    .sort((a, b) => (score[b] as number) - (score[a] as number) || (table.actors[a] as ActorRecord).id.localeCompare((table.actors[b] as ActorRecord).id));
}
