// The @neo4j/graphql model API: a schema generated from schema/model/*.graphql and the shared
// enums of schema/enums/ (src/api/schema.ts), with the library's filters, cursor pagination and
// aggregations, served beside the product API when the Neo4j engine runs (src/api/model-route.ts).
// It reads the nodes and relationships the engine writes.
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { RequestHandler } from 'express';
import type { Driver, SessionConfig } from 'neo4j-driver';
import { modelTypeDefs } from './schema.js';

/** The library's schema builder; without a driver it still translates (tests pass one per request). */
export function createModelGraphQL(driver?: Driver): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs: modelTypeDefs(),
    driver,
    // A new API: only the current filter and aggregation forms, not the deprecated aliases.
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
}

export interface ModelApi {
  middleware: RequestHandler;
  stop(): Promise<void>;
}

/**
 * Builds the model schema after checking the server (a Neo4j version the library supports, the
 * indexes the type definitions name: the engine's open() creates them), and serves it.
 */
export async function startModelApi(options: { driver: Driver; database?: string }): Promise<ModelApi> {
  const model = createModelGraphQL(options.driver);
  const schema = await model.getSchema();
  // Without a database the library would ask for "neo4j"; name the configured one.
  const sessionConfig: SessionConfig | undefined = options.database ? { database: options.database } : undefined;
  await model.checkNeo4jCompat({ sessionConfig });
  await model.assertIndexesAndConstraints({ sessionConfig });

  const apollo = new ApolloServer({
    schema,
    // Never: stack traces go only to loopback clients in development, a rule of the product API (stack-traces.ts).
    includeStacktraceInErrorResponses: false,
    // No drain plugin: the product API's drains the shared HTTP server, this one's requests included.
  });
  await apollo.start();
  return {
    middleware: expressMiddleware(apollo, { context: async () => ({ sessionConfig }) }),
    stop: () => apollo.stop(),
  };
}
