// `npm start`: open the configured engine, seed it when empty, serve until told to stop.
import { loadConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { startServer, type RunningServer } from './api/server.js';
import { failStart, openGraph, type ReadyGraph } from './startup.js';

let logger: Logger;
let graph: ReadyGraph;
let server: RunningServer;
try {
  const config = loadConfig();
  logger = createLogger(config.LOG_LEVEL);
  graph = await openGraph(config, { command: 'npm start', seed: config.SEED_ON_START });
  if (graph.seeded) {
    const { loaded, counts } = graph.seeded;
    logger.info({ ...counts, loaded }, loaded ? 'seed loaded' : 'graph already holds data; seed skipped');
  }
  server = await startServer({ config, store: graph.store, documents: graph.documents, findings: graph.findings, logger });
} catch (error) {
  failStart(error);
}
logger.info({ url: `${server.url}/graphql`, engine: graph.store.engine }, 'serving GraphQL');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: draining requests, then closing the graph');
  try {
    await server.stop();
    await graph.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'unclean shutdown');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
