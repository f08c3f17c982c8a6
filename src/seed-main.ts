// `npm run seed` (and the compose seed service): load the seed into the configured engine when
// it is empty, then exit. Separate from the API so that replicas never race to seed.
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { failStart, openGraph } from './startup.js';

try {
  const config = loadConfig();
  const graph = await openGraph(config, { command: 'npm run seed', seed: true });
  const { loaded, counts } = graph.seeded ?? { loaded: false, counts: await graph.store.counts() };
  createLogger(config.LOG_LEVEL).info({ engine: graph.store.engine, ...counts, loaded }, loaded ? 'seed loaded' : 'graph already holds data; seed skipped');
  await graph.close();
} catch (error) {
  failStart(error);
}
