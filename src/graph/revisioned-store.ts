// A GraphStore that counts the writes made through it, so that caches built from readAll()
// (analytics) know when they are stale. Wrap the store once, where the server is composed, and
// send every write through the wrapper. Writes made by another process (another API replica, a
// command-line import) are not counted: see docs/analytics.md, "Cache".
import type { GraphBatch } from './model.js';
import type { GraphCounts, GraphStore, RelationFilter, SearchOptions } from './store.js';

export interface Revisioned {
  /** Changes after every write through this object. */
  readonly revision: number;
}

export class RevisionedStore implements GraphStore, Revisioned {
  private writes = 0;

  constructor(private readonly inner: GraphStore) {}

  get engine() {
    return this.inner.engine;
  }

  get revision(): number {
    return this.writes;
  }

  async upsert(batch: GraphBatch): Promise<GraphCounts> {
    try {
      return await this.inner.upsert(batch);
    } finally {
      // Counted even when the write fails: a needless rebuild is cheap, a stale answer is not.
      this.writes += 1;
    }
  }

  open = () => this.inner.open();
  close = () => this.inner.close();
  counts = () => this.inner.counts();
  readAll = () => this.inner.readAll();
  actorsByIds = (ids: readonly string[]) => this.inner.actorsByIds(ids);
  actorsByName = (text: string) => this.inner.actorsByName(text);
  search = (text: string, options: SearchOptions) => this.inner.search(text, options);
  relationsOf = (actorIds: readonly string[], filter: RelationFilter) => this.inner.relationsOf(actorIds, filter);
}
