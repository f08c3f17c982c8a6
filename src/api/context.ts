// What every resolver receives: the store, this request's loaders, the source documents, the
// report's findings, the cache of the in-memory graph analytics run on, the caller and the limits.
import type { ProjectionCache } from '../analytics/projection/projection-cache.js';
import type { SnapshotCache } from '../analytics/snapshot-cache.js';
import type { Viewer } from './auth/viewer.js';
import type { FindingRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import type { DocumentLibrary } from '../ingest/documents.js';
import type { Limits } from './limits.js';
import type { Loaders } from './loaders.js';

export interface GraphContext {
  store: GraphStore;
  loaders: Loaders;
  documents: DocumentLibrary;
  viewer: Viewer;
  limits: Limits;
  findings: readonly FindingRecord[];
  snapshots: SnapshotCache;
  projections: ProjectionCache;
}
