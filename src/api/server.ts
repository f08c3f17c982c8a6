// The HTTP face of the product: GraphQL at /graphql, GET /health, the explorer page at
// /explore; with the Neo4j engine also the @neo4j/graphql model API at /graphql/model.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { armor, parseOptions } from './armor.js';
import { createAuthenticator } from './auth/authenticate.js';
import { SnapshotCache } from '../analytics/snapshot-cache.js';
import type { Config } from '../config.js';
import type { GraphContext } from './context.js';
import { apiError, ErrorCode, formatError, httpErrorHandler } from './errors.js';
import type { FindingRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import type { DocumentLibrary } from '../ingest/documents.js';
import { explorerPage } from './explorer-page.js';
import { limitsFrom } from './limits.js';
import { createLoaders } from './loaders.js';
import type { Logger } from '../logger.js';
import { mountModelApi } from './model-route.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

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

/** "*" allows any origin; a list allows those; nothing sends no CORS headers (same origin only). */
function corsOrigin(origins: readonly string[]): boolean | string[] {
  if (origins.includes('*')) return true;
  return origins.length > 0 ? [...origins] : false;
}

export async function startServer({ config, store, documents, findings = [], logger }: ServerDeps): Promise<RunningServer> {
  // Every write transaction moves the store's revision, which tells analytics to re-read the graph.
  const snapshots = new SnapshotCache(store);

  const app = express();
  const httpServer = createServer(app);
  const production = config.NODE_ENV === 'production';
  const introspection = config.INTROSPECTION === undefined ? !production : config.INTROSPECTION === 'true';
  const limits = limitsFrom(config);
  const authenticate = createAuthenticator(config);
  const protection = armor(config, { hideSuggestions: !introspection });

  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    introspection,
    // Apollo's default, stated so that no one turns it off by accident: a browser cannot send
    // a "simple" cross-site request (GET or text/plain POST without a preflight) that runs an operation.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !production,
    validationRules: protection.validationRules,
    parseOptions: parseOptions(config),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      operationLogger(logger),
      ...protection.plugins,
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(cors({ origin: corsOrigin(config.CORS_ORIGINS), credentials: false }));

  app.get('/health', async (_req, res) => {
    try {
      const counts = await store.counts();
      res.json({ status: 'ok', engine: store.engine, nodes: counts.actors, relations: counts.relations });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', engine: store.engine, error: 'the graph store does not answer' });
    }
  });

  // Before /graphql, whose prefix it shares.
  const stopModelApi = await mountModelApi(app, store, production, config.BODY_LIMIT);

  app.use(
    '/graphql',
    express.json({ limit: config.BODY_LIMIT }),
    (req, _res, next) => {
      // Express 5 leaves req.body unset for bodies it did not parse (text/plain, none); Apollo
      // then answers them itself, with CSRF prevention and a coded error.
      req.body ??= undefined;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphContext> => {
        const viewer = await authenticate({ authorization: req.headers.authorization, apiKey: req.get('x-api-key') });
        if (config.READ_ACCESS === 'token' && viewer.subject === null) {
          throw apiError(ErrorCode.UNAUTHENTICATED, 'this server needs a bearer token or an API key for every request', {
            http: { status: 401 },
          });
        }
        return { store, documents, findings, snapshots, loaders: createLoaders(store), viewer, limits };
      },
    }),
  );
  app.use(httpErrorHandler(logger, config.BODY_LIMIT));
  app.use('/explore', explorerPage());
  app.get('/', (_req, res) => res.redirect('/explore/'));

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  return {
    url: `http://${host}:${port}`,
    httpServer,
    stop: async () => {
      await apollo.stop();
      await stopModelApi();
    },
  };
}
