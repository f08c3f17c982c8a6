// Query fields of the analytics: check the arguments, resolve the actors named, run the
// engine-independent analytics over the cached graph snapshot.
import { findConnections } from '../../analytics/connections.js';
import { coordinationGaps } from '../../analytics/gaps/index.js';
import { computeIndex } from '../../analytics/indices/compute.js';
import { INDEX_DEFINITIONS } from '../../analytics/indices/definitions.js';
import { neighborhood } from '../../analytics/neighborhood.js';
import { resolveActor } from '../resolve-actor.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { apiError, badInput, ErrorCode } from '../errors.js';
import { ARGUMENT_DEFAULTS, capped } from '../limits.js';
import { requireText } from '../required-text.js';

export const analyticsQueries: Pick<QueryResolvers, 'connections' | 'neighborhood' | 'coordinationGaps' | 'indices'> = {
  // The bounds are the configuration's caps lowered to the algorithms' own ceilings (limits.ts).
  async connections(_parent, { from, via, to, maxHops, includePlanned, first }, { store, snapshots, limits }) {
    const hops = capped('maxHops', maxHops, ARGUMENT_DEFAULTS.maxHops, { min: 1, max: limits.maxHops });
    const limit = capped('first', first, ARGUMENT_DEFAULTS.pathsFirst, { min: 1, max: limits.pathsFirst });
    if (!to.kinds?.length && to.inDistrict == null && !to.ids?.length) {
      throw badInput('`to` must give at least one of kinds, inDistrict and ids', 'to');
    }
    const start = await resolveActor(store, from, 'from');
    const snapshot = await snapshots.get();
    const unknown = (to.ids ?? []).filter((id) => !snapshot.actor(id));
    if (unknown.length > 0) throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor has id ${unknown.map((id) => `"${id}"`).join(', ')}`, { argument: 'to.ids', ids: unknown });
    return findConnections(snapshot, { from: start.id, via, to, maxHops: hops, includePlanned: includePlanned ?? true, first: limit });
  },

  async neighborhood(_parent, { id, depth, relationTypes, limit }, { snapshots, limits }) {
    requireText('id', id);
    const snapshot = await snapshots.get();
    if (!snapshot.actor(id)) throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor has id "${id}"`, { argument: 'id', id });
    return neighborhood(snapshot, {
      id,
      depth: capped('depth', depth, ARGUMENT_DEFAULTS.depth, { min: 1, max: limits.depth }),
      relationTypes,
      limit: capped('limit', limit, ARGUMENT_DEFAULTS.limit, { min: 1, max: limits.limit }),
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
