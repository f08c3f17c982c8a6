import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../errors.js';
import { capped } from '../limits.js';

export const suggestQueries: Pick<QueryResolvers, 'suggest'> = {
  async suggest(_parent, { text, first }, { suggestions, limits }) {
    if (text.trim() === '') throw badInput('`text` must not be empty', 'text');
    return suggestions.suggest(text, capped('first', first, 10, { min: 1, max: limits.first }));
  },
};
