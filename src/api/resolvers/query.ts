import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../errors.js';
import { ARGUMENT_DEFAULTS, capped } from '../limits.js';
import { requireText } from '../required-text.js';

export const Query: QueryResolvers = {
  async actor(_parent, { id, name }, { store, loaders }) {
    if ((id == null) === (name == null)) throw badInput('give exactly one of `id` and `name`');
    if (id != null) return loaders.actorById.load(requireText('id', id));
    const found = await store.actorByName(requireText('name', name ?? ''));
    if (found) loaders.actorById.prime(found.id, found);
    return found;
  },

  async search(_parent, { text, kinds, first, after }, { store, suggestions, loaders, limits }) {
    const limit = capped('first', first, ARGUMENT_DEFAULTS.first, { max: limits.first });
    const listing = text.trim() === '';
    // Blank text lists actors of the kinds asked; without kinds it is blank input, by the one rule.
    if (listing && !kinds?.length) requireText('text', text);
    if (!listing && after != null) throw badInput('`after` pages a listing: give it only with empty text and kinds', 'after');
    const actors = listing ? await suggestions.list(kinds ?? [], after, limit) : await store.search(text, { kinds, first: limit });
    for (const actor of actors) loaders.actorById.prime(actor.id, actor);
    return actors;
  },
};
