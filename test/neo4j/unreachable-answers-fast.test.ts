// Regression: with the driver's defaults (and the 15 s retry time set before), a read against an
// unreachable Neo4j kept retrying for 15–30 s before failing (2.8 s in CI with the driver's own
// back-off); our retry policy (graph/neo4j/retry.ts) makes it fail as StoreUnavailableError
// within 2 s. No server needed: a closed local port refuses at once.
import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { StoreUnavailableError } from '../../src/graph/errors.js';
import { createStore } from '../../src/graph/open-store.js';
import { freePort } from '../helpers/free-port.js';

it('a read against an unreachable Neo4j fails as StoreUnavailableError within 2 s (default config)', async () => {
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const store = createStore(loadConfig({ GRAPH_ENGINE: 'neo4j', NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'x' }));
  try {
    const started = performance.now();
    const error = await store.counts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(performance.now() - started).toBeLessThan(2_000);
  } finally {
    await store.close();
  }
});
