// Each gap type on a graph built to show its formula (docs/analytics.md), through GraphQL on the
// embedded engine, with the report's statement of the problem as citation.
import { describe, expect, it } from 'vitest';
import { actor, cite, relation } from '../helpers/fixtures.js';
import { graphApi } from '../helpers/graphql.js';

const figure = (name: string, value: number, unit = 'COUNT') => ({ name, value, unit, asOf: null, qualifier: 'EXACT' as const, citations: cite() });

const graph = {
  actors: [
    actor('gov', 'GOVERNMENT', '区政府'),
    actor('npc', 'GOVERNMENT', '区人大常委会'),
    actor('uni', 'UNIVERSITY', '甲大学'),
    actor('uni2', 'UNIVERSITY', '乙大学'),
    actor('uni3', 'UNIVERSITY', '丙大学'),
    actor('uni4', 'UNIVERSITY', '丁大学'),
    actor('unis', 'UNIVERSITY', '驻区高校', { metrics: [figure('count', 30)] }),
    actor('fund', 'FUND', '合作基金'),
    actor('fund2', 'FUND', '乙基金'),
    actor('alliance', 'ALLIANCE', '合作联盟'),
    actor('platform', 'PLATFORM', '转移平台'),
    actor('firm', 'ENTERPRISE', '区内企业'),
    actor('firm-out', 'ENTERPRISE', '区外企业', { inDistrict: false, district: '朝阳区' }),
    actor('office', 'GOVERNMENT', '协调办公室'),
    actor('p1', 'POLICY', '政策一'),
    actor('p2', 'POLICY', '政策二'),
    actor('p3', 'POLICY', '政策三'),
    actor('award', 'POLICY', '创新贡献奖'),
  ],
  relations: [
    // case by case: uni and gov share one fund (capital only); uni2 and gov a fund and a standing alliance.
    relation('uni-founds-fund', 'CO_FOUNDED', 'uni', 'fund'),
    relation('gov-founds-fund', 'CO_FOUNDED', 'gov', 'fund', 'ESTABLISHED', { metrics: [figure('contribution', 10_000_000, 'CNY')] }),
    relation('uni2-founds-alliance', 'CO_FOUNDED', 'uni2', 'alliance'),
    relation('gov-member-alliance', 'MEMBER_OF', 'gov', 'alliance'),
    relation('uni2-founds-fund2', 'CO_FOUNDED', 'uni2', 'fund2'),
    relation('gov-founds-fund2', 'CO_FOUNDED', 'gov', 'fund2'),
    // a group joins too: context, never a finding.
    relation('unis-founds-fund', 'CO_FOUNDED', 'unis', 'fund'),
    // docking: uni reaches the district firm through the platform in 2 hops.
    relation('uni-transfers-platform', 'TRANSFERS_TECHNOLOGY', 'uni', 'platform'),
    relation('platform-partners-firm', 'PARTNERS_WITH', 'platform', 'firm'),
    relation('uni3-plans-platform', 'PARTNERS_WITH', 'uni3', 'platform', 'PLANNED'),
    relation('uni3-member-alliance', 'MEMBER_OF', 'uni3', 'alliance'),
    relation('uni3-partners-uni', 'PARTNERS_WITH', 'uni3', 'uni'),
    // uni4 reaches the firm only through the district government: a hub, not a channel.
    relation('uni4-partners-gov', 'PARTNERS_WITH', 'uni4', 'gov'),
    relation('gov-supports-firm', 'SUPPORTS', 'gov', 'firm'),
    relation('npc-supports-firm', 'SUPPORTS', 'npc', 'firm'),
    // benefit: 1 of 4 projects and 10 of 100 in the district; fund2 records no investment.
    relation('fund-invests-firm', 'INVESTS_IN', 'fund', 'firm', 'ESTABLISHED', { metrics: [figure('projectCount', 1), figure('investmentAmount', 10, 'CNY')] }),
    relation('fund-invests-out', 'INVESTS_IN', 'fund', 'firm-out', 'ESTABLISHED', { metrics: [figure('projectCount', 3), figure('investmentAmount', 90, 'CNY')] }),
    // policies: three instruments and an award support the firm; the office runs two of them.
    relation('p1-supports-firm', 'SUPPORTS', 'p1', 'firm'),
    relation('p2-supports-firm', 'SUPPORTS', 'p2', 'firm'),
    relation('p3-supports-firm', 'SUPPORTS', 'p3', 'firm'),
    relation('award-supports-firm', 'SUPPORTS', 'award', 'firm'),
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
  titleEn: string;
  explanation: string;
  explanationEn: string;
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
      `{ coordinationGaps(types: [${type}]) { type title titleEn explanation explanationEn severity actors { id }
         evidence { metrics { name value actor { id } } paths { nodes { id } } relations { id } }
         problem { id } citations { paragraph quote } } }`,
    );
    expect(errors).toBeUndefined();
    return data?.coordinationGaps ?? [];
  }

  const severities = (found: Gap[]) => Object.fromEntries(found.map((g) => [g.actors[0]?.id, Number(g.severity.toFixed(6))]));

  it('case by case: 1 − the domains (capital, space, research, standing) a resource’s vehicles with the district cover / 4', async () => {
    const found = await gaps('CASE_BY_CASE_COOPERATION');
    // uni: the fund only; uni3: the alliance only; uni2: a fund and the alliance. The group 驻区高校 is context.
    expect(severities(found)).toEqual({ uni: 0.75, uni3: 0.75, uni2: 0.5 });
    const uni = found.find((g) => g.actors[0]?.id === 'uni');
    expect(uni?.actors.map((a) => a.id)).toEqual(['uni', 'fund']);
    expect(uni?.evidence.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([['uni', 'fund']]);
    expect(uni?.title).toContain('甲大学');
    expect(uni?.titleEn).toContain('capital');
    expect(uni?.explanation).toContain('§34');
    expect(uni?.explanationEn).toContain('§34');
    // §34 first, then the data: the founding relations of the vehicle.
    expect(uni?.citations[0]).toEqual({ paragraph: 34, quote: '个案式合作推动较多，融合发展的全面性、协调性不足' });
    expect(uni?.citations.map((c) => c.quote)).toEqual(expect.arrayContaining(['uni-founds-fund', 'gov-founds-fund']));
    expect(uni?.problem).toBeNull();
  });

  it('no docking: no established ≤ 2-hop channel through a platform or alliance; severity 1 without a channel, else 0.2 × hops', async () => {
    const found = await gaps('NO_DOCKING_MECHANISM');
    // uni is docked through the platform; uni4 reaches the firm only through the district government, which is no channel.
    expect(severities(found)).toEqual({ uni2: 1, uni4: 1, uni3: 0.6 });
    const uni3 = found.find((g) => g.actors[0]?.id === 'uni3');
    expect(uni3?.evidence.paths[0]?.nodes.map((n) => n.id)).toEqual(['uni3', 'uni', 'fund', 'firm']);
    expect(found.find((g) => g.actors[0]?.id === 'uni4')?.evidence.paths).toEqual([]);
  });

  it('no benefit coordination: a fund the district set up with a resident resource places little in the district', async () => {
    const found = await gaps('NO_BENEFIT_COORDINATION');
    // fund2 records no investment and the report records no share terms: neither is a finding.
    expect(found.map((g) => g.actors.map((a) => a.id))).toEqual([['fund', 'uni']]);
    const [local] = found;
    expect(local?.severity).toBeCloseTo(0.9, 10);
    expect(local?.evidence.metrics.map((m) => [m.name, m.value])).toEqual([
      ['localProjectShare', 0.25],
      ['localAmountShare', 0.1],
      ['projectCount', 4],
      ['investmentAmount', 100],
    ]);
    expect(local?.evidence.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([['uni', 'fund', 'firm-out']]);
    expect(local?.evidence.relations.map((r) => r.id).sort()).toEqual(['fund-invests-firm', 'fund-invests-out']);
    expect(local?.problem?.id).toBe('problem-no-benefit-coordination');
    expect(local?.citations[0]?.quote).toBe('三是融合发展的利益协调机制不健全');
  });

  it('policies not combined: only policies and programmes are instruments, never a government body or an award', async () => {
    const [gap, ...rest] = await gaps('POLICIES_NOT_COMBINED');
    expect(rest).toEqual([]);
    expect(gap?.actors.map((a) => a.id)).toEqual(['firm', 'p1', 'p2', 'p3']);
    expect(gap?.severity).toBeCloseTo(1 - 2 / 3, 10);
    expect(gap?.evidence.relations.map((r) => r.id)).toContain('office-runs-p1');
    expect(gap?.evidence.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['p1', 'firm'],
      ['p2', 'firm'],
      ['p3', 'firm'],
    ]);
  });

  it('brokerage: bridges between communities, never a government hub', async () => {
    const found = await gaps('BROKERAGE');
    const cut = (id: string) => found.find((g) => g.actors[0]?.id === id)?.evidence.metrics.find((m) => m.name === 'actorsCutOffIfRemoved')?.value;
    expect(found[0]?.actors[0]?.id).toBe('firm');
    expect(cut('firm')).toBeGreaterThan(0);
    expect(found.some((g) => ['gov', 'npc', 'office'].includes(g.actors[0]?.id ?? ''))).toBe(false);
    expect(found[0]?.titleEn).toContain('bridges');
    // The Chinese title is Chinese apart from names: the measure is named in Chinese too.
    expect(found[0]?.title).toContain('中介中心度');
    expect(found[0]?.title).not.toMatch(/betweenness/);
  });

  it('no evidence path passes a government body or a policy', async () => {
    const { data } = await api().run<{ coordinationGaps: { evidence: { paths: { nodes: { id: string; kind: string }[] }[] } }[] }>(
      '{ coordinationGaps { evidence { paths { nodes { id kind } } } } }',
    );
    const inner = (data?.coordinationGaps ?? []).flatMap((g) => g.evidence.paths.flatMap((p) => p.nodes.slice(1, -1)));
    expect(inner.filter((n) => n.kind === 'GOVERNMENT' || n.kind === 'POLICY')).toEqual([]);
  });

  it('reports the severity spread per type', async () => {
    const { data } = await api().run<{ gapSeveritySpread: { type: string; items: number; min: number; max: number; distinct: number }[] }>(
      '{ gapSeveritySpread(types: [CASE_BY_CASE_COOPERATION, NO_DOCKING_MECHANISM]) { type items min max distinct } }',
    );
    expect(data?.gapSeveritySpread).toEqual([
      { type: 'CASE_BY_CASE_COOPERATION', items: 3, min: 0.5, max: 0.75, distinct: 2 },
      { type: 'NO_DOCKING_MECHANISM', items: 3, min: 0.6, max: 1, distinct: 2 },
    ]);
  });
});

describe('gaps and indices per graph revision', () => {
  const api = graphApi(graph, findings);
  const ask = async () => {
    const { data, errors } = await api().run<{ coordinationGaps: { revision: number; severity: number; actors: { id: string }[] }[]; indices: { id: string; revision: number }[] }>(
      '{ coordinationGaps(types: [CASE_BY_CASE_COOPERATION]) { revision severity actors { id } } indices { id revision } }',
    );
    expect(errors).toBeUndefined();
    return data as NonNullable<typeof data>;
  };
  const severityOf = (answer: Awaited<ReturnType<typeof ask>>, id: string) => answer.coordinationGaps.find((g) => g.actors[0]?.id === id)?.severity;

  it('each gap and index names the revision it was computed at; after a write the next revision answers', async () => {
    const before = await ask();
    const revision = before.coordinationGaps[0]?.revision as number;
    expect(before.indices.map((i) => i.revision)).toEqual([revision, revision, revision]);
    expect(severityOf(before, 'uni')).toBe(0.75);
    // 甲大学 and the district now also found the platform: capital and a standing mechanism.
    await api().store.upsert({ actors: [], relations: [relation('uni-founds-platform', 'CO_FOUNDED', 'uni', 'platform'), relation('gov-founds-platform', 'CO_FOUNDED', 'gov', 'platform')] });
    // The projection is rebuilt in the background (the previous one answers meanwhile): ask until it is there.
    let after = await ask();
    for (const deadline = Date.now() + 10_000; after.coordinationGaps[0]?.revision === revision && Date.now() < deadline; ) after = await ask();
    expect(after.coordinationGaps[0]?.revision).toBeGreaterThan(revision);
    expect(after.indices.every((i) => i.revision === after.coordinationGaps[0]?.revision)).toBe(true);
    expect(severityOf(after, 'uni')).toBe(0.5);
  });
});
