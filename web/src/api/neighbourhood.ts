// Neighbourhoods: what expanding an actor adds to the canvas, and the landing view's graph.
import { graphql } from '../__generated__/gql.js';
import type { NeighbourhoodQuery, RelationType } from '../__generated__/graphql.js';
import { request } from './client.js';
import type { Figure } from './types.js';

const Neighbourhood = graphql(`
  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {
    neighborhood(id: $id, depth: $depth, limit: $limit, relationTypes: $relationTypes) {
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
`);

export type Subgraph = NeighbourhoodQuery['neighborhood'];

export interface Neighbourhood {
  subgraph: Subgraph;
  /** The figures of the centre's own relations (amounts, shares), for their edge labels. */
  figures: Map<string, Figure[]>;
}

export interface NeighbourhoodRequest {
  id: string;
  depth?: number;
  limit: number;
  /** Only relations of these types (all when empty). */
  relationTypes?: RelationType[];
}

export async function neighbourhood({ id, depth = 1, limit, relationTypes = [] }: NeighbourhoodRequest): Promise<Neighbourhood> {
  const data = await request(Neighbourhood, { id, depth, limit, relationTypes: relationTypes.length ? relationTypes : null });
  const figures = new Map((data.centre?.relations ?? []).map((relation) => [relation.id, relation.metrics]));
  return { subgraph: data.neighborhood, figures };
}
