// The shares the report derives (水木启程 85.71%; 航天产业投资基金 8.3% and 3.2%; 航天科工 50% and
// 31%) are recomputed from the investment relations and their targets' locality.
import { describe, expect, it } from 'vitest';
import type { ActorRecord } from '../../src/graph/model.js';
import { actorById, metric, seed } from './seed-data.js';

/** Rounds `value` to as many decimals as `stated` shows, the precision the report gave. */
function toPrecisionOf(value: number, stated: number): number {
  const decimals = (String(stated).split('.')[1] ?? '').length;
  return Number(value.toFixed(decimals));
}

function portfolio(fund: ActorRecord) {
  const investments = seed.relations.filter((r) => r.type === 'INVESTS_IN' && r.from === fund.id);
  const sum = (local: boolean | null, name: string) =>
    investments
      .filter((r) => local === null || actorById(r.to).inDistrict === local)
      .reduce((total, r) => total + (r.metrics.find((m) => m.name === name)?.value ?? 0), 0);
  return {
    projects: sum(null, 'projectCount'),
    localProjects: sum(true, 'projectCount'),
    amount: sum(null, 'investmentAmount'),
    localAmount: sum(true, 'investmentAmount'),
  };
}

const fundsWithShares = seed.actors.filter((a) => a.kind === 'FUND' && a.metrics.some((m) => m.name === 'localProjectShare'));

describe('shares the report derives', () => {
  it('are stated for the three funds whose portfolios the report breaks down', () => {
    expect(fundsWithShares.map((f) => f.id).sort()).toEqual(['aerospace-industry-fund', 'casic-civil-military-fund', 'shuimu-qicheng-fund']);
  });

  it.each(fundsWithShares.map((f) => [f.id, f] as const))('%s: totals and local shares follow from its investments', (_id, fund) => {
    const p = portfolio(fund);
    expect(p.projects).toBe(metric(fund, 'projectCount'));
    const projectShare = metric(fund, 'localProjectShare');
    expect(toPrecisionOf(p.localProjects / p.projects, projectShare)).toBe(projectShare);
    if (fund.metrics.some((m) => m.name === 'localAmountShare')) {
      expect(p.amount).toBe(metric(fund, 'investmentTotal'));
      const amountShare = metric(fund, 'localAmountShare');
      expect(toPrecisionOf(p.localAmount / p.amount, amountShare)).toBe(amountShare);
    }
  });

  it('match the report: 6 of 7, 1 of 12 and 5000万 of 15.59亿, 2 of 4 and 2050万 of 6613万', () => {
    expect(portfolio(actorById('shuimu-qicheng-fund'))).toMatchObject({ projects: 7, localProjects: 6 });
    expect(portfolio(actorById('aerospace-industry-fund'))).toEqual({
      projects: 12,
      localProjects: 1,
      amount: 1_559_000_000,
      localAmount: 50_000_000,
    });
    expect(portfolio(actorById('casic-civil-military-fund'))).toEqual({
      projects: 4,
      localProjects: 2,
      amount: 66_130_000,
      localAmount: 20_500_000,
    });
  });

  it('add the government contributions up to what the report states', () => {
    const contribution = (id: string) => metric(seed.relations.find((r) => r.id === id) ?? { id, metrics: [] }, 'contribution');
    expect(contribution('government-contributes-shuimu-qicheng')).toBe(10_000_000);
    expect(contribution('government-contributes-civil-military-funds')).toBe(600_000_000);
    expect(contribution('government-contributes-parent-fund')).toBe(520_000_000);
    expect(metric(actorById('shuimu-qicheng-fund'), 'fundSize')).toBe(41_500_000);
  });
});
