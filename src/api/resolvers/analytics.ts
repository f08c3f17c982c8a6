// Query fields of the analytics: check the arguments, resolve the actors named, run the
// engine-independent analytics over the cached graph snapshot.
import { CONNECTION_LIMITS, findConnections } from '../../analytics/connections.js';
import { coordinationGaps } from '../../analytics/gaps/index.js';
import { computeIndex } from '../../analytics/indices/compute.js';
import { INDEX_DEFINITIONS } from '../../analytics/indices/definitions.js';
import { NEIGHBORHOOD_LIMITS, neighborhood } from '../../analytics/neighborhood.js';
import { MAX_CANDIDATES, resolveActor } from '../resolve-actor.js';
import { suggestActors } from '../suggestions.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { apiError, badInput, ErrorCode } from '../errors.js';
import { capped } from '../limits.js';

export const analyticsQueries: Pick<QueryResolvers, 'connections' | 'neighborhood' | 'coordinationGaps' | 'indices'> = {
  // Configuration sets the caps (MAX_HOPS, MAX_FIRST, …); the algorithms' own ceilings bound them.
  async connections(_parent, { from, via, to, maxHops, includePlanned, first }, { store, snapshots, limits }) {
    const hops = capped('maxHops', maxHops, 4, { min: 1, max: Math.min(limits.maxHops, CONNECTION_LIMITS.maxHops) });
    const limit = capped('first', first, 50, { min: 1, max: Math.min(limits.first, CONNECTION_LIMITS.first) });
    if (!to.kinds?.length && to.inDistrict == null && !to.ids?.length) {
      throw badInput('`to` must give at least one of kinds, inDistrict and ids', 'to');
    }
    const start = await resolveActor(store, from, 'from', (text) => suggestActors(snapshots, text, MAX_CANDIDATES));
    const snapshot = await snapshots.get();
    const unknown = (to.ids ?? []).filter((id) => !snapshot.actor(id));
    if (unknown.length > 0) throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor has id ${unknown.map((id) => `"${id}"`).join(', ')}`, { argument: 'to.ids', ids: unknown });
    return findConnections(snapshot, { from: start.id, via, to, maxHops: hops, includePlanned: includePlanned ?? true, first: limit });
  },

  async neighborhood(_parent, { id, depth, relationTypes, limit }, { snapshots, limits }) {
    const snapshot = await snapshots.get();
    if (!snapshot.actor(id)) throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor has id "${id}"`, { argument: 'id', id });
    return neighborhood(snapshot, {
      id,
      depth: capped('depth', depth, 1, { min: 1, max: Math.min(limits.depth, NEIGHBORHOOD_LIMITS.depth) }),
      relationTypes,
      limit: capped('limit', limit, 200, { min: 1, max: Math.min(limits.limit, NEIGHBORHOOD_LIMITS.limit) }),
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
