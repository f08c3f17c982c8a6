// The engines tests run on. A test file asks for `testEngine` (or describes over `engines`): the
// embedded one, or Neo4j when vitest.config.ts runs the file in its "neo4j" project
// (TEST_ENGINE=neo4j, with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and optionally NEO4J_DATABASE).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore, type EmbeddedOptions } from '../../src/graph/embedded/embedded-store.js';
import type { Neo4jOptions, Neo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import type { EngineName, GraphStore } from '../../src/graph/store.js';
import { neo4jFromEnv } from './neo4j-engine.js';

/** How a test wants its store made: a query timeout, or its own subclass of an engine's store. */
export interface StoreSetup {
  queryTimeoutMs?: number;
  /** The embedded engine's page cache (its own default is 512 MiB). */
  bufferPoolBytes?: number;
  embedded?: (options: EmbeddedOptions) => EmbeddedStore;
  neo4j?: (options: Neo4jOptions) => Neo4jStore;
}

export interface CreatedStore<S extends GraphStore = GraphStore> {
  store: S;
  dispose(): Promise<void>;
}

export interface EngineUnderTest {
  name: EngineName;
  /** A fresh, empty, opened store; `dispose` closes it and removes what it wrote. */
  create(setup?: StoreSetup): Promise<CreatedStore>;
}

export const embedded: EngineUnderTest = {
  name: 'embedded',
  async create(setup = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'haidian-graph-'));
    const make = setup.embedded ?? ((options: EmbeddedOptions) => new EmbeddedStore(options));
    const store = make({ path: join(dir, 'graph.lbug'), bufferPoolBytes: setup.bufferPoolBytes, queryTimeoutMs: setup.queryTimeoutMs });
    await store.open();
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function chosenEngine(): EngineUnderTest {
  if (process.env.TEST_ENGINE !== 'neo4j') return embedded;
  const neo4j = neo4jFromEnv(process.env);
  if (!neo4j) throw new Error('TEST_ENGINE=neo4j needs NEO4J_URI');
  return neo4j;
}

/** The engine of this run of the test file. */
export const testEngine: EngineUnderTest = chosenEngine();

/** For suites written as describe.each: the one engine of this run. */
export const engines: EngineUnderTest[] = [testEngine];
