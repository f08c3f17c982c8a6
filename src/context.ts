// What every resolver receives: the store, this request's loaders, the source documents, the
// report's findings and the cache of the in-memory graph analytics run on.
import type { SnapshotCache } from './analytics/snapshot-cache.js';
import type { FindingRecord } from './graph/model.js';
import type { GraphStore } from './graph/store.js';
import type { Loaders } from './loaders.js';
import type { DocumentLibrary } from './ingest/documents.js';

export interface GraphContext {
  store: GraphStore;
  loaders: Loaders;
  documents: DocumentLibrary;
  findings: readonly FindingRecord[];
  snapshots: SnapshotCache;
}
