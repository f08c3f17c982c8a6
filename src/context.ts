// What every resolver receives: the store and this request's loaders.
import type { GraphStore } from './graph/store.js';
import type { Loaders } from './loaders.js';
import type { DocumentLibrary } from './ingest/documents.js';

export interface GraphContext {
  store: GraphStore;
  loaders: Loaders;
  documents: DocumentLibrary;
}
