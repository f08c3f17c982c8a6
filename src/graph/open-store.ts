// Chooses the engine named by the configuration.
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { EmbeddedStore } from './embedded/embedded-store.js';
import type { GraphStore } from './store.js';

export function createStore(config: Config): GraphStore {
  switch (config.GRAPH_ENGINE) {
    case 'embedded':
      return new EmbeddedStore({
        path: join(resolve(config.GRAPH_DIR), 'graph.lbug'),
        readers: config.EMBEDDED_READERS,
        bufferPoolBytes: config.EMBEDDED_BUFFER_MB * 2 ** 20,
        queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      });
  }
}
