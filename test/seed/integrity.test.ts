// The seed is one coherent graph: nothing dangles, no actor hides under two names, units and
// relation directions follow the conventions of seed/README.md.
import { describe, expect, it } from 'vitest';
import { checkBatch, missingEndpoints } from '../../src/graph/batch-checks.js';
import type { ActorKind, RelationType } from '../../src/graph/model.js';
import { normalizeName } from '../../src/graph/names.js';
import { actorById, seed } from './seed-data.js';

const UNITS = ['CNY', 'SHARE', 'COUNT', 'PERSON', 'M2', 'RANK'];

describe('seed integrity', () => {
  it('has no relation pointing at a missing actor', () => {
    expect(missingEndpoints(seed, new Set())).toEqual([]);
  });

  it('gives every actor, relation and finding its own id and every name one owner', () => {
    expect(() => checkBatch(seed)).not.toThrow();
    const findingIds = seed.findings.map((f) => f.id);
    expect(new Set(findingIds).size).toBe(findingIds.length);
  });

  it('has no actor whose canonical name differs from another only in width, case, spacing or punctuation', () => {
    const names = seed.actors.map((a) => normalizeName(a.name));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('has no actor unconnected to the rest of the graph', () => {
    const linked = new Set(seed.relations.flatMap((r) => [r.from, r.to]));
    expect(seed.actors.filter((a) => !linked.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('states metrics in the documented units, shares as fractions', () => {
    const metrics = [...seed.actors, ...seed.relations].flatMap((i) => i.metrics.map((m) => ({ id: i.id, ...m })));
    expect(metrics.filter((m) => !UNITS.includes(m.unit)).map((m) => `${m.id}.${m.name}: ${m.unit}`)).toEqual([]);
    const shares = metrics.filter((m) => m.unit === 'SHARE');
    expect(shares.filter((m) => m.value < 0 || m.value > 1).map((m) => `${m.id}.${m.name}`)).toEqual([]);
  });

  it('points relations the documented way', () => {
    const allowed: Partial<Record<RelationType, { from?: ActorKind[]; to?: ActorKind[] }>> = {
      INVESTS_IN: { from: ['FUND'] },
      CONTRIBUTES_TO: { to: ['FUND'] },
      INCUBATES: { from: ['INCUBATOR', 'PARK'] },
      CO_FOUNDED: { to: ['FUND', 'PARK', 'PLATFORM', 'RESEARCH_INSTITUTE', 'ALLIANCE', 'GOVERNMENT', 'ENTERPRISE', 'POLICY'] },
    };
    const wrong = seed.relations.filter((r) => {
      const rule = allowed[r.type];
      if (!rule) return false;
      return (rule.from && !rule.from.includes(actorById(r.from).kind)) || (rule.to && !rule.to.includes(actorById(r.to).kind));
    });
    expect(wrong.map((r) => r.id)).toEqual([]);
  });

  it('models a fund portfolio as aggregate enterprises split by locality, each counting its projects', () => {
    const portfolios = seed.relations.filter((r) => r.type === 'INVESTS_IN' && actorById(r.to).kind === 'ENTERPRISE');
    expect(portfolios.length).toBeGreaterThanOrEqual(6);
    for (const r of portfolios) {
      const target = actorById(r.to);
      const count = target.metrics.find((m) => m.name === 'count')?.value;
      const projects = r.metrics.find((m) => m.name === 'projectCount')?.value;
      expect(projects, r.id).toBeDefined();
      expect(count, target.id).toBe(projects);
    }
  });

  it('keeps what the report only plans, intends or negotiates apart from what exists', () => {
    const status = (id: string) => seed.relations.find((r) => r.id === id)?.status;
    expect(status('bfu-co-founds-industrialization-fund')).toBe('INTENT');
    expect(status('prospective-organizations-negotiating-street')).toBe('NEGOTIATING');
    expect(status('buaa-co-founds-advanced-industrial-institute')).toBe('PLANNED');
    expect(status('tsinghua-co-founded-shuimu-yangfan')).toBe('PLANNED');
    expect(status('tsinghua-co-founded-shuimu-qicheng')).toBe('ESTABLISHED');
  });

  it('keeps unnamed groups as one actor with a count, never as invented members', () => {
    const counts: Record<string, number> = {
      'haidian-guidance-sub-funds': 16,
      'pilot-bases': 20,
      'talent-base-enterprises': 86,
      'coworking-spaces': 11,
      'international-innovation-service-organizations': 52,
      'industry-tech-research-institutes': 11,
      'emerging-industry-incubators': 14,
    };
    for (const [id, count] of Object.entries(counts)) {
      expect(actorById(id).metrics.find((m) => m.name === 'count')?.value, id).toBe(count);
    }
  });

  it('holds the findings the gap analysis and the indices refer to', () => {
    const ids = seed.findings.map((f) => `${f.kind}:${f.id}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'PROBLEM:problem-case-by-case',
        'PROBLEM:problem-no-docking-mechanism',
        'PROBLEM:problem-no-benefit-coordination',
        'PROBLEM:problem-policies-not-combined',
        'PLATFORM:platform-rd-demand-docking',
        'PLATFORM:platform-startup-service-docking',
        'PLATFORM:platform-tech-transfer-docking',
        'INDEX:index-innovation',
        'INDEX:index-startup-service',
        'INDEX:index-technology-transfer',
        'MECHANISM:mechanism-achievement-transformation',
        'MECHANISM:mechanism-talent',
        'MECHANISM:mechanism-new-product-promotion',
        'MECHANISM:mechanism-fine-grained-management',
      ]),
    );
    for (const f of seed.findings.filter((f) => f.kind === 'PROBLEM')) expect(f.citations[0]?.paragraph).toBe(34);
  });
});
