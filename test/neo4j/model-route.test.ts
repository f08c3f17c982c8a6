// /graphql/model belongs to the Neo4j engine: on the embedded one it says so instead of
// falling through to the product API at /graphql.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { embedded } from '../conformance/engines.js';

let server: RunningServer;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const created = await embedded.create();
  dispose = created.dispose;
  server = await startServer({
    config: loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1' }),
    store: created.store,
    documents: DocumentLibrary.fromDirectory('seed/sources'),
    logger: createLogger('silent'),
  });
});

afterAll(async () => {
  await server.stop();
  await dispose();
});

const post = (path: string) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });

describe('/graphql/model on the embedded engine', () => {
  it('answers 404 naming the engine it needs, while /graphql still serves', async () => {
    const model = await post('/graphql/model');
    expect(model.status).toBe(404);
    expect(await model.json()).toEqual({ error: expect.stringContaining('GRAPH_ENGINE=neo4j') });
    expect(await (await post('/graphql')).json()).toEqual({ data: { __typename: 'Query' } });
  });
});
