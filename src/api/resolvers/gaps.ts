import type { CoordinationGapResolvers, EvidenceMetricResolvers, GapEvidenceResolvers } from '../__generated__/resolvers-types.js';
import { GAP_DETECTORS } from '../../analytics/gaps/index.js';
import { findingById } from './findings.js';

export const CoordinationGap: CoordinationGapResolvers = {
  evidence: (gap) => gap,
  problem: (gap, _args, { findings }) => findingById(findings, GAP_DETECTORS[gap.type].findingId),
  citations: (gap, _args, { findings }) => {
    const detector = GAP_DETECTORS[gap.type];
    return findingById(findings, detector.findingId)?.citations ?? [detector.statement];
  },
};

export const GapEvidence: GapEvidenceResolvers = {
  metrics: (gap) => gap.metrics,
  paths: (gap) => gap.paths,
  relations: (gap) => gap.relations,
};

export const EvidenceMetric: EvidenceMetricResolvers = {
  actor: (metric, _args, { loaders }) => (metric.actorId ? loaders.actorById.load(metric.actorId) : null),
};
