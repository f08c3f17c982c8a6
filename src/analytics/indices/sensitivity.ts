// How much the actor ranking of an index depends on its weights: each weight in turn is
// multiplied by 0.8 and by 1.2 (weights rescaled to sum 1), and the new ranking is compared with
// the base one by Kendall tau-b and by the overlap of the top 10. Compared over the base top
// SENSITIVITY_ACTORS actors, so the cost stays bounded on a district-size graph.
import type { IndexDefinition } from './definitions.js';
import { type IndicatorTable, ranking, scores } from './scoring.js';

export const FACTORS = [0.8, 1.2] as const;
export const TOP = 10;
export const SENSITIVITY_ACTORS = 200;

export interface Perturbation {
  indicator: string;
  factor: number;
  kendallTau: number;
  topOverlap: number;
}

export interface Sensitivity {
  minKendallTau: number;
  minTopOverlap: number;
  perturbations: Perturbation[];
}

/** Kendall tau-b of two score lists over the same items: ties in either list are allowed. */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign((x[i] as number) - (x[j] as number));
      const dy = Math.sign((y[i] as number) - (y[j] as number));
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return denominator === 0 ? 1 : (concordant - discordant) / denominator;
}

export function sensitivity(table: IndicatorTable, definition: IndexDefinition, weights: readonly number[]): Sensitivity {
  const base = scores(table, weights);
  const baseRanking = ranking(table, base);
  const compared = baseRanking.slice(0, SENSITIVITY_ACTORS);
  const top = new Set(baseRanking.slice(0, TOP));
  const perturbations = definition.indicators.flatMap((indicator, k) =>
    FACTORS.map((factor) => {
      const moved = scores(
        table,
        weights.map((w, j) => (j === k ? w * factor : w)),
      );
      const movedTop = ranking(table, moved).slice(0, TOP);
      return {
        indicator: indicator.name,
        factor,
        kendallTau: kendallTauB(
          compared.map((i) => base[i] as number),
          compared.map((i) => moved[i] as number),
        ),
        topOverlap: top.size === 0 ? 1 : movedTop.filter((i) => top.has(i)).length / top.size,
      };
    }),
  );
  return {
    minKendallTau: Math.min(1, ...perturbations.map((p) => p.kendallTau)),
    minTopOverlap: Math.min(1, ...perturbations.map((p) => p.topOverlap)),
    perturbations,
  };
}
