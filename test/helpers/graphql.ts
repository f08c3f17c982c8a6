// An in-process GraphQL executor over a real store: the server's schema, resolvers and error
// formatting, without HTTP, for analytics tests and latency figures.
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll } from 'vitest';
import { SnapshotCache } from '../../src/analytics/snapshot-cache.js';
import { ANONYMOUS } from '../../src/api/auth/viewer.js';
import { loadConfig } from '../../src/config.js';
import { formatError } from '../../src/api/errors.js';
import type { FindingRecord, GraphBatch } from '../../src/graph/model.js';
import type { GraphStore } from '../../src/graph/store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { limitsFrom } from '../../src/api/limits.js';
import { createLoaders } from '../../src/api/loaders.js';
import { resolvers } from '../../src/api/resolvers/index.js';
import { loadTypeDefs } from '../../src/api/schema.js';
import type { GraphContext } from '../../src/api/context.js';
import { embedded } from '../conformance/engines.js';

export interface Executor {
  store: GraphStore;
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): Promise<void>;
}

export async function executor(store: GraphStore, findings: readonly FindingRecord[] = [], documents = new DocumentLibrary()): Promise<Executor> {
  const apollo = new ApolloServer<GraphContext>({ typeDefs: loadTypeDefs(), resolvers, formatError });
  await apollo.start();
  const snapshots = new SnapshotCache(store);
  const limits = limitsFrom(loadConfig({}));
  return {
    store,
    async run(query, variables) {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: { store, documents, findings, snapshots, loaders: createLoaders(store), viewer: ANONYMOUS, limits } },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: (data ?? undefined) as never, errors: errors as never };
    },
    stop: () => apollo.stop(),
  };
}

/**
 * For one describe block: an embedded store in a temp dir holding `batch`, and an executor over
 * it; closed and removed after the block. Call the returned function inside tests.
 */
export function graphApi(batch: GraphBatch, findings: readonly FindingRecord[] = [], documents?: DocumentLibrary): () => Executor {
  let api: Executor | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = await embedded.create();
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
