// The conformance suite's Neo4j engine. A Neo4j server is shared, so a test may only start on a
// database holding nothing, and removes all it wrote when done: the suite never touches data
// it did not write. (vitest.config.ts runs test files one at a time when NEO4J_URI is set.)
import neo4j from 'neo4j-driver';
import { Neo4jStore, type Neo4jOptions } from '../../src/graph/neo4j/neo4j-store.js';
import type { EngineUnderTest, StoreSetup } from './engines.js';

/** Test-only statements; the lint test checks them with the engine's own. */
export const COUNT_ALL_NODES = 'MATCH (n) RETURN count(n) AS n';
export const DELETE_GRAPH = 'MATCH (n) WHERE n:Actor OR n:ActorName OR n:GraphMeta DETACH DELETE n';

/**
 * Where the tests find Neo4j: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Unset,
 * Neo4j tests are skipped locally, but in CI (CI=true) that is a failure: no Neo4j test may be
 * skipped there. An unreachable server fails the tests that connect to it.
 */
export function neo4jOptionsFromEnv(env: NodeJS.ProcessEnv): Neo4jOptions | null {
  const uri = env.NEO4J_URI;
  if (!uri) {
    if (env.CI === 'true') throw new Error('CI=true but NEO4J_URI is not set: the Neo4j tests must run in CI (start one with npm run neo4j)');
    return null;
  }
  return {
    uri,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
    // With the local server's import folder, bulk loads go through LOAD CSV.
    importDir: env.NEO4J_IMPORT_DIR || undefined,
  };
}

export function neo4jFromEnv(env: NodeJS.ProcessEnv): EngineUnderTest | null {
  const options = neo4jOptionsFromEnv(env);
  if (!options) return null;
  const { uri } = options;
  return {
    name: 'neo4j',
    async create(setup: StoreSetup = {}) {
      const make = setup.neo4j ?? ((o: Neo4jOptions) => new Neo4jStore(o));
      const store = make({ ...options, queryTimeoutMs: setup.queryTimeoutMs });
      await store.open();
      const { records } = await store.driver.executeQuery(COUNT_ALL_NODES, {}, { database: options.database });
      const held = neo4j.integer.toNumber(records[0]?.get('n') ?? 0);
      if (held > 0) {
        await store.close();
        throw new Error(`the conformance suite needs an empty database; ${options.database ?? 'the default database'} at ${uri} holds ${held} nodes`);
      }
      return {
        store,
        async dispose() {
          await store.driver.executeQuery(DELETE_GRAPH, {}, { database: options.database });
          await store.close();
        },
      };
    },
  };
}
