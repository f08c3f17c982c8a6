// 四 融合发展的支持政策尚未形成合力：没有促进融合发展的固定化、常设性的组织机构 (§34).
// About support instruments — policies and talent programmes, never government bodies (a
// people's congress or a party committee is not an instrument) nor awards — acting on one actor
// by established, stated SUPPORTS. They add up when one body runs them together: a body runs an
// instrument it OPERATES or authored (CO_FOUNDED); an instrument with neither runs alone.
// severity = 1 − (most instruments run by one body) / (instruments), for two or more instruments.
import type { ActorRecord, RelationRecord } from '../../graph/model.js';
import { isPlaceholder } from '../measures.js';
import type { GraphSnapshot } from '../snapshot.js';
import { evidencePath } from './evidence.js';
import { type GapDetector, problemStatement } from './gap.js';

/** A support instrument: a policy or a programme; an award (…奖) recognises, it does not support. */
export const isInstrument = (a: ActorRecord | undefined): a is ActorRecord =>
  (a?.kind === 'POLICY' || a?.kind === 'TALENT_PROGRAM') && !/奖$/.test(a.name);

function runners(snapshot: GraphSnapshot, instrument: ActorRecord): { ids: string[]; relations: RelationRecord[] } {
  const running = snapshot
    .relationsOf(instrument.id)
    .filter((r) => r.to === instrument.id && (r.type === 'OPERATES' || r.type === 'CO_FOUNDED') && r.status === 'ESTABLISHED');
  return running.length > 0 ? { ids: running.map((r) => r.from), relations: running } : { ids: [instrument.id], relations: [] };
}

export const policiesNotCombined: GapDetector = {
  type: 'POLICIES_NOT_COMBINED',
  findingId: 'problem-policies-not-combined',
  statement: problemStatement('融合发展的支持政策尚未形成合力。没有促进融合发展的固定化、常设性的组织机构'),
  detect(snapshot) {
    return snapshot.actors().flatMap((target) => {
      if (isPlaceholder(snapshot, target)) return [];
      const support = snapshot
        .relationsOf(target.id)
        .filter((r) => r.type === 'SUPPORTS' && r.to === target.id && r.status === 'ESTABLISHED' && r.basis === 'STATED' && isInstrument(snapshot.actor(r.from)));
      const instruments = [...new Set(support.map((r) => r.from))].sort().map((id) => snapshot.actor(id) as ActorRecord);
      if (instruments.length < 2) return [];
      const runBy = new Map<string, number>();
      const running: RelationRecord[] = [];
      for (const instrument of instruments) {
        const run = runners(snapshot, instrument);
        running.push(...run.relations);
        for (const id of new Set(run.ids)) runBy.set(id, (runBy.get(id) ?? 0) + 1);
      }
      const together = Math.max(...runBy.values());
      const severity = 1 - together / instruments.length;
      if (severity === 0) return [];
      const paths = instruments.flatMap((i) => {
        const path = evidencePath(snapshot, { from: i.id, to: { ids: [target.id] }, maxHops: 1, establishedOnly: true });
        return path ? [path] : [];
      });
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
          paths,
          relations: [...support, ...running],
        },
      ];
    });
  },
};
