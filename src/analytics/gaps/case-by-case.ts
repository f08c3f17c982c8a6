// 一 融合发展的统筹规划不到位：个案式合作推动较多，融合发展的全面性、协调性不足 (§34).
// About the resident resources (universities, research institutes, the military groups) and the
// district: each joint vehicle they set up together (a fund, a park, an institute, a platform)
// is one case. Cooperation is comprehensive when the cases span the report's four domains —
// capital (funds), space (parks, incubators), research (institutes, workstations) and standing
// mechanisms (platforms, alliances). severity = 1 − domains covered / 4. Groups and placeholders
// are context, never the subject.
import type { ActorKind, ActorRecord, RelationRecord, RelationType } from '../../graph/model.js';
import { isContext } from '../measures.js';
import type { GraphSnapshot } from '../snapshot.js';
import { evidencePath } from './evidence.js';
import { type GapDetector, problemStatement } from './gap.js';

export const RESIDENT_RESOURCES: ReadonlySet<ActorKind> = new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'MILITARY_GROUP']);
/** How a party takes part in a joint vehicle. */
const JOINING: ReadonlySet<RelationType> = new Set(['CO_FOUNDED', 'CONTRIBUTES_TO', 'MEMBER_OF']);

export const DOMAINS: readonly { id: string; zh: string; en: string; kinds: readonly ActorKind[] }[] = [
  { id: 'capital', zh: '资金', en: 'capital', kinds: ['FUND'] },
  { id: 'space', zh: '空间', en: 'space', kinds: ['PARK', 'INCUBATOR'] },
  { id: 'research', zh: '研发', en: 'research', kinds: ['RESEARCH_INSTITUTE', 'WORKSTATION'] },
  { id: 'standing', zh: '常设机制', en: 'standing mechanisms', kinds: ['PLATFORM', 'ALLIANCE'] },
];

const joiners = (snapshot: GraphSnapshot, vehicle: string): Map<string, RelationRecord> => {
  const joins = new Map<string, RelationRecord>();
  for (const r of snapshot.relationsOf(vehicle)) if (r.to === vehicle && JOINING.has(r.type) && r.status !== 'INTENT' && !joins.has(r.from)) joins.set(r.from, r);
  return joins;
};

/** The district's own bodies: in-district government actors. */
const isDistrictBody = (a: ActorRecord | undefined) => a?.kind === 'GOVERNMENT' && a.inDistrict;

export const caseByCase: GapDetector = {
  type: 'CASE_BY_CASE_COOPERATION',
  findingId: 'problem-case-by-case',
  statement: problemStatement('个案式合作推动较多，融合发展的全面性、协调性不足'),
  detect(snapshot) {
    return snapshot
      .actors()
      .filter((a) => RESIDENT_RESOURCES.has(a.kind) && !isContext(snapshot, a))
      .flatMap((resource) => {
        const cases = snapshot
          .relationsOf(resource.id)
          .filter((r) => r.from === resource.id && JOINING.has(r.type) && r.status !== 'INTENT')
          .map((r) => ({ vehicle: snapshot.actor(r.to) as ActorRecord, joins: joiners(snapshot, r.to) }))
          .filter(({ joins }) => [...joins.keys()].some((id) => isDistrictBody(snapshot.actor(id))));
        if (cases.length === 0) return [];
        const covered = DOMAINS.filter((d) => cases.some((c) => d.kinds.includes(c.vehicle.kind)));
        const severity = 1 - covered.length / DOMAINS.length;
        if (severity === 0) return [];
        const names = cases.map((c) => c.vehicle.name).join('、');
        const paths = cases.flatMap((c) => {
          const path = evidencePath(snapshot, { from: resource.id, to: { ids: [c.vehicle.id] }, maxHops: 1 });
          return path ? [path] : [];
        });
        return [
          {
            title: `${resource.name}与区里的合作是${cases.length}个个案（${names}），只覆盖${covered.map((d) => d.zh).join('、')}`,
            titleEn: `${resource.nameEn ?? resource.name} cooperates with the district in ${cases.length} separate case(s) (${names}), covering only ${covered.map((d) => d.en).join(', ')}`,
            explanation: `§34：“个案式合作推动较多，融合发展的全面性、协调性不足”。与区政府共建的载体覆盖资金、空间、研发、常设机制四个领域中的${covered.length}个；严重度 = 1 − ${covered.length}/4。`,
            explanationEn: `§34: cooperation advances case by case and lacks comprehensiveness. The vehicles set up with the district cover ${covered.length} of the four domains (capital, space, research, standing mechanisms); severity = 1 − ${covered.length}/4.`,
            severity,
            actors: [resource, ...cases.map((c) => c.vehicle)],
            metrics: [
              { name: 'jointVehiclesWithDistrict', value: cases.length, unit: 'COUNT', actorId: resource.id },
              { name: 'domainsCovered', value: covered.length, unit: 'COUNT', actorId: resource.id },
            ],
            paths,
            relations: cases.flatMap((c) => [...c.joins.values()].filter((r) => r.from === resource.id || isDistrictBody(snapshot.actor(r.from)))),
          },
        ];
      });
  },
};
