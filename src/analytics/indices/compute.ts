// An index from its definition: raw indicators per eligible actor, each divided by its maximum,
// weighted (weights rescaled to sum 1); value = 100 × the mean actor score; an actor's
// contribution = 100 × its score / the number of eligible actors, so contributions sum to the value.
import type { ActorRecord } from '../../graph/model.js';
import type { GraphSnapshot } from '../snapshot.js';
import type { IndexDefinition } from './definitions.js';
import { type Sensitivity, sensitivity } from './sensitivity.js';

export interface ActorScore {
  actor: ActorRecord;
  rank: number;
  score: number;
  contribution: number;
  indicators: { name: string; raw: number; normalized: number }[];
}

export interface ComputedIndex {
  definition: IndexDefinition;
  value: number;
  eligibleActors: number;
  /** Every eligible actor, best first (score, then id). */
  contributions: ActorScore[];
  sensitivity: Sensitivity;
}

export interface IndicatorTable {
  actors: ActorRecord[];
  /** normalized[i][k]: actor i, indicator k, in [0, 1]. */
  raw: number[][];
  normalized: number[][];
}

export function indicatorTable(snapshot: GraphSnapshot, definition: IndexDefinition): IndicatorTable {
  const actors = snapshot.actors().filter((a) => definition.eligible.has(a.kind));
  const measures = definition.indicators.map((i) => i.measure(snapshot));
  const raw = actors.map((a) => measures.map((m) => m(a)));
  const max = definition.indicators.map((_, k) => Math.max(0, ...raw.map((row) => row[k] as number)));
  const normalized = raw.map((row) => row.map((x, k) => ((max[k] as number) > 0 ? x / (max[k] as number) : 0)));
  return { actors, raw, normalized };
}

/** Weights rescaled to sum 1. */
export function normalizeWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? w / total : 0));
}

export function scores(table: IndicatorTable, weights: readonly number[]): number[] {
  const w = normalizeWeights(weights);
  return table.normalized.map((row) => row.reduce((sum, x, k) => sum + x * (w[k] as number), 0));
}

/** Indices of actors best first: higher score, then actor id. */
export function ranking(table: IndicatorTable, score: readonly number[]): number[] {
  return table.actors.map((_, i) => i).sort((a, b) => (score[b] as number) - (score[a] as number) || (table.actors[a] as ActorRecord).id.localeCompare((table.actors[b] as ActorRecord).id));
}

export function computeIndex(snapshot: GraphSnapshot, definition: IndexDefinition): ComputedIndex {
  return snapshot.memo(`index:${definition.id}`, () => {
    const table = indicatorTable(snapshot, definition);
    const weights = definition.indicators.map((i) => i.weight);
    const score = scores(table, weights);
    const n = table.actors.length;
    const contributions = ranking(table, score).map((i, position) => ({
      actor: table.actors[i] as ActorRecord,
      rank: position + 1,
      score: score[i] as number,
      contribution: (100 * (score[i] as number)) / n,
      indicators: definition.indicators.map((indicator, k) => ({
        name: indicator.name,
        raw: table.raw[i]?.[k] as number,
        normalized: table.normalized[i]?.[k] as number,
      })),
    }));
    return {
      definition,
      value: n === 0 ? 0 : (100 * score.reduce((a, b) => a + b, 0)) / n,
      eligibleActors: n,
      contributions,
      sensitivity: sensitivity(table, definition, weights),
    };
  });
}
