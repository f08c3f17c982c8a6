import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../errors.js';
import { ARGUMENT_DEFAULTS, capped } from '../limits.js';
import { requireText } from '../required-text.js';

export const Query: QueryResolvers = {
  async actor(_parent, { id, name }, { store, loaders }) {
    if ((id == null) === (name == null)) throw badInput('give exactly one of `id` and `name`');
    if (id != null) return loaders.actorById.load(requireText('id', id));
    const [found] = await store.actorsByName(requireText('name', name ?? ''));
    if (found) loaders.actorById.prime(found.id, found);
    return found ?? null;
  },

  async search(_parent, { text, kinds, first }, { store, loaders, limits }) {
    const limit = capped('first', first, ARGUMENT_DEFAULTS.first, { max: limits.first });
    const actors = await store.search(requireText('text', text), { kinds, first: limit });
    for (const actor of actors) loaders.actorById.prime(actor.id, actor);
    return actors;
  },
};
