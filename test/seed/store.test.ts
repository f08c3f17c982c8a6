// The whole seed loads into a real store of the test run's engine, and the facts a planner asks about come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/store.js';
import { seedIfEmpty } from '../../src/ingest/load-seed.js';
import { testEngine } from '../conformance/engines.js';
import { documents, SEED_DIR, seed } from './seed-data.js';

let store: GraphStore;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ store, dispose } = await testEngine.create());
  const outcome = await seedIfEmpty(store, SEED_DIR, documents);
  expect(outcome.loaded).toBe(true);
});
afterAll(async () => dispose());

async function one(name: string) {
  const found = await store.actorByName(name);
  expect(found, name).not.toBeNull();
  return found!;
}

describe(`the seed in the ${testEngine.name} store`, () => {
  it('holds every actor and relation of the seed', async () => {
    expect(await store.counts()).toEqual({ actors: seed.actors.length, relations: seed.relations.length });
  });

  it('finds actors by any of their names', async () => {
    for (const name of ['北航', 'BUAA', 'Beihang University', '北京航空航天大学']) expect((await one(name)).id).toBe('buaa');
    expect((await one('CAS Beijing Branch')).id).toBe('cas-beijing-branch');
    expect((await one('航天科工')).id).toBe('casic');
    expect((await one('AVIC')).id).toBe('avic');
    expect((await one('北林大')).id).toBe('bfu');
  });

  it('answers who co-founded 水木启程 and with how much', async () => {
    const fund = await one('水木启程');
    const rels = (await store.relationsOf([fund.id], { direction: 'IN' })).get(fund.id) ?? [];
    const founders = rels.filter((r) => r.type === 'CO_FOUNDED').map((r) => r.from).sort();
    expect(founders).toEqual(['haidian-government', 'social-capital', 'tsinghua']);
    const contribution = rels.find((r) => r.type === 'CONTRIBUTES_TO');
    expect(contribution?.metrics[0]).toMatchObject({ name: 'contribution', value: 10_000_000, unit: 'CNY' });
    expect(contribution?.citations[0]).toMatchObject({ paragraph: 12, quote: '海淀区出资1000万元' });
  });

  it('answers how local the aerospace fund portfolio is', async () => {
    const fund = await one('航天产业投资基金');
    const out = (await store.relationsOf([fund.id], { direction: 'OUT', types: ['INVESTS_IN'] })).get(fund.id) ?? [];
    const targets = await store.actorsByIds(out.map((r) => r.to));
    const local = out.filter((_r, i) => targets[i]?.inDistrict);
    expect(local.flatMap((r) => r.metrics).find((m) => m.name === 'investmentAmount')?.value).toBe(50_000_000);
  });

  it("lists 北航's links that are only planned", async () => {
    const buaa = await one('北航');
    const planned = (await store.relationsOf([buaa.id], { statuses: ['PLANNED'] })).get(buaa.id) ?? [];
    expect(planned.map((r) => r.to).sort()).toEqual(['beijing-advanced-industrial-tech-institute', 'buaa-innovation-guidance-fund', 'buaa-venture-fund']);
  });

  it('answers which park hosts which groups', async () => {
    const park = await one('中关村航空科技园');
    const tenants = (await store.relationsOf([park.id], { direction: 'IN', types: ['LOCATED_IN'] })).get(park.id) ?? [];
    expect(tenants.map((r) => r.from).sort()).toEqual(['aviation-park-industrial-projects', 'avic-avionics-systems', 'chinese-aeronautical-establishment']);
  });
});
