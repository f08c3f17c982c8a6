// Found on a real server: after close(), the Neo4j store kept its closed driver, so every call
// failed with the driver's "Pool is closed" (not StoreUnavailableError, so the API answered
// INTERNAL_SERVER_ERROR instead of SERVICE_UNAVAILABLE), and open() could not bring it back.
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/graph/errors.js';
import { Neo4jStore } from '../../../src/graph/neo4j/neo4j-store.js';
import { neo4jOptionsFromEnv } from '../../conformance/neo4j-engine.js';

const options = neo4jOptionsFromEnv(process.env);

describe.skipIf(!options)('a Neo4j store closed and opened again', () => {
  it('says it is unavailable while closed, and answers again once reopened', async () => {
    const store = new Neo4jStore(options!);
    await store.open();
    const before = await store.revision();
    await store.close();
    await expect(store.counts()).rejects.toThrow(StoreUnavailableError);
    await expect(store.revision()).rejects.toThrow(StoreUnavailableError);
    await store.open();
    expect(await store.revision()).toBe(before);
    await store.close();
  });
});
