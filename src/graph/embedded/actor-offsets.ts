// Each actor's internal offset in LadybugDB's Actor table, read in one statement and kept until
// the store writes: one process holds an embedded database, so every write that could add, remove
// or reuse an offset passes through that store. Relation hydration filters actors by offset
// (RELATIONS_OF_SOURCES_AT in cypher.ts); a stale offset can only miss, never mislead, since the
// rows found are checked against the relation's ends.
import type { Row } from '../engine-session.js';

export class ActorOffsets {
  private loaded: Promise<Map<string, number>> | null = null;

  constructor(private readonly read: () => AsyncIterable<Row>) {}

  /** Actor id → offset, read now when nothing is kept. */
  get(): Promise<Map<string, number>> {
    if (!this.loaded) {
      const loading = this.load();
      this.loaded = loading;
      // A failed read is not kept: the next call tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = null;
      });
    }
    return this.loaded;
  }

  /** Forgets the offsets: called around every write. */
  invalidate(): void {
    this.loaded = null;
  }

  private async load(): Promise<Map<string, number>> {
    const offsets = new Map<string, number>();
    for await (const row of this.read()) offsets.set(String(row.id), Number(row.offset));
    return offsets;
  }
}
