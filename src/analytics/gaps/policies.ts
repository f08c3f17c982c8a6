// 四 支持政策尚未形成合力: an actor supported (SUPPORTS, established) by two or more instruments —
// policies, talent programmes, government bodies — that no one body runs together. A government
// body runs itself; a policy or programme is run by the actors that OPERATE it (itself when none is
// recorded). severity = 1 − (most instruments run by one body) / (instruments).
import type { ActorKind, ActorRecord, RelationRecord } from '../../graph/model.js';
import type { GraphSnapshot } from '../snapshot.js';
import { type GapDetector, problemStatement } from './gap.js';

const INSTRUMENT: ReadonlySet<ActorKind> = new Set(['POLICY', 'TALENT_PROGRAM', 'GOVERNMENT']);

function runners(snapshot: GraphSnapshot, instrument: ActorRecord): { ids: string[]; relations: RelationRecord[] } {
  if (instrument.kind === 'GOVERNMENT') return { ids: [instrument.id], relations: [] };
  const operating = snapshot.relationsOf(instrument.id).filter((r) => r.type === 'OPERATES' && r.to === instrument.id && r.status === 'ESTABLISHED');
  return operating.length > 0 ? { ids: operating.map((r) => r.from), relations: operating } : { ids: [instrument.id], relations: [] };
}

export const policiesNotCombined: GapDetector = {
  type: 'POLICIES_NOT_COMBINED',
  findingId: 'problem-policies-not-combined',
  statement: problemStatement('融合发展的支持政策尚未形成合力。没有促进融合发展的固定化、常设性的组织机构'),
  detect(snapshot) {
    return snapshot.actors().flatMap((actor) => {
      const support = snapshot
        .relationsOf(actor.id)
        .filter((r) => r.type === 'SUPPORTS' && r.to === actor.id && r.status === 'ESTABLISHED' && INSTRUMENT.has(snapshot.actor(r.from)?.kind as ActorKind));
      const instruments = [...new Set(support.map((r) => r.from))].sort().map((id) => snapshot.actor(id) as ActorRecord);
      if (instruments.length < 2) return [];
      const runBy = new Map<string, number>();
      const operating: RelationRecord[] = [];
      for (const instrument of instruments) {
        const run = runners(snapshot, instrument);
        operating.push(...run.relations);
        for (const id of new Set(run.ids)) runBy.set(id, (runBy.get(id) ?? 0) + 1);
      }
      const together = Math.max(...runBy.values());
      const severity = 1 - together / instruments.length;
      if (severity === 0) return [];
      return [
        {
          title: `${actor.name} is supported by ${instruments.length} instruments (${instruments.map((i) => i.name).join('、')}) that no one body runs together`,
          severity,
          actors: [actor, ...instruments],
          metrics: [
            { name: 'instruments', value: instruments.length, unit: 'COUNT', actorId: actor.id },
            { name: 'mostRunByOneBody', value: together, unit: 'COUNT', actorId: actor.id },
            { name: 'runningBodies', value: runBy.size, unit: 'COUNT', actorId: actor.id },
          ],
          paths: [],
          relations: [...support, ...operating],
        },
      ];
    });
  },
};
