// The engines the conformance suite runs on: always the embedded one; Neo4j too once its
// engine exists and NEO4J_URI is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import type { GraphStore } from '../../src/graph/store.js';

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

export const engines: EngineUnderTest[] = [embedded];
