import type { RelationResolvers } from '../__generated__/resolvers-types.js';
import type { GraphContext } from '../context.js';
import { apiError, ErrorCode } from '../errors.js';

async function endpoint(id: string, relationId: string, { loaders }: GraphContext) {
  const actor = await loaders.actorById.load(id);
  // Stores refuse relations to missing actors, so this means the database was altered behind our back.
  if (!actor) throw apiError(ErrorCode.INTERNAL_SERVER_ERROR, `relation ${relationId} points at a missing actor`);
  return actor;
}

export const Relation: RelationResolvers = {
  from: (relation, _args, context) => endpoint(relation.from, relation.id, context),
  to: (relation, _args, context) => endpoint(relation.to, relation.id, context),
  descriptionZh: (relation, _args, { translations }) => translations.zh(relation.description),
  reasoningZh: (relation, _args, { translations }) => translations.zh(relation.reasoning),
};
