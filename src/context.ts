// What every resolver receives: the store, this request's loaders, the caller and the limits.
import type { Viewer } from './auth/viewer.js';
import type { GraphStore } from './graph/store.js';
import type { DocumentLibrary } from './ingest/documents.js';
import type { Limits } from './limits.js';
import type { Loaders } from './loaders.js';

export interface GraphContext {
  store: GraphStore;
  loaders: Loaders;
  documents: DocumentLibrary;
  viewer: Viewer;
  limits: Limits;
}
