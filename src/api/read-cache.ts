// Answers the request path's point reads — an actor by id, actors by name — from memory while
// the graph has not changed. An engine lookup costs far more than the rest of a request (see
// bench/RESULTS.md), and planners ask for the same actors again and again.
//
// Correctness rests on a write count: every write through this cache moves it, which empties
// the cache, and a read that was under way when it moved is not kept. That sees every write only
// when no other process can write: true of the embedded engine (its file lock keeps others out),
// not of Neo4j (another replica may write), so the server turns the cache on for embedded only.
import { LRUCache } from 'lru-cache';
import type { ActorRecord, GraphBatch } from '../graph/model.js';
import type { GraphStore, RelationEnds, RelationFilter, SearchOptions } from '../graph/store.js';

type Entry = { actor: ActorRecord | null };

/** Cached records are shared between requests: frozen, so that no resolver can change them for the next. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export class ReadCache implements GraphStore {
  private readonly entries: LRUCache<string, Entry>;
  /** Moved before and after every write through this cache. */
  private writes = 0;

  constructor(
    private readonly inner: GraphStore,
    maxEntries: number,
  ) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  get engine() {
    return this.inner.engine;
  }

  /** Keeps `entry` unless a write happened while it was being read. */
  private keep(key: string, entry: Entry, readAt: number): void {
    if (this.writes === readAt) this.entries.set(key, deepFreeze(entry));
  }

  /** A write empties the cache when it starts and when it ends, whether it succeeds or not. */
  private async write<T>(run: () => Promise<T>): Promise<T> {
    this.writes++;
    this.entries.clear();
    try {
      return await run();
    } finally {
      this.writes++;
      this.entries.clear();
    }
  }

  async actorByName(text: string): Promise<ActorRecord | null> {
    const readAt = this.writes;
    const key = `name:${text}`;
    const hit = this.entries.get(key);
    if (hit) return hit.actor;
    const actor = await this.inner.actorByName(text);
    this.keep(key, { actor }, readAt);
    return actor;
  }

  async actorsByIds(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    const readAt = this.writes;
    const found = ids.map((id) => this.entries.get(`id:${id}`)?.actor);
    const missing = [...new Set(ids.filter((_, i) => found[i] === undefined))];
    if (missing.length === 0) return found as (ActorRecord | null)[];
    const read = await this.inner.actorsByIds(missing);
    const byId = new Map(missing.map((id, i) => [id, read[i] ?? null]));
    for (const [id, actor] of byId) this.keep(`id:${id}`, { actor }, readAt);
    return ids.map((id, i) => found[i] ?? byId.get(id) ?? null);
  }

  // Writes and every other read go straight through.
  localWrites = () => this.inner.localWrites();
  upsert = (batch: GraphBatch) => this.write(() => this.inner.upsert(batch));
  deleteActors = (ids: readonly string[]) => this.write(() => this.inner.deleteActors(ids));
  deleteRelations = (ids: readonly string[]) => this.write(() => this.inner.deleteRelations(ids));
  open = () => this.inner.open();
  close = () => this.inner.close();
  counts = () => this.inner.counts();
  readAll = () => this.inner.readAll();
  search = (text: string, options: SearchOptions) => this.inner.search(text, options);
  relationsOf = (actorIds: readonly string[], filter: RelationFilter) => this.inner.relationsOf(actorIds, filter);
  revision = () => this.inner.revision();
  readTopology = () => this.inner.readTopology();
  relationsByIds = (ids: readonly string[], ends?: readonly RelationEnds[]) => this.inner.relationsByIds(ids, ends);
  actorLabels = (ids: readonly string[]) => this.inner.actorLabels(ids);
  readMetrics = (names: readonly string[]) => this.inner.readMetrics(names);
  readNames = () => this.inner.readNames();
}
