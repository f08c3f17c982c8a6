// Where the @neo4j/graphql model API lives in the HTTP server: /graphql/model. It is loaded only
// with the Neo4j engine (the library takes about a second to import); on the embedded engine the
// path says what it needs instead of falling through to the product API at /graphql.
import express, { type Express } from 'express';
import { Neo4jStore } from '../graph/neo4j/neo4j-store.js';
import type { GraphStore } from '../graph/store.js';

export const MODEL_PATH = '/graphql/model';

/** Mounts the model API (register before /graphql, whose prefix it shares); returns how to stop it. */
export async function mountModelApi(
  app: Express,
  store: GraphStore,
  bodyLimit: string,
): Promise<() => Promise<void>> {
  if (!(store instanceof Neo4jStore)) {
    app.use(MODEL_PATH, (_req, res) => {
      res.status(404).json({ error: 'the @neo4j/graphql model API is served only with GRAPH_ENGINE=neo4j' });
    });
    return async () => undefined;
  }
  const { startModelApi } = await import('./model-api.js');
  const modelApi = await startModelApi({ driver: store.driver, database: store.database });
  app.use(MODEL_PATH, express.json({ limit: bodyLimit }), modelApi.middleware);
  return modelApi.stop;
}
