// The whole-graph answers give the event loop turns while they compute: on a graph above the
// exact-measure size (so brokerage runs the sampled whole-graph measures, pure computation with no
// store read), an actor lookup sent when brokerage starts is answered before brokerage gets past
// its measures. Ordering, not wall-clock: without the turns, the lookup's answer could only be
// taken after the measures and the articulation points, which run without awaiting the store.
import { describe, expect, it } from 'vitest';
import { BETWEENNESS_MAX_ACTORS } from '../../src/analytics/gaps/brokerage.js';
import { buildProjection } from '../../src/analytics/projection/build.js';
import { seededRandom } from '../../src/analytics/random.js';
import { ProjectionCache } from '../../src/analytics/projection/projection-cache.js';
import { computeWholeGraphAnswers, wholeGraphAnswers } from '../../src/analytics/whole-graph-answers.js';
import { WorkClock } from '../../src/analytics/work-clock.js';
import type { ActorRecord, RelationRecord } from '../../src/graph/model.js';
import { testEngine } from '../conformance/engines.js';
import { actor, relation } from '../helpers/fixtures.js';

/** Government bodies, universities and funds founded together, and enterprises the funds invest in. */
function generatedGraph(actorCount: number): { actors: ActorRecord[]; relations: RelationRecord[] } {
  const next = seededRandom(12);
  const pick = (n: number) => Math.floor(next() * n);
  const actors = [
    ...Array.from({ length: 5 }, (_, i) => actor(`gov-${i}`, 'GOVERNMENT', `管委会${i}`)),
    ...Array.from({ length: 30 }, (_, i) => actor(`uni-${i}`, 'UNIVERSITY', `大学${i}`)),
    ...Array.from({ length: 60 }, (_, i) => actor(`fund-${i}`, 'FUND', `基金${i}`)),
  ];
  const firms = actorCount - actors.length;
  for (let i = 0; i < firms; i++) actors.push(actor(`firm-${i}`, 'ENTERPRISE', `企业${i}`, { inDistrict: i % 3 !== 0 }));
  const relations = [
    ...Array.from({ length: 60 }, (_, i) => relation(`gov-fund-${i}`, 'CO_FOUNDED', `gov-${i % 5}`, `fund-${i}`)),
    ...Array.from({ length: 60 }, (_, i) => relation(`uni-fund-${i}`, 'CO_FOUNDED', `uni-${i % 30}`, `fund-${i}`)),
  ];
  for (let i = 0; i < firms; i++) {
    relations.push(relation(`invest-${i}`, 'INVESTS_IN', `fund-${pick(60)}`, `firm-${i}`));
    relations.push(relation(`partner-${i}`, 'PARTNERS_WITH', `firm-${i}`, `firm-${pick(firms)}`));
    if (i % 4 === 0) relations.push(relation(`transfer-${i}`, 'TRANSFERS_TECHNOLOGY', `uni-${pick(30)}`, `firm-${i}`));
  }
  return { actors, relations: relations.filter((r) => r.from !== r.to) };
}

describe('whole-graph answers and other requests', () => {
  it('answers an actor lookup sent when brokerage starts before brokerage is past its measures', { timeout: 180_000 }, async () => {
    const graph = generatedGraph(BETWEENNESS_MAX_ACTORS + 1_000);
    const created = await testEngine.create();
    try {
      await created.store.upsert(graph);
      const projection = await buildProjection(created.store, await created.store.revision());
      const events: string[] = [];
      let lookup: Promise<void> | undefined;
      const clock = new WorkClock(undefined, (part) => {
        events.push(part);
        // The detector before brokerage is done: brokerage starts next, with its measures.
        if (part === 'gaps: POLICIES_NOT_COMBINED') lookup = created.store.actorsByIds(['firm-7']).then(([found]) => void events.push(`lookup ${found?.name}`));
      });
      const answers = await computeWholeGraphAnswers(created.store, projection, undefined, clock);
      await lookup;
      expect(answers.parts.get('measures: betweenness')).toBeGreaterThan(0);
      const at = (event: string) => events.indexOf(event);
      expect(at('lookup 企业7')).toBeGreaterThan(at('gaps: POLICIES_NOT_COMBINED'));
      expect(at('lookup 企业7')).toBeLessThan(at('gaps: BROKERAGE: articulation points'));
    } finally {
      await created.dispose();
    }
  });

  // Regression: a server told to stop waited for its background gaps and measures (minutes at M).
  it('ends the background answers and measures at their next turn when the server stops', { timeout: 180_000 }, async () => {
    const graph = generatedGraph(BETWEENNESS_MAX_ACTORS + 1_000);
    const created = await testEngine.create();
    try {
      await created.store.upsert(graph);
      const cache = new ProjectionCache(created.store, { measureInBackground: false });
      const projection = await cache.get();
      const answers = wholeGraphAnswers(cache, created.store, projection);
      const measures = cache.measures(projection);
      cache.stop();
      await expect(answers).rejects.toThrow(/stopping/);
      await expect(measures).rejects.toThrow(/stopping/);
    } finally {
      await created.dispose();
    }
  });
});
