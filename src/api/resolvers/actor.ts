import type { ActorResolvers } from '../__generated__/resolvers-types.js';

export const Actor: ActorResolvers = {
  descriptionZh: (actor, _args, { translations }) => translations.zh(actor.description),
  relations(actor, { types, direction, status }, { loaders }) {
    return loaders.relationsOf.load({ actorId: actor.id, filter: { types, direction, statuses: status } });
  },
};
