// The product GraphQL API without its HTTP transport: schema (with the enforced limits in its
// descriptions), resolvers, query limits, error formatting, plugins, and the request context.
// The HTTP server (server.ts) mounts it; tests execute operations on it directly, so both run
// exactly the same request path below HTTP.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ProjectionCache } from '../analytics/projection/projection-cache.js';
import { answerInBackground } from '../analytics/whole-graph-answers.js';
import type { Config } from '../config.js';
import type { FindingRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import type { DocumentLibrary } from '../ingest/documents.js';
import type { Logger } from '../logger.js';
import { noStore } from './no-store.js';
import { armor, parseOptions } from './armor.js';
import type { Credentials } from './auth/authenticate.js';
import { Translations } from './translations.js';
import { contextFactory, type GraphContext } from './context.js';
import { formatError } from './errors.js';
import { limitsFrom } from './limits.js';
import { operationLogger } from './operation-logger.js';
import { ReadCache } from './read-cache.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { StackTraces } from './stack-traces.js';
import { ActorSuggestions } from './suggestions.js';

export interface GraphqlApiDeps {
  config: Config;
  /** The engine; the API wraps it to cache point reads (embedded engine). */
  store: GraphStore;
  documents: DocumentLibrary;
  findings?: readonly FindingRecord[];
  logger: Logger;
  /** Plugins of the transport (drain, landing page), run before the API's own. */
  plugins?: ApolloServerPlugin<GraphContext>[];
}

export interface GraphqlApi {
  apollo: ApolloServer<GraphContext>;
  /** The store resolvers see: writes through it reach the engine and invalidate what is cached. */
  store: GraphStore;
  /** The analytics projection, keyed by the graph revision kept in the database. */
  projections: ProjectionCache;
  /** The context of one request, from its credentials and the client's address. */
  context(credentials: Credentials, remoteAddress?: string): Promise<GraphContext>;
  introspection: boolean;
}

/** Point reads cached in memory where no other process can write (the embedded engine's file lock). */
function requestStore(engine: GraphStore, config: Config): GraphStore {
  const cached = config.READ_CACHE_ENTRIES > 0 && engine.engine === 'embedded';
  return cached ? new ReadCache(engine, config.READ_CACHE_ENTRIES) : engine;
}

export async function createGraphqlApi({ config, store: engine, documents, findings = [], logger, plugins = [] }: GraphqlApiDeps): Promise<GraphqlApi> {
  const production = config.NODE_ENV === 'production';
  const introspection = config.INTROSPECTION === undefined ? !production : config.INTROSPECTION === 'true';
  const store = requestStore(engine, config);
  const protection = armor(config, { hideSuggestions: !introspection });
  const stackTraces = new StackTraces<GraphContext>(config.NODE_ENV === 'development');
  // Analytics re-reads the graph when the revision kept in the database moves, whoever wrote.
  const projections = new ProjectionCache(store, { checkEveryMs: config.ANALYTICS_REVISION_CHECK_MS });
  // Gaps and indices are computed as soon as each revision's projection is built, then served from cache.
  answerInBackground(projections, store);
  const suggestions = new ActorSuggestions(store, projections);
  const translations = Translations.fromSeed(config.SEED_DIR);
  const newContext = contextFactory({ config, store, documents, findings, suggestions, projections, translations });

  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(limitsFrom(config)),
    resolvers,
    formatError,
    introspection,
    // Apollo's default, stated so that no one turns it off by accident: a browser cannot send
    // a "simple" cross-site request (GET or text/plain POST without a preflight) that runs an operation.
    csrfPrevention: true,
    // Per request instead: stack-traces.ts.
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    parseOptions: parseOptions(config),
    // Not Apollo's cache-control plugin: no-store.ts says why.
    plugins: [...plugins, ApolloServerPluginCacheControlDisabled(), noStore(), operationLogger(logger), stackTraces.plugin(), ...protection.plugins],
  });
  await apollo.start();
  return {
    apollo,
    store,
    projections,
    introspection,
    context: async (credentials, remoteAddress) => stackTraces.offer(await newContext(credentials), remoteAddress),
  };
}
