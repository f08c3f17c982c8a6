// The API on the Neo4j engine at `uri`, seeded from seed/ when the graph is empty, listening on
// 127.0.0.1 at a free port: the reliability runs' server when they run on Neo4j.
import { join } from 'node:path';
import { startServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { createStore } from '../../src/graph/open-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { seedIfEmpty } from '../../src/ingest/load-seed.js';
import { createLogger } from '../../src/logger.js';
import { SEED_DIR } from '../helpers/server.js';

export interface Neo4jApi {
  url: string;
  store: GraphStore;
  stop(): Promise<void>;
}

export async function startNeo4jApi(uri: string, env: Record<string, string> = {}): Promise<Neo4jApi> {
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent',
    GRAPH_ENGINE: 'neo4j', NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'auth-disabled',
    ...env,
  });
  const store = createStore(config);
  await store.open();
  const documents = DocumentLibrary.fromDirectory(join(SEED_DIR, 'sources'));
  await seedIfEmpty(store, SEED_DIR, documents);
  const server = await startServer({ config, store, documents, logger: createLogger(config.LOG_LEVEL) });
  return {
    url: server.url,
    store,
    async stop() {
      await server.stop();
      await store.close();
    },
  };
}
