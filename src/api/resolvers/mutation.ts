import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { assertEditor } from '../auth/viewer.js';
import { badInput } from '../errors.js';
import { parseWrite } from './write-input.js';

function assertBatchSize(size: number, max: number): void {
  if (size === 0) throw badInput('the write names nothing');
  if (size > max) throw badInput(`a write may hold at most ${max} items; split it`);
}

export const Mutation: MutationResolvers = {
  async upsertGraph(_parent, { actors, relations }, { store, documents, viewer, limits }) {
    assertEditor(viewer);
    assertBatchSize(actors.length + relations.length, limits.writeBatch);
    return store.upsert(parseWrite(actors, relations, documents));
  },

  async deleteActors(_parent, { ids }, { store, viewer, limits }) {
    assertEditor(viewer);
    assertBatchSize(ids.length, limits.writeBatch);
    return store.deleteActors(ids);
  },

  async deleteRelations(_parent, { ids }, { store, viewer, limits }) {
    assertEditor(viewer);
    assertBatchSize(ids.length, limits.writeBatch);
    return store.deleteRelations(ids);
  },
};
