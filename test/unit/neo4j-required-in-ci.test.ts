// In CI no Neo4j test may be skipped: without NEO4J_URI the Neo4j test files fail there, while
// locally they skip.
import { describe, expect, it } from 'vitest';
import { neo4jOptionsFromEnv } from '../conformance/neo4j-engine.js';

describe('where the Neo4j tests find their server', () => {
  it('skips locally without NEO4J_URI, fails in CI without it', () => {
    expect(neo4jOptionsFromEnv({})).toBeNull();
    expect(() => neo4jOptionsFromEnv({ CI: 'true' })).toThrow(/CI=true but NEO4J_URI is not set/);
    expect(neo4jOptionsFromEnv({ CI: 'true', NEO4J_URI: 'bolt://127.0.0.1:7688' })).toMatchObject({ uri: 'bolt://127.0.0.1:7688', user: 'neo4j' });
  });
});
