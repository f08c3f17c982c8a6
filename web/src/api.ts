// The page's only door to data: POSTs to the public GraphQL endpoint, the same contract any
// external front-end uses. Errors the API returns become thrown ApiErrors with their messages.
import type { ActorKind, RelationStatus, RelationType } from './vocabulary.js';

export interface ActorSummary {
  id: string;
  kind: ActorKind;
  name: string;
  nameEn: string | null;
  aliases: string[];
  inDistrict: boolean;
}

export interface Citation {
  document: string;
  paragraph: number;
  quote: string;
  paragraphText: string | null;
}

export interface Metric {
  name: string;
  value: number;
  unit: string;
  asOf: string | null;
  citations: Citation[];
}

export interface RelationSummary {
  id: string;
  type: RelationType;
  status: RelationStatus;
  from: ActorSummary;
  to: ActorSummary;
}

export interface RelationDetail extends RelationSummary {
  description: string | null;
  metrics: Metric[];
  citations: Citation[];
}

export interface ActorDetail extends ActorSummary {
  district: string | null;
  description: string | null;
  metrics: Metric[];
  citations: Citation[];
  relations: RelationDetail[];
}

export class ApiError extends Error {}

const ACTOR_CORE = 'id kind name nameEn aliases inDistrict';
const CITATION = 'document paragraph quote paragraphText';
const METRIC = `name value unit asOf citations { ${CITATION} }`;

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (!body) throw new ApiError(`the API answered ${response.status} without a GraphQL body`);
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (body.data === undefined) throw new ApiError('the API answered without data');
  return body.data;
}

/** Suggestions for what the user types: the alias match first (北航 → 北京航空航天大学), then name matches. */
export async function suggest(text: string, first = 8): Promise<ActorSummary[]> {
  const data = await graphql<{ byName: ActorSummary | null; search: ActorSummary[] }>(
    `query Suggest($text: String!, $first: Int) {
      byName: actor(name: $text) { ${ACTOR_CORE} }
      search(text: $text, first: $first) { ${ACTOR_CORE} }
    }`,
    { text, first },
  );
  const found = data.byName ? [data.byName] : [];
  for (const actor of data.search) if (!found.some((a) => a.id === actor.id)) found.push(actor);
  return found.slice(0, first);
}

export async function actorDetail(id: string): Promise<ActorDetail | null> {
  const data = await graphql<{ actor: ActorDetail | null }>(
    `query Detail($id: ID!) {
      actor(id: $id) {
        ${ACTOR_CORE} district description
        metrics { ${METRIC} }
        citations { ${CITATION} }
        relations { id type status description from { ${ACTOR_CORE} } to { ${ACTOR_CORE} } metrics { ${METRIC} } citations { ${CITATION} } }
      }
    }`,
    { id },
  );
  return data.actor;
}

/** A neighbourhood in graphology's serialised shape, as the API's `neighborhood` returns it. */
export interface Subgraph {
  nodes: { key: string; attributes: { label: string; labelEn: string | null; kind: ActorKind; inDistrict: boolean } }[];
  edges: { key: string; source: string; target: string; attributes: { type: RelationType; status: RelationStatus } }[];
  truncated: boolean;
}

/** The actors one hop from `id` and the relations between them: what expanding a node adds. */
export async function neighbourhood(id: string, limit: number): Promise<Subgraph> {
  const data = await graphql<{ neighborhood: Subgraph }>(
    `query Neighbourhood($id: ID!, $limit: Int) {
      neighborhood(id: $id, depth: 1, limit: $limit) {
        nodes { key attributes { label labelEn kind inDistrict } }
        edges { key source target attributes { type status } }
        truncated
      }
    }`,
    { id, limit },
  );
  return data.neighborhood;
}

// ---- analytics: connections, coordination gaps, indices ----

export interface GraphPath {
  nodes: ActorSummary[];
  relations: RelationSummary[];
  length: number;
  allEstablished: boolean;
}

export interface ConnectionQuery {
  from: string;
  via: string[];
  to: { kinds?: string[]; inDistrict?: boolean };
  maxHops: number;
  includePlanned: boolean;
}

const RELATION_CORE = `id type status from { ${ACTOR_CORE} } to { ${ACTOR_CORE} }`;
const PATH = `nodes { ${ACTOR_CORE} } relations { ${RELATION_CORE} } length allEstablished`;

export async function connections(query: ConnectionQuery, first = 50): Promise<GraphPath[]> {
  const data = await graphql<{ connections: GraphPath[] }>(
    `query Connections($from: String!, $via: [ActorKind!], $to: ConnectionTarget!, $maxHops: Int, $includePlanned: Boolean, $first: Int) {
      connections(from: $from, via: $via, to: $to, maxHops: $maxHops, includePlanned: $includePlanned, first: $first) { ${PATH} }
    }`,
    { ...query, via: query.via.length ? query.via : null, first },
  );
  return data.connections;
}

export interface Finding {
  id: string;
  title: string;
  titleEn: string;
  summary: string | null;
  citations: Citation[];
}

export interface CoordinationGap {
  type: string;
  title: string;
  severity: number;
  actors: ActorSummary[];
  evidence: {
    metrics: { name: string; value: number; unit: string; actor: ActorSummary | null }[];
    paths: GraphPath[];
    relations: RelationSummary[];
  };
  problem: Finding | null;
  citations: Citation[];
}

const FINDING = `id title titleEn summary citations { ${CITATION} }`;

export async function coordinationGaps(types: string[]): Promise<CoordinationGap[]> {
  const data = await graphql<{ coordinationGaps: CoordinationGap[] }>(
    `query Gaps($types: [GapType!]) {
      coordinationGaps(types: $types) {
        type title severity actors { ${ACTOR_CORE} }
        evidence { metrics { name value unit actor { ${ACTOR_CORE} } } paths { ${PATH} } relations { ${RELATION_CORE} } }
        problem { ${FINDING} }
        citations { ${CITATION} }
      }
    }`,
    { types },
  );
  return data.coordinationGaps;
}

export interface InnovationIndex {
  id: string;
  name: string;
  nameEn: string;
  value: number;
  eligibleActors: number;
  indicators: { name: string; description: string; weight: number }[];
  contributions: { actor: ActorSummary; rank: number; score: number; contribution: number }[];
  finding: Finding | null;
  citations: Citation[];
}

export async function indices(top = 10): Promise<InnovationIndex[]> {
  const data = await graphql<{ indices: InnovationIndex[] }>(
    `query Indices($top: Int) {
      indices {
        id name nameEn value eligibleActors
        indicators { name description weight }
        contributions(first: $top) { actor { ${ACTOR_CORE} } rank score contribution }
        finding { ${FINDING} }
        citations { ${CITATION} }
      }
    }`,
    { top },
  );
  return data.indices;
}
