// `npm start`: open the configured engine, seed it when empty, serve until told to stop.
import { join, resolve } from 'node:path';
import { loadConfig } from './config.js';
import { createStore } from './graph/open-store.js';
import { DocumentLibrary } from './ingest/documents.js';
import { seedIfEmpty } from './ingest/load-seed.js';
import { readSeed } from './ingest/seed-files.js';
import { createLogger } from './logger.js';
import { startServer } from './api/server.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const store = createStore(config);
const documents = DocumentLibrary.fromDirectory(join(resolve(config.SEED_DIR), 'sources'));

await store.open();
if (config.SEED_ON_START) {
  const seeded = await seedIfEmpty(store, resolve(config.SEED_DIR), documents);
  logger.info({ ...seeded.counts, loaded: seeded.loaded }, seeded.loaded ? 'seed loaded' : 'graph already holds data; seed skipped');
}
// The report's findings live beside the graph, not in it: read from the seed on every start.
const findings = readSeed(resolve(config.SEED_DIR)).findings;
const server = await startServer({ config, store, documents, findings, logger });
logger.info({ url: `${server.url}/graphql`, engine: store.engine }, 'serving GraphQL');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: draining requests, then closing the graph');
  try {
    await server.stop();
    await store.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'unclean shutdown');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
