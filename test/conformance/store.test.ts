// The GraphStore contract, run unchanged on every engine in engines.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntegrityError, NotFoundError, StoreUnavailableError } from '../../src/graph/errors.js';
import { ACTOR_KINDS, BASES, RELATION_STATUSES, RELATION_TYPES } from '../../src/graph/model.js';
import type { GraphStore, TopologyChunk } from '../../src/graph/store.js';
import { actor, relation, smallGraph } from '../helpers/fixtures.js';
import { engines } from './engines.js';

describe.each(engines)('GraphStore on $name', (engine) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
  });
  afterEach(async () => dispose());

  it('starts empty and counts what it holds', async () => {
    expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
    await store.upsert(smallGraph());
    expect(await store.counts()).toEqual({ actors: 6, relations: 4 });
  });

  it('returns actors by id in the order asked, null for unknown ids, with metrics and citations intact', async () => {
    await store.upsert(smallGraph());
    const [fund, missing, buaa] = await store.actorsByIds(['fund-a', 'nope', 'buaa']);
    expect(missing).toBeNull();
    expect(buaa?.aliases).toEqual(['北航', 'BUAA']);
    expect(fund?.metrics).toEqual([
      { name: 'fundSize', value: 41_500_000, unit: 'CNY', asOf: '2014', qualifier: 'EXACT', citations: [{ document: 'test-doc', paragraph: 1, quote: '4150万元' }] },
    ]);
    expect(fund?.citations[0]?.quote).toBe('水木启程基金');
  });

  it('returns only the labels of actors by id, in the order asked, null for unknown ids', async () => {
    await store.upsert(smallGraph());
    expect(await store.actorLabels(['buaa', 'nope', 'fund-b'])).toEqual([
      { id: 'buaa', name: '北京航空航天大学', nameEn: 'Beihang University' },
      null,
      { id: 'fund-b', name: '北航创新引导基金', nameEn: null },
    ]);
    expect(await store.actorLabels([])).toEqual([]);
  });

  it('resolves canonical names, English names and aliases whatever the case, width or spacing', async () => {
    await store.upsert(smallGraph());
    for (const name of ['北航', '北京航空航天大学', 'BUAA', 'buaa', 'ＢＵＡＡ', 'Beihang University', 'beihang  university']) {
      expect((await store.actorByName(name))?.id, name).toBe('buaa');
    }
    expect(await store.actorByName('北杭')).toBeNull();
    expect(await store.actorByName('   ')).toBeNull();
  });

  it('re-upserting is idempotent and replaces aliases', async () => {
    await store.upsert(smallGraph());
    await store.upsert(smallGraph());
    expect(await store.counts()).toEqual({ actors: 6, relations: 4 });
    const renamed = actor('buaa', 'UNIVERSITY', '北京航空航天大学', { aliases: ['北航'] });
    await store.upsert({ actors: [renamed], relations: [] });
    expect(await store.actorByName('BUAA')).toBeNull();
    expect((await store.actorByName('北航'))?.id).toBe('buaa');
  });

  it('refuses a name already owned by another actor and writes nothing of the batch', async () => {
    await store.upsert(smallGraph());
    const before = await store.counts();
    const batch = {
      actors: [actor('new-one', 'ENTERPRISE', '新企业'), actor('impostor', 'ENTERPRISE', '冒名', { aliases: ['BUAA'] })],
      relations: [relation('r9', 'INVESTS_IN', 'fund-a', 'new-one')],
    };
    await expect(store.upsert(batch)).rejects.toThrow(IntegrityError);
    await expect(store.upsert(batch)).rejects.toThrow(/buaa/);
    expect(await store.counts()).toEqual(before);
    expect(await store.actorsByIds(['new-one'])).toEqual([null]);
  });

  it('refuses a relation to a missing actor and writes nothing of the batch', async () => {
    const batch = { actors: [actor('a', 'FUND', '甲基金')], relations: [relation('r1', 'INVESTS_IN', 'a', 'ghost')] };
    await expect(store.upsert(batch)).rejects.toThrow(/ghost/);
    expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
  });

  it('refuses a batch that claims one name for two actors', async () => {
    const batch = { actors: [actor('a', 'FUND', '甲'), actor('b', 'FUND', '乙', { aliases: ['甲'] })], relations: [] };
    await expect(store.upsert(batch)).rejects.toThrow(/claimed by both/);
    expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
  });

  it('moves a relation when it is re-upserted with other endpoints', async () => {
    await store.upsert(smallGraph());
    await store.upsert({ actors: [], relations: [relation('r2', 'INVESTS_IN', 'fund-b', 'firm-1')] });
    const rels = await store.relationsOf(['fund-a', 'fund-b'], {});
    expect(rels.get('fund-a')?.map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(rels.get('fund-b')?.map((r) => r.id).sort()).toEqual(['r2', 'r3']);
    expect((await store.counts()).relations).toBe(4);
  });

  it('searches names: exact first, then prefix, then substring; filtered by kind; limited', async () => {
    await store.upsert(smallGraph());
    const hits = await store.search('北航', { first: 10 });
    expect(hits.map((a) => a.id)).toEqual(['buaa', 'fund-b']);
    expect((await store.search('基金', { first: 10 })).map((a) => a.id).sort()).toEqual(['fund-a', 'fund-b']);
    expect((await store.search('北航', { kinds: ['FUND'], first: 10 })).map((a) => a.id)).toEqual(['fund-b']);
    expect(await store.search('北航', { first: 1 })).toHaveLength(1);
    expect(await store.search('企业', { kinds: ['UNIVERSITY'], first: 10 })).toEqual([]);
  });

  it('lists relations by direction, type and status for many actors at once', async () => {
    await store.upsert(smallGraph());
    const both = await store.relationsOf(['fund-a', 'firm-1', 'nope'], {});
    expect(both.get('fund-a')?.map((r) => r.id)).toEqual(['r1', 'r2', 'r4']);
    expect(both.get('firm-1')?.map((r) => r.id)).toEqual(['r2']);
    expect(both.get('nope')).toEqual([]);

    const out = await store.relationsOf(['fund-a'], { direction: 'OUT' });
    expect(out.get('fund-a')?.map((r) => r.id)).toEqual(['r2', 'r4']);
    const into = await store.relationsOf(['fund-a'], { direction: 'IN', types: ['CO_FOUNDED'] });
    expect(into.get('fund-a')).toMatchObject([{ id: 'r1', from: 'tsinghua', to: 'fund-a', type: 'CO_FOUNDED' }]);
    const planned = await store.relationsOf(['buaa', 'tsinghua'], { statuses: ['PLANNED'] });
    expect(planned.get('buaa')?.map((r) => r.status)).toEqual(['PLANNED']);
    expect(planned.get('tsinghua')).toEqual([]);
  });

  it('reads the whole graph back, ordered by id', async () => {
    const graph = smallGraph();
    await store.upsert(graph);
    const all = await store.readAll();
    expect(all.actors.map((a) => a.id)).toEqual(graph.actors.map((a) => a.id).sort());
    expect(all.relations).toEqual([...graph.relations].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('deletes actors with their relations and names, and frees the names for reuse', async () => {
    await store.upsert(smallGraph());
    expect(await store.deleteActors(['fund-a', 'fund-a'])).toEqual({ actors: 1, relations: 3 });
    expect(await store.counts()).toEqual({ actors: 5, relations: 1 });
    expect(await store.actorsByIds(['fund-a'])).toEqual([null]);
    expect(await store.actorByName('水木启程')).toBeNull();
    expect((await store.relationsOf(['firm-1', 'tsinghua'], {})).get('firm-1')).toEqual([]);
    await store.upsert({ actors: [actor('other', 'FUND', '水木启程')], relations: [] });
    expect((await store.actorByName('水木启程'))?.id).toBe('other');
  });

  it('refuses to delete unknown actors and deletes nothing of the request', async () => {
    await store.upsert(smallGraph());
    const attempt = store.deleteActors(['buaa', 'ghost']);
    await expect(attempt).rejects.toThrow(NotFoundError);
    await expect(store.deleteActors(['buaa', 'ghost'])).rejects.toThrow(/ghost/);
    expect(await store.counts()).toEqual({ actors: 6, relations: 4 });
    expect((await store.actorByName('北航'))?.id).toBe('buaa');
  });

  it('deletes relations by id and refuses unknown ones, deleting nothing', async () => {
    await store.upsert(smallGraph());
    await expect(store.deleteRelations(['r1', 'r-ghost'])).rejects.toThrow(NotFoundError);
    expect(await store.counts()).toEqual({ actors: 6, relations: 4 });
    expect(await store.deleteRelations(['r1', 'r2'])).toEqual({ actors: 0, relations: 2 });
    expect(await store.counts()).toEqual({ actors: 6, relations: 2 });
    expect((await store.relationsOf(['fund-a'], {})).get('fund-a')?.map((r) => r.id)).toEqual(['r4']);
  });

  it('bumps the revision once per write transaction, not for a refused write or a read', async () => {
    expect(await store.revision()).toBe(0);
    await store.upsert(smallGraph());
    expect(await store.revision()).toBe(1);
    await expect(store.upsert({ actors: [], relations: [relation('rx', 'INVESTS_IN', 'fund-a', 'ghost')] })).rejects.toThrow(IntegrityError);
    await expect(store.deleteActors(['ghost'])).rejects.toThrow(NotFoundError);
    await store.counts();
    expect(await store.revision()).toBe(1);
    await store.deleteRelations(['r4']);
    expect(await store.revision()).toBe(2);
    await store.deleteActors(['firm-2']);
    expect(await store.revision()).toBe(3);
    if (store.bulkLoad) {
      await store.bulkLoad(
        (async function* () {
          yield { actors: [actor('late', 'ENTERPRISE', '后来企业')], relations: [] };
        })(),
      );
      // UNWIND batches bump once each; Neo4j's LOAD CSV bumps before and after its own batches.
      const loaded = await store.revision();
      expect([4, 5]).toContain(loaded);
      await store.counts();
      expect(await store.revision()).toBe(loaded);
    }
  });

  it('streams the topology: actors first, then relations, as columns', async () => {
    await store.upsert(smallGraph());
    await store.upsert({
      actors: [],
      relations: [relation('r5', 'TRANSFERS_TECHNOLOGY', 'buaa', 'firm-1', 'INTENT', { basis: 'INFERRED', reasoning: 'the report pairs them' })],
    });
    const chunks: TopologyChunk[] = [];
    for await (const chunk of store.readTopology()) chunks.push(chunk);
    expect(chunks.map((c) => c.part)).toEqual(['actors', 'relations']);
    const [actors, relations] = chunks;
    if (actors?.part !== 'actors' || relations?.part !== 'relations') throw new Error('unexpected chunk order');
    const firm2 = actors.ids.indexOf('firm-2');
    expect(actors.ids.slice().sort()).toEqual(['buaa', 'firm-1', 'firm-2', 'fund-a', 'fund-b', 'tsinghua']);
    expect([ACTOR_KINDS[actors.kinds[firm2] as number], actors.inDistrict[firm2], actors.districts[firm2]]).toEqual(['ENTERPRISE', 0, '朝阳区']);
    const relationIds = relations.ids.toArray();
    const r5 = relationIds.indexOf('r5');
    expect(relationIds.slice().sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    const actorAt = (position: number | undefined) => actors.ids[position as number];
    expect([
      actorAt(relations.from[r5]),
      actorAt(relations.to[r5]),
      RELATION_TYPES[relations.types[r5] as number],
      RELATION_STATUSES[relations.statuses[r5] as number],
      BASES[relations.bases[r5] as number],
    ]).toEqual(['buaa', 'firm-1', 'TRANSFERS_TECHNOLOGY', 'INTENT', 'INFERRED']);
    expect(BASES[relations.bases[relationIds.indexOf('r1')] as number]).toBe('STATED');
  });

  it('streams an empty topology as no chunks', async () => {
    const chunks: TopologyChunk[] = [];
    for await (const chunk of store.readTopology()) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });

  it('returns relations by id in the order asked, null for unknown ids, whole', async () => {
    const graph = smallGraph();
    await store.upsert(graph);
    const [r4, missing, r1] = await store.relationsByIds(['r4', 'nope', 'r1']);
    expect(missing).toBeNull();
    expect(r4).toEqual(graph.relations.find((r) => r.id === 'r4'));
    expect(r1).toEqual(graph.relations.find((r) => r.id === 'r1'));
    expect(await store.relationsByIds([])).toEqual([]);
  });

  it('looks relations up by their ends: found whole when the ends match, null when they do not', async () => {
    const graph = smallGraph();
    await store.upsert(graph);
    const ends = [
      { from: 'fund-a', to: 'firm-2' },
      { from: 'fund-a', to: 'firm-1' },
      { from: 'tsinghua', to: 'fund-a' },
    ];
    const [r4, wrongEnds, r1] = await store.relationsByIds(['r4', 'r1', 'r1'], ends);
    expect(r4).toEqual(graph.relations.find((r) => r.id === 'r4'));
    expect(wrongEnds).toBeNull();
    expect(r1).toEqual(graph.relations.find((r) => r.id === 'r1'));
    expect(await store.relationsByIds(['nope'], [{ from: 'fund-a', to: 'firm-1' }])).toEqual([null]);
  });

  it('looks relations up from their target when told to, with the same answers', async () => {
    const graph = smallGraph();
    await store.upsert(graph);
    const fromTarget = (from: string, to: string) => ({ from, to, lookupFrom: 'to' as const });
    const [r4, wrongEnds, r1, missing] = await store.relationsByIds(
      ['r4', 'r1', 'r1', 'nope'],
      [fromTarget('fund-a', 'firm-2'), fromTarget('fund-a', 'firm-1'), fromTarget('tsinghua', 'fund-a'), fromTarget('fund-a', 'firm-1')],
    );
    expect(r4).toEqual(graph.relations.find((r) => r.id === 'r4'));
    expect(wrongEnds).toBeNull();
    expect(r1).toEqual(graph.relations.find((r) => r.id === 'r1'));
    expect(missing).toBeNull();
  });

  it('looks up many relations of a hub and of many ends in one answer, from both sides, whole', async () => {
    const firms = Array.from({ length: 30 }, (_, i) => actor(`firm-${i}`, 'ENTERPRISE', `企业${i}`));
    const hub = actor('hub', 'FUND', '枢纽基金');
    const invests = firms.map((f, i) => relation(`inv-${i}`, 'INVESTS_IN', 'hub', f.id));
    const partners = firms.slice(1).map((f, i) => relation(`par-${i}`, 'PARTNERS_WITH', f.id, 'firm-0'));
    await store.upsert({ actors: [hub, ...firms], relations: [...invests, ...partners] });
    // Hub relations read from their targets, partnerships from their sources, one of each side read twice.
    const wanted = [
      ...invests.map((r) => ({ relation: r, ends: { from: r.from, to: r.to, lookupFrom: 'to' as const } })),
      ...partners.map((r) => ({ relation: r, ends: { from: r.from, to: r.to } })),
      { relation: invests[3], ends: { from: 'hub', to: 'firm-3', lookupFrom: 'to' as const } },
      { relation: partners[5], ends: { from: 'firm-6', to: 'firm-0' } },
    ];
    const found = await store.relationsByIds(
      wanted.map((w) => w.relation?.id as string),
      wanted.map((w) => w.ends),
    );
    expect(found).toEqual(wanted.map((w) => w.relation));
  });

  it('finds relations written after an earlier lookup, and none that were deleted or moved to other ends', async () => {
    const graph = smallGraph();
    await store.upsert(graph);
    const ends = { from: 'fund-a', to: 'firm-1' };
    expect((await store.relationsByIds(['r2'], [ends]))[0]?.id).toBe('r2');
    const added = relation('r9', 'INVESTS_IN', 'fund-new', 'firm-1');
    await store.upsert({ actors: [actor('fund-new', 'FUND', '新基金')], relations: [added] });
    expect(await store.relationsByIds(['r9', 'r9'], [{ from: 'fund-new', to: 'firm-1' }, { from: 'fund-new', to: 'firm-1', lookupFrom: 'to' }])).toEqual([added, added]);
    await store.deleteRelations(['r2']);
    expect(await store.relationsByIds(['r2', 'r2'], [ends, { ...ends, lookupFrom: 'to' }])).toEqual([null, null]);
    await store.upsert({ actors: [], relations: [relation('r4', 'INVESTS_IN', 'fund-b', 'firm-2')] });
    expect(await store.relationsByIds(['r4', 'r4'], [{ from: 'fund-a', to: 'firm-2' }, { from: 'fund-a', to: 'firm-2', lookupFrom: 'to' }])).toEqual([null, null]);
  });

  it('streams the metrics of the given names only, with their holders, and every actor\'s names', async () => {
    const graph = smallGraph();
    const amount = { name: 'investmentAmount', value: 10, unit: 'CNY', asOf: null, qualifier: 'EXACT' as const, citations: graph.actors[0]?.citations ?? [] };
    await store.upsert({ actors: graph.actors, relations: graph.relations.map((r) => (r.id === 'r2' ? { ...r, metrics: [amount] } : r)) });
    const held = [];
    for await (const holding of store.readMetrics(['fundSize', 'investmentAmount'])) held.push(holding);
    expect(held.map((h) => [h.holder, h.id, h.metrics.map((m) => m.name)]).sort()).toEqual([
      ['actor', 'fund-a', ['fundSize']],
      ['relation', 'r2', ['investmentAmount']],
    ]);
    for await (const holding of store.readMetrics(['revenue'])) expect.fail(`no record holds revenue, got ${holding.id}`);
    const names = new Map<string, string[]>();
    for await (const actor of store.readNames()) names.set(actor.id, actor.names);
    expect(names.size).toBe(graph.actors.length);
    expect(names.get('buaa')).toEqual(['北京航空航天大学', 'Beihang University', '北航', 'BUAA']);
  });

  it('says it is unavailable once closed', async () => {
    await store.close();
    await expect(store.counts()).rejects.toThrow(StoreUnavailableError);
    await store.open();
    expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
  });
});
