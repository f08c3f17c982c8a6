// Each gap type on a graph built to show its formula (docs/analytics.md), through GraphQL on the
// embedded engine, with the report's statement of the problem as citation.
import { describe, expect, it } from 'vitest';
import { actor, cite, relation } from '../helpers/fixtures.js';
import { graphApi } from '../helpers/graphql.js';

const figure = (name: string, value: number, unit = 'COUNT') => ({ name, value, unit, asOf: null, qualifier: 'EXACT' as const, citations: cite() });

const graph = {
  actors: [
    actor('gov', 'GOVERNMENT', '区政府'),
    actor('uni', 'UNIVERSITY', '甲大学'),
    actor('uni2', 'UNIVERSITY', '乙大学'),
    actor('uni3', 'UNIVERSITY', '丙大学'),
    actor('fund', 'FUND', '合作基金'),
    actor('alliance', 'ALLIANCE', '合作联盟'),
    actor('platform', 'PLATFORM', '转移平台'),
    actor('firm', 'ENTERPRISE', '区内企业'),
    actor('firm-out', 'ENTERPRISE', '区外企业', { inDistrict: false, district: '朝阳区' }),
    actor('office', 'GOVERNMENT', '协调办公室'),
    actor('p1', 'POLICY', '政策一'),
    actor('p2', 'POLICY', '政策二'),
    actor('p3', 'POLICY', '政策三'),
  ],
  relations: [
    // case by case: uni and gov only through the fund; uni2 and gov through a standing alliance.
    relation('uni-founds-fund', 'CO_FOUNDED', 'uni', 'fund'),
    relation('gov-founds-fund', 'CO_FOUNDED', 'gov', 'fund', 'ESTABLISHED', { metrics: [figure('contribution', 10_000_000, 'CNY')] }),
    relation('uni2-founds-alliance', 'CO_FOUNDED', 'uni2', 'alliance'),
    relation('gov-member-alliance', 'MEMBER_OF', 'gov', 'alliance'),
    // docking: uni reaches the district firm through the platform in 2 hops.
    relation('uni-transfers-platform', 'TRANSFERS_TECHNOLOGY', 'uni', 'platform'),
    relation('platform-partners-firm', 'PARTNERS_WITH', 'platform', 'firm'),
    relation('uni3-plans-platform', 'PARTNERS_WITH', 'uni3', 'platform', 'PLANNED'),
    // benefit: 1 of 4 projects and 10 of 100 in the district.
    relation('fund-invests-firm', 'INVESTS_IN', 'fund', 'firm', 'ESTABLISHED', { metrics: [figure('projectCount', 1), figure('investmentAmount', 10, 'CNY')] }),
    relation('fund-invests-out', 'INVESTS_IN', 'fund', 'firm-out', 'ESTABLISHED', { metrics: [figure('projectCount', 3), figure('investmentAmount', 90, 'CNY')] }),
    // policies: three instruments support the firm, the office runs two of them.
    relation('p1-supports-firm', 'SUPPORTS', 'p1', 'firm'),
    relation('p2-supports-firm', 'SUPPORTS', 'p2', 'firm'),
    relation('p3-supports-firm', 'SUPPORTS', 'p3', 'firm'),
    relation('office-runs-p1', 'OPERATES', 'office', 'p1'),
    relation('office-runs-p2', 'OPERATES', 'office', 'p2'),
  ],
};

const findings = [
  {
    id: 'problem-no-benefit-coordination',
    kind: 'PROBLEM' as const,
    title: '融合发展的利益协调机制不健全',
    titleEn: 'No sound benefit-coordination mechanism',
    summary: null,
    citations: [{ document: 'haidian-2014', paragraph: 34, quote: '三是融合发展的利益协调机制不健全' }],
  },
];

interface Gap {
  type: string;
  title: string;
  severity: number;
  actors: { id: string }[];
  evidence: { metrics: { name: string; value: number; actor: { id: string } | null }[]; paths: { nodes: { id: string }[] }[]; relations: { id: string }[] };
  problem: { id: string } | null;
  citations: { paragraph: number; quote: string }[];
}

describe('coordination gaps', () => {
  const api = graphApi(graph, findings);

  async function gaps(type: string): Promise<Gap[]> {
    const { data, errors } = await api().run<{ coordinationGaps: Gap[] }>(
      `{ coordinationGaps(types: [${type}]) { type title severity actors { id }
         evidence { metrics { name value actor { id } } paths { nodes { id } } relations { id } }
         problem { id } citations { paragraph quote } } }`,
    );
    expect(errors).toBeUndefined();
    return data?.coordinationGaps ?? [];
  }

  it('case by case: the share of each kind\'s ties that rest only on one-off vehicles', async () => {
    const found = await gaps('CASE_BY_CASE_COOPERATION');
    const university = found.find((g) => g.title.startsWith('UNIVERSITY'));
    // uni–gov through the fund (one-off), uni2–gov through the alliance (standing): 1 of 2.
    expect(university?.severity).toBe(0.5);
    expect(university?.actors.map((a) => a.id)).toEqual(['uni']);
    expect(university?.evidence.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([['gov', 'fund', 'uni']]);
    expect(university?.citations).toEqual([{ paragraph: 34, quote: '个案式合作推动较多，融合发展的全面性、协调性不足' }]);
    expect(university?.problem).toBeNull();
  });

  it('no docking: research actors with no established ≤ 2-hop path through a platform to a district firm', async () => {
    const found = await gaps('NO_DOCKING_MECHANISM');
    expect(found.map((g) => [g.actors[0]?.id, g.severity])).toEqual([
      ['uni3', 1],
      ['uni2', 0.5],
    ]);
    // uni2 reaches the firm only through the alliance, the government and the fund.
    expect(found[1]?.evidence.paths[0]?.nodes.map((n) => n.id)).toEqual(['uni2', 'alliance', 'gov', 'fund', 'firm']);
  });

  it('no benefit coordination: low local share by count and amount, founders without share terms', async () => {
    const found = await gaps('NO_BENEFIT_COORDINATION');
    const local = found.find((g) => g.title.includes('invests little'));
    expect(local?.severity).toBeCloseTo(0.9, 10);
    expect(local?.evidence.metrics.map((m) => [m.name, m.value])).toEqual([
      ['localProjectShare', 0.25],
      ['localAmountShare', 0.1],
      ['projectCount', 4],
      ['investmentAmount', 100],
    ]);
    expect(local?.evidence.relations.map((r) => r.id).sort()).toEqual(['fund-invests-firm', 'fund-invests-out']);
    const terms = found.find((g) => g.title.includes('share terms'));
    expect(terms?.severity).toBe(0.5);
    expect(terms?.actors.map((a) => a.id)).toEqual(['fund', 'gov', 'uni']);
    // The seed's finding is the citation when present.
    expect(local?.problem?.id).toBe('problem-no-benefit-coordination');
    expect(local?.citations[0]?.quote).toBe('三是融合发展的利益协调机制不健全');
  });

  it('policies not combined: 1 − (most instruments one body runs) / instruments', async () => {
    const [gap, ...rest] = await gaps('POLICIES_NOT_COMBINED');
    expect(rest).toEqual([]);
    expect(gap?.actors.map((a) => a.id)).toEqual(['firm', 'p1', 'p2', 'p3']);
    expect(gap?.severity).toBeCloseTo(1 - 2 / 3, 10);
    expect(gap?.evidence.relations.map((r) => r.id)).toContain('office-runs-p1');
  });

  it('brokerage: bridges between communities, and what removing each would cut off', async () => {
    const found = await gaps('BROKERAGE');
    const cut = (id: string) => found.find((g) => g.actors[0]?.id === id)?.evidence.metrics.find((m) => m.name === 'actorsCutOffIfRemoved')?.value;
    // The firm holds the policies, the platform side and the fund side together: removing it
    // leaves {p3}, {p1, p2, office} and the 7 others; 1 + 3 actors lose the largest part.
    expect(found[0]?.actors[0]?.id).toBe('firm');
    expect(found[0]?.severity).toBe(1);
    expect(cut('firm')).toBe(4);
    // The government alone ties the alliance and 乙大学 to the rest.
    expect(cut('gov')).toBe(2);
    const metrics = Object.fromEntries(found[0]?.evidence.metrics.map((m) => [m.name, m.value]) ?? []);
    expect(metrics.betweenness).toBeGreaterThan(0);
    expect(metrics.communitiesBridged).toBeGreaterThanOrEqual(2);
  });
});
