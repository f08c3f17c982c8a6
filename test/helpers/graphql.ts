// An in-process GraphQL executor over a real store: the server's own API (schema, resolvers,
// limits, error formatting, plugins and request context, src/api/graphql-api.ts) without HTTP,
// for analytics tests and latency figures.
import { afterAll, beforeAll } from 'vitest';
import { createGraphqlApi } from '../../src/api/graphql-api.js';
import { loadConfig } from '../../src/config.js';
import type { FindingRecord, GraphBatch } from '../../src/graph/model.js';
import type { GraphStore } from '../../src/graph/store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { createLogger } from '../../src/logger.js';
import { testEngine } from '../conformance/engines.js';

export interface Executor {
  /** The store the resolvers see: a write through it is seen by the next query, as on the server. */
  store: GraphStore;
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): Promise<void>;
}

export async function executor(
  engine: GraphStore,
  findings: readonly FindingRecord[] = [],
  documents = new DocumentLibrary(),
  env: Record<string, string> = {},
): Promise<Executor> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const api = await createGraphqlApi({ config, store: engine, documents, findings, logger: createLogger(config.LOG_LEVEL) });
  return {
    store: api.store,
    async run(query, variables) {
      // An anonymous caller, as a request without credentials would be.
      const response = await api.apollo.executeOperation({ query, variables }, { contextValue: await api.context({}) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: (data ?? undefined) as never, errors: errors as never };
    },
    stop: () => api.apollo.stop(),
  };
}

/**
 * For one describe block: a store of the test run's engine (test/conformance/engines.ts) holding
 * `batch`, and an executor over it; closed and emptied after the block. Call the returned function inside tests.
 */
export function graphApi(batch: GraphBatch, findings: readonly FindingRecord[] = [], documents?: DocumentLibrary): () => Executor {
  let api: Executor | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = await testEngine.create();
    dispose = created.dispose;
    await created.store.upsert(batch);
    api = await executor(created.store, findings, documents);
  });
  afterAll(async () => {
    await api?.stop();
    await dispose?.();
  });
  return () => {
    if (!api) throw new Error('the graph API is not started yet');
    return api;
  };
}
