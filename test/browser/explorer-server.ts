// The real server for browser tests: a temp embedded database seeded from seed/, the explorer
// page freshly built, listening on 127.0.0.1 on a free port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildExplorer } from '../../scripts/build-explorer.js';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { seedIfEmpty } from '../../src/ingest/load-seed.js';
import { readSeed } from '../../src/ingest/seed-files.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/server.js';

export async function startExplorerServer(): Promise<{ url: string; close(): Promise<void> }> {
  await buildExplorer();
  const dir = mkdtempSync(join(tmpdir(), 'haidian-explorer-'));
  const store = new EmbeddedStore({ path: join(dir, 'graph.lbug'), bufferPoolBytes: 64 * 2 ** 20 });
  await store.open();
  const seedDir = resolve('seed');
  const documents = DocumentLibrary.fromDirectory(join(seedDir, 'sources'));
  await seedIfEmpty(store, seedDir, documents);
  const server = await startServer({
    config: { NODE_ENV: 'test', PORT: 0, HOST: '127.0.0.1' },
    store,
    documents,
    findings: readSeed(seedDir).findings,
    logger: createLogger('silent'),
  });
  return {
    url: server.url,
    async close() {
      server.httpServer.close();
      await server.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
