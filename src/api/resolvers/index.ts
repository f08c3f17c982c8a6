import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Actor } from './actor.js';
import { analyticsQueries } from './analytics.js';
import { Citation } from './citation.js';
import { findingQueries } from './findings.js';
import { CoordinationGap, EvidenceMetric, GapEvidence, gapQueries } from './gaps.js';
import { GraphPath } from './graph-path.js';
import { IndexIndicator, InnovationIndex } from './indices.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { Relation } from './relation.js';
import { suggestQueries } from './suggest.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...analyticsQueries, ...findingQueries, ...suggestQueries, ...gapQueries },
  Mutation,
  Actor,
  Relation,
  Citation,
  GraphPath,
  CoordinationGap,
  GapEvidence,
  EvidenceMetric,
  InnovationIndex,
  IndexIndicator,
};
