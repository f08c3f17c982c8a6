// 二 对接机制不完善: a research actor (university, research institute) is docked when an
// established path of at most 2 hops leads from it through a platform (a tech-transfer centre, a
// pilot platform…) to a district enterprise. Undocked actors are gaps: severity 1 when no
// established route of any kind reaches a district enterprise within 4 hops, 0.5 when one does
// but not through a platform (cooperation happens, ad hoc).
import type { ActorKind, ActorRecord } from '../../graph/model.js';
import { findConnections } from '../connections.js';
import { nearestTargets } from '../nearest.js';
import { type GapDetector, problemStatement } from './gap.js';

const RESEARCH: ReadonlySet<ActorKind> = new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE']);
const DOCKING_HOPS = 2;
const ROUTE_HOPS = 4;

const isDistrictEnterprise = (a: ActorRecord) => a.kind === 'ENTERPRISE' && a.inDistrict;

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
        const docked = findConnections(snapshot, {
          from: actor.id,
          via: ['PLATFORM'],
          to: { kinds: ['ENTERPRISE'], inDistrict: true },
          maxHops: DOCKING_HOPS,
          includePlanned: false,
          first: 1,
        });
        if (docked.length > 0) return [];
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
