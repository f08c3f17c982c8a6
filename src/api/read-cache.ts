// Answers the request path's point reads — an actor by id, actors by name — from memory while
// the graph has not changed. An engine lookup costs far more than the rest of a request (see
// bench/RESULTS.md), and planners ask for the same actors again and again.
//
// Correctness rests on the revision: every write through this server moves it, which empties
// the cache, and a read that was under way when it moved is not kept. That sees every write only
// when no other process can write: true of the embedded engine (its file lock keeps others out),
// not of Neo4j (another replica may write), so the server turns the cache on for embedded only.
import { LRUCache } from 'lru-cache';
import type { ActorRecord, GraphBatch } from '../graph/model.js';
import type { RevisionedStore } from '../graph/revisioned-store.js';
import type { GraphStore, RelationFilter, SearchOptions } from '../graph/store.js';

type Entry = { actor: ActorRecord | null } | { actors: readonly ActorRecord[] };

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
  private revision: number;

  constructor(
    private readonly inner: RevisionedStore,
    maxEntries: number,
  ) {
    this.entries = new LRUCache({ max: maxEntries });
    this.revision = inner.revision;
  }

  get engine() {
    return this.inner.engine;
  }

  /** The revision reads now see; the cache is emptied when a write has moved it. */
  private current(): number {
    if (this.inner.revision !== this.revision) {
      this.entries.clear();
      this.revision = this.inner.revision;
    }
    return this.revision;
  }

  /** Keeps `entry` unless a write happened while it was being read. */
  private keep(key: string, entry: Entry, readAt: number): void {
    if (this.current() === readAt) this.entries.set(key, deepFreeze(entry));
  }

  async actorsByName(text: string): Promise<ActorRecord[]> {
    const readAt = this.current();
    const key = `name:${text}`;
    const hit = this.entries.get(key);
    if (hit && 'actors' in hit) return [...hit.actors];
    const actors = await this.inner.actorsByName(text);
    this.keep(key, { actors }, readAt);
    return [...actors];
  }

  async actorsByIds(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    const readAt = this.current();
    const found = ids.map((id) => {
      const hit = this.entries.get(`id:${id}`);
      return hit && 'actor' in hit ? hit.actor : undefined;
    });
    const missing = [...new Set(ids.filter((_, i) => found[i] === undefined))];
    if (missing.length === 0) return found as (ActorRecord | null)[];
    const read = await this.inner.actorsByIds(missing);
    const byId = new Map(missing.map((id, i) => [id, read[i] ?? null]));
    for (const [id, actor] of byId) this.keep(`id:${id}`, { actor }, readAt);
    return ids.map((id, i) => found[i] ?? byId.get(id) ?? null);
  }

  // Writes and every other read go straight through.
  upsert = (batch: GraphBatch) => this.inner.upsert(batch);
  deleteActors = (ids: readonly string[]) => this.inner.deleteActors(ids);
  deleteRelations = (ids: readonly string[]) => this.inner.deleteRelations(ids);
  open = () => this.inner.open();
  close = () => this.inner.close();
  counts = () => this.inner.counts();
  readAll = () => this.inner.readAll();
  search = (text: string, options: SearchOptions) => this.inner.search(text, options);
  relationsOf = (actorIds: readonly string[], filter: RelationFilter) => this.inner.relationsOf(actorIds, filter);
}
