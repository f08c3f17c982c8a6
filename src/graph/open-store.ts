// Chooses the engine named by the configuration.
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { EmbeddedStore } from './embedded/embedded-store.js';
import { Neo4jStore } from './neo4j/neo4j-store.js';
import type { GraphStore } from './store.js';

export function createStore(config: Config): GraphStore {
  switch (config.GRAPH_ENGINE) {
    case 'embedded':
      return new EmbeddedStore({
        path: join(resolve(config.GRAPH_DIR), 'graph.lbug'),
        readers: config.EMBEDDED_READERS,
        bufferPoolBytes: config.EMBEDDED_BUFFER_MB === undefined ? undefined : config.EMBEDDED_BUFFER_MB * 2 ** 20,
        queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      });
    case 'neo4j':
      // config.ts requires URI, user and password for this engine.
      return new Neo4jStore({
        uri: config.NEO4J_URI ?? '',
        user: config.NEO4J_USER ?? '',
        password: config.NEO4J_PASSWORD ?? '',
        database: config.NEO4J_DATABASE,
        queryTimeoutMs: config.QUERY_TIMEOUT_MS,
        connectionTimeoutMs: config.NEO4J_CONNECTION_TIMEOUT_MS,
        acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
        maxRetryMs: config.NEO4J_MAX_RETRY_MS,
        importDir: config.NEO4J_IMPORT_DIR,
      });
  }
}
