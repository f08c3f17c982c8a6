// The HTTP face of the product: GraphQL at /graphql, GET /health, the landing page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { SnapshotCache } from './analytics/snapshot-cache.js';
import type { Config } from './config.js';
import type { GraphContext } from './context.js';
import { formatError } from './format-error.js';
import type { FindingRecord } from './graph/model.js';
import { RevisionedStore } from './graph/revisioned-store.js';
import type { GraphStore } from './graph/store.js';
import type { DocumentLibrary } from './ingest/documents.js';
import { createLoaders } from './loaders.js';
import type { Logger } from './logger.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

export interface ServerDeps {
  config: Pick<Config, 'NODE_ENV' | 'PORT' | 'HOST'>;
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

function operationLogger(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const level = code === 'INTERNAL_SERVER_ERROR' || code === undefined ? 'error' : 'debug';
            logger[level]({ err: error.originalError ?? error, code, operationName }, 'graphql error');
          }
        },
        async willSendResponse({ operationName }) {
          logger.debug({ operationName, ms: Math.round(performance.now() - started) }, 'graphql request');
        },
      };
    },
  };
}

export async function startServer({ config, store: engine, documents, findings = [], logger }: ServerDeps): Promise<RunningServer> {
  // Writes through the context's store move its revision, which tells analytics to re-read the graph.
  const store = new RevisionedStore(engine);
  const snapshots = new SnapshotCache(store);
  const app = express();
  const httpServer = createServer(app);
  const production = config.NODE_ENV === 'production';

  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: !production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      operationLogger(logger),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      const counts = await store.counts();
      res.json({ status: 'ok', engine: store.engine, nodes: counts.actors, relations: counts.relations });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', engine: store.engine, error: 'the graph store does not answer' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => ({ store, documents, findings, snapshots, loaders: createLoaders(store) }),
    }),
  );
  app.get('/', (_req, res) => res.redirect('/graphql'));

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  return {
    url: `http://${host}:${port}`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
