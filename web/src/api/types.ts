// Names for the generated fragment types, as the rest of the page speaks of them.
import type {
  ActorCoreFragment,
  CitationFieldsFragment,
  MetricFieldsFragment,
  PathFieldsFragment,
  RelationCoreFragment,
} from '../__generated__/graphql.js';

export type { ActorKind, RelationStatus, RelationType } from '../__generated__/graphql.js';
export type ActorSummary = ActorCoreFragment;
export type RelationSummary = RelationCoreFragment;
export type Citation = CitationFieldsFragment;
export type Metric = MetricFieldsFragment;
export type GraphPath = PathFieldsFragment;
/** A figure without its sources, as edge labels and evidence lists show it. */
export type Figure = { name: string; value: number; unit: string };
