import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../errors.js';
import { capped } from '../limits.js';

export const Query: QueryResolvers = {
  async actor(_parent, { id, name }, { store, loaders }) {
    if ((id == null) === (name == null)) throw badInput('give exactly one of `id` and `name`');
    if (id != null) return loaders.actorById.load(id);
    const found = await store.actorByName(name ?? '');
    if (found) loaders.actorById.prime(found.id, found);
    return found;
  },

  async search(_parent, { text, kinds, first }, { store, loaders, limits }) {
    if (text.trim() === '') throw badInput('`text` must not be empty', 'text');
    const limit = capped('first', first, 20, { max: limits.first });
    const actors = await store.search(text, { kinds, first: limit });
    for (const actor of actors) loaders.actorById.prime(actor.id, actor);
    return actors;
  },
};
