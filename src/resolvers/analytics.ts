// Query fields of the analytics: check the arguments, resolve the actors named, run the
// engine-independent analytics over the cached graph snapshot.
import { CONNECTION_LIMITS, findConnections } from '../analytics/connections.js';
import { coordinationGaps } from '../analytics/gaps/index.js';
import { computeIndex } from '../analytics/indices/compute.js';
import { INDEX_DEFINITIONS } from '../analytics/indices/definitions.js';
import { NEIGHBORHOOD_LIMITS, neighborhood } from '../analytics/neighborhood.js';
import { resolveActor } from '../analytics/resolve-actor.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { apiError, badInput, ErrorCode } from '../errors.js';

function within(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`\`${argument}\` must be between ${min} and ${max}`, argument);
  return value;
}

export const analyticsQueries: Pick<QueryResolvers, 'connections' | 'neighborhood' | 'coordinationGaps' | 'indices'> = {
  async connections(_parent, { from, via, to, maxHops, includePlanned, first }, { store, snapshots }) {
    const hops = within(maxHops ?? 4, 1, CONNECTION_LIMITS.maxHops, 'maxHops');
    const limit = within(first ?? 50, 1, CONNECTION_LIMITS.first, 'first');
    if (!to.kinds?.length && to.inDistrict == null && !to.ids?.length) {
      throw badInput('`to` must give at least one of kinds, inDistrict and ids', 'to');
    }
    const start = await resolveActor(store, from, 'from');
    const snapshot = await snapshots.get();
    const unknown = (to.ids ?? []).filter((id) => !snapshot.actor(id));
    if (unknown.length > 0) throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor has id ${unknown.map((id) => `"${id}"`).join(', ')}`, { argument: 'to.ids', ids: unknown });
    return findConnections(snapshot, { from: start.id, via, to, maxHops: hops, includePlanned: includePlanned ?? true, first: limit });
  },

  async neighborhood(_parent, { id, depth, relationTypes, limit }, { snapshots }) {
    const snapshot = await snapshots.get();
    if (!snapshot.actor(id)) throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor has id "${id}"`, { argument: 'id', id });
    return neighborhood(snapshot, {
      id,
      depth: within(depth ?? 1, 1, NEIGHBORHOOD_LIMITS.depth, 'depth'),
      relationTypes,
      limit: within(limit ?? 200, 1, NEIGHBORHOOD_LIMITS.limit, 'limit'),
    });
  },

  async coordinationGaps(_parent, { types }, { snapshots }) {
    return coordinationGaps(await snapshots.get(), types);
  },

  async indices(_parent, _args, { snapshots }) {
    const snapshot = await snapshots.get();
    return INDEX_DEFINITIONS.map((definition) => computeIndex(snapshot, definition));
  },
};
