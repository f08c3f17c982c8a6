// `npm run seed` (and the compose seed service): load the seed into the configured engine when
// it is empty, then exit. Separate from the API so that replicas never race to seed.
import { join, resolve } from 'node:path';
import { loadConfig } from './config.js';
import { createStore } from './graph/open-store.js';
import { DocumentLibrary } from './ingest/documents.js';
import { seedIfEmpty } from './ingest/load-seed.js';
import { createLogger } from './logger.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const store = createStore(config);
try {
  await store.open();
  const documents = DocumentLibrary.fromDirectory(join(resolve(config.SEED_DIR), 'sources'));
  const seeded = await seedIfEmpty(store, resolve(config.SEED_DIR), documents);
  logger.info({ engine: store.engine, ...seeded.counts, loaded: seeded.loaded }, seeded.loaded ? 'seed loaded' : 'graph already holds data; seed skipped');
} catch (error) {
  logger.error({ err: error }, 'seeding failed');
  process.exitCode = 1;
} finally {
  await store.close();
}
