// Names for the generated fragment types, as the rest of the page speaks of them.
import type {
  ActorCoreFragment,
  CitationFieldsFragment,
  MetricFieldsFragment,
  PathFieldsFragment,
  RelationCoreFragment,
} from '../__generated__/graphql.js';

import type { MetricQualifier } from '../__generated__/graphql.js';

export type { ActorKind, Basis, MetricQualifier, RelationStatus, RelationType } from '../__generated__/graphql.js';
export type ActorSummary = ActorCoreFragment;
export type RelationSummary = RelationCoreFragment;
export type Citation = CitationFieldsFragment;
export type Metric = MetricFieldsFragment;
export type GraphPath = PathFieldsFragment;
/** A figure without its sources, as edge labels and evidence lists show it (gap evidence has no qualifier). */
export type Figure = { name: string; value: number; unit: string; qualifier?: MetricQualifier };
