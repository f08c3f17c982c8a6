import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../errors.js';

export const MAX_SEARCH_RESULTS = 200;

export const Query: QueryResolvers = {
  async actor(_parent, { id, name }, { store, loaders }) {
    if ((id == null) === (name == null)) throw badInput('give exactly one of `id` and `name`');
    if (id != null) return loaders.actorById.load(id);
    const [found] = await store.actorsByName(name ?? '');
    if (found) loaders.actorById.prime(found.id, found);
    return found ?? null;
  },

  async search(_parent, { text, kinds, first }, { store, loaders }) {
    if (text.trim() === '') throw badInput('`text` must not be empty', 'text');
    const limit = first ?? 20;
    if (limit < 0 || limit > MAX_SEARCH_RESULTS) {
      throw badInput(`\`first\` must be between 0 and ${MAX_SEARCH_RESULTS}`, 'first');
    }
    const actors = await store.search(text, { kinds, first: limit });
    for (const actor of actors) loaders.actorById.prime(actor.id, actor);
    return actors;
  },
};
