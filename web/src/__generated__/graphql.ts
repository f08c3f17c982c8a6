/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an actor of the innovation system is. */
export type ActorKind =
  | 'ALLIANCE'
  | 'ENTERPRISE'
  | 'FUND'
  | 'GOVERNMENT'
  | 'INCUBATOR'
  | 'MILITARY_GROUP'
  | 'PARK'
  | 'PLATFORM'
  | 'POLICY'
  /** An undertaking the report names or counts: demonstration projects, industrialisation projects. */
  | 'PROJECT'
  | 'RESEARCH_INSTITUTE'
  | 'TALENT_PROGRAM'
  | 'UNIVERSITY'
  | 'WORKSTATION';

/** Whether the quoted words say a statement (STATED) or we concluded it from them (INFERRED, with the reasoning). */
export type Basis =
  | 'INFERRED'
  | 'STATED';

/** Which actors a connection may end at: every given criterion must hold (kinds AND inDistrict AND ids). */
export type ConnectionTarget = {
  /** The target is one of these actors; unknown ids are an ACTOR_NOT_FOUND error. */
  ids?: Array<string> | null | undefined;
  /** The target is (true) or is not (false) in Haidian district. */
  inDistrict?: boolean | null | undefined;
  /** The target is of one of these kinds. */
  kinds?: Array<ActorKind> | null | undefined;
};

/** The problems of the report's section 二 (§34), plus brokerage. docs/analytics.md defines each. */
export type GapType =
  /** Actors that bridge otherwise separate communities (betweenness, Burt's constraint, Louvain) and single points of failure. */
  | 'BROKERAGE'
  /** 一 个案式合作: actor pairs tied only by one-off vehicles (a fund, an institute, a park) and no standing body; share per actor kind. */
  | 'CASE_BY_CASE_COOPERATION'
  /** 三 利益协调机制不健全: joint bodies without recorded share terms; funds whose local share of investment is low. */
  | 'NO_BENEFIT_COORDINATION'
  /** 二 对接机制不完善: research actors with no established path of ≤ 2 hops through a platform to a district enterprise. */
  | 'NO_DOCKING_MECHANISM'
  /** 四 支持政策尚未形成合力: actors under several policy instruments that no one body runs. */
  | 'POLICIES_NOT_COMBINED';

export type IndexForm =
  /** Against the report's own level (April 2014 = 100), as the Zhongguancun index sets a base year. */
  | 'BASE_100'
  /** Haidian's share of Beijing, where the report gives 占全市 figures. */
  | 'SHARE_OF_BEIJING';

/** How a figure is meant: EXACT unless the source says 约 (ABOUT), 近 (NEARLY), 多/超过/余/强 (MORE_THAN) or 以上 (AT_LEAST). */
export type MetricQualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'EXACT'
  | 'MORE_THAN'
  | 'NEARLY';

/**
 * Which way a path follows relations. FLOW: the way things move (docs/analytics.md lists each
 * type's direction; partners and named structural relations either way). OUT: from each
 * relation's `from` to its `to`. IN: against it. ANY: either way.
 */
export type PathDirection =
  | 'ANY'
  | 'FLOW'
  | 'IN'
  | 'OUT';

/** What the source says of a relation: in place, planned or being built (筹建, 筹划), intended (意向), negotiating (洽谈). */
export type RelationStatus =
  | 'ESTABLISHED'
  | 'INTENT'
  | 'NEGOTIATING'
  | 'PLANNED';

export type RelationType =
  | 'CONTRIBUTES_TO'
  | 'CO_FOUNDED'
  | 'HOSTS'
  | 'INCUBATES'
  | 'INVESTS_IN'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  /** A body or company that runs something: a park, a street, a programme, a policy instrument. */
  | 'OPERATES'
  | 'PARTNERS_WITH'
  | 'PART_OF'
  | 'SUPPORTS'
  | 'TRANSFERS_TECHNOLOGY';

export type SuggestQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SuggestQuery = { byName: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean } | null, search: Array<{ id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }>, similar: Array<{ actor: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean } }> };

export type ActorDetailQueryVariables = Exact<{
  id: string;
}>;


export type ActorDetailQuery = { actor: { district: string | null, description: string | null, descriptionZh: string | null, id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean, metrics: Array<{ name: string, value: number, unit: string, asOf: string | null, qualifier: MetricQualifier, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> }>, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }>, relations: Array<{ description: string | null, reasoning: string | null, reasoningZh: string | null, id: string, type: RelationType, status: RelationStatus, basis: Basis, metrics: Array<{ name: string, value: number, unit: string, asOf: string | null, qualifier: MetricQualifier, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> }>, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }>, from: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, to: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean } }> } | null };

export type RelationDetailsQueryVariables = Exact<{
  source: string;
}>;


export type RelationDetailsQuery = { actor: { relations: Array<{ description: string | null, reasoning: string | null, reasoningZh: string | null, id: string, type: RelationType, status: RelationStatus, basis: Basis, metrics: Array<{ name: string, value: number, unit: string, asOf: string | null, qualifier: MetricQualifier, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> }>, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }>, from: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, to: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean } }> } | null };

export type ConnectionsQueryVariables = Exact<{
  from: string;
  via?: Array<ActorKind> | ActorKind | null | undefined;
  to: ConnectionTarget;
  maxHops?: number | null | undefined;
  includePlanned?: boolean | null | undefined;
  first?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  direction?: PathDirection | null | undefined;
  bases?: Array<Basis> | Basis | null | undefined;
}>;


export type ConnectionsQuery = { connections: Array<{ length: number, allEstablished: boolean, nodes: Array<{ id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }>, relations: Array<{ id: string, type: RelationType, status: RelationStatus, basis: Basis, from: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, to: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, metrics: Array<{ name: string, value: number, unit: string, qualifier: MetricQualifier }> }>, explanation: { zh: string, en: string } }> };

export type CoordinationGapsQueryVariables = Exact<{
  types?: Array<GapType> | GapType | null | undefined;
}>;


export type CoordinationGapsQuery = { coordinationGaps: Array<{ type: GapType, title: string, titleEn: string, explanation: string, explanationEn: string, severity: number, actors: Array<{ id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }>, evidence: { metrics: Array<{ name: string, value: number, unit: string, actor: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean } | null }>, paths: Array<{ length: number, allEstablished: boolean, nodes: Array<{ id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }>, relations: Array<{ id: string, type: RelationType, status: RelationStatus, basis: Basis, from: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, to: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, metrics: Array<{ name: string, value: number, unit: string, qualifier: MetricQualifier }> }>, explanation: { zh: string, en: string } }>, relations: Array<{ id: string, type: RelationType, status: RelationStatus, basis: Basis, from: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, to: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, metrics: Array<{ name: string, value: number, unit: string, qualifier: MetricQualifier }> }> }, problem: { id: string, title: string, titleEn: string, summary: string | null, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> } | null, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> }> };

export type IndicesQueryVariables = Exact<{
  top?: number | null | undefined;
}>;


export type IndicesQuery = { indices: Array<{ id: string, name: string, nameEn: string, form: IndexForm, value: number, meaning: string, meaningEn: string, eligibleActors: number, coverage: { indicators: number, withData: number, missing: Array<string> }, indicators: Array<{ name: string, description: string, paragraphs: Array<number>, weight: number, effectiveWeight: number, hasData: boolean }>, contributions: Array<{ rank: number | null, score: number, contribution: number, actor: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean } }>, finding: { id: string, title: string, titleEn: string, summary: string | null, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> } | null, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> }> };

export type IndexScoresQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type IndexScoresQuery = { indices: Array<{ id: string, name: string, nameEn: string, contributions: Array<{ contribution: number, actor: { id: string } }> }> };

export type ActorCoreFragment = { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean };

export type CitationFieldsFragment = { document: string, paragraph: number, quote: string, paragraphText: string | null };

export type MetricFiguresFragment = { name: string, value: number, unit: string, qualifier: MetricQualifier };

export type MetricFieldsFragment = { name: string, value: number, unit: string, asOf: string | null, qualifier: MetricQualifier, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> };

export type RelationCoreFragment = { id: string, type: RelationType, status: RelationStatus, basis: Basis, from: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, to: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, metrics: Array<{ name: string, value: number, unit: string, qualifier: MetricQualifier }> };

export type RelationDetailFieldsFragment = { description: string | null, reasoning: string | null, reasoningZh: string | null, id: string, type: RelationType, status: RelationStatus, basis: Basis, metrics: Array<{ name: string, value: number, unit: string, asOf: string | null, qualifier: MetricQualifier, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> }>, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }>, from: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, to: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean } };

export type PathFieldsFragment = { length: number, allEstablished: boolean, nodes: Array<{ id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }>, relations: Array<{ id: string, type: RelationType, status: RelationStatus, basis: Basis, from: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, to: { id: string, kind: ActorKind, name: string, nameEn: string | null, aliases: Array<string>, inDistrict: boolean }, metrics: Array<{ name: string, value: number, unit: string, qualifier: MetricQualifier }> }>, explanation: { zh: string, en: string } };

export type FindingFieldsFragment = { id: string, title: string, titleEn: string, summary: string | null, citations: Array<{ document: string, paragraph: number, quote: string, paragraphText: string | null }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
}>;


export type NeighbourhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ key: string, attributes: { label: string, labelEn: string | null, kind: ActorKind, inDistrict: boolean, depth: number } }>, edges: Array<{ key: string, source: string, target: string, attributes: { type: RelationType, status: RelationStatus, basis: Basis } }> }, centre: { relations: Array<{ id: string, metrics: Array<{ name: string, value: number, unit: string, qualifier: MetricQualifier }> }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActorCoreFragmentDoc = new TypedDocumentString(`
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
    `, {"fragmentName":"ActorCore"}) as unknown as TypedDocumentString<ActorCoreFragment, unknown>;
export const MetricFiguresFragmentDoc = new TypedDocumentString(`
    fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}
    `, {"fragmentName":"MetricFigures"}) as unknown as TypedDocumentString<MetricFiguresFragment, unknown>;
export const RelationCoreFragmentDoc = new TypedDocumentString(`
    fragment RelationCore on Relation {
  id
  type
  status
  basis
  from {
    ...ActorCore
  }
  to {
    ...ActorCore
  }
  metrics {
    ...MetricFigures
  }
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}`, {"fragmentName":"RelationCore"}) as unknown as TypedDocumentString<RelationCoreFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  document
  paragraph
  quote
  paragraphText
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const MetricFieldsFragmentDoc = new TypedDocumentString(`
    fragment MetricFields on Metric {
  name
  value
  unit
  asOf
  qualifier
  citations {
    ...CitationFields
  }
}
    fragment CitationFields on Citation {
  document
  paragraph
  quote
  paragraphText
}`, {"fragmentName":"MetricFields"}) as unknown as TypedDocumentString<MetricFieldsFragment, unknown>;
export const RelationDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationDetailFields on Relation {
  ...RelationCore
  description
  reasoning
  reasoningZh
  metrics {
    ...MetricFields
  }
  citations {
    ...CitationFields
  }
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
fragment CitationFields on Citation {
  document
  paragraph
  quote
  paragraphText
}
fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}
fragment MetricFields on Metric {
  name
  value
  unit
  asOf
  qualifier
  citations {
    ...CitationFields
  }
}
fragment RelationCore on Relation {
  id
  type
  status
  basis
  from {
    ...ActorCore
  }
  to {
    ...ActorCore
  }
  metrics {
    ...MetricFigures
  }
}`, {"fragmentName":"RelationDetailFields"}) as unknown as TypedDocumentString<RelationDetailFieldsFragment, unknown>;
export const PathFieldsFragmentDoc = new TypedDocumentString(`
    fragment PathFields on GraphPath {
  nodes {
    ...ActorCore
  }
  relations {
    ...RelationCore
  }
  explanation {
    zh
    en
  }
  length
  allEstablished
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}
fragment RelationCore on Relation {
  id
  type
  status
  basis
  from {
    ...ActorCore
  }
  to {
    ...ActorCore
  }
  metrics {
    ...MetricFigures
  }
}`, {"fragmentName":"PathFields"}) as unknown as TypedDocumentString<PathFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment FindingFields on Finding {
  id
  title
  titleEn
  summary
  citations {
    ...CitationFields
  }
}
    fragment CitationFields on Citation {
  document
  paragraph
  quote
  paragraphText
}`, {"fragmentName":"FindingFields"}) as unknown as TypedDocumentString<FindingFieldsFragment, unknown>;
export const SuggestDocument = new TypedDocumentString(`
    query Suggest($text: String!, $first: Int) {
  byName: actor(name: $text) {
    ...ActorCore
  }
  search(text: $text, first: $first) {
    ...ActorCore
  }
  similar: suggest(text: $text, first: $first) {
    actor {
      ...ActorCore
    }
  }
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}`) as unknown as TypedDocumentString<SuggestQuery, SuggestQueryVariables>;
export const ActorDetailDocument = new TypedDocumentString(`
    query ActorDetail($id: ID!) {
  actor(id: $id) {
    ...ActorCore
    district
    description
    descriptionZh
    metrics {
      ...MetricFields
    }
    citations {
      ...CitationFields
    }
    relations {
      ...RelationDetailFields
    }
  }
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
fragment CitationFields on Citation {
  document
  paragraph
  quote
  paragraphText
}
fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}
fragment MetricFields on Metric {
  name
  value
  unit
  asOf
  qualifier
  citations {
    ...CitationFields
  }
}
fragment RelationCore on Relation {
  id
  type
  status
  basis
  from {
    ...ActorCore
  }
  to {
    ...ActorCore
  }
  metrics {
    ...MetricFigures
  }
}
fragment RelationDetailFields on Relation {
  ...RelationCore
  description
  reasoning
  reasoningZh
  metrics {
    ...MetricFields
  }
  citations {
    ...CitationFields
  }
}`) as unknown as TypedDocumentString<ActorDetailQuery, ActorDetailQueryVariables>;
export const RelationDetailsDocument = new TypedDocumentString(`
    query RelationDetails($source: ID!) {
  actor(id: $source) {
    relations(direction: OUT) {
      ...RelationDetailFields
    }
  }
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
fragment CitationFields on Citation {
  document
  paragraph
  quote
  paragraphText
}
fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}
fragment MetricFields on Metric {
  name
  value
  unit
  asOf
  qualifier
  citations {
    ...CitationFields
  }
}
fragment RelationCore on Relation {
  id
  type
  status
  basis
  from {
    ...ActorCore
  }
  to {
    ...ActorCore
  }
  metrics {
    ...MetricFigures
  }
}
fragment RelationDetailFields on Relation {
  ...RelationCore
  description
  reasoning
  reasoningZh
  metrics {
    ...MetricFields
  }
  citations {
    ...CitationFields
  }
}`) as unknown as TypedDocumentString<RelationDetailsQuery, RelationDetailsQueryVariables>;
export const ConnectionsDocument = new TypedDocumentString(`
    query Connections($from: String!, $via: [ActorKind!], $to: ConnectionTarget!, $maxHops: Int, $includePlanned: Boolean, $first: Int, $relationTypes: [RelationType!], $direction: PathDirection, $bases: [Basis!]) {
  connections(
    from: $from
    via: $via
    to: $to
    maxHops: $maxHops
    includePlanned: $includePlanned
    first: $first
    relationTypes: $relationTypes
    direction: $direction
    bases: $bases
  ) {
    ...PathFields
  }
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}
fragment RelationCore on Relation {
  id
  type
  status
  basis
  from {
    ...ActorCore
  }
  to {
    ...ActorCore
  }
  metrics {
    ...MetricFigures
  }
}
fragment PathFields on GraphPath {
  nodes {
    ...ActorCore
  }
  relations {
    ...RelationCore
  }
  explanation {
    zh
    en
  }
  length
  allEstablished
}`) as unknown as TypedDocumentString<ConnectionsQuery, ConnectionsQueryVariables>;
export const CoordinationGapsDocument = new TypedDocumentString(`
    query CoordinationGaps($types: [GapType!]) {
  coordinationGaps(types: $types) {
    type
    title
    titleEn
    explanation
    explanationEn
    severity
    actors {
      ...ActorCore
    }
    evidence {
      metrics {
        name
        value
        unit
        actor {
          ...ActorCore
        }
      }
      paths {
        ...PathFields
      }
      relations {
        ...RelationCore
      }
    }
    problem {
      ...FindingFields
    }
    citations {
      ...CitationFields
    }
  }
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
fragment CitationFields on Citation {
  document
  paragraph
  quote
  paragraphText
}
fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}
fragment RelationCore on Relation {
  id
  type
  status
  basis
  from {
    ...ActorCore
  }
  to {
    ...ActorCore
  }
  metrics {
    ...MetricFigures
  }
}
fragment PathFields on GraphPath {
  nodes {
    ...ActorCore
  }
  relations {
    ...RelationCore
  }
  explanation {
    zh
    en
  }
  length
  allEstablished
}
fragment FindingFields on Finding {
  id
  title
  titleEn
  summary
  citations {
    ...CitationFields
  }
}`) as unknown as TypedDocumentString<CoordinationGapsQuery, CoordinationGapsQueryVariables>;
export const IndicesDocument = new TypedDocumentString(`
    query Indices($top: Int) {
  indices {
    id
    name
    nameEn
    form
    value
    meaning
    meaningEn
    coverage {
      indicators
      withData
      missing
    }
    eligibleActors
    indicators {
      name
      description
      paragraphs
      weight
      effectiveWeight
      hasData
    }
    contributions(first: $top) {
      actor {
        ...ActorCore
      }
      rank
      score
      contribution
    }
    finding {
      ...FindingFields
    }
    citations {
      ...CitationFields
    }
  }
}
    fragment ActorCore on Actor {
  id
  kind
  name
  nameEn
  aliases
  inDistrict
}
fragment CitationFields on Citation {
  document
  paragraph
  quote
  paragraphText
}
fragment FindingFields on Finding {
  id
  title
  titleEn
  summary
  citations {
    ...CitationFields
  }
}`) as unknown as TypedDocumentString<IndicesQuery, IndicesQueryVariables>;
export const IndexScoresDocument = new TypedDocumentString(`
    query IndexScores($first: Int) {
  indices {
    id
    name
    nameEn
    contributions(first: $first) {
      actor {
        id
      }
      contribution
    }
  }
}
    `) as unknown as TypedDocumentString<IndexScoresQuery, IndexScoresQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {
  neighborhood(
    id: $id
    depth: $depth
    limit: $limit
    relationTypes: $relationTypes
  ) {
    nodes {
      key
      attributes {
        label
        labelEn
        kind
        inDistrict
        depth
      }
    }
    edges {
      key
      source
      target
      attributes {
        type
        status
        basis
      }
    }
    truncated
  }
  centre: actor(id: $id) {
    relations(types: $relationTypes) {
      id
      metrics {
        ...MetricFigures
      }
    }
  }
}
    fragment MetricFigures on Metric {
  name
  value
  unit
  qualifier
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;