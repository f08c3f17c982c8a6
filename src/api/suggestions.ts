// Name suggestions over the cached graph snapshot: one name index per snapshot, built on first
// use. The one place the API reaches the index, so a change of snapshot touches only this file.
import { NameIndex, type NameSuggestion } from '../analytics/name-suggestions.js';
import type { SnapshotCache } from '../analytics/snapshot-cache.js';
import type { ActorKind, ActorRecord } from '../graph/model.js';

export async function suggestActors(snapshots: SnapshotCache, text: string, first: number): Promise<NameSuggestion[]> {
  const snapshot = await snapshots.get();
  return snapshot.memo('name-index', () => new NameIndex(snapshot.actors())).suggest(text, first);
}

/** The actors of some kinds in id order, `first` after the id `after`: search's listing mode. */
export async function listActors(snapshots: SnapshotCache, kinds: readonly ActorKind[], after: string | null | undefined, first: number): Promise<ActorRecord[]> {
  const snapshot = await snapshots.get();
  const wanted = new Set(kinds);
  return snapshot
    .actors()
    .filter((a) => wanted.has(a.kind) && (after == null || a.id > after))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, first);
}
