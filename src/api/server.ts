// The HTTP face of the product: GraphQL at /graphql, GET /health, the explorer page at
// /explore; with the Neo4j engine also the @neo4j/graphql model API at /graphql/model.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Config } from '../config.js';
import type { FindingRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import type { DocumentLibrary } from '../ingest/documents.js';
import type { Logger } from '../logger.js';
import { httpErrorHandler } from './errors.js';
import { explorerPage } from './explorer-page.js';
import { createGraphqlApi } from './graphql-api.js';
import { mountModelApi } from './model-route.js';

export interface ServerDeps {
  config: Config;
  store: GraphStore;
  documents: DocumentLibrary;
  /** The report's findings (seed files, `findings:`); none when not given. */
  findings?: readonly FindingRecord[];
  logger: Logger;
}

export interface RunningServer {
  url: string;
  httpServer: Server;
  /** Stops taking requests, lets running ones finish, then returns; the store stays open. */
  stop(): Promise<void>;
}

/** "*" allows any origin; a list allows those; nothing sends no CORS headers (same origin only). */
function corsOrigin(origins: readonly string[]): boolean | string[] {
  if (origins.includes('*')) return true;
  return [...origins];
}

export async function startServer({ config, store: engine, documents, findings = [], logger }: ServerDeps): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const production = config.NODE_ENV === 'production';
  const api = await createGraphqlApi({
    config,
    store: engine,
    documents,
    findings,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });

  app.disable('x-powered-by');
  // Without allowed origins the middleware would only say "no": not mounting it says the same.
  if (config.CORS_ORIGINS.length > 0) app.use(cors({ origin: corsOrigin(config.CORS_ORIGINS), credentials: false }));

  app.get('/health', async (_req, res) => {
    try {
      const counts = await api.store.counts();
      res.json({ status: 'ok', engine: engine.engine, actors: counts.actors, relations: counts.relations });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', engine: engine.engine, error: 'the graph store does not answer' });
    }
  });

  // Before /graphql, whose prefix it shares.
  const stopModelApi = await mountModelApi(app, engine, config.BODY_LIMIT);

  app.use(
    '/graphql',
    express.json({ limit: config.BODY_LIMIT }),
    (req, _res, next) => {
      // Express 5 leaves req.body unset for bodies it did not parse (text/plain, none); Apollo
      // then answers them itself, with CSRF prevention and a coded error.
      req.body ??= undefined;
      next();
    },
    expressMiddleware(api.apollo, {
      context: ({ req }) =>
        api.context({ authorization: req.headers.authorization, apiKey: req.get('x-api-key') }, req.socket.remoteAddress),
    }),
  );
  app.use(httpErrorHandler(logger, config.BODY_LIMIT));
  app.use('/explore', explorerPage());
  app.get('/', (_req, res) => res.redirect('/explore/'));

  await new Promise<void>((resolve, reject) => {
    // A port in use or a host this machine does not have: an error for the caller, not an uncaught event.
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  // Build the analytics projection (and then its whole-graph measures) while the first requests come in.
  const warming = performance.now();
  api.projections.get().then(
    (projection) => logger.info({ revision: projection.revision, actors: projection.actorCount, relations: projection.relationCount, ms: Math.round(performance.now() - warming) }, 'analytics projection built'),
    (error: unknown) => logger.warn({ err: error }, 'analytics projection not built at start; the first analytics request retries'),
  );
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  return {
    url: `http://${host}:${port}`,
    httpServer,
    stop: async () => {
      // Background gaps and measures end at their next turn; else they hold the drain for minutes at M.
      api.projections.stop();
      await api.apollo.stop();
      await stopModelApi();
    },
  };
}
