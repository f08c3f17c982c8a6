// The engines the conformance suite runs on: always the embedded one; Neo4j too when
// NEO4J_URI is set (with NEO4J_USER, NEO4J_PASSWORD and optionally NEO4J_DATABASE).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { neo4jFromEnv } from './neo4j-engine.js';

export interface EngineUnderTest {
  name: string;
  /** A fresh, empty, opened store; `dispose` closes it and removes what it made. */
  create(): Promise<{ store: GraphStore; dispose(): Promise<void> }>;
}

export const embedded: EngineUnderTest = {
  name: 'embedded',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'haidian-graph-'));
    const store = new EmbeddedStore({ path: join(dir, 'graph.lbug') });
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

const neo4j = neo4jFromEnv(process.env);

export const engines: EngineUnderTest[] = neo4j ? [embedded, neo4j] : [embedded];
