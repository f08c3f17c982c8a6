// A real server for HTTP tests: the test run's engine (test/conformance/engines.ts: a temp
// embedded database, or the Neo4j server, empty at start and emptied after), seeded from seed/,
// listening on 127.0.0.1 at a free port, with configuration overrides per test file.
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { seedIfEmpty } from '../../src/ingest/load-seed.js';
import { readSeed } from '../../src/ingest/seed-files.js';
import { createLogger } from '../../src/logger.js';
import type { GraphStore } from '../../src/graph/store.js';
import { startServer } from '../../src/api/server.js';
import { testEngine, type StoreSetup } from '../conformance/engines.js';

export const SEED_DIR = resolve('seed');

export interface TestServer {
  url: string;
  config: Config;
  /** The engine's own store, unwrapped: tests close and reopen it. */
  store: GraphStore;
  /** POSTs a GraphQL request; returns the HTTP status and the parsed body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlAnswer<T>>;
  stop(): Promise<void>;
}

export interface GqlAnswer<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[] };
}

export interface TestServerOptions {
  /** Builds the engine's store (default: the engine's own class). */
  makeStore?: Pick<StoreSetup, 'embedded' | 'neo4j'>;
  /** Serve this server's store instead of a new one: a second configuration over the same graph. */
  share?: TestServer;
  /** Load seed/ into the fresh database (default true). */
  seed?: boolean;
  /** Wraps the store the server sees, e.g. to count calls. */
  wrap?: (store: GraphStore) => GraphStore;
}

export async function postJson<T = Record<string, unknown>>(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<GqlAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as GqlAnswer<T>['body'] };
}

export async function startTestServer(env: Record<string, string> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const created = options.share
    ? { store: options.share.store, dispose: async () => undefined }
    : await testEngine.create({ ...options.makeStore, bufferPoolBytes: 64 * 2 ** 20, queryTimeoutMs: config.QUERY_TIMEOUT_MS });
  const { store } = created;
  const documents = DocumentLibrary.fromDirectory(join(SEED_DIR, 'sources'));
  if ((options.seed ?? true) && !options.share) await seedIfEmpty(store, SEED_DIR, documents);
  const served = options.wrap ? options.wrap(store) : store;
  const findings = options.seed ?? true ? readSeed(SEED_DIR).findings : [];
  const server = await startServer({ config, store: served, documents, findings, logger: createLogger(config.LOG_LEVEL) });
  const graphql = `${server.url}/graphql`;
  return {
    url: server.url,
    config,
    store,
    gql: <T,>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
      postJson<T>(graphql, { query, variables }, headers),
    async stop() {
      await server.stop();
      await created.dispose();
    },
  };
}
