// Name suggestions and search's listing mode, on the analytics projection: the name index is
// built per graph revision from the names the store streams (no other column), reusing the
// previous index's pinyin; only the actors an answer returns are read as records.
import { NameIndex, type NameSuggestion } from '../analytics/name-suggestions.js';
import { actorsByIds } from '../analytics/projection/hydrate.js';
import type { ProjectionCache } from '../analytics/projection/projection-cache.js';
import { compareIds } from '../analytics/projection/build.js';
import { KIND_CODE } from '../analytics/projection/projection.js';
import type { ActorKind, ActorRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';

export class ActorSuggestions {
  private latest?: NameIndex;

  constructor(
    private readonly store: GraphStore,
    private readonly projections: ProjectionCache,
  ) {}

  async suggest(text: string, first: number): Promise<NameSuggestion[]> {
    const projection = await this.projections.get();
    const index = await this.projections.derive(projection, 'name-index', async () => {
      this.latest = await NameIndex.build(this.store.readNames(), this.latest);
      return this.latest;
    });
    const matches = index.suggest(text, first);
    const actors = await actorsByIds(this.store, projection, matches.map((m) => m.id));
    return matches.flatMap(({ id, ...match }) => {
      const actor = actors.get(id);
      return actor ? [{ ...match, actor }] : [];
    });
  }

  /** The actors of some kinds in id order, `first` after the id `after`: search's listing mode. */
  async list(kinds: readonly ActorKind[], after: string | null | undefined, first: number): Promise<ActorRecord[]> {
    const projection = await this.projections.get();
    const wanted = new Set(kinds.map((k) => KIND_CODE.get(k)));
    const ids: string[] = [];
    for (let a = 0; a < projection.actorCount && ids.length < first; a++) {
      const id = projection.id(a);
      if (wanted.has(projection.actors.kinds[a]) && (after == null || compareIds(id, after) > 0)) ids.push(id);
    }
    const actors = await actorsByIds(this.store, projection, ids);
    return ids.flatMap((id) => actors.get(id) ?? []);
  }
}
