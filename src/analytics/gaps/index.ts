// The coordination gaps, one detector per gap type, computed once per graph snapshot.
import type { GraphSnapshot } from '../snapshot.js';
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

/** Gaps of the given types (all when none), in GAP_TYPES order, most severe first within a type. */
export function coordinationGaps(snapshot: GraphSnapshot, types?: readonly GapType[] | null): Gap[] {
  const wanted = types?.length ? GAP_TYPES.filter((t) => types.includes(t)) : GAP_TYPES;
  return wanted.flatMap((type) =>
    snapshot.memo(`gaps:${type}`, () =>
      GAP_DETECTORS[type]
        .detect(snapshot)
        .map((gap) => ({ ...gap, type }))
        .sort((a, b) => b.severity - a.severity || a.title.localeCompare(b.title)),
    ),
  );
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
