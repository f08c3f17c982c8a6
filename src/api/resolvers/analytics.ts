// Query fields of the analytics: check the arguments, resolve the actors named, run the
// engine-independent analytics: connections and neighborhood on the projection (hydrating only
// what they return), gaps and indices from the per-revision cache on the same projection.
import { findConnections } from '../../analytics/connections.js';
import { gapsOfTypes } from '../../analytics/gaps/index.js';
import { neighborhood } from '../../analytics/neighborhood.js';
import { actorsByIds, hydratePaths } from '../../analytics/projection/hydrate.js';
import type { Projection } from '../../analytics/projection/projection.js';
import type { GraphContext } from '../context.js';
import { MAX_CANDIDATES, resolveActor } from '../resolve-actor.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { apiError, badInput, ErrorCode } from '../errors.js';
import { ARGUMENT_DEFAULTS, capped } from '../limits.js';
import { requireText } from '../required-text.js';
import { wholeGraphAnswers } from '../../analytics/whole-graph-answers.js';

/**
 * An id the projection knows is taken as is (no store call); other text is resolved as a name,
 * alias or search, and an unknown name is answered with ranked suggestions.
 */
async function actorOrId(context: GraphContext, projection: Projection, text: string, argument: string): Promise<{ id: string }> {
  if (projection.indexOf(text) >= 0) return { id: text };
  return resolveActor(context.store, text, argument, (typed) => context.suggestions.suggest(typed, MAX_CANDIDATES));
}

export const analyticsQueries: Pick<QueryResolvers, 'connections' | 'neighborhood' | 'centrality' | 'coordinationGaps' | 'indices'> = {
  // The bounds are the configuration's caps lowered to the algorithms' own ceilings (limits.ts).
  async connections(_parent, { from, via, to, maxHops, includePlanned, first, relationTypes, direction, bases }, context) {
    const { store, projections, limits } = context;
    const hops = capped('maxHops', maxHops, ARGUMENT_DEFAULTS.maxHops, { min: 1, max: limits.maxHops });
    const limit = capped('first', first, ARGUMENT_DEFAULTS.pathsFirst, { min: 1, max: limits.pathsFirst });
    if (!to.kinds?.length && to.inDistrict == null && !to.ids?.length) {
      throw badInput('`to` must give at least one of kinds, inDistrict and ids', 'to');
    }
    const projection = await projections.get();
    const start = await actorOrId(context, projection, from, 'from');
    const unknown = (to.ids ?? []).filter((id) => projection.indexOf(id) < 0);
    if (unknown.length > 0) throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor has id ${unknown.map((id) => `"${id}"`).join(', ')}`, { argument: 'to.ids', ids: unknown });
    const query = { from: start.id, via, to, maxHops: hops, includePlanned: includePlanned ?? true, first: limit, relationTypes, direction, bases };
    return hydratePaths(store, projection, findConnections(projection, query), query);
  },

  async neighborhood(_parent, { id, depth, relationTypes, direction, limit }, context) {
    const { store, projections, limits } = context;
    const projection = await projections.get();
    const centre = await actorOrId(context, projection, requireText('id', id), 'id');
    if (projection.indexOf(centre.id) < 0) throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor has id "${id}" at graph revision ${projection.revision}`, { argument: 'id', id });
    return neighborhood(store, projection, {
      id: centre.id,
      depth: capped('depth', depth, ARGUMENT_DEFAULTS.depth, { min: 1, max: limits.depth }),
      relationTypes,
      direction,
      limit: capped('limit', limit, ARGUMENT_DEFAULTS.limit, { min: 1, max: limits.limit }),
    });
  },

  async centrality(_parent, { first, kinds }, { store, projections, limits }) {
    const count = capped('first', first, 20, { min: 1, max: Math.min(limits.first, 200) });
    const projection = await projections.get();
    const measures = await projections.measures(projection);
    const wanted = kinds?.length ? new Set(kinds) : null;
    const top: number[] = [];
    for (const a of measures.ranking) {
      if (top.length === count) break;
      if (!wanted || wanted.has(projection.kind(a))) top.push(a);
    }
    const actors = await actorsByIds(store, projection, top.map((a) => projection.id(a)));
    return {
      revision: measures.revision,
      actorCount: projection.actorCount,
      samples: measures.betweenness.samples,
      exact: measures.betweenness.exact,
      errorBound: measures.betweenness.errorBound,
      communityCount: measures.communities.count,
      computedMs: measures.computedMs,
      actors: top.flatMap((a) => {
        const actor = actors.get(projection.id(a));
        return actor
          ? [{ actor, betweenness: measures.betweenness.scores[a] as number, degree: measures.degree[a] as number, community: measures.communities.labels[a] as number }]
          : [];
      }),
    };
  },

  // Computed in the background once per revision (whole-graph-answers.ts); each answer says its revision.
  async coordinationGaps(_parent, { types }, { store, projections }) {
    const answers = await wholeGraphAnswers(projections, store, await projections.get());
    return gapsOfTypes(answers.gaps, types);
  },

  async indices(_parent, _args, { store, projections }) {
    return (await wholeGraphAnswers(projections, store, await projections.get())).indices;
  },
};
