// The projection read from the store's topology stream (on the embedded engine, columns LadybugDB
// exports to files; on Neo4j, relations grouped by source) must be the projection of the records
// themselves: same actors, kinds, districts, and the same relations between the same actors with
// the same type, status and basis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate/synthetic-graph.js';
import { buildProjection, projectionOfBatch } from '../../src/analytics/projection/build.js';
import type { Projection } from '../../src/analytics/projection/projection.js';
import { BASES } from '../../src/graph/model.js';
import type { GraphStore } from '../../src/graph/store.js';
import { testEngine, type CreatedStore } from '../conformance/engines.js';
import { actor, relation } from '../helpers/fixtures.js';

function actorsOf(p: Projection) {
  return Array.from({ length: p.actorCount }, (_, a) => {
    const district = p.actors.districts[a] as number;
    return [p.id(a), p.kind(a), p.inDistrict(a), district === 0 ? null : p.actors.districtNames[district - 1]];
  });
}

function relationsOf(p: Projection) {
  const { from, to, bases } = p.relations;
  return Array.from({ length: p.relationCount }, (_, r) => [p.relationId(r), p.id(from[r] as number), p.id(to[r] as number), p.type(r), p.status(r), BASES[bases[r] as number]]).sort(
    (a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1),
  );
}

/** Every actor's links as (relation id, other actor id, forward), sorted: what the walks see. */
function linksOf(p: Projection) {
  return Array.from({ length: p.actorCount }, (_, a) => {
    const links: string[] = [];
    p.forEachLink(a, (r, other, forward) => links.push(`${p.relationId(r)} ${p.id(other)} ${forward}`));
    return links.sort();
  });
}

describe(`the projection's topology read on ${testEngine.name}`, () => {
  let created: CreatedStore;
  let store: GraphStore;

  beforeAll(async () => {
    created = await testEngine.create();
    store = created.store;
    const graph = generateGraph('XS', 11);
    await store.upsert({ actors: [...graph.actors()], relations: [...graph.relations()] });
    // An actor with no district, an inferred relation, and deleted actors (gaps in the engine's storage).
    await store.upsert({
      actors: [actor('no-district', 'POLICY', '无区政策', { district: null, inDistrict: false })],
      relations: [relation('inferred-link', 'SUPPORTS', 'no-district', 'enterprise-0000001', 'PLANNED', { basis: 'INFERRED', reasoning: 'test' })],
    });
    await store.deleteActors(['enterprise-0000002', 'fund-0000001']);
  }, 120_000);

  afterAll(async () => {
    await created?.dispose();
  });

  it('gives the projection of the records: ids, kinds, districts, relation ends, types, statuses, bases and links', async () => {
    const fast = await buildProjection(store, await store.revision());
    const records = await projectionOfBatch(await store.readAll());
    expect(fast.actorCount).toBeGreaterThan(190);
    expect(fast.relationCount).toBeGreaterThan(900);
    expect(actorsOf(fast)).toEqual(actorsOf(records));
    expect(relationsOf(fast)).toEqual(relationsOf(records));
    expect(linksOf(fast)).toEqual(linksOf(records));
    expect(actorsOf(fast).find(([id]) => id === 'no-district')).toEqual(['no-district', 'POLICY', false, null]);
    expect(relationsOf(fast).find(([id]) => id === 'inferred-link')).toEqual(['inferred-link', 'no-district', 'enterprise-0000001', 'SUPPORTS', 'PLANNED', 'INFERRED']);
    expect(fast.indexOf('fund-0000001')).toBe(-1);
  });

  it('orders equal-status relations by id whatever order the engine streamed them in', async () => {
    const fast = await buildProjection(store, await store.revision());
    const established = Array.from({ length: fast.relationCount }, (_, r) => r).filter((r) => fast.status(r) === 'ESTABLISHED');
    const [a, b] = established.slice(0, 2) as [number, number];
    expect(fast.firmer(a, b)).toBe(fast.relationId(a) < fast.relationId(b));
  });
});
