// 四 融合发展的支持政策尚未形成合力：没有促进融合发展的固定化、常设性的组织机构 (§34).
// About support instruments — policies and talent programmes, never government bodies (a
// people's congress or a party committee is not an instrument) nor awards — acting on one actor
// by established, stated SUPPORTS. They add up when one body runs them together: a body runs an
// instrument it OPERATES or authored (CO_FOUNDED); an instrument with neither runs alone.
// severity = 1 − (most instruments run by one body) / (instruments), for two or more instruments.
import type { ActorRecord } from '../../graph/model.js';
import type { GraphView } from '../graph-view.js';
import { BASIS_CODE, ESTABLISHED, TYPE_CODE } from '../projection/projection.js';
import { evidencePath, pathParts, pathRecords } from './evidence.js';
import { type GapDetector, mostSevere, problemStatement } from './gap.js';

/** A support instrument: a policy or a programme; an award (…奖) recognises, it does not support. */
export const isInstrument = (a: ActorRecord | undefined): a is ActorRecord =>
  (a?.kind === 'POLICY' || a?.kind === 'TALENT_PROGRAM') && !/奖$/.test(a.name);

const INSTRUMENT_KINDS = ['POLICY', 'TALENT_PROGRAM'] as const;
const SUPPORTS = TYPE_CODE.get('SUPPORTS');
const RUNNING = new Set([TYPE_CODE.get('OPERATES'), TYPE_CODE.get('CO_FOUNDED')]);
const STATED = BASIS_CODE.get('STATED');

/** Who runs an instrument (indexes) and by which relations; an instrument nobody runs runs alone. */
function runners(view: GraphView, instrument: number): { ids: number[]; relations: number[] } {
  const { from, to, types, statuses } = view.projection.relations;
  const running = view.relationsOf(instrument).filter((r) => to[r] === instrument && RUNNING.has(types[r]) && statuses[r] === ESTABLISHED);
  return running.length > 0 ? { ids: running.map((r) => from[r] as number), relations: running } : { ids: [instrument], relations: [] };
}

export const policiesNotCombined: GapDetector = {
  type: 'POLICIES_NOT_COMBINED',
  findingId: 'problem-policies-not-combined',
  statement: problemStatement('融合发展的支持政策尚未形成合力。没有促进融合发展的固定化、常设性的组织机构'),
  async detect(view) {
    const p = view.projection;
    const { from, to, types, statuses, bases } = p.relations;
    // Instruments are few (policies and programmes): their records tell awards apart.
    const instrumentIndexes = view.actorsOfKinds(INSTRUMENT_KINDS);
    await view.read(instrumentIndexes);
    const instruments = new Set(instrumentIndexes.filter((a) => isInstrument(view.actor(a))));
    const supported = new Set<number>();
    for (const i of instruments) for (const r of view.relationsOf(i)) if (from[r] === i && types[r] === SUPPORTS) supported.add(to[r] as number);
    const isSupport = (r: number, target: number) =>
      types[r] === SUPPORTS && to[r] === target && statuses[r] === ESTABLISHED && bases[r] === STATED && instruments.has(from[r] as number);
    /** Whether two instruments or more support the target: read on its incoming relations, unsorted. */
    const severalActing = (target: number) => {
      let first = -1;
      for (let k = p.inStart[target] as number; k < (p.inStart[target + 1] as number); k++) {
        const r = p.inRelations[k] as number;
        if (!isSupport(r, target)) continue;
        if (first === -1) first = from[r] as number;
        else if (from[r] !== first) return true;
      }
      return false;
    };
    const candidates = [];
    for (const target of [...supported].sort((a, b) => a - b)) {
      await view.clock.breathe();
      if (view.isPlaceholder(target) || !severalActing(target)) continue;
      const support = view.relationsOf(target).filter((r) => isSupport(r, target));
      const acting = [...new Set(support.map((r) => from[r] as number))].sort((a, b) => a - b);
      const runBy = new Map<number, number>();
      const running: number[] = [];
      for (const instrument of acting) {
        const run = runners(view, instrument);
        running.push(...run.relations);
        for (const a of new Set(run.ids)) runBy.set(a, (runBy.get(a) ?? 0) + 1);
      }
      const together = Math.max(...runBy.values());
      const severity = 1 - together / acting.length;
      if (severity > 0) candidates.push({ target, acting, runBy, together, severity, relations: [...support, ...running] });
    }
    const found = [];
    for (const candidate of mostSevere(candidates, (c) => c.severity, (c) => c.target)) {
      const paths = candidate.acting.map((i) => evidencePath(view, { from: p.id(i), to: { ids: [p.id(candidate.target)] }, maxHops: 1, establishedOnly: true }));
      found.push({ ...candidate, paths });
      await view.clock.breathe();
    }
    const parts = pathParts(found.flatMap((f) => f.paths));
    await view.read([...found.map((f) => f.target), ...parts.actors], [...found.flatMap((f) => f.relations), ...parts.relations]);
    return found.flatMap(({ target: index, acting, runBy, together, severity, paths, relations }) => {
      const target = view.actor(index);
      if (!target) return [];
      const instruments = acting.map((a) => view.actor(a) as ActorRecord);
      return [
        {
          title: `${target.name}受${instruments.length}项政策工具支持（${instruments.map((i) => i.name).join('、')}），由${runBy.size}个主体分别实施`,
          titleEn: `${target.nameEn ?? target.name} is supported by ${instruments.length} instruments (${instruments.map((i) => i.nameEn ?? i.name).join('; ')}) run by ${runBy.size} separate bodies`,
          explanation: `§34：“支持政策尚未形成合力。没有…常设性的组织机构”。同一对象上的政策工具，最多${together}项由同一主体实施；严重度 = 1 − ${together}/${instruments.length}。`,
          explanationEn: `§34: support policies do not add up; there is no standing body. Of the instruments on one actor, at most ${together} are run by one body; severity = 1 − ${together}/${instruments.length}.`,
          severity,
          actors: [target, ...instruments],
          metrics: [
            { name: 'instruments', value: instruments.length, unit: 'COUNT', actorId: target.id },
            { name: 'mostRunByOneBody', value: together, unit: 'COUNT', actorId: target.id },
            { name: 'runningBodies', value: runBy.size, unit: 'COUNT', actorId: target.id },
          ],
          paths: paths.flatMap((path) => pathRecords(view, path) ?? []),
          relations: relations.flatMap((r) => view.relation(r) ?? []),
        },
      ];
    });
  },
};
