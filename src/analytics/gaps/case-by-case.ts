// 一 融合发展的统筹规划不到位：个案式合作推动较多，融合发展的全面性、协调性不足 (§34).
// About the resident resources (universities, research institutes, the military groups) and the
// district: each joint vehicle they set up together (a fund, a park, an institute, a platform)
// is one case. Cooperation is comprehensive when the cases span the report's four domains —
// capital (funds), space (parks, incubators), research (institutes, workstations) and standing
// mechanisms (platforms, alliances). severity = 1 − domains covered / 4. Groups and placeholders
// are context, never the subject.
import type { ActorKind, ActorRecord, RelationType } from '../../graph/model.js';
import type { ProjectedPath } from '../connections.js';
import type { GraphView } from '../graph-view.js';
import { isContext } from '../measures.js';
import { KIND_CODE, STATUS_CODE, TYPE_CODE } from '../projection/projection.js';
import { evidencePath, pathParts, pathRecords } from './evidence.js';
import { type GapDetector, mostSevere, problemStatement } from './gap.js';

export const RESIDENT_RESOURCES: ReadonlySet<ActorKind> = new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'MILITARY_GROUP']);
/** How a party takes part in a joint vehicle. */
const JOINING: ReadonlySet<RelationType> = new Set(['CO_FOUNDED', 'CONTRIBUTES_TO', 'MEMBER_OF']);

export const DOMAINS: readonly { id: string; zh: string; en: string; kinds: readonly ActorKind[] }[] = [
  { id: 'capital', zh: '资金', en: 'capital', kinds: ['FUND'] },
  { id: 'space', zh: '空间', en: 'space', kinds: ['PARK', 'INCUBATOR'] },
  { id: 'research', zh: '研发', en: 'research', kinds: ['RESEARCH_INSTITUTE', 'WORKSTATION'] },
  { id: 'standing', zh: '常设机制', en: 'standing mechanisms', kinds: ['PLATFORM', 'ALLIANCE'] },
];

/** Cases a gap names and shows as evidence, at most (a district-size university joins hundreds; the metric counts them all). */
export const SHOWN_CASES = 10;

const JOINING_CODES = new Set([...JOINING].map((t) => TYPE_CODE.get(t)));
const INTENT = STATUS_CODE.get('INTENT');
const GOVERNMENT = KIND_CODE.get('GOVERNMENT');

/** A relation by which a party joins a vehicle: JOINING, not merely intended. */
const joins = (view: GraphView, r: number) => JOINING_CODES.has(view.projection.relations.types[r]) && view.projection.relations.statuses[r] !== INTENT;

/** Each party joining the vehicle, with the first relation it joins by. */
function joiners(view: GraphView, vehicle: number): Map<number, number> {
  const { from, to } = view.projection.relations;
  const found = new Map<number, number>();
  for (const r of view.relationsOf(vehicle)) if (to[r] === vehicle && joins(view, r) && !found.has(from[r] as number)) found.set(from[r] as number, r);
  return found;
}

/** The district's own bodies: in-district government actors. */
const isDistrictBody = (view: GraphView, a: number) => view.projection.actors.kinds[a] === GOVERNMENT && view.projection.inDistrict(a);

export const caseByCase: GapDetector = {
  type: 'CASE_BY_CASE_COOPERATION',
  findingId: 'problem-case-by-case',
  statement: problemStatement('个案式合作推动较多，融合发展的全面性、协调性不足'),
  async detect(view) {
    const p = view.projection;
    const { from, to } = p.relations;
    // A vehicle's joiners are asked once per resource joining it: computed once.
    const joinersOf = new Map<number, Map<number, number>>();
    const joinersOnce = (vehicle: number) => joinersOf.get(vehicle) ?? (joinersOf.set(vehicle, joiners(view, vehicle)).get(vehicle) as Map<number, number>);
    const found = [];
    for (const resource of view.actorsOfKinds(RESIDENT_RESOURCES)) {
      if (view.isPlaceholder(resource)) continue;
      const cases = view
        .relationsOf(resource)
        .filter((r) => from[r] === resource && joins(view, r))
        .map((r) => ({ vehicle: to[r] as number, joins: joinersOnce(to[r] as number) }))
        .filter(({ joins }) => [...joins.keys()].some((a) => isDistrictBody(view, a)));
      await view.clock.breathe();
      if (cases.length === 0) continue;
      const covered = DOMAINS.filter((d) => cases.some((c) => d.kinds.includes(p.kind(c.vehicle))));
      const severity = 1 - covered.length / DOMAINS.length;
      if (severity > 0) found.push({ resource, cases, shown: cases.slice(0, SHOWN_CASES), covered, severity });
    }
    await view.read(found.map((f) => f.resource));
    const subjects = mostSevere(found.filter((f) => !isContext(view, f.resource)), (f) => f.severity, (f) => f.resource);
    const paths: (ProjectedPath | undefined)[][] = [];
    for (const f of subjects) {
      paths.push(f.shown.map((c) => evidencePath(view, { from: p.id(f.resource), to: { ids: [p.id(c.vehicle)] }, maxHops: 1 })));
      await view.clock.breathe();
    }
    const relations = subjects.map((f) => f.shown.flatMap((c) => [...c.joins.values()].filter((r) => from[r] === f.resource || isDistrictBody(view, from[r] as number))));
    const parts = pathParts(paths.flat());
    await view.read([...subjects.flatMap((f) => f.shown.map((c) => c.vehicle)), ...parts.actors], [...relations.flat(), ...parts.relations]);
    return subjects.flatMap(({ resource: index, cases: all, shown, covered, severity }, k) => {
      const resource = view.actor(index) as ActorRecord;
      const cases = shown.flatMap((c) => {
        const vehicle = view.actor(c.vehicle);
        return vehicle ? [{ vehicle }] : [];
      });
      const count = cases.length + all.length - shown.length;
      const more = all.length > shown.length;
      const names = cases.map((c) => c.vehicle.name).join('、') + (more ? '等' : '');
      return [
        {
          title: `${resource.name}与区里的合作是${count}个个案（${names}），只覆盖${covered.map((d) => d.zh).join('、')}`,
          titleEn: `${resource.nameEn ?? resource.name} cooperates with the district in ${count} separate case(s) (${cases.map((c) => c.vehicle.name).join('、')}${more ? ', …' : ''}), covering only ${covered.map((d) => d.en).join(', ')}`,
          explanation: `§34：“个案式合作推动较多，融合发展的全面性、协调性不足”。与区政府共建的载体覆盖资金、空间、研发、常设机制四个领域中的${covered.length}个；严重度 = 1 − ${covered.length}/4。`,
          explanationEn: `§34: cooperation advances case by case and lacks comprehensiveness. The vehicles set up with the district cover ${covered.length} of the four domains (capital, space, research, standing mechanisms); severity = 1 − ${covered.length}/4.`,
          severity,
          actors: [resource, ...cases.map((c) => c.vehicle)],
          metrics: [
            { name: 'jointVehiclesWithDistrict', value: count, unit: 'COUNT', actorId: resource.id },
            { name: 'domainsCovered', value: covered.length, unit: 'COUNT', actorId: resource.id },
          ],
          paths: (paths[k] ?? []).flatMap((path) => pathRecords(view, path) ?? []),
          relations: (relations[k] ?? []).flatMap((r) => view.relation(r) ?? []),
        },
      ];
    });
  },
};
