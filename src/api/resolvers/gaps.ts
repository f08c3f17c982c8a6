import type { CoordinationGapResolvers, EvidenceMetricResolvers, GapEvidenceResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { GAP_DETECTORS, gapsOfTypes, severitySpread } from '../../analytics/gaps/index.js';
import { wholeGraphAnswers } from '../../analytics/whole-graph-answers.js';
import type { Citation } from '../../graph/model.js';
import { findingById } from './findings.js';

const citationKey = (c: Citation) => `${c.document}\u0000${c.paragraph}\u0000${c.quote}`;

export const CoordinationGap: CoordinationGapResolvers = {
  evidence: (gap) => gap,
  problem: (gap, _args, { findings }) => findingById(findings, GAP_DETECTORS[gap.type].findingId),
  // §34 first, then the sources of every relation the gap rests on, each once.
  citations: (gap, _args, { findings }) => {
    const detector = GAP_DETECTORS[gap.type];
    const problem = findingById(findings, detector.findingId)?.citations ?? [detector.statement];
    const data = [...gap.relations, ...gap.paths.flatMap((p) => p.relations)].flatMap((r) => r.citations);
    const seen = new Set<string>();
    return [...problem, ...data].filter((c) => !seen.has(citationKey(c)) && Boolean(seen.add(citationKey(c))));
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

export const gapQueries: Pick<QueryResolvers, 'gapSeveritySpread'> = {
  async gapSeveritySpread(_parent, { types }, { store, projections }) {
    const answers = await wholeGraphAnswers(projections, store, await projections.get());
    return severitySpread(gapsOfTypes(answers.gaps, types));
  },
};
