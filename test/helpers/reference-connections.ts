// The connections rules of docs/analytics.md as the plainest enumeration there is, for tests to
// compare the real search with: every simple path up to maxHops, layer by layer, no pruning, with
// its own reading of the channel table; then sorted (hops, all-established first, actor indexes)
// and cut at `first`. Exponential: small graphs only.
import { BASES, RELATION_TYPES, type RelationType } from '../../src/graph/model.js';
import type { ConnectionQuery, ProjectedPath } from '../../src/analytics/connections.js';
import { FLOW, HUB_KINDS } from '../../src/analytics/flow.js';
import { ESTABLISHED, type Projection } from '../../src/analytics/projection/projection.js';

interface Partial extends ProjectedPath {
  up: boolean;
}

export function referenceConnections(projection: Projection, query: ConnectionQuery): ProjectedPath[] {
  const from = projection.indexOf(query.from);
  if (from < 0) return [];
  const { relations } = projection;
  const typeOf = (r: number) => RELATION_TYPES[relations.types[r] as number] as RelationType;
  const isStructure = (r: number) => FLOW[typeOf(r)] === 'STRUCTURE';
  const canStep = (r: number, actor: number) => {
    const type = typeOf(r);
    const followed = query.relationTypes?.length ? query.relationTypes.includes(type) : FLOW[type] !== 'STRUCTURE';
    if (!followed || (!query.includePlanned && relations.statuses[r] !== ESTABLISHED)) return false;
    if (query.bases?.length && !query.bases.includes(BASES[projection.relations.bases[r] as number] as (typeof BASES)[number])) return false;
    const leavesFrom = relations.from[r] === actor;
    switch (query.direction ?? 'FLOW') {
      case 'OUT':
        return leavesFrom;
      case 'IN':
        return !leavesFrom;
      case 'ANY':
        return true;
      case 'FLOW':
        return FLOW[type] !== 'FORWARD' || leavesFrom;
    }
  };
  const isTarget = (a: number) =>
    a !== from &&
    (!query.to.kinds?.length || query.to.kinds.includes(projection.kind(a))) &&
    (query.to.inDistrict == null || projection.inDistrict(a) === query.to.inDistrict) &&
    (!query.to.ids?.length || query.to.ids.includes(projection.id(a)));
  const mayPass = (a: number) =>
    a !== from && (query.via?.length ? query.via.includes(projection.kind(a)) : !HUB_KINDS.has(projection.kind(a)) && !isTarget(a));
  const minHops = query.via?.length ? 2 : 1;

  const found: ProjectedPath[] = [];
  let layer: Partial[] = [{ actors: [from], relations: [], up: false }];
  for (let hops = 1; hops <= query.maxHops; hops++) {
    const next: Partial[] = [];
    for (const path of layer) {
      const last = path.actors[path.actors.length - 1] as number;
      const best = new Map<number, number>();
      projection.forEachLink(last, (r, b, forward) => {
        if (!canStep(r, last) || (path.up && !forward && isStructure(r))) return;
        const current = best.get(b);
        if (current === undefined || projection.firmer(r, current)) best.set(b, r);
      });
      for (const [b, r] of best) {
        if (path.actors.includes(b)) continue;
        const extended = { actors: [...path.actors, b], relations: [...path.relations, r] };
        if (isTarget(b) && hops >= minHops) found.push(extended);
        if (mayPass(b)) next.push({ ...extended, up: isStructure(r) && relations.from[r] === last });
      }
    }
    layer = next;
  }
  const established = (p: ProjectedPath) => p.relations.every((r) => relations.statuses[r] === ESTABLISHED);
  const compare = (a: readonly number[], b: readonly number[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
    return a.length - b.length;
  };
  return found
    .sort((a, b) => a.relations.length - b.relations.length || Number(!established(a)) - Number(!established(b)) || compare(a.actors, b.actors))
    .slice(0, query.first);
}
