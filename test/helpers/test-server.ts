// A real server on 127.0.0.1, on a free port, over its own temporary embedded database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { seedIfEmpty } from '../../src/ingest/load-seed.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';

export const SEED_DIR = resolve('seed');

export interface TestServer {
  url: string;
  store: GraphStore;
  server: RunningServer;
  /** POSTs a GraphQL request and returns the HTTP status and parsed body. */
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLBody<T> }>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServerOptions {
  /** Load seed/ into the fresh database (default true). */
  seed?: boolean;
  /** Wraps the store the server sees, e.g. to count calls. */
  wrap?: (store: GraphStore) => GraphStore;
  nodeEnv?: 'development' | 'production' | 'test';
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'haidian-api-'));
  const store = new EmbeddedStore({ path: join(dir, 'graph.lbug') });
  await store.open();
  const documents = DocumentLibrary.fromDirectory(join(SEED_DIR, 'sources'));
  if (options.seed ?? true) await seedIfEmpty(store, SEED_DIR, documents);
  const server = await startServer({
    config: { NODE_ENV: options.nodeEnv ?? 'test', PORT: 0, HOST: '127.0.0.1' },
    store: options.wrap ? options.wrap(store) : store,
    documents,
    logger: createLogger('silent'),
  });
  return {
    url: server.url,
    store,
    server,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
    },
    async close() {
      await server.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
