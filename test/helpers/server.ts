// A real server for HTTP tests: the embedded engine in a temp dir, seeded from seed/, listening
// on 127.0.0.1 at a free port, with configuration overrides per test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { EmbeddedStore, type EmbeddedOptions } from '../../src/graph/embedded/embedded-store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { seedIfEmpty } from '../../src/ingest/load-seed.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/server.js';

export const SEED_DIR = resolve('seed');

export interface TestServer {
  url: string;
  config: Config;
  store: EmbeddedStore;
  /** POSTs a GraphQL request; returns the HTTP status and the parsed body. */
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlAnswer>;
  stop(): Promise<void>;
}

export interface GqlAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function postJson(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<GqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as GqlAnswer['body'] };
}

export async function startTestServer(
  env: Record<string, string> = {},
  makeStore: (options: EmbeddedOptions) => EmbeddedStore = (options) => new EmbeddedStore(options),
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'haidian-api-'));
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const store = makeStore({ path: join(dir, 'graph.lbug'), bufferPoolBytes: 64 * 2 ** 20, queryTimeoutMs: config.QUERY_TIMEOUT_MS });
  await store.open();
  const documents = DocumentLibrary.fromDirectory(join(SEED_DIR, 'sources'));
  await seedIfEmpty(store, SEED_DIR, documents);
  const server = await startServer({ config, store, documents, logger: createLogger(config.LOG_LEVEL) });
  const graphql = `${server.url}/graphql`;
  return {
    url: server.url,
    config,
    store,
    gql: (query, variables, headers) => postJson(graphql, { query, variables }, headers),
    async stop() {
      await server.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
