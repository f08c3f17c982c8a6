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

/** An actor with its direct relations: what expanding a node adds to the canvas. */
export async function neighbours(id: string): Promise<{ actor: ActorSummary; relations: RelationSummary[] } | null> {
  const data = await graphql<{ actor: (ActorSummary & { relations: RelationSummary[] }) | null }>(
    `query Neighbours($id: ID!) {
      actor(id: $id) { ${ACTOR_CORE} relations { id type status from { ${ACTOR_CORE} } to { ${ACTOR_CORE} } } }
    }`,
    { id },
  );
  if (!data.actor) return null;
  const { relations, ...actor } = data.actor;
  return { actor, relations };
}
