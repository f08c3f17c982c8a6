// The start-up service index on a graph small enough to compute by hand (docs/indices.md):
//   incubator: incubates a (count 4) and b (1) → incubated 5; a is located in it → hosted 1
//   park: b and c are located in it → hosted 2
//   fund: invests in c (projectCount 3) → financed 3; a planned investment does not count
// maxima: incubated 5, financed 3, hosted 2; weights 0.4 / 0.4 / 0.2
//   incubator 0.4·5/5 + 0.2·1/2 = 0.5; fund 0.4·3/3 = 0.4; park 0.2·2/2 = 0.2
//   value = 100 · (0.5 + 0.4 + 0.2) / 3 = 36.67; contributions 16.67, 13.33, 6.67
import { describe, expect, it } from 'vitest';
import { graphApi } from '../helpers/graphql.js';
import { actor, cite, relation } from '../helpers/fixtures.js';

const count = (value: number) => [{ name: 'count', value, unit: 'COUNT', asOf: null, qualifier: 'EXACT' as const, citations: cite() }];
const projects = (value: number) => [{ name: 'projectCount', value, unit: 'COUNT', asOf: null, qualifier: 'EXACT' as const, citations: cite() }];

const graph = {
  actors: [
    actor('incubator', 'INCUBATOR', '孵化器'),
    actor('park', 'PARK', '园区'),
    actor('fund', 'FUND', '基金'),
    actor('a', 'ENTERPRISE', '企业甲', { metrics: count(4) }),
    actor('b', 'ENTERPRISE', '企业乙'),
    actor('c', 'ENTERPRISE', '企业丙'),
    actor('d', 'ENTERPRISE', '企业丁'),
  ],
  relations: [
    relation('r1', 'INCUBATES', 'incubator', 'a'),
    relation('r2', 'INCUBATES', 'incubator', 'b'),
    relation('r3', 'LOCATED_IN', 'a', 'incubator'),
    relation('r4', 'LOCATED_IN', 'b', 'park'),
    relation('r5', 'LOCATED_IN', 'c', 'park'),
    relation('r6', 'INVESTS_IN', 'fund', 'c', 'ESTABLISHED', { metrics: projects(3) }),
    relation('r7', 'INVESTS_IN', 'fund', 'd', 'PLANNED', { metrics: projects(50) }),
  ],
};

describe('indices', () => {
  const api = graphApi(graph);

  it('the start-up service index follows the documented formula', async () => {
    const { data, errors } = await api().run<{ indices: { id: string; value: number; eligibleActors: number; contributions: { actor: { id: string }; rank: number; score: number; contribution: number; indicators: { name: string; raw: number; normalized: number }[] }[]; indicators: { name: string; weight: number }[]; citations: { paragraph: number; quote: string }[] }[] }>(
      `{ indices { id value eligibleActors indicators { name weight } citations { paragraph quote }
         contributions(first: 5) { actor { id } rank score contribution indicators { name raw normalized } } } }`,
    );
    expect(errors).toBeUndefined();
    const index = data?.indices.find((i) => i.id === 'index-startup-service');
    expect(index?.indicators).toEqual([
      { name: 'incubated', weight: 0.4 },
      { name: 'financed', weight: 0.4 },
      { name: 'hosted', weight: 0.2 },
    ]);
    expect(index?.eligibleActors).toBe(3);
    expect(index?.value).toBeCloseTo((100 * (0.5 + 0.4 + 0.2)) / 3, 10);
    expect(index?.contributions.map((c) => [c.actor.id, c.rank])).toEqual([
      ['incubator', 1],
      ['fund', 2],
      ['park', 3],
    ]);
    expect(index?.contributions.map((c) => c.score)).toEqual([0.5, 0.4, 0.2].map((x) => expect.closeTo(x, 10)));
    expect(index?.contributions.map((c) => c.contribution)).toEqual([50 / 3, 40 / 3, 20 / 3].map((x) => expect.closeTo(x, 10)));
    expect(index?.contributions[0]?.indicators).toEqual([
      { name: 'incubated', raw: 5, normalized: 1 },
      { name: 'financed', raw: 0, normalized: 0 },
      { name: 'hosted', raw: 1, normalized: 0.5 },
    ]);
    expect(index?.citations).toEqual([{ paragraph: 40, quote: '创业服务指数' }]);
  });

  it('reports rank stability under ±20% weights: here no perturbation reorders the three actors', async () => {
    const { data } = await api().run<{ indices: { id: string; sensitivity: { minKendallTau: number; minTopOverlap: number; perturbations: { indicator: string; factor: number; kendallTau: number }[] } }[] }>(
      `{ indices { id sensitivity { minKendallTau minTopOverlap perturbations { indicator factor kendallTau } } } }`,
    );
    const { sensitivity } = data?.indices.find((i) => i.id === 'index-startup-service') ?? {};
    expect(sensitivity?.perturbations.map((p) => `${p.indicator}×${p.factor}`)).toEqual([
      'incubated×0.8',
      'incubated×1.2',
      'financed×0.8',
      'financed×1.2',
      'hosted×0.8',
      'hosted×1.2',
    ]);
    expect(sensitivity?.minKendallTau).toBe(1);
    expect(sensitivity?.minTopOverlap).toBe(1);
  });

  it('the technology transfer index counts only district investment, planned ones excluded', async () => {
    const { data } = await api().run<{ indices: { id: string; contributions: { actor: { id: string }; indicators: { name: string; raw: number }[] }[] }[] }>(
      `{ indices { id contributions(first: 50) { actor { id } indicators { name raw } } } }`,
    );
    const fund = data?.indices.find((i) => i.id === 'index-technology-transfer')?.contributions.find((c) => c.actor.id === 'fund');
    // c is in the district (fixtures default), 3 projects; d's 50 are only planned. c is 1 hop away.
    expect(fund?.indicators).toEqual([
      { name: 'transfers', raw: 0 },
      { name: 'localInvestment', raw: 3 },
      { name: 'districtReach', raw: 1 },
    ]);
  });
});
