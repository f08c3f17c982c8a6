// One GraphSnapshot per store, rebuilt when the graph's revision (kept in the database) moves. Concurrent requests
// during a rebuild share it; a snapshot is tagged with the revision it was read at, so a write
// during the read makes the next request rebuild again.
import type { GraphStore } from '../graph/store.js';
import { GraphSnapshot } from './snapshot.js';

export class SnapshotCache {
  private current?: { revision: number; snapshot: Promise<GraphSnapshot> };

  constructor(private readonly store: GraphStore) {}

  async get(): Promise<GraphSnapshot> {
    const revision = await this.store.revision();
    if (this.current?.revision !== revision) {
      const snapshot = this.store.readAll().then((batch) => new GraphSnapshot(batch));
      // A failed read must not stay cached.
      snapshot.catch(() => {
        if (this.current?.snapshot === snapshot) this.current = undefined;
      });
      this.current = { revision, snapshot };
    }
    return this.current.snapshot;
  }
}
