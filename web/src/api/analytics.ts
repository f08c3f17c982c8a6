// The analyses the page draws: paths (connections), coordination gaps and the indices.
import { graphql } from '../__generated__/gql.js';
import type { ActorKind, Basis, CoordinationGapsQuery, GapType, IndicesQuery, IndexScoresQuery, PathDirection, RelationType } from '../__generated__/graphql.js';
import { request } from './client.js';
import type { GraphPath } from './types.js';

const Connections = graphql(`
  query Connections(
    $from: String!
    $via: [ActorKind!]
    $to: ConnectionTarget!
    $maxHops: Int
    $includePlanned: Boolean
    $first: Int
    $relationTypes: [RelationType!]
    $direction: PathDirection
    $bases: [Basis!]
  ) {
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
`);

export interface ConnectionQuery {
  from: string;
  via: ActorKind[];
  to: { kinds?: ActorKind[]; inDistrict?: boolean; ids?: string[] };
  maxHops: number;
  includePlanned: boolean;
  first?: number;
  /** The relation types a path may follow (every channel when empty). */
  relationTypes?: RelationType[];
  /** FLOW (the way things move, the API's default), OUT, IN or ANY. */
  direction?: PathDirection;
  /** Only relations of these bases (all when empty). */
  bases?: Basis[];
}

export async function connections({ from, via, to, maxHops, includePlanned, first = 50, relationTypes = [], direction = 'FLOW', bases = [] }: ConnectionQuery): Promise<GraphPath[]> {
  const orNull = <T>(list: T[]) => (list.length ? list : null);
  const data = await request(Connections, { from, via: orNull(via), to, maxHops, includePlanned, first, relationTypes: orNull(relationTypes), direction, bases: orNull(bases) });
  return data.connections;
}

const CoordinationGaps = graphql(`
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
`);

export type CoordinationGap = CoordinationGapsQuery['coordinationGaps'][number];

export async function coordinationGaps(types: GapType[]): Promise<CoordinationGap[]> {
  return (await request(CoordinationGaps, { types })).coordinationGaps;
}

const Indices = graphql(`
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
`);

export type InnovationIndex = IndicesQuery['indices'][number];

export async function indices(top = 10): Promise<InnovationIndex[]> {
  return (await request(Indices, { top })).indices;
}

const IndexScores = graphql(`
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
`);

export type IndexScores = IndexScoresQuery['indices'][number];

/** Each index's largest contributions (the API caps `first`), to size and colour actors by. */
export async function indexScores(first = 200): Promise<IndexScores[]> {
  return (await request(IndexScores, { first })).indices;
}
