// Per-request DataLoaders: however many actors a query walks, each level of the query costs
// one store call for actors and one per relation filter for relations.
import DataLoader from 'dataloader';
import type { ActorRecord, RelationRecord } from '../graph/model.js';
import type { GraphStore, RelationFilter } from '../graph/store.js';

export interface RelationsKey {
  actorId: string;
  filter: RelationFilter;
}

export interface Loaders {
  actorById: DataLoader<string, ActorRecord | null>;
  relationsOf: DataLoader<RelationsKey, RelationRecord[], string>;
}

function filterKey(filter: RelationFilter): string {
  const sorted = (list?: readonly string[] | null) => (list?.length ? [...list].sort() : null);
  return JSON.stringify([sorted(filter.types), filter.direction ?? 'BOTH', sorted(filter.statuses)]);
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    actorById: new DataLoader((ids) => store.actorsByIds(ids)),
    relationsOf: new DataLoader(
      async (keys) => {
        // Keys with the same filter become one store call.
        const groups = new Map<string, { filter: RelationFilter; ids: Set<string> }>();
        for (const { actorId, filter } of keys) {
          const k = filterKey(filter);
          const group = groups.get(k) ?? { filter, ids: new Set<string>() };
          group.ids.add(actorId);
          groups.set(k, group);
        }
        const answers = new Map<string, Map<string, RelationRecord[]>>();
        await Promise.all(
          [...groups].map(async ([k, group]) => answers.set(k, await store.relationsOf([...group.ids], group.filter))),
        );
        return keys.map(({ actorId, filter }) => answers.get(filterKey(filter))?.get(actorId) ?? []);
      },
      { cacheKeyFn: ({ actorId, filter }) => `${actorId}|${filterKey(filter)}` },
    ),
  };
}
