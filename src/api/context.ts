// What every resolver receives: the store, this request's loaders, the source documents, the
// report's findings, the analytics projection and the name suggestions over it, the caller and the
// limits; and the one function that builds it from a request's credentials, used by the HTTP
// server and by tests alike.
import type { ProjectionCache } from '../analytics/projection/projection-cache.js';
import type { Config } from '../config.js';
import type { FindingRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import type { DocumentLibrary } from '../ingest/documents.js';
import { createAuthenticator, type Credentials } from './auth/authenticate.js';
import type { Viewer } from './auth/viewer.js';
import { apiError, ErrorCode } from './errors.js';
import { limitsFrom, type Limits } from './limits.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { ActorSuggestions } from './suggestions.js';
import type { Translations } from './translations.js';

export interface GraphContext {
  store: GraphStore;
  loaders: Loaders;
  documents: DocumentLibrary;
  viewer: Viewer;
  limits: Limits;
  findings: readonly FindingRecord[];
  suggestions: ActorSuggestions;
  projections: ProjectionCache;
  /** The Chinese of the seed's editorial notes. */
  translations: Translations;
}

export interface ContextDeps {
  config: Config;
  store: GraphStore;
  documents: DocumentLibrary;
  findings: readonly FindingRecord[];
  suggestions: ActorSuggestions;
  projections: ProjectionCache;
  translations: Translations;
}

export type ContextFactory = (credentials: Credentials) => Promise<GraphContext>;

export function contextFactory({ config, store, documents, findings, suggestions, projections, translations }: ContextDeps): ContextFactory {
  const authenticate = createAuthenticator(config);
  const limits = limitsFrom(config);
  return async (credentials) => {
    const viewer = await authenticate(credentials);
    if (config.READ_ACCESS === 'token' && viewer.subject === null) {
      throw apiError(ErrorCode.UNAUTHENTICATED, 'this server needs a bearer token or an API key for every request', {
        http: { status: 401 },
      });
    }
    return { store, documents, findings, suggestions, projections, translations, loaders: createLoaders(store), viewer, limits };
  };
}
