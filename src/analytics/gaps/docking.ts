// 二 对接机制不完善: a research actor (university, research institute) is docked when an
// established path of at most 2 hops leads from it through a platform (a tech-transfer centre, a
// pilot platform…) to a district enterprise. Undocked actors are gaps: severity 1 when no
// established route of any kind reaches a district enterprise within 4 hops, 0.5 when one does
// but not through a platform (cooperation happens, ad hoc).
import type { ActorKind, ActorRecord, RelationRecord } from '../../graph/model.js';
import type { FoundPath } from '../connections.js';
import { nearestTargets } from '../nearest.js';
import type { GraphSnapshot } from '../snapshot.js';
import { type GapDetector, problemStatement } from './gap.js';

const RESEARCH: ReadonlySet<ActorKind> = new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE']);
const ROUTE_HOPS = 4;

const isDistrictEnterprise = (a: ActorRecord) => a.kind === 'ENTERPRISE' && a.inDistrict;
const establishedLink = (relations: readonly RelationRecord[]) => relations.find((r) => r.status === 'ESTABLISHED');

/** research → platform → district enterprise, over established relations; the first found, in id order. */
export function dockingPath(snapshot: GraphSnapshot, research: ActorRecord): FoundPath | undefined {
  for (const platform of snapshot.neighbours(research.id)) {
    const toPlatform = establishedLink(platform.relations);
    if (!toPlatform || snapshot.actor(platform.id)?.kind !== 'PLATFORM') continue;
    for (const firm of snapshot.neighbours(platform.id)) {
      const toFirm = establishedLink(firm.relations);
      const target = snapshot.actor(firm.id) as ActorRecord;
      if (toFirm && isDistrictEnterprise(target)) {
        return { nodes: [research, snapshot.actor(platform.id) as ActorRecord, target], relations: [toPlatform, toFirm] };
      }
    }
  }
  return undefined;
}

export const noDocking: GapDetector = {
  type: 'NO_DOCKING_MECHANISM',
  findingId: 'problem-no-docking-mechanism',
  statement: problemStatement('融合发展的对接机制不完善'),
  detect(snapshot) {
    const routes = nearestTargets(snapshot, isDistrictEnterprise, (r) => r.status === 'ESTABLISHED', ROUTE_HOPS);
    return snapshot
      .actors()
      .filter((a) => RESEARCH.has(a.kind))
      .flatMap((actor) => {
        if (dockingPath(snapshot, actor)) return [];
        const route = routes.route(actor.id);
        const hops = routes.hops(actor.id);
        return [
          {
            title: route
              ? `${actor.name} reaches district enterprises only ad hoc (${hops} hops, not through a platform)`
              : `${actor.name} has no established route to any district enterprise within ${ROUTE_HOPS} hops`,
            severity: route ? 0.5 : 1,
            actors: [actor],
            metrics: hops === undefined ? [] : [{ name: 'hopsToDistrictEnterprise', value: hops, unit: 'COUNT', actorId: actor.id }],
            paths: route ? [route] : [],
            relations: [],
          },
        ];
      });
  },
};
