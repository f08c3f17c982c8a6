// The coordination gaps, one detector per gap type, computed on the projection once per revision.
import type { GraphView } from '../graph-view.js';
import { noBenefitCoordination } from './benefit.js';
import { brokerage } from './brokerage.js';
import { caseByCase } from './case-by-case.js';
import { noDocking } from './docking.js';
import { type Gap, type GapDetector, type GapType, GAP_TYPES } from './gap.js';
import { policiesNotCombined } from './policies.js';

export const GAP_DETECTORS: Readonly<Record<GapType, GapDetector>> = {
  CASE_BY_CASE_COOPERATION: caseByCase,
  NO_DOCKING_MECHANISM: noDocking,
  NO_BENEFIT_COORDINATION: noBenefitCoordination,
  POLICIES_NOT_COMBINED: policiesNotCombined,
  BROKERAGE: brokerage,
};

/** Every gap, in GAP_TYPES order, most severe first within a type: computed once per revision (whole-graph.ts). */
export async function detectGaps(view: GraphView): Promise<Gap[]> {
  const gaps: Gap[] = [];
  for (const type of GAP_TYPES) {
    const found = (await view.clock.time(`gaps: ${type}`, () => GAP_DETECTORS[type].detect(view))).map((gap) => ({ ...gap, type, revision: view.revision }));
    gaps.push(...found.sort((a, b) => b.severity - a.severity || a.title.localeCompare(b.title)));
  }
  return gaps;
}

/** The gaps of the given types (all when none). */
export function gapsOfTypes(gaps: readonly Gap[], types?: readonly GapType[] | null): Gap[] {
  return types?.length ? gaps.filter((g) => types.includes(g.type)) : [...gaps];
}

export interface SeveritySpread {
  type: GapType;
  items: number;
  min: number;
  max: number;
  distinct: number;
}

/** Per gap type present: how many items, the lowest and highest severity, how many distinct values. */
export function severitySpread(gaps: readonly Gap[]): SeveritySpread[] {
  return GAP_TYPES.flatMap((type) => {
    const severities = gaps.filter((g) => g.type === type).map((g) => g.severity);
    if (severities.length === 0) return [];
    return [{ type, items: severities.length, min: Math.min(...severities), max: Math.max(...severities), distinct: new Set(severities.map((s) => s.toFixed(6))).size }];
  });
}
