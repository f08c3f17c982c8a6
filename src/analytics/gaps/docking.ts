// 二 融合发展的对接机制不完善：对接驻区资源主动性、动态性不够，常态化、长效化的沟通交流机制不健全 (§34).
// About the named resident resources in the district (universities, research institutes, the
// military groups): docked when an established channel of at most 2 hops leads through a
// standing mechanism (a platform or an alliance) to a district enterprise. Otherwise a gap:
// severity 1 when no established channel reaches a district enterprise within 4 hops, else
// 0.2 × the hops of the shortest ad-hoc channel (the farther, the weaker the docking).
// Channels never pass a government body or a policy (evidence.ts).
import type { ActorRecord } from '../../graph/model.js';
import type { GraphView } from '../graph-view.js';
import { isContext } from '../measures.js';
import { RESIDENT_RESOURCES } from './case-by-case.js';
import { evidencePath, pathParts, pathRecords } from './evidence.js';
import { type GapDetector, mostSevere, problemStatement } from './gap.js';

const ROUTE_HOPS = 4;
const DISTRICT_FIRMS = { kinds: ['ENTERPRISE' as const], inDistrict: true };

export function dockingPath(view: GraphView, id: string) {
  return evidencePath(view, { from: id, to: DISTRICT_FIRMS, via: ['PLATFORM', 'ALLIANCE'], maxHops: 2, establishedOnly: true });
}

export const noDocking: GapDetector = {
  type: 'NO_DOCKING_MECHANISM',
  findingId: 'problem-no-docking-mechanism',
  statement: problemStatement('融合发展的对接机制不完善。对接驻区资源主动性、动态性不够，常态化、长效化的沟通交流机制不健全'),
  async detect(view) {
    const p = view.projection;
    const candidates = [];
    for (const a of view.actorsOfKinds(RESIDENT_RESOURCES)) {
      if (p.inDistrict(a) && !view.isPlaceholder(a) && !dockingPath(view, p.id(a))) candidates.push(a);
      await view.clock.breathe();
    }
    await view.read(candidates);
    const undocked = [];
    for (const a of candidates.filter((c) => !isContext(view, c))) {
      undocked.push({ a, route: evidencePath(view, { from: p.id(a), to: DISTRICT_FIRMS, maxHops: ROUTE_HOPS, establishedOnly: true }) });
      await view.clock.breathe();
    }
    const reported = mostSevere(undocked, (u) => (u.route ? (u.route.relations.length) / 5 : 1), (u) => u.a);
    const parts = pathParts(reported.map((u) => u.route));
    await view.read(parts.actors, parts.relations);
    return reported.map(({ a, route: projected }) => {
      const resource = view.actor(a) as ActorRecord;
      const route = pathRecords(view, projected);
      const hops = route?.relations.length;
      const severity = hops === undefined ? 1 : hops / 5; // 0.2 × hops, exact in floating point
      const name = resource.nameEn ?? resource.name;
      return {
        title: route
          ? `${resource.name}只经${hops}步的个别渠道到达区内企业，没有常设对接平台`
          : `${resource.name}在${ROUTE_HOPS}步内没有到达任何区内企业的既有渠道`,
        titleEn: route
          ? `${name} reaches district enterprises only through an ad-hoc channel of ${hops} hops, with no standing docking platform`
          : `${name} has no established channel to any district enterprise within ${ROUTE_HOPS} hops`,
        explanation: `§34：“常态化、长效化的沟通交流机制不健全”。对接 = 2 步内经平台或联盟到达区内企业的既有渠道；严重度 = ${route ? `0.2 × ${hops} 步` : '1（无渠道）'}。`,
        explanationEn: `§34: no regular, long-term communication mechanism. Docked = an established channel of ≤ 2 hops through a platform or an alliance to a district enterprise; severity = ${route ? `0.2 × ${hops} hops` : '1 (no channel)'}.`,
        severity,
        actors: [resource],
        metrics: hops === undefined ? [] : [{ name: 'hopsToDistrictEnterprise', value: hops, unit: 'COUNT', actorId: resource.id }],
        paths: route ? [route] : [],
        relations: [],
      };
    });
  },
};
