// The indices on a graph small enough to compute by hand (docs/indices.md).
// 技术转移指数 (BASE_100, the report's figure = 1 on each measure):
//   cluster (a PARK): 33 cases (also restated on its transfer relation: counted once) → 33/33 = 1;
//                     trade 2.79亿 → 1
//   core zone (district-wide figures: a group): contracts 595.5亿 of the report's 1191亿 → 0.5
//   fund: 3 district projects established (50 planned and 5 outside do not count) → 3/9
//   results sorted for transfer: no figure → not covered; weights rescaled over the other 4
//   value = 100 · (1 + 1 + 0.5 + 1/3) / 4 = 70.833; contributions: cluster 50 (rank 1),
//   fund 8.333 (rank 2), core zone 12.5 (a group: no rank); they sum to the value.
// 创新指数 (SHARE_OF_BEIJING): the core zone's 46% of contracts and 33% of patent applications
//   → value 39.5 (%), 2 of 8 measures covered.
import { describe, expect, it } from 'vitest';
import { graphApi } from '../helpers/graphql.js';
import { actor, relation } from '../helpers/fixtures.js';

const figure = (name: string, value: number, paragraph: number, quote: string, unit = 'COUNT') => ({
  name,
  value,
  unit,
  asOf: null,
  qualifier: 'EXACT' as const,
  citations: [{ document: 'haidian-2014', paragraph, quote }],
});

const graph = {
  actors: [
    actor('cluster', 'PARK', '国家技术转移集聚区', {
      metrics: [figure('internationalTransferCases', 33, 25, '促成33个国际技术转移案例'), figure('technologyTransactionValue', 279e6, 25, '技术交易额达2.79亿元', 'CNY')],
    }),
    actor('core', 'PARK', '核心区', {
      description: 'The district as a whole; the district-wide figures of section 二 are its metrics.',
      metrics: [
        figure('technologyContractValue', 595.5e8, 31, '技术合同成交额', 'CNY'),
        figure('technologyContractShareOfBeijing', 0.46, 31, '占全市46%', 'SHARE'),
        figure('patentApplicationsShareOfBeijing', 0.33, 32, '占北京市33%', 'SHARE'),
      ],
    }),
    actor('fund', 'FUND', '转化基金'),
    actor('firms', 'ENTERPRISE', '对接企业', { inDistrict: false }),
    actor('local', 'ENTERPRISE', '区内项目'),
    actor('planned', 'ENTERPRISE', '规划项目'),
    actor('away', 'ENTERPRISE', '区外项目', { inDistrict: false }),
  ],
  relations: [
    relation('cluster-transfers', 'TRANSFERS_TECHNOLOGY', 'cluster', 'firms', 'ESTABLISHED', { metrics: [figure('transferCases', 33, 25, '促成33个国际技术转移案例')] }),
    relation('cluster-in-core', 'LOCATED_IN', 'cluster', 'core'),
    relation('fund-local', 'INVESTS_IN', 'fund', 'local', 'ESTABLISHED', { metrics: [figure('projectCount', 3, 20, '其中海淀区项目3个')] }),
    relation('fund-planned', 'INVESTS_IN', 'fund', 'planned', 'PLANNED', { metrics: [figure('projectCount', 50, 20, '规划50个')] }),
    relation('fund-away', 'INVESTS_IN', 'fund', 'away', 'ESTABLISHED', { metrics: [figure('projectCount', 5, 20, '区外5个')] }),
  ],
};

interface Index {
  id: string;
  form: string;
  value: number;
  meaning: string;
  meaningEn: string;
  coverage: { indicators: number; withData: number; missing: string[] };
  indicators: { name: string; paragraphs: number[]; hasData: boolean; total: number | null; reference: number | null; level: number | null; effectiveWeight: number }[];
  contributions: { actor: { id: string }; rank: number | null; contribution: number }[];
  sensitivity: { minKendallTau: number; perturbations: { indicator: string }[] };
}

describe('indices', () => {
  const api = graphApi(graph);

  async function index(id: string): Promise<Index> {
    const { data, errors } = await api().run<{ indices: Index[] }>(
      `{ indices { id form value meaning meaningEn coverage { indicators withData missing }
         indicators { name paragraphs hasData total reference level effectiveWeight }
         contributions(first: 20) { actor { id } rank contribution } sensitivity { minKendallTau perturbations { indicator } } } }`,
    );
    expect(errors).toBeUndefined();
    return data?.indices.find((i) => i.id === id) as Index;
  }

  it('技术转移指数: base 100 against the report’s figures, over the measures with data, counting the cluster (a park)', async () => {
    const transfer = await index('index-technology-transfer');
    expect(transfer.form).toBe('BASE_100');
    expect(transfer.value).toBeCloseTo((100 * (1 + 1 + 0.5 + 1 / 3)) / 4, 6);
    expect(transfer.coverage).toEqual({ indicators: 5, withData: 4, missing: ['resultsForTransfer'] });
    const cases = transfer.indicators.find((i) => i.name === 'internationalTransferCases');
    expect([cases?.total, cases?.reference, cases?.level, cases?.paragraphs]).toEqual([33, 33, 1, [25]]);
    expect(transfer.indicators.find((i) => i.name === 'districtProjectsFinanced')?.total).toBe(3);
    expect(transfer.indicators.find((i) => i.name === 'resultsForTransfer')?.effectiveWeight).toBe(0);
    expect(transfer.contributions.map((c) => [c.actor.id, c.rank, Number(c.contribution.toFixed(3))])).toEqual([
      ['cluster', 1, 50],
      ['fund', 2, 8.333],
      ['core', null, 12.5],
    ]);
    expect(transfer.contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(transfer.value, 9);
    expect(transfer.meaningEn).toContain('April 2014 as 100');
    expect(transfer.meaning).toContain('70.8');
  });

  it('创新指数: Haidian’s average share of Beijing over the 占全市 measures it has', async () => {
    const innovation = await index('index-innovation');
    expect(innovation.form).toBe('SHARE_OF_BEIJING');
    expect(innovation.value).toBeCloseTo(39.5, 9);
    expect(innovation.coverage.withData).toBe(2);
    expect(innovation.coverage.indicators).toBe(8);
    expect(innovation.meaningEn).toBe("Over the 2 innovation measures for which the report gives Haidian's share of Beijing, Haidian holds on average 39.5% of Beijing.");
    // The core zone holds district-wide figures: it contributes, but is not ranked.
    expect(innovation.contributions.map((c) => [c.actor.id, c.rank])).toEqual([['core', null]]);
  });

  it('reports rank stability under ±20% weights: each indicator twice, and here no reordering', async () => {
    const transfer = await index('index-technology-transfer');
    expect(transfer.sensitivity.perturbations).toHaveLength(10);
    expect(transfer.sensitivity.minKendallTau).toBe(1);
  });
});
