// 一 个案式合作: two actors that cooperate only through one-off vehicles they set up together (a
// fund, an institute, a park) and share no standing body (an alliance or a platform). The gap is
// reported per actor kind: the share of that kind's cooperation ties that are case by case.
import type { ActorKind, ActorRecord, RelationRecord, RelationType } from '../../graph/model.js';
import type { GraphSnapshot } from '../snapshot.js';
import { type GapDetector, percent, problemStatement, share } from './gap.js';

/** Relations by which a party takes part in a joint body. */
const JOINING: ReadonlySet<RelationType> = new Set(['CO_FOUNDED', 'CONTRIBUTES_TO', 'MEMBER_OF']);
/** Joint bodies that are standing frameworks rather than one-off vehicles. */
const STANDING: ReadonlySet<ActorKind> = new Set(['ALLIANCE', 'PLATFORM']);
const EXAMPLE_PATHS = 10;
/** A body that more parties join is a framework, not a one-off vehicle (and pairing them all would cost parties²). */
export const MAX_VEHICLE_PARTIES = 100;

interface Tie {
  a: string;
  b: string;
  standing: boolean;
  /** One joint vehicle with the two relations that tie the parties to it. */
  via: { vehicle: string; a: RelationRecord; b: RelationRecord };
}

export function cooperationTies(snapshot: GraphSnapshot): Tie[] {
  const ties = new Map<string, Tie>();
  for (const vehicle of snapshot.actors()) {
    const joins = new Map<string, RelationRecord>();
    for (const r of snapshot.relationsOf(vehicle.id)) {
      if (r.to === vehicle.id && r.from !== vehicle.id && JOINING.has(r.type) && !joins.has(r.from)) joins.set(r.from, r);
    }
    const parties = [...joins.keys()].sort();
    if (parties.length > MAX_VEHICLE_PARTIES) continue;
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i] as string, parties[j] as string];
        const standing = STANDING.has(vehicle.kind);
        const key = `${a}\u0000${b}`;
        const known = ties.get(key);
        if (!known || (standing && !known.standing)) {
          ties.set(key, { a, b, standing, via: { vehicle: vehicle.id, a: joins.get(a) as RelationRecord, b: joins.get(b) as RelationRecord } });
        }
      }
    }
  }
  return [...ties.values()];
}

export const caseByCase: GapDetector = {
  type: 'CASE_BY_CASE_COOPERATION',
  findingId: 'problem-case-by-case',
  statement: problemStatement('个案式合作推动较多，融合发展的全面性、协调性不足'),
  detect(snapshot) {
    const ties = cooperationTies(snapshot);
    const kinds = new Map<ActorKind, Tie[]>();
    for (const tie of ties) {
      const tieKinds = new Set([snapshot.graph.getNodeAttribute(tie.a, 'kind'), snapshot.graph.getNodeAttribute(tie.b, 'kind')]);
      for (const kind of tieKinds) {
        const list = kinds.get(kind) ?? [];
        list.push(tie);
        kinds.set(kind, list);
      }
    }
    return [...kinds].flatMap(([kind, kindTies]) => {
      const oneOff = kindTies.filter((t) => !t.standing);
      if (oneOff.length === 0) return [];
      const severity = share(oneOff.length, kindTies.length);
      const actorIds = [...new Set(oneOff.flatMap((t) => [t.a, t.b]))].filter((id) => snapshot.graph.getNodeAttribute(id, 'kind') === kind);
      return [
        {
          title: `${kind}: ${oneOff.length} of ${kindTies.length} cooperation ties (${percent(severity)}) rest only on one-off joint vehicles, with no shared alliance or platform`,
          severity,
          actors: actorIds.sort().map((id) => snapshot.actor(id) as ActorRecord),
          metrics: [
            { name: 'cooperationTies', value: kindTies.length, unit: 'COUNT' },
            { name: 'caseByCaseTies', value: oneOff.length, unit: 'COUNT' },
            { name: 'caseByCaseShare', value: severity, unit: 'SHARE' },
          ],
          paths: oneOff.slice(0, EXAMPLE_PATHS).map(({ a, b, via }) => ({
            nodes: [a, via.vehicle, b].map((id) => snapshot.actor(id) as ActorRecord),
            relations: [via.a, via.b],
          })),
          relations: [],
        },
      ];
    });
  },
};
