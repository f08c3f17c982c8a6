// Actors: suggestions for what the user types, an actor's full record, one relation's record.
import { graphql } from '../__generated__/gql.js';
import type { ActorDetailQuery, RelationDetailsQuery } from '../__generated__/graphql.js';
import { request } from './client.js';
import type { ActorSummary } from './types.js';

const Suggest = graphql(`
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
`);

/**
 * Suggestions for what the user types: the alias match first (北航 → 北京航空航天大学), then name
 * matches, then names that sound or are spelt alike (请华大学, Tsinghau → 清华大学).
 */
export async function suggest(text: string, first = 8): Promise<ActorSummary[]> {
  const data = await request(Suggest, { text, first });
  const found = data.byName ? [data.byName] : [];
  for (const actor of [...data.search, ...data.similar.map((s) => s.actor)]) if (!found.some((a) => a.id === actor.id)) found.push(actor);
  return found.slice(0, first);
}

const ActorDetail = graphql(`
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
`);

export type ActorDetail = NonNullable<ActorDetailQuery['actor']>;
export type RelationDetail = ActorDetail['relations'][number];

export async function actorDetail(id: string): Promise<ActorDetail | null> {
  return (await request(ActorDetail, { id })).actor ?? null;
}

const RelationDetails = graphql(`
  query RelationDetails($source: ID!) {
    actor(id: $source) {
      relations(direction: OUT) {
        ...RelationDetailFields
      }
    }
  }
`);

/** One relation's figures and sources, read from the actor it starts at (the API has no relation(id) query). */
export async function relationDetail(id: string, source: string): Promise<RelationDetail | null> {
  const data: RelationDetailsQuery = await request(RelationDetails, { source });
  return data.actor?.relations.find((relation) => relation.id === id) ?? null;
}
